# SPDX-License-Identifier: GPL-3.0-or-later
"""packaging's side of akari-bench-pep: times pypa/packaging on the workload folder it wrote.

Usage: packaging_bench.py FOLDER [--runs N]

Does exactly what akari-bench-pep's AkariRunner does, on the same files, and prints one JSON
object: {"packaging", "python", "runs", "seconds": {workload: median seconds}, "counts":
{workload: count}}. Progress goes to stderr. Needs pypa/packaging (Debian: python3-packaging).
"""

import argparse
import json
import statistics
import sys
import time

try:
    import packaging
    from packaging.markers import Marker, UndefinedComparison
    from packaging.requirements import Requirement
    from packaging.specifiers import SpecifierSet
    from packaging.version import InvalidVersion, Version
except ImportError as error:
    sys.stderr.write(f"packaging_bench: cannot import packaging ({error}); install python3-packaging\n")
    sys.exit(3)


def lines(path):
    with open(path, encoding="utf-8") as stream:
        return stream.read().split("\n")


def parse_versions(data):
    start = time.perf_counter()
    parsed = []
    for text in data["versions"]:
        try:
            parsed.append(Version(text))
        except InvalidVersion:
            pass
    elapsed = time.perf_counter() - start
    data["parsed"] = parsed
    return elapsed, len(parsed)


def sort_versions(data):
    ordered = list(data["parsed"])
    start = time.perf_counter()
    ordered.sort()
    elapsed = time.perf_counter() - start
    distinct = sum(1 for i in range(1, len(ordered)) if ordered[i - 1] < ordered[i]) + (1 if ordered else 0)
    return elapsed, distinct


def check_memberships(data):
    start = time.perf_counter()
    sets = [SpecifierSet(text) for text in data["specifierSets"]]
    versions = data["parsed"]
    set_count, version_count = len(sets), len(versions)
    matches = 0
    for k in range(data["memberships"]):
        if sets[k % set_count].contains(versions[k % version_count], prereleases=True):
            matches += 1
    return time.perf_counter() - start, matches


def evaluate_markers(data):
    start = time.perf_counter()
    markers = [Marker(text) for text in data["markers"]]
    environments = data["environments"]
    matches = 0
    for marker in markers:
        for environment in environments:
            try:
                if marker.evaluate(environment):
                    matches += 1
            except UndefinedComparison:
                pass
    return time.perf_counter() - start, matches


def parse_requirements(data):
    start = time.perf_counter()
    valid = 0
    for text in data["requirements"]:
        try:
            Requirement(text)
            valid += 1
        except ValueError:  # InvalidRequirement, or InvalidSpecifier from a clause
            pass
    return time.perf_counter() - start, valid


WORKLOADS = [
    ("parse", parse_versions),
    ("sort", sort_versions),
    ("contains", check_memberships),
    ("evaluate", evaluate_markers),
    ("requirements", parse_requirements),
]


def main():
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("folder")
    arguments.add_argument("--runs", type=int, default=1)
    options = arguments.parse_args()

    folder = options.folder.rstrip("/")
    with open(f"{folder}/workload.json", encoding="utf-8") as stream:
        description = json.load(stream)
    with open(f"{folder}/{description['environments']}", encoding="utf-8") as stream:
        environments = json.load(stream)
    data = {
        "versions": lines(f"{folder}/{description['versions']}"),
        "specifierSets": lines(f"{folder}/{description['specifierSets']}"),
        "memberships": description["memberships"],
        "markers": lines(f"{folder}/{description['markers']}"),
        "environments": environments,
        "requirements": lines(f"{folder}/{description['requirements']}"),
    }

    times = {name: [] for name, _ in WORKLOADS}
    counts = {}
    for run in range(max(1, options.runs)):
        for name, workload in WORKLOADS:
            elapsed, count = workload(data)
            times[name].append(elapsed)
            counts[name] = count
            sys.stderr.write(f"packaging_bench: run {run + 1}: {name} {elapsed:.2f} s\n")
            sys.stderr.flush()

    json.dump(
        {
            "packaging": packaging.__version__,
            "python": sys.version.split()[0],
            "runs": max(1, options.runs),
            "seconds": {name: statistics.median(values) for name, values in times.items()},
            "counts": counts,
        },
        sys.stdout,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
