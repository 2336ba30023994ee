# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_packagingdifferential: answers its generated cases with pypa/packaging.

Usage: packaging_oracle.py INPUT.json OUTPUT.json

INPUT holds the cases the C++ test generated (versions, ordering pairs, specifier sets,
membership pairs, markers, environments, evaluation pairs, requirements); OUTPUT gets one answer
per case, in the same order, as packaging computes it. Numbers are written as strings, as they
may exceed what a JSON double holds exactly. Run with Debian's /usr/bin/python3 and its
python3-packaging (23.0 on Debian 12); exits with status 3 and says so when packaging is missing.
"""

import json
import sys

try:
    import packaging
    from packaging.markers import Marker, UndefinedComparison
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.version import InvalidVersion, Version
except ImportError as error:
    sys.stderr.write(
        f"packaging_oracle: cannot import packaging ({error}); install Debian's python3-packaging "
        f"(apt install python3-packaging) for {sys.executable}\n"
    )
    sys.exit(3)


def number(value):
    return None if value is None else str(value)


def version_record(text):
    try:
        version = Version(text)
    except InvalidVersion:
        return None
    return {
        "str": str(version),
        "public": version.public,
        "base_version": version.base_version,
        "local": version.local,
        "epoch": number(version.epoch),
        "release": [str(part) for part in version.release],
        "pre": None if version.pre is None else [version.pre[0], str(version.pre[1])],
        "post": number(version.post),
        "dev": number(version.dev),
        "is_prerelease": version.is_prerelease,
        "is_devrelease": version.is_devrelease,
        "is_postrelease": version.is_postrelease,
    }


def ordering(pair):
    try:
        left, right = Version(pair[0]), Version(pair[1])
    except InvalidVersion as error:
        return f"error: {error}"
    return -1 if left < right else (1 if left > right else 0)


def parsed_or_none(factory, text, cache):
    if text not in cache:
        try:
            cache[text] = factory(text)
        except Exception:  # noqa: BLE001 - any rejection counts as "invalid"
            cache[text] = None
    return cache[text]


def membership(pair, sets):
    specifier_set = parsed_or_none(SpecifierSet, pair[0], sets)
    if specifier_set is None:
        return "error: invalid specifier set"
    try:
        return specifier_set.contains(pair[1], prereleases=True)
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"


def evaluation(pair, markers, environments):
    marker = markers[pair[0]]
    if marker is None:
        return "error: invalid marker"
    try:
        return marker.evaluate(environments[pair[1]])
    except UndefinedComparison:
        return "undefined"
    except Exception as error:  # noqa: BLE001
        return f"error: {type(error).__name__}"


def requirement_record(text):
    try:
        requirement = Requirement(text)
    except Exception:  # noqa: BLE001 - InvalidRequirement, or InvalidSpecifier from a clause
        return None
    return {
        "name": requirement.name,
        "extras": sorted(requirement.extras),
        "specifier": str(requirement.specifier),
        "url": requirement.url,
        "marker": None if requirement.marker is None else str(requirement.marker),
        "str": str(requirement),
    }


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: packaging_oracle.py INPUT.json OUTPUT.json\n")
        return 2
    with open(argv[1], encoding="utf-8") as stream:
        cases = json.load(stream)

    sets = {}
    set_texts = {}
    markers = [parsed_or_none(Marker, text, {}) for text in cases["markers"]]
    answers = {
        "packaging": packaging.__version__,
        "python": sys.version.split()[0],
        "versions": [version_record(text) for text in cases["versions"]],
        "orderings": [ordering(pair) for pair in cases["orderings"]],
        "specifierSets": [],
        "memberships": [membership(pair, sets) for pair in cases["memberships"]],
        "markers": [None if marker is None else str(marker) for marker in markers],
        "evaluations": [evaluation(pair, markers, cases["environments"]) for pair in cases["evaluations"]],
        "requirements": [requirement_record(text) for text in cases["requirements"]],
    }
    for text in cases["specifierSets"]:
        specifier_set = parsed_or_none(SpecifierSet, text, set_texts)
        answers["specifierSets"].append(None if specifier_set is None else str(specifier_set))

    with open(argv[2], "w", encoding="utf-8") as stream:
        json.dump(answers, stream, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
