#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a catalog is out of step with the sources.

Runs lupdate over the source folders into a temporary copy of each catalog, then reports:
messages that are new (lupdate adds them as unfinished), untranslated or unfinished, obsolete
or vanished (in the catalog but no longer in the sources), plural messages without the
language's number of forms, and translations that lose or invent a %1..%9 / %n placeholder.
The catalogs themselves are never modified.
"""
import argparse
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
PLURAL_FORMS = {"ja": 1, "en": 2}


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_catalog(path, language, plural_only):
    problems = []
    root = ElementTree.parse(path).getroot()
    count = 0
    for context in root.iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            where = f"{path.name}: [{context_name}] {source!r}"
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            if kind in ("obsolete", "vanished"):
                problems.append(f"{where}: obsolete (no longer in the sources)")
                continue
            if kind == "unfinished":
                problems.append(f"{where}: missing or unfinished translation")
                continue
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")]
                expected = PLURAL_FORMS.get(language)
                if expected and len(forms) != expected:
                    problems.append(f"{where}: {len(forms)} plural form(s), {language} needs {expected}")
                texts = forms
            else:
                texts = [translation.text or ""]
            if plural_only and not numerus:
                continue
            for text in texts:
                if not text.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(source)} became {placeholders(text)} in {text!r}")
    return count, problems


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--catalog", action="append", required=True, help="path to a .ts file")
    parser.add_argument("sources", nargs="+", help="source folders to scan")
    args = parser.parse_args()

    all_problems = []
    with tempfile.TemporaryDirectory() as scratch:
        for catalog in args.catalog:
            catalog = pathlib.Path(catalog)
            language = re.search(r"_([a-z]{2})\.ts$", catalog.name).group(1)
            plural_only = language == "en"
            copy = pathlib.Path(scratch) / catalog.name
            shutil.copyfile(catalog, copy)
            command = [args.lupdate, "-locations", "none", "-extensions", "cpp,h", *args.sources, "-ts", str(copy)]
            if plural_only:
                command.insert(1, "-pluralonly")
            result = subprocess.run(command, capture_output=True, text=True)
            if result.returncode != 0:
                all_problems.append(f"lupdate failed on {catalog.name}: {result.stderr.strip()}")
                continue
            count, problems = check_catalog(copy, language, plural_only)
            print(f"{catalog.name}: {count} message(s), {len(problems)} problem(s)")
            all_problems += problems
    for problem in all_problems:
        print(problem, file=sys.stderr)
    return 1 if all_problems else 0


if __name__ == "__main__":
    sys.exit(main())
