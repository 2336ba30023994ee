#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes one malicious wheel per safety rule of the wheel cache, for tests.

Usage:
    malicious_wheels.py --out DIR [--bomb] [--big MB]

Writes into DIR (created if needed):
- one wheel per rule, each a valid wheel except for its one flaw, named
  ``mal_<rule>-1.0-py3-none-any.whl`` (rule with "-" turned into "_");
- ``ok_valid-1.0-py3-none-any.whl``: the same generator without any flaw (rule "valid"),
  so a test can show that rejections come from the flaw and not from the generator; it also
  has ``ok_valid-1.0.data/scripts/ok_valid-run`` (mode 0755) and a console script entry point;
- with ``--bomb``: ``mal_zip_bomb-1.0-py3-none-any.whl``, one deflated member of 64 MiB of
  zeros with its size declared honestly (rule "zip-bomb"; only malicious under limits
  smaller than 64 MiB, so it is left out by default);
- with ``--big MB``: ``big_random-1.0-py3-none-any.whl``, a valid wheel with one stored member
  of MB MiB of random bytes (rule "valid-big"), written in chunks.

Prints a JSON manifest to stdout and writes it to DIR/manifest.json: a list of objects
``{"file": absolute path, "rule": name, "member": the member name an error should mention}``
("member" is "" for valid wheels). The member is the offending archive member, or for
name/version mismatches the .dist-info folder's name.

Rules: dotdot, dotdot-inner, absolute, drive-letter, backslash, empty-name, empty-component,
symlink, char-device, block-device, fifo, socket, size-lie-stored, size-lie-deflated, record-hash,
record-size, record-no-hash, not-in-record, missing-record, missing-wheel, missing-metadata,
name-mismatch, version-mismatch, metadata-mismatch, wheel-version, duplicate.
(Hard links have no representation in zip files, so there is no rule for them.)

Standard library only.
"""

import argparse
import base64
import hashlib
import io
import json
import os
import struct
import sys
import warnings
import zipfile


def record_hash(data):
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def make_info(name, mode=0o644, compress=zipfile.ZIP_DEFLATED):
    info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
    info.compress_type = compress
    info.create_system = 3  # unix, so that external_attr carries the mode
    info.external_attr = (mode & 0xFFFF) << 16
    return info


class WheelSpec:
    """A wheel's members before writing; each rule edits one of these."""

    def __init__(self, name, version="1.0"):
        self.name = name
        self.version = version
        self.dist_info = "%s-%s.dist-info" % (name, version)
        self.members = []  # (ZipInfo, bytes)
        self.record_overrides = {}  # member -> (hash, size) written instead of the true ones
        self.record_skip = set()
        self.write_record = True
        self.drop = set()
        self.wheel_version = "1.0"
        self.metadata_name = name
        self.add(name + "/__init__.py", b"VALUE = 1\n")
        self.add(name + "/tool.py", b"def main():\n    return 0\n")

    def add(self, member, data, mode=0o644, compress=zipfile.ZIP_DEFLATED):
        self.members.append((make_info(member, mode, compress), data))

    def filename(self):
        return "%s-%s-py3-none-any.whl" % (self.name, self.version)

    def write(self, path, patch_sizes=None):
        di = self.dist_info
        meta = [
            (di + "/METADATA",
             ("Metadata-Version: 2.1\nName: %s\nVersion: %s\n\n" % (self.metadata_name, self.version)).encode()),
            (di + "/WHEEL",
             ("Wheel-Version: %s\nGenerator: malicious_wheels.py\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
              % self.wheel_version).encode()),
            (di + "/entry_points.txt", ("[console_scripts]\n%s-tool = %s.tool:main\n" % (self.name, self.name)).encode()),
        ]
        members = list(self.members) + [(make_info(n), d) for n, d in meta]
        members = [(i, d) for i, d in members if i.filename not in self.drop]
        rows = []
        for info, data in members:
            if info.filename in self.record_skip or info.filename.endswith("/"):
                continue
            digest, size = record_hash(data), str(len(data))
            digest, size = self.record_overrides.get(info.filename, (digest, size))
            rows.append("%s,%s,%s\n" % (info.filename, digest, size))
        rows.append(di + "/RECORD,,\n")
        if self.write_record and di + "/RECORD" not in self.drop:
            members.append((make_info(di + "/RECORD"), "".join(rows).encode()))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for info, data in members:
                archive.writestr(info, data)
        blob = bytearray(buffer.getvalue())
        for member, size in (patch_sizes or {}).items():
            patch_uncompressed_size(blob, member, size)
        with open(path, "wb") as out:
            out.write(blob)


def patch_uncompressed_size(blob, member, size):
    """Makes the local and central headers of member declare size uncompressed bytes."""
    encoded = member.encode("utf-8")
    patched = 0
    offset = 0
    while True:
        offset = blob.find(b"PK\x03\x04", offset)
        if offset < 0:
            break
        name_length = struct.unpack_from("<H", blob, offset + 26)[0]
        if bytes(blob[offset + 30:offset + 30 + name_length]) == encoded:
            struct.pack_into("<I", blob, offset + 22, size)
            patched += 1
        offset += 4
    offset = 0
    while True:
        offset = blob.find(b"PK\x01\x02", offset)
        if offset < 0:
            break
        name_length = struct.unpack_from("<H", blob, offset + 28)[0]
        if bytes(blob[offset + 46:offset + 46 + name_length]) == encoded:
            struct.pack_into("<I", blob, offset + 24, size)
            patched += 1
        offset += 4
    if patched != 2:
        raise SystemExit("could not patch the sizes of %r" % member)


def build(rule, spec):
    """Applies rule to spec; returns (member to name, patch_sizes)."""
    n, di = spec.name, spec.dist_info
    if rule == "dotdot":
        spec.add("../evil.py", b"x = 1\n")
        return "../evil.py", None
    if rule == "dotdot-inner":
        member = n + "/../../evil.py"
        spec.add(member, b"x = 1\n")
        return member, None
    if rule == "absolute":
        spec.add("/tmp/akari-evil.py", b"x = 1\n")
        return "/tmp/akari-evil.py", None
    if rule == "drive-letter":
        spec.add("C:/evil.py", b"x = 1\n")
        return "C:/evil.py", None
    if rule == "backslash":
        member = n + "\\..\\..\\evil.py"
        spec.add(member, b"x = 1\n")
        return member, None
    if rule == "empty-name":
        spec.add("", b"x = 1\n")
        return "", None
    if rule == "empty-component":
        member = n + "//evil.py"
        spec.add(member, b"x = 1\n")
        return member, None
    if rule == "symlink":
        member = n + "/passwd"
        spec.add(member, b"/etc/passwd", mode=0o120777, compress=zipfile.ZIP_STORED)
        return member, None
    if rule in ("char-device", "block-device", "fifo", "socket"):
        # Unix file types in the upper 16 bits of the external attributes (creator system 3).
        kind = {"char-device": 0o020000, "block-device": 0o060000, "fifo": 0o010000, "socket": 0o140000}[rule]
        member = n + "/node"
        spec.add(member, b"", mode=kind | 0o644, compress=zipfile.ZIP_STORED)
        return member, None
    if rule == "size-lie-stored":
        member = n + "/data.bin"
        spec.add(member, b"A" * 4096, compress=zipfile.ZIP_STORED)
        return member, {member: 100}
    if rule == "size-lie-deflated":
        member = n + "/data.bin"
        spec.add(member, b"\0" * (4 << 20))
        return member, {member: 1000}
    if rule == "record-hash":
        member = n + "/__init__.py"
        spec.record_overrides[member] = (record_hash(b"something else\n"), str(len(b"VALUE = 1\n")))
        return member, None
    if rule == "record-size":
        member = n + "/__init__.py"
        spec.record_overrides[member] = (record_hash(b"VALUE = 1\n"), "3")
        return member, None
    if rule == "record-no-hash":
        member = n + "/__init__.py"
        spec.record_overrides[member] = ("", "")
        return member, None
    if rule == "not-in-record":
        member = n + "/extra.py"
        spec.add(member, b"x = 1\n")
        spec.record_skip.add(member)
        return member, None
    if rule == "missing-record":
        spec.write_record = False
        return di + "/RECORD", None
    if rule == "missing-wheel":
        spec.drop.add(di + "/WHEEL")
        return di + "/WHEEL", None
    if rule == "missing-metadata":
        spec.drop.add(di + "/METADATA")
        return di + "/METADATA", None
    if rule == "name-mismatch":
        spec.dist_info = "other_name-1.0.dist-info"
        return spec.dist_info, None
    if rule == "version-mismatch":
        spec.dist_info = "%s-2.0.dist-info" % n
        return spec.dist_info, None
    if rule == "metadata-mismatch":
        spec.metadata_name = "other-name"
        return di + "/METADATA", None
    if rule == "wheel-version":
        spec.wheel_version = "2.0"
        return di + "/WHEEL", None
    if rule == "duplicate":
        member = n + "/__init__.py"
        spec.add(member, b"VALUE = 1\n")
        return member, None
    if rule == "zip-bomb":
        member = n + "/zeros.bin"
        spec.add(member, b"\0" * (64 << 20))
        return member, None
    if rule == "valid":
        # A .data folder with an executable script, so that the valid wheel covers both.
        spec.add("%s-%s.data/scripts/%s-run" % (n, spec.version, n), b"#!python\nprint(1)\n", mode=0o755)
        return "", None
    raise SystemExit("unknown rule " + rule)


RULES = [
    "dotdot", "dotdot-inner", "absolute", "drive-letter", "backslash", "empty-name", "empty-component",
    "symlink", "char-device", "block-device", "fifo", "socket", "size-lie-stored", "size-lie-deflated", "record-hash",
    "record-size", "record-no-hash", "not-in-record", "missing-record", "missing-wheel", "missing-metadata",
    "name-mismatch", "version-mismatch", "metadata-mismatch", "wheel-version", "duplicate",
]


def write_big(out, megabytes):
    name = "big_random"
    spec = WheelSpec(name)
    path = os.path.join(out, spec.filename())
    di = spec.dist_info
    rows = []
    with zipfile.ZipFile(path, "w") as archive:
        info = make_info(name + "/blob.bin", compress=zipfile.ZIP_STORED)
        digest = hashlib.sha256()
        with archive.open(info, "w", force_zip64=True) as member:
            for _ in range(megabytes):
                chunk = os.urandom(1 << 20)
                digest.update(chunk)
                member.write(chunk)
        encoded = base64.urlsafe_b64encode(digest.digest()).rstrip(b"=").decode("ascii")
        rows.append("%s,sha256=%s,%d\n" % (info.filename, encoded, megabytes << 20))
        small = [
            (di + "/METADATA", ("Metadata-Version: 2.1\nName: %s\nVersion: 1.0\n\n" % name).encode()),
            (di + "/WHEEL", b"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"),
        ]
        for member, data in small:
            archive.writestr(make_info(member), data)
            rows.append("%s,%s,%d\n" % (member, record_hash(data), len(data)))
        rows.append(di + "/RECORD,,\n")
        archive.writestr(make_info(di + "/RECORD"), "".join(rows).encode())
    return path


def main():
    warnings.filterwarnings("ignore", "Duplicate name")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder to write the wheels into")
    parser.add_argument("--bomb", action="store_true", help="also write the zip-bomb wheel (64 MiB of zeros)")
    parser.add_argument("--big", type=int, default=0, metavar="MB", help="also write a valid wheel of MB MiB")
    args = parser.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    manifest = []
    rules = ["valid"] + RULES + (["zip-bomb"] if args.bomb else [])
    for rule in rules:
        prefix = "ok" if rule == "valid" else "mal"
        spec = WheelSpec("%s_%s" % (prefix, rule.replace("-", "_")))
        member, patch = build(rule, spec)
        path = os.path.join(out, spec.filename())
        spec.write(path, patch)
        manifest.append({"file": path, "rule": rule, "member": member})
    if args.big > 0:
        manifest.append({"file": write_big(out, args.big), "rule": "valid-big", "member": ""})
    text = json.dumps(manifest, indent=1)
    with open(os.path.join(out, "manifest.json"), "w") as handle:
        handle.write(text + "\n")
    sys.stdout.write(text + "\n")


if __name__ == "__main__":
    main()
