#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build the .deb from a configured build tree with cpack and check what it holds.

Exit status 0 when every expected file and control field is there, 1 otherwise.
"""

import argparse
import pathlib
import shutil
import subprocess
import sys


def run(command: list[str]) -> str:
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if result.returncode != 0:
        print(result.stdout)
        raise SystemExit(f"command failed with exit status {result.returncode}: {command[0]}")
    return result.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cpack", required=True, help="the cpack executable")
    parser.add_argument("--dpkg-deb", default="dpkg-deb", help="the dpkg-deb executable")
    parser.add_argument("--config", required=True, help="CPackConfig.cmake of the build tree")
    parser.add_argument("--work-dir", required=True, help="scratch directory, emptied first")
    parser.add_argument("--name", required=True, help="expected package name")
    parser.add_argument("--version", required=True, help="expected package version")
    parser.add_argument("--app-id", required=True, help="reverse-DNS application id")
    args = parser.parse_args()

    if shutil.which(args.dpkg_deb) is None:
        print(f"FAIL: {args.dpkg_deb} not found; install dpkg", file=sys.stderr)
        return 1

    work_dir = pathlib.Path(args.work_dir)
    shutil.rmtree(work_dir, ignore_errors=True)
    work_dir.mkdir(parents=True)

    run([args.cpack, "-G", "DEB", "-B", str(work_dir), "--config", args.config])

    debs = sorted(work_dir.glob("*.deb"))
    if len(debs) != 1:
        print(f"FAIL: expected one .deb in {work_dir}, found {[d.name for d in debs]}", file=sys.stderr)
        return 1
    deb = debs[0]
    print(f"package file: {deb.name}")

    problems: list[str] = []

    arch = run([args.dpkg_deb, "-f", str(deb), "Architecture"]).strip()
    expected_file_name = f"{args.name}_{args.version}_{arch}.deb"
    if deb.name != expected_file_name:
        problems.append(f"package file is {deb.name}, expected {expected_file_name}")

    control = run([args.dpkg_deb, "-f", str(deb)])
    print("control fields:")
    print(control.rstrip())
    fields: dict[str, str] = {}
    for line in control.splitlines():
        if line and not line[0].isspace() and ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    expected_fields = {"Package": args.name, "Version": args.version}
    for key, value in expected_fields.items():
        if fields.get(key) != value:
            problems.append(f"control field {key} is {fields.get(key)!r}, expected {value!r}")
    depends = [d.strip().split(" ")[0] for d in fields.get("Depends", "").split(",")]
    recommends = [d.strip().split(" ")[0] for d in fields.get("Recommends", "").split(",")]
    for package in ("libqt6svg6", "qt6-qpa-plugins"):
        if package not in depends:
            problems.append(f"Depends lacks {package}")
    for package in ("qt6-translations-l10n", "fonts-noto-cjk"):
        if package not in recommends:
            problems.append(f"Recommends lacks {package}")

    listing = run([args.dpkg_deb, "-c", str(deb)])
    # Lines look like "-rwxr-xr-x root/root 12345 2026-01-01 00:00 ./usr/bin/akari".
    paths = set()
    for line in listing.splitlines():
        parts = line.split(None, 5)
        if len(parts) == 6:
            paths.add(parts[5].split(" -> ")[0].removeprefix("./").rstrip("/"))
    print("contents:")
    for path in sorted(paths):
        print(f"  {path}")

    expected_paths = [
        "usr/bin/akari",
        "usr/bin/akari-cli",
        f"usr/share/icons/hicolor/scalable/apps/{args.app_id}.svg",
        f"usr/share/applications/{args.app_id}.desktop",
        f"usr/share/metainfo/{args.app_id}.metainfo.xml",
    ]
    for path in expected_paths:
        print(f"{'found' if path in paths else 'MISSING'}: {path}")
        if path not in paths:
            problems.append(f"missing {path}")
    stray = sorted(p for p in paths if p.startswith("usr/local"))
    if stray:
        problems.append(f"files under usr/local: {stray}")

    if problems:
        for problem in problems:
            print(f"FAIL: {problem}", file=sys.stderr)
        return 1
    print("OK: package name, version, dependencies and contents are as expected")
    return 0


if __name__ == "__main__":
    sys.exit(main())
