#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_targetenvironment: the tags pypa/packaging (/usr/bin/python3) gives a CPython
on a named platform, or this interpreter's own tags and marker environment.

Usage: target_tags.py platform OS MAJOR.MINOR ARCH [GLIBC_OR_MACOS "X.Y"]
       target_tags.py self
Prints JSON: {"tags": [...], "markers": {...}} (markers only for "self").
"""

import json
import sys

from packaging import _manylinux, markers, tags


def platform_tags(os_name, arch, version):
    if os_name == "windows":
        return ["win_" + arch.lower()]
    if os_name == "macos":
        major, minor = (int(part) for part in version.split("."))
        # Newer packaging (the vectors in corpus/packaging-vectors, and Akari) spell the
        # i386+ppc+x86_64 format "fat3", as CPython's _osx_support does; Debian's 23.0 says "fat32".
        return [name.replace("_fat32", "_fat3") for name in tags.mac_platforms((major, minor), arch)]
    # Linux with the given glibc: packaging's own manylinux walk, told the glibc version and that
    # the running interpreter's ABI does not matter (the target is another machine).
    major, minor = (int(part) for part in version.split("."))
    _manylinux._get_glibc_version = lambda: (major, minor)
    _manylinux._have_compatible_abi = lambda *args: True
    names = list(_manylinux.platform_tags("linux_" + arch, arch))
    return names + ["linux_" + arch]


def main():
    if sys.argv[1] == "self":
        print(json.dumps({"tags": [str(tag) for tag in tags.sys_tags()],
                          "markers": markers.default_environment()}))
        return
    os_name, python, arch, version = sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]
    python_version = tuple(int(part) for part in python.split("."))
    platforms = platform_tags(os_name, arch, version)
    result = list(tags.cpython_tags(python_version, platforms=platforms))
    result += list(tags.compatible_tags(python_version, "cp" + "".join(map(str, python_version)), platforms))
    print(json.dumps({"tags": [str(tag) for tag in result]}))


main()
