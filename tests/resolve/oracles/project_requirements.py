#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Oracle for tst_projectrequirements: a project's root requirements, read with tomllib and
pypa/packaging (/usr/bin/python3), for chosen extras and groups.

Usage: project_requirements.py < QUERIES_JSON, a list of {"path", "extras", "groups"}.
Prints a JSON list with, for each query: {"requirements": [str(Requirement)...], "requires_python", "extras", "groups",
"defined_extras", "defined_groups", "conflicts": [[["extra"|"group", name]...]...],
"error": null | "unknown-extra" | "unknown-group" | "cycle"}.
"""

import json
import re
import sys
import tomllib

from packaging.requirements import Requirement


def norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


class Unknown(Exception):
    pass


def answer(path, extras, groups):
    with open(path, "rb") as stream:
        document = tomllib.load(stream)
    project = document.get("project", {})
    self_name = norm(project.get("name", ""))
    optional = {norm(key): value for key, value in project.get("optional-dependencies", {}).items()}
    group_lists = {}
    for key, value in document.get("dependency-groups", {}).items():
        group_lists.setdefault(norm(key), []).extend(value)
    uv = document.get("tool", {}).get("uv", {})
    if "dev-dependencies" in uv:
        group_lists.setdefault("dev", []).extend(uv["dev-dependencies"])

    out, seen, done_extras, done_groups, stack = [], set(), set(), set(), []

    def add_requirement(text):
        requirement = Requirement(text)
        if self_name and norm(requirement.name) == self_name:
            for extra in sorted(requirement.extras):
                add_extra(extra)
            return
        key = (norm(requirement.name), tuple(sorted(norm(e) for e in requirement.extras)),
               str(requirement.specifier), str(requirement.marker), requirement.url)
        if key not in seen:
            seen.add(key)
            text = str(requirement)
            # packaging 26 (and Akari) write "name @ url"; Debian's 23.0 writes "name@ url".
            if requirement.url and " @ " not in text:
                text = text.replace("@ ", " @ ", 1)
            out.append(text)

    def add_extra(extra):
        extra = norm(extra)
        if extra in done_extras:
            return
        if extra not in optional:
            raise Unknown("unknown-extra")
        done_extras.add(extra)
        for text in optional[extra]:
            add_requirement(text)

    def add_group(group):
        group = norm(group)
        if group in done_groups:
            return
        if group not in group_lists:
            raise Unknown("unknown-group")
        if group in stack:
            raise Unknown("cycle")
        stack.append(group)
        for item in group_lists[group]:
            if isinstance(item, str):
                add_requirement(item)
            else:
                add_group(item["include-group"])
        stack.pop()
        done_groups.add(group)

    error = None
    try:
        for text in project.get("dependencies", []):
            add_requirement(text)
        for extra in extras:
            add_extra(extra)
        for group in groups:
            add_group(group)
    except Unknown as failure:
        error = str(failure)

    conflicts = []
    for entry in uv.get("conflicts", []):
        members = []
        for item in entry:
            if "package" in item and norm(item["package"]) != self_name:
                continue
            if "extra" in item:
                members.append(["extra", norm(item["extra"])])
            elif "group" in item:
                members.append(["group", norm(item["group"])])
        conflicts.append(members)

    return {"requirements": out, "requires_python": project.get("requires-python", ""),
                      "extras": sorted(done_extras), "groups": sorted(done_groups),
                      "defined_extras": list(optional), "defined_groups": list(group_lists),
            "conflicts": conflicts, "error": error}


print(json.dumps([answer(query["path"], query["extras"], query["groups"]) for query in json.load(sys.stdin)]))
