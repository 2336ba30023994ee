# SPDX-License-Identifier: GPL-3.0-or-later
# Oracle for tst_indexconfiguration: reads pyproject.toml files with tomllib and applies uv's
# index rules (UV-TORCH-FACTS.md §7) independently of Akari. Prints one JSON object.
# Usage: python3 indexconfigurationoracle.py PYPI_URL FILE...
import json
import os
import pathlib
import re
import sys
import tomllib

from packaging.markers import Marker
from packaging.utils import canonicalize_name

PYPI = sys.argv[1]

TARGETS = {
    "linux": {"os_name": "posix", "sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64"},
    "windows": {"os_name": "nt", "sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64"},
    "macos": {"os_name": "posix", "sys_platform": "darwin", "platform_system": "Darwin", "platform_machine": "arm64"},
}


def environment(platform, extra):
    env = dict(TARGETS[platform])
    env.update(python_version="3.12", python_full_version="3.12.0", implementation_name="cpython",
               implementation_version="3.12.0", platform_python_implementation="CPython",
               platform_release="", platform_version="", extra=extra)
    return env


def location(text, base):
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]+:", text):
        return text
    path = os.path.expanduser(text)
    return pathlib.Path(os.path.normpath(os.path.join(base, path))).as_uri()


def read(path):
    with open(path, "rb") as handle:
        data = tomllib.load(handle)
    base = os.path.dirname(os.path.abspath(path))
    uv = data.get("tool", {}).get("uv", {})
    project = []
    for entry in uv.get("index", []):
        cache = entry.get("cache-control", {})
        project.append({
            "name": entry.get("name", ""),
            "url": location(entry["url"], base),
            "explicit": entry.get("explicit", False),
            "default": entry.get("default", False),
            "format": entry.get("format", "simple"),
            "authenticate": entry.get("authenticate", "auto"),
            "ignoreErrorCodes": entry.get("ignore-error-codes", []),
            "api": cache.get("api", ""),
            "files": cache.get("files", ""),
        })
    for url in uv.get("extra-index-url", []):
        project.append({"name": "", "url": location(url, base), "explicit": False, "default": False})
    if "index-url" in uv:
        project.append({"name": "", "url": location(uv["index-url"], base), "explicit": False, "default": True})

    # Order: first entry of each name, non-default ones in file order, then the first default or PyPI.
    indexes, seen = [], set()
    for index in project:
        if index["default"]:
            continue
        if index["name"] and index["name"] in seen:
            continue
        seen.add(index["name"])
        indexes.append(index)
    defaults = [index for index in project if index["default"]]
    indexes.append(defaults[0] if defaults else {"name": "", "url": PYPI, "explicit": False, "default": True})
    by_name = {}
    for index in project:
        by_name.setdefault(index["name"], index)

    sources = {}
    for package, value in uv.get("sources", {}).items():
        entries = []
        for entry in value if isinstance(value, list) else [value]:
            kind = next(k for k in ("git", "index", "url", "path", "workspace") if k in entry)
            entries.append({
                "kind": "index" if kind == "index" else "unsupported",
                "index": entry.get("index", "") if kind == "index" else "",
                "description": "" if kind == "index" else kind,
                "marker": entry.get("marker", ""),
                "extra": canonicalize_name(entry["extra"]) if "extra" in entry else "",
                "group": canonicalize_name(entry["group"]) if "group" in entry else "",
            })
        sources[canonicalize_name(package)] = entries

    # What each package is taken from per platform and selected extra or group.
    extras = sorted({e["extra"] for s in sources.values() for e in s if e["extra"]}
                    | {canonicalize_name(x) for x in data.get("project", {}).get("optional-dependencies", {})})
    groups = sorted({e["group"] for s in sources.values() for e in s if e["group"]})
    selections = []
    unpinned = [index["url"] for index in indexes if not index["explicit"]]
    for platform in TARGETS:
        for extra, group in [("", "")] + [(x, "") for x in extras] + [("", g) for g in groups]:
            pins = {}
            for package, entries in sources.items():
                answer, unsupported = None, False
                for entry in entries:
                    if entry["marker"] and not Marker(entry["marker"]).evaluate(environment(platform, extra)):
                        continue
                    if entry["extra"] and entry["extra"] != extra:
                        continue
                    if entry["group"] and entry["group"] != group:
                        continue
                    if entry["kind"] == "unsupported":
                        unsupported = True
                        continue
                    answer = [by_name[entry["index"]]["url"]]
                    break
                pins[package] = answer if answer else ("unsupported" if unsupported else unpinned)
            selections.append({"platform": platform, "extra": extra, "group": group, "pins": pins})

    return {
        "indexes": indexes,
        "strategy": uv.get("index-strategy", "first-index"),
        "sources": sources,
        "selections": selections,
    }


print(json.dumps({path: read(path) for path in sys.argv[2:]}))
