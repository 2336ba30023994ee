#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback index of installable wheels for sync tests and the sync benchmark.

Usage:
  sync_index.py generate --out DIR [--torch-mb 50] [--bulk-mb 0] [--python PATH]
                         [--extra-wheels DIR] [--wrong-hash NAME]...
  sync_index.py serve --root DIR [--generate] [generate's options] [--port 0] [--host 127.0.0.1]
                      [--log FILE] [--verbose] [--rate-kbps N] [--die-after-bytes N]

One index, `sync`, served like loopback_index.py serves its indexes (that script's server is
reused): PEP 503 HTML or PEP 691 JSON at /sync/simple/[<project>/], sha256 in every link, files
at /files/sync/<filename> with Range support, no PEP 658 metadata files (clients read METADATA
with range requests, as on download.pytorch.org). Projects:

  pip, setuptools, wheel   the real wheels of /usr/share/python-wheels (Debian's python3-*-whl)
  torch                    2.8.0+cu128 and 2.7.1+cu128 for --python's tag
                           (cpXY-cpXY-manylinux_2_17_<machine>.manylinux2014_<machine>, platlib):
                           torch/{__init__,version}.py, torch/cuda (no GPU, unless
                           AKARI_TEST_CUDA_DEVICES="name,name" is set when it runs),
                           torch/lib/libtorch_cuda.so of --torch-mb MiB random bytes (stored),
                           console script torchrun = torch.distributed.run:main, a `#!python`
                           script in .data/scripts, .data/headers and .data/data files; requires
                           both nvidia-* packages and `setuptools; python_version >= "3.12"`
  torchvision              0.23.0+cu128 / 0.22.1+cu128, requires torch==2.8.0 / 2.7.1 and numpy
  torchaudio               2.8.0+cu128 / 2.7.1+cu128, requires torch==matching
  numpy                    2.1.0, pure and tiny
  nvidia-cudnn-cu12        9.10.2.21 (requires nvidia-cublas-cu12), max(1, --bulk-mb/2) MiB padding
  nvidia-cublas-cu12       12.8.4.1, max(1, --bulk-mb/2) MiB padding
  (--extra-wheels DIR)     every *.whl of DIR, as it is, under the project its file name names

Every generated wheel has a correct RECORD. Generation is deterministic (the same options give the
same bytes). manifest.json holds the index (loopback_index.py's shape) plus "files":
{filename: {project, version, size, sha256, origin}} and the tags used.

Faults:
  --wrong-hash NAME (generate or serve; repeatable)  NAME's links carry a wrong sha256
  --die-after-bytes N (serve)          every file response is cut (connection reset) after N body bytes
  --rate-kbps N (serve)                file bodies are sent at N kB/s (1 kB = 1000 bytes) per response
  /fault/die-after/<N>/files/sync/<f>  that file cut after N body bytes
  /fault/rate-kbps/<N>/files/sync/<f>  that file at N kB/s
  and loopback_index.py's /fault/<kind>/ prefixes (reset, 500, slow, ...).
The first line on stdout is `PORT <n>`; --log appends one JSON line per request (see
loopback_index.py). Only the standard library is used.
"""

import argparse
import base64
import email.parser
import email.utils
import hashlib
import json
import os
import platform
import random
import re
import shutil
import stat
import subprocess
import sys
import time
import urllib.parse
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import loopback_index  # noqa: E402 (the server and the wheel helpers live there)
from loopback_index import ZIP_TIME, escape_component, metadata_text, normalize, parse_range  # noqa: E402

INDEX = "sync"
DEBIAN_WHEELS = "/usr/share/python-wheels"
MIB = 1024 * 1024
CHUNK = 1 << 20
NVIDIA = {"nvidia-cudnn-cu12": ("9.10.2.21", "nvidia/cudnn/lib/libcudnn.so.9", ["nvidia-cublas-cu12"]),
          "nvidia-cublas-cu12": ("12.8.4.1", "nvidia/cublas/lib/libcublas.so.12", [])}
# torch release -> (torchvision, torchaudio)
TORCH = {"2.8.0": ("0.23.0", "2.8.0"), "2.7.1": ("0.22.1", "2.7.1")}
LOCAL = "+cu128"
CUDA_VERSION = "12.8"

CUDA_MODULE = '''"""torch.cuda as the sync index fakes it: no GPU unless AKARI_TEST_CUDA_DEVICES names some."""
import os


def _devices():
    value = os.environ.get("AKARI_TEST_CUDA_DEVICES", "")
    return [name.strip() for name in value.split(",") if name.strip()]


def is_available():
    return bool(_devices())


def device_count():
    return len(_devices())


def get_device_name(device=None):
    devices = _devices()
    index = 0 if device is None else int(device)
    if not 0 <= index < len(devices):
        raise RuntimeError("Found no NVIDIA driver on your system.")
    return devices[index]
'''


class Padding:
    """Incompressible member content, produced in chunks so that no wheel is held in memory."""

    def __init__(self, size, seed):
        self.size, self.seed = size, seed

    def chunks(self):
        generator, left = random.Random(self.seed), self.size
        while left > 0:
            chunk = generator.randbytes(min(CHUNK, left))
            left -= len(chunk)
            yield chunk


def record_line(path, digest, size):
    return f"{path},sha256={base64.urlsafe_b64encode(digest).rstrip(b'=').decode()},{size}\n"


def write_wheel(files_dir, name, version, tag, requires_python, requires, members, entry_points=None):
    """Writes one wheel straight to disk; \a members: [(path, bytes | Padding, executable)]."""
    component, purelib = escape_component(name), tag.endswith("-any")
    filename = f"{component}-{version}-{tag}.whl"
    dist_info = f"{component}-{version}.dist-info"
    python, abi, platforms = tag.split("-", 2)
    wheel_text = "Wheel-Version: 1.0\nGenerator: akari-sync-index\n" + \
        f"Root-Is-Purelib: {'true' if purelib else 'false'}\n" + \
        "".join(f"Tag: {python}-{abi}-{p}\n" for p in platforms.split("."))
    members = list(members) + [(f"{dist_info}/METADATA",
                                metadata_text(name, version, requires_python, requires).encode(), False),
                               (f"{dist_info}/WHEEL", wheel_text.encode(), False)]
    if entry_points:
        members.append((f"{dist_info}/entry_points.txt", entry_points.encode(), False))
    record = ""
    path = os.path.join(files_dir, filename)
    with zipfile.ZipFile(path, "w") as archive:
        for member, content, executable in members:
            info = zipfile.ZipInfo(member, ZIP_TIME)
            info.external_attr = (stat.S_IFREG | (0o755 if executable else 0o644)) << 16
            if isinstance(content, Padding):
                info.compress_type, info.file_size, digest = zipfile.ZIP_STORED, content.size, hashlib.sha256()
                with archive.open(info, "w", force_zip64=content.size >= 2**31) as stream:
                    for chunk in content.chunks():
                        digest.update(chunk)
                        stream.write(chunk)
                record += record_line(member, digest.digest(), content.size)
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, content)
                record += record_line(member, hashlib.sha256(content).digest(), len(content))
        info = zipfile.ZipInfo(f"{dist_info}/RECORD", ZIP_TIME)
        info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, (stat.S_IFREG | 0o644) << 16
        archive.writestr(info, record + f"{dist_info}/RECORD,,\n")
    return filename


def file_sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def interpreter_tags(python):
    """(cpXY, platform tag) for \a python (None: this interpreter)."""
    if python:
        output = subprocess.run([python, "-c", "import sys, platform; print('%d%d' % sys.version_info[:2], "
                                 "platform.machine(), sys.implementation.name)"],
                                capture_output=True, text=True, check=True).stdout.split()
        version, machine, implementation = output
    else:
        version, machine = "%d%d" % sys.version_info[:2], platform.machine()
        implementation = sys.implementation.name
    if implementation != "cpython":
        raise SystemExit(f"sync_index.py: {python or sys.executable} is not CPython")
    if machine in ("x86_64", "aarch64", "ppc64le", "s390x"):
        platform_tag = f"manylinux_2_17_{machine}.manylinux2014_{machine}"
    else:
        platform_tag = f"linux_{machine}"
    return f"cp{version}", platform_tag


def wheel_requires_python(path):
    """Requires-Python of a wheel's METADATA, None when it has none or cannot be read."""
    try:
        with zipfile.ZipFile(path) as archive:
            name = next(n for n in archive.namelist() if re.fullmatch(r"[^/]+\.dist-info/METADATA", n))
            message = email.parser.BytesParser().parsebytes(archive.read(name), headersonly=True)
            return message.get("Requires-Python")
    except (zipfile.BadZipFile, StopIteration, OSError, KeyError):
        return None


class SyncGenerator:
    """Writes files/ and manifest.json of the sync index into one folder."""

    def __init__(self, out, torch_mb, bulk_mb, python, extra_wheels, wrong_hash):
        self.out, self.files_dir = out, os.path.join(out, "files")
        self.torch_bytes = int(torch_mb * MIB)
        self.nvidia_bytes = int(max(1.0, bulk_mb / 2) * MIB)
        self.python_tag, self.platform_tag = interpreter_tags(python)
        self.extra_wheels, self.wrong_hash = extra_wheels, sorted(normalize(n) for n in wrong_hash or [])
        self.projects, self.files = {}, {}

    def add(self, name, version, filename, requires_python, origin):
        path = os.path.join(self.files_dir, filename)
        sha256, size = file_sha256(path), os.path.getsize(path)
        project = self.projects.setdefault(normalize(name), {"name": normalize(name), "files": []})
        project["files"].append({"filename": filename, "sha256": sha256, "size": size,
                                 "requires_python": requires_python, "metadata_sha256": None, "yanked": None})
        self.files[filename] = {"project": normalize(name), "version": version, "size": size, "sha256": sha256,
                                "origin": origin}

    def generated(self, name, version, tag, requires_python, requires, members, entry_points=None):
        filename = write_wheel(self.files_dir, name, version, tag, requires_python, requires, members, entry_points)
        self.add(name, version, filename, requires_python, "generated")

    def generate(self):
        shutil.rmtree(self.files_dir, ignore_errors=True)
        os.makedirs(self.files_dir)
        for wheel in sorted(os.listdir(DEBIAN_WHEELS)) if os.path.isdir(DEBIAN_WHEELS) else []:
            if re.fullmatch(r"(pip|setuptools|wheel)-[^-]+-py3-none-any\.whl", wheel):
                shutil.copyfile(os.path.join(DEBIAN_WHEELS, wheel), os.path.join(self.files_dir, wheel))
                self.add(wheel.split("-")[0], wheel.split("-")[1], wheel,
                         wheel_requires_python(os.path.join(self.files_dir, wheel)), "debian")
        tag = f"{self.python_tag}-{self.python_tag}-{self.platform_tag}"
        for torch_version, (vision, audio) in TORCH.items():
            self.torch(torch_version + LOCAL, tag)
            pin = f"torch=={torch_version}"
            self.companion("torchvision", vision + LOCAL, tag, [pin, "numpy"], max(64 * 1024, self.torch_bytes // 10))
            self.companion("torchaudio", audio + LOCAL, tag, [pin], max(64 * 1024, self.torch_bytes // 20))
        self.generated("numpy", "2.1.0", "py3-none-any", ">=3.9", [],
                       [("numpy/__init__.py", b'__version__ = "2.1.0"\n', False)])
        nvidia_tag = f"py3-none-{self.platform_tag}"
        for name, (version, library, requires) in NVIDIA.items():
            package = os.path.dirname(os.path.dirname(library))
            self.generated(name, version, nvidia_tag, ">=3", requires,
                           [(f"{package}/__init__.py", b"", False),
                            (library, Padding(self.nvidia_bytes, f"{name}-{version}"), False)])
        if self.extra_wheels:
            for wheel in sorted(os.listdir(self.extra_wheels)):
                if wheel.endswith(".whl"):
                    shutil.copyfile(os.path.join(self.extra_wheels, wheel), os.path.join(self.files_dir, wheel))
                    parts = wheel.split("-")
                    self.add(parts[0], parts[1] if len(parts) > 1 else "", wheel, None, "extra")
        for project in self.projects.values():
            project["files"].sort(key=lambda entry: entry["filename"])
        manifest = {"indexes": {INDEX: self.projects}, "page_time": loopback_index.PAGE_TIME, "files": self.files,
                    "python_tag": self.python_tag, "platform_tag": self.platform_tag,
                    "wrong_hash": self.wrong_hash}
        with open(os.path.join(self.out, "manifest.json"), "w", encoding="utf-8") as stream:
            json.dump(manifest, stream, indent=1, sort_keys=True)

    def torch(self, version, tag):
        data = f"torch-{version}.data"
        members = [
            ("torch/__init__.py", f'__version__ = "{version}"\nfrom . import version, cuda  # noqa\n'.encode(), False),
            ("torch/version.py", f'__version__ = "{version}"\ncuda = "{CUDA_VERSION}"\nhip = None\n'
                                 f'git_version = "akari-sync-index"\n'.encode(), False),
            ("torch/cuda/__init__.py", CUDA_MODULE.encode(), False),
            ("torch/distributed/__init__.py", b"", False),
            ("torch/distributed/run.py", b"import torch\n\n\ndef main():\n"
                                         b'    print("torchrun", torch.__version__)\n    return 0\n', False),
            ("torch/lib/libtorch_cuda.so", Padding(self.torch_bytes, f"torch-{version}"), False),
            (f"{data}/scripts/torch-smoke", b"#!python\nimport torch\nprint(torch.__version__)\n", True),
            (f"{data}/headers/torch.h", f"/* torch {version}, akari sync index */\n".encode(), False),
            (f"{data}/data/share/torch/NOTICE.txt", f"torch {version} test data\n".encode(), False),
        ]
        requires = [f"{name}=={pins[0]}; platform_system == \"Linux\"" for name, pins in NVIDIA.items()]
        requires.append('setuptools; python_version >= "3.12"')
        self.generated("torch", version, tag, ">=3.9", requires, members,
                       "[console_scripts]\ntorchrun = torch.distributed.run:main\n")

    def companion(self, name, version, tag, requires, padding):
        members = [(f"{name}/__init__.py", f'__version__ = "{version}"\nimport torch  # noqa\n'.encode(), False),
                   (f"{name}/_C.so", Padding(padding, f"{name}-{version}"), False)]
        self.generated(name, version, tag, ">=3.9", requires, members)


# ----------------------------------------------------------------------------------------------
# Serving

FILE_FAULT = re.compile(r"^/fault/(die-after|rate-kbps)/(\d+)(/files/.*)$")


class SyncServer(loopback_index.IndexServer):
    """loopback_index.py's server for the sync index, with wrong hashes, throttling and cut downloads."""

    def __init__(self, address, root, arguments):
        self.wrong_hash = {normalize(name) for name in arguments.wrong_hash or []}
        self.die_after_bytes, self.rate_kbps = arguments.die_after_bytes, arguments.rate_kbps
        super().__init__(address, root, arguments.log, arguments.verbose, arguments.slow_seconds, SyncHandler)

    def adjust_manifest(self, manifest):
        self.real_sha256 = {name: entry["sha256"] for name, entry in manifest["files"].items()}
        wrong = self.wrong_hash | set(manifest.get("wrong_hash", []))
        for name, project in manifest["indexes"][INDEX].items():
            if name in wrong:
                for entry in project["files"]:
                    entry["sha256"] = hashlib.sha256(b"wrong " + entry["sha256"].encode()).hexdigest()
        return manifest


class SyncHandler(loopback_index.IndexHandler):
    """Serves /sync/simple/ and streams files from disk (they may be large), with file faults."""

    def handle_request(self, head):
        self.die_after, self.rate_kbps = self.server.die_after_bytes, self.server.rate_kbps
        self.requested_path = self.path
        match = FILE_FAULT.match(urllib.parse.urlsplit(self.path).path)
        if match:
            if match.group(1) == "die-after":
                self.die_after = int(match.group(2))
            else:
                self.rate_kbps = int(match.group(2))
            self.path = match.group(3)
        super().handle_request(head)

    def record(self):
        self.path = self.requested_path  # the log shows what was asked
        super().record()

    def route(self, path, fault):
        match = re.match(r"^/sync/simple/(?:([^/]+)/?)?$", path)
        if match:
            return self.page(INDEX, match.group(1), path, fault, 404)
        return super().route(path, fault)

    def file(self, index, filename, fault):
        sha256 = self.server.real_sha256.get(filename)
        if sha256 is None or filename not in self.server.known_files[index]:
            return self.reply(404, b"Not Found\n", [("Content-Type", "text/plain")])
        path = os.path.join(self.server.files_dir, filename)
        size = os.path.getsize(path)
        headers = [("Content-Type", "application/octet-stream"), ("Accept-Ranges", "bytes"),
                   ("ETag", f'"{sha256[:32]}"'),
                   ("Last-Modified", email.utils.formatdate(loopback_index.PAGE_TIME, usegmt=True)),
                   ("Cache-Control", "max-age=365000000, immutable")]
        if self.headers.get("If-None-Match") == f'"{sha256[:32]}"':
            return self.reply(304, b"", headers[2:])
        start, end, status = 0, size - 1, 200
        if self.headers.get("Range"):
            span = parse_range(self.headers.get("Range"), size)
            if span == "unsatisfiable":
                return self.reply(416, b"", [("Content-Range", f"bytes */{size}")])
            if span is not None:
                (start, end), status = span, 206
                headers.append(("Content-Range", f"bytes {start}-{end}/{size}"))
        self.stream(status, headers, path, start, end - start + 1, fault)

    def stream(self, status, headers, path, start, length, fault):
        """Sends \a length bytes of \a path from \a start, throttled or cut as asked."""
        self.status_sent = status
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(length))
        self.end_headers()
        if self.head:
            return
        limit = length
        if self.die_after is not None:
            limit = min(limit, self.die_after)
        if fault == "reset":
            limit = min(limit, length // 2)
        rate = self.rate_kbps * 1000 if self.rate_kbps else None
        chunk_size = min(64 * 1024, max(1024, rate // 20)) if rate else 256 * 1024
        began, sent = time.monotonic(), 0
        with open(path, "rb") as stream:
            stream.seek(start)
            while sent < limit:
                chunk = stream.read(min(chunk_size, limit - sent))
                if not chunk:
                    break
                self.wfile.write(chunk)
                sent += len(chunk)
                if rate:
                    self.wfile.flush()
                    delay = began + sent / rate - time.monotonic()
                    if delay > 0:
                        time.sleep(delay)
        if limit < length:
            self.abort()


def add_generate_options(parser):
    parser.add_argument("--torch-mb", type=float, default=50, help="torch's padding in MiB (default 50)")
    parser.add_argument("--bulk-mb", type=float, default=0,
                        help="MiB shared by the two nvidia-* wheels (each max(1, bulk/2); default 0)")
    parser.add_argument("--python", help="interpreter whose tag the binary wheels carry (default: this one)")
    parser.add_argument("--extra-wheels", help="also list every wheel of this folder, as it is")
    parser.add_argument("--wrong-hash", action="append", metavar="NAME", help="NAME's links carry a wrong sha256")


def generate(arguments, out):
    SyncGenerator(out, arguments.torch_mb, arguments.bulk_mb, arguments.python, arguments.extra_wheels,
                  arguments.wrong_hash if arguments.command == "generate" else []).generate()


def serve(arguments):
    if arguments.generate or not os.path.exists(os.path.join(arguments.root, "manifest.json")):
        os.makedirs(arguments.root, exist_ok=True)
        generate(arguments, arguments.root)
    loopback_index.run_server(SyncServer((arguments.host, arguments.port), arguments.root, arguments))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    generator = commands.add_parser("generate", help="write the package set")
    generator.add_argument("--out", required=True, help="folder to write files/ and manifest.json into")
    add_generate_options(generator)
    server = commands.add_parser("serve", help="serve a generated package set")
    server.add_argument("--root", required=True, help="folder written by generate")
    server.add_argument("--generate", action="store_true", help="generate into --root first")
    add_generate_options(server)
    server.add_argument("--port", type=int, default=0, help="0: any free port")
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--log", help="append one JSON line per request to this file")
    server.add_argument("--verbose", action="store_true", help="log request lines to stderr")
    server.add_argument("--slow-seconds", type=float, default=5.0, help="delay of /fault/slow/ (default 5)")
    server.add_argument("--rate-kbps", type=int, help="send file bodies at this many kB/s")
    server.add_argument("--die-after-bytes", type=int, help="reset every file download after this many bytes")
    arguments = parser.parse_args()
    if arguments.command == "generate":
        os.makedirs(arguments.out, exist_ok=True)
        generate(arguments, arguments.out)
    else:
        serve(arguments)


if __name__ == "__main__":
    main()
