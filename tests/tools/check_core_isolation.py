#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when akari_core could reach Qt Gui or Widgets.

Three independent checks, each of which alone would catch a regression:
  1. no source under the core folder includes a QtGui/QtWidgets header (by module path or by
     a class header name that exists in those modules' include folders);
  2. akari_core's link libraries (written by CMake at generate time) name no Gui/Widgets target;
  3. the akari-cli binary, which links core only, has no Qt6Gui/Qt6Widgets in its NEEDED entries.
"""
import argparse
import pathlib
import re
import subprocess
import sys

FORBIDDEN_MODULES = ("QtGui", "QtWidgets", "QtOpenGL", "QtOpenGLWidgets", "QtQuick", "QtQml", "QtSvg")
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.MULTILINE)


def header_names(include_dirs):
    names = set()
    for directory in include_dirs:
        path = pathlib.Path(directory)
        if path.is_dir():
            names.update(entry.name for entry in path.iterdir() if entry.is_file() and entry.name.startswith("Q"))
    return names


def check_sources(core_dir, forbidden_headers):
    problems = []
    for source in sorted(pathlib.Path(core_dir).rglob("*")):
        if source.suffix not in {".h", ".hpp", ".cpp", ".cc", ".in"}:
            continue
        text = source.read_text(encoding="utf-8", errors="replace")
        for match in INCLUDE.finditer(text):
            header = match.group(1)
            module = header.split("/")[0]
            line = text.count("\n", 0, match.start()) + 1
            if module in FORBIDDEN_MODULES or header in forbidden_headers:
                problems.append(f"{source}:{line}: includes <{header}>, which belongs to Qt Gui/Widgets")
    return problems


def check_link_libraries(path):
    if not path:
        return []
    text = pathlib.Path(path).read_text(encoding="utf-8")
    bad = [item for item in re.split(r"[;\n]", text) if re.search(r"Gui|Widgets|OpenGL", item)]
    return [f"akari_core links {item}" for item in bad]


def check_binary(binary):
    if not binary:
        return []
    output = subprocess.run(["readelf", "-d", binary], capture_output=True, text=True, check=True).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)
    if not needed:
        return [f"{binary}: readelf found no NEEDED entries; cannot check"]
    return [f"{binary} needs {lib}" for lib in needed if re.search(r"Qt6(Gui|Widgets|OpenGL)", lib)]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--core-dir", required=True)
    parser.add_argument("--forbidden-include-dir", action="append", default=[])
    parser.add_argument("--link-libraries-file")
    parser.add_argument("--binary")
    args = parser.parse_args()

    forbidden = header_names(args.forbidden_include_dir)
    if args.forbidden_include_dir and not forbidden:
        print("no headers found in the Gui/Widgets include folders; the check would be blind", file=sys.stderr)
        return 2
    problems = check_sources(args.core_dir, forbidden)
    problems += check_link_libraries(args.link_libraries_file)
    problems += check_binary(args.binary)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"checked {args.core_dir} against {len(forbidden)} Gui/Widgets headers: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
