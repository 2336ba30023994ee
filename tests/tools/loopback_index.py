#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A loopback package index shaped like PyPI and the PyTorch indexes, for tests and benchmarks.

Usage:
  loopback_index.py generate --out DIR
  loopback_index.py serve --root DIR [--generate] [--port 0] [--host 127.0.0.1]
                          [--log FILE] [--verbose] [--slow-seconds S]

`generate` writes a deterministic set of small but real wheels (zip files with a module and a
NAME-VER.dist-info with METADATA, WHEEL and a RECORD whose sha256 entries are right), a few
sdists, the PEP 658 `.metadata` files of the PyPI-like index and `manifest.json`, which
describes every index, project and file. Indexes:

  pypi        PyPI's shape: numpy, pillow, torch (default builds; nvidia-* and triton behind
              Linux x86_64 markers), torchvision/torchaudio pinned to torch, their
              dependencies, a yanked pillow, a numpy pre-release, an sdist-only project;
              core metadata files (data-dist-info-metadata / core-metadata) for every wheel.
  whl/cpu     torch/torchvision/torchaudio `+cpu` (macOS wheels without a local label) and
              mirror copies of only a few dependencies.
  whl/cu128   `+cu128` builds from torch 2.7.1 on, nvidia-* pinned exactly behind markers,
              and mirror copies of every dependency.
  whl/cu118   `+cu118`, stopping at torch 2.7.1.
  The torch indexes offer no metadata files, so clients must read METADATA with range requests.

`serve` answers (PEP 503 HTML, or PEP 691 JSON when the Accept header asks for it):
  /pypi/simple/[<project>/]         the PyPI-like index
  /whl/<backend>/[<project>/]       the torch indexes (unknown project: 404)
  /pt403/whl/<backend>/<project>/   the same, but 403 for unknown projects (download.pytorch.org)
  /flat/[<index>/]                  a find-links page of every file of an index (default pypi)
  /files/<index>/<filename>         files, with Range support; `<filename>.metadata` for pypi
  /fault/<kind>/<path>              <path>'s normal content with a fault: reset (connection
                                    closed mid-body), 500, slow (sleeps --slow-seconds),
                                    truncated-json, wrong-type (HTML as text/plain),
                                    redirect-other-host (302 to the same path on localhost
                                    when asked on 127.0.0.1, and the other way round)
Pages carry ETag, Last-Modified and Cache-Control: max-age=600, and answer 304 to a matching
If-None-Match. The first line on stdout is `PORT <n>`. With --log, every request is appended
as one JSON line: {"method", "path", "host", "authorization" (bool), "range", "status"}.
Only the standard library is used.
"""

import argparse
import base64
import email.utils
import gzip
import hashlib
import html
import io
import json
import os
import random
import re
import shutil
import socket
import sys
import tarfile
import threading
import time
import urllib.parse
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# Fixed times keep the generated files and the served headers identical from run to run.
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
PAGE_TIME = 1735689600  # 2025-01-01T00:00:00Z
UPLOAD_TIME = "2025-01-01T00:00:00.000000Z"

PYTHONS = ["cp310", "cp311", "cp312", "cp313"]  # torch has no cp314 wheels
TORCH_MARKER = 'platform_system == "Linux" and platform_machine == "x86_64"'

LINUX_X86 = "manylinux_2_28_x86_64"
LINUX_ARM = "manylinux_2_28_aarch64"
LINUX_X86_2014 = "manylinux_2_17_x86_64.manylinux2014_x86_64"
LINUX_ARM_2014 = "manylinux_2_17_aarch64.manylinux2014_aarch64"
WINDOWS = "win_amd64"
MACOS_ARM = "macosx_11_0_arm64"

# torch release -> (torchvision, torchaudio, triton, CUDA 12 dependency pins of PyPI's build)
CUDA_124 = {"nvidia-cuda-nvrtc-cu12": "12.4.127", "nvidia-cuda-runtime-cu12": "12.4.127",
            "nvidia-cudnn-cu12": "9.1.0.70", "nvidia-cublas-cu12": "12.4.5.8",
            "nvidia-nccl-cu12": "2.21.5", "nvidia-nvjitlink-cu12": "12.4.127"}
CUDA_126 = {"nvidia-cuda-nvrtc-cu12": "12.6.77", "nvidia-cuda-runtime-cu12": "12.6.77",
            "nvidia-cudnn-cu12": "9.5.1.17", "nvidia-cublas-cu12": "12.6.4.1",
            "nvidia-nccl-cu12": "2.26.2", "nvidia-nvjitlink-cu12": "12.6.85"}
CUDA_128 = {"nvidia-cuda-nvrtc-cu12": "12.8.93", "nvidia-cuda-runtime-cu12": "12.8.90",
            "nvidia-cudnn-cu12": "9.10.2.21", "nvidia-cublas-cu12": "12.8.4.1",
            "nvidia-nccl-cu12": "2.27.3", "nvidia-nvjitlink-cu12": "12.8.93"}
CUDA_118 = {"nvidia-cuda-nvrtc-cu11": "11.8.89", "nvidia-cuda-runtime-cu11": "11.8.89",
            "nvidia-cudnn-cu11": "9.1.0.70", "nvidia-cublas-cu11": "11.11.3.6",
            "nvidia-nccl-cu11": "2.21.5"}
TORCH_RELEASES = {
    "2.6.0": {"vision": "0.21.0", "audio": "2.6.0", "triton": "3.2.0", "cuda": CUDA_124,
              "python": ">=3.9.0", "sympy": "sympy==1.13.1; python_version >= \"3.9\""},
    "2.7.1": {"vision": "0.22.1", "audio": "2.7.1", "triton": "3.3.1", "cuda": CUDA_126,
              "python": ">=3.9.0", "sympy": "sympy>=1.13.3"},
    "2.8.0": {"vision": "0.23.0", "audio": "2.8.0", "triton": "3.4.0", "cuda": CUDA_128,
              "python": ">=3.9.0", "sympy": "sympy>=1.13.3"},
    "2.9.0": {"vision": "0.24.0", "audio": "2.9.0", "triton": "3.5.0", "cuda": CUDA_128,
              "python": ">=3.10", "sympy": "sympy>=1.13.3"},
}

# Pure-Python dependencies: name -> [(version, requires-python, requires-dist)]
PURE = {
    "filelock": [("3.16.1", ">=3.8", []), ("3.18.0", ">=3.9", []), ("3.19.1", ">=3.9", [])],
    "typing-extensions": [("4.12.2", ">=3.8", []), ("4.14.1", ">=3.9", []), ("4.15.0", ">=3.9", [])],
    "mpmath": [("1.3.0", None, [])],
    "sympy": [("1.13.1", ">=3.8", ["mpmath<1.4,>=1.1.0"]), ("1.13.3", ">=3.8", ["mpmath<1.4,>=1.1.0"]),
              ("1.14.0", ">=3.9", ["mpmath<1.4,>=1.1.0"])],
    "networkx": [("3.3", ">=3.10", []), ("3.4.2", ">=3.10", []), ("3.5", ">=3.11", [])],
    "jinja2": [("3.1.4", ">=3.7", ["MarkupSafe>=2.0"]), ("3.1.6", ">=3.7", ["MarkupSafe>=2.0"])],
    "fsspec": [("2024.12.0", ">=3.8", []), ("2025.5.1", ">=3.9", []), ("2025.9.0", ">=3.9", [])],
    "setuptools": [("70.2.0", ">=3.8", []), ("80.9.0", ">=3.9", [])],
}
# Binary dependencies: name -> [(version, requires-python, requires-dist, pythons, platforms)]
NUMPY_PLATFORMS_1 = [LINUX_X86_2014, LINUX_ARM_2014, WINDOWS, MACOS_ARM]
NUMPY_PLATFORMS_2 = [LINUX_X86_2014, LINUX_X86, LINUX_ARM_2014, LINUX_ARM, WINDOWS, MACOS_ARM]
BINARY = {
    "numpy": [("1.26.4", ">=3.9", [], ["cp310", "cp311", "cp312"], NUMPY_PLATFORMS_1),
              ("2.0.2", ">=3.9", [], ["cp310", "cp311", "cp312"], NUMPY_PLATFORMS_2),
              ("2.1.3", ">=3.10", [], PYTHONS, NUMPY_PLATFORMS_2),
              ("2.2.6", ">=3.10", [], PYTHONS, NUMPY_PLATFORMS_2),
              ("2.3.0rc1", ">=3.11", [], ["cp311", "cp312", "cp313"], NUMPY_PLATFORMS_2)],
    "markupsafe": [("2.1.5", ">=3.7", [], PYTHONS[:3], [LINUX_X86_2014, LINUX_ARM_2014, WINDOWS, MACOS_ARM]),
                   ("3.0.2", ">=3.9", [], PYTHONS, [LINUX_X86_2014, LINUX_ARM_2014, WINDOWS, MACOS_ARM])],
    "pillow": [("10.4.0", ">=3.8", [], PYTHONS, [LINUX_X86, LINUX_ARM, WINDOWS, MACOS_ARM]),
               ("11.1.0", ">=3.9", [], PYTHONS, [LINUX_X86, LINUX_ARM, WINDOWS, MACOS_ARM]),
               ("11.2.1", ">=3.9", [], PYTHONS, [LINUX_X86, LINUX_ARM, WINDOWS, MACOS_ARM]),
               ("11.3.0", ">=3.9", [], PYTHONS, [LINUX_X86, LINUX_ARM, WINDOWS, MACOS_ARM])],
}
YANKED = {("pillow", "11.3.0"): "Broken wheels: use 11.2.1"}
# Projects (or versions) with nothing but an sdist.
SDIST_ONLY = [("antlr4-python3-runtime", "4.9.3", None), ("mpmath", "1.4.0", ">=3.8")]
# Dependencies the real download.pytorch.org/whl/cpu mirrors; cu118/cu128 mirror all of them.
CPU_MIRRORED = {"filelock", "typing-extensions", "networkx", "jinja2"}
MIRROR_VERSIONS = {"filelock": 2, "typing-extensions": 2, "sympy": 2, "networkx": 2, "fsspec": 2,
                   "numpy": 4, "pillow": 2, "setuptools": 1}  # oldest n versions: mirrors lag PyPI

# Sizes of the incompressible padding member: large enough that reading METADATA with range
# requests is clearly cheaper than downloading the wheel.
PADDING = {"torch": 96 * 1024, "torchvision": 16 * 1024, "torchaudio": 16 * 1024, "triton": 32 * 1024}
NVIDIA_PADDING = 32 * 1024


def normalize(name):
    """PEP 503 normalized project name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def escape_component(name):
    """Name as it appears in wheel file names and .dist-info folders."""
    return re.sub(r"[-_.]+", "_", name).lower()


def record_hash(data):
    """sha256 as a RECORD entry wants it (urlsafe base64, no padding)."""
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def metadata_text(name, version, requires_python, requires_dist, extras=()):
    """Core metadata 2.1 as a wheel's METADATA holds it."""
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}",
             f"Summary: {name} for the Akari loopback index"]
    if requires_python:
        lines.append(f"Requires-Python: {requires_python}")
    lines.extend(f"Provides-Extra: {extra}" for extra in extras)
    lines.extend(f"Requires-Dist: {requirement}" for requirement in requires_dist)
    return "\n".join(lines) + "\n\n" + f"{name} {version}, generated for tests.\n"


class Generator:
    """Writes the wheels, sdists, metadata files and manifest of every index into one folder."""

    def __init__(self, out):
        self.out = out
        self.indexes = {"pypi": {}, "whl/cpu": {}, "whl/cu128": {}, "whl/cu118": {}}
        self.padding = random.Random(7).randbytes(max(PADDING.values()))
        self.built = {}  # filename -> file entry, so mirror copies reuse the same bytes

    def wheel(self, index, name, version, tag, requires_python, requires_dist, padding=0, extras=()):
        """Builds (or reuses) one wheel and lists it under \a index."""
        filename = f"{escape_component(name)}-{version}-{tag}.whl"
        entry = self.built.get(filename)
        if entry is None:
            entry = self._write_wheel(filename, name, version, tag, requires_python, requires_dist,
                                      padding, extras)
            self.built[filename] = entry
        self._add(index, name, version, dict(entry))

    def _write_wheel(self, filename, name, version, tag, requires_python, requires_dist, padding, extras):
        module = escape_component(name)
        dist_info = f"{module}-{version}.dist-info"
        metadata = metadata_text(name, version, requires_python, requires_dist, extras).encode()
        tags = tag.split("-", 2)
        wheel_lines = ["Wheel-Version: 1.0", "Generator: akari-loopback-index",
                       f"Root-Is-Purelib: {'true' if tags[2] == 'any' else 'false'}"]
        for python in tags[0].split("."):
            for abi in tags[1].split("."):
                for platform in tags[2].split("."):
                    wheel_lines.append(f"Tag: {python}-{abi}-{platform}")
        members = [(f"{module}/__init__.py", f'__version__ = "{version}"\n'.encode())]
        if padding:
            members.append((f"{module}/_native.bin", self.padding[:padding]))
        members += [(f"{dist_info}/METADATA", metadata),
                    (f"{dist_info}/WHEEL", ("\n".join(wheel_lines) + "\n").encode())]
        record = "".join(f"{path},{record_hash(data)},{len(data)}\n" for path, data in members)
        record += f"{dist_info}/RECORD,,\n"
        members.append((f"{dist_info}/RECORD", record.encode()))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            for path, data in members:
                info = zipfile.ZipInfo(path, ZIP_TIME)
                # The padding is stored (it does not compress); text is deflated as real wheels are.
                info.compress_type = zipfile.ZIP_STORED if path.endswith(".bin") else zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)
        data = buffer.getvalue()
        self._store(filename, data)
        self._store(filename + ".metadata", metadata)
        return {"filename": filename, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data),
                "requires_python": requires_python, "metadata_sha256": hashlib.sha256(metadata).hexdigest()}

    def sdist(self, index, name, version, requires_python):
        """A minimal but valid sdist (tar.gz with PKG-INFO and pyproject.toml)."""
        base = f"{escape_component(name)}-{version}"
        filename = f"{base}.tar.gz"
        pkg_info = metadata_text(name, version, requires_python, []).encode()
        pyproject = (f'[project]\nname = "{name}"\nversion = "{version}"\n').encode()
        buffer = io.BytesIO()
        # mtime=0 keeps the gzip header, and so the file, the same from run to run.
        with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as packed, \
                tarfile.open(fileobj=packed, mode="w", format=tarfile.PAX_FORMAT) as archive:
            for path, data in [(f"{base}/PKG-INFO", pkg_info), (f"{base}/pyproject.toml", pyproject)]:
                info = tarfile.TarInfo(path)
                info.size, info.mtime, info.mode = len(data), PAGE_TIME, 0o644
                archive.addfile(info, io.BytesIO(data))
        data = buffer.getvalue()
        self._store(filename, data)
        self._add(index, name, version, {"filename": filename, "sha256": hashlib.sha256(data).hexdigest(),
                                         "size": len(data), "requires_python": requires_python,
                                         "metadata_sha256": None})

    def _store(self, filename, data):
        with open(os.path.join(self.out, "files", filename), "wb") as stream:
            stream.write(data)

    def _add(self, index, name, version, entry):
        entry["yanked"] = YANKED.get((normalize(name), version))
        if index != "pypi":
            entry["metadata_sha256"] = None  # the torch indexes offer no PEP 658 files
        project = self.indexes[index].setdefault(normalize(name), {"name": normalize(name), "files": []})
        project["files"].append(entry)

    def generate(self):
        """Builds every index and writes manifest.json."""
        # Only what an earlier run wrote is removed: --out may be a folder the caller made.
        shutil.rmtree(os.path.join(self.out, "files"), ignore_errors=True)
        os.makedirs(os.path.join(self.out, "files"))
        self._dependencies()
        self._pypi_torch()
        self._torch_index("whl/cpu", "cpu", list(TORCH_RELEASES))
        self._torch_index("whl/cu128", "cu128", ["2.7.1", "2.8.0", "2.9.0"])
        self._torch_index("whl/cu118", "cu118", ["2.6.0", "2.7.1"])
        for project in (p for index in self.indexes.values() for p in index.values()):
            project["files"].sort(key=lambda entry: entry["filename"])
        manifest = {"indexes": self.indexes, "page_time": PAGE_TIME}
        with open(os.path.join(self.out, "manifest.json"), "w", encoding="utf-8") as stream:
            json.dump(manifest, stream, indent=1, sort_keys=True)

    def _dependencies(self):
        for name, releases in PURE.items():
            for position, (version, requires_python, requires) in enumerate(releases):
                indexes = ["pypi"] + self._mirrors(name, position)
                for index in indexes:
                    self.wheel(index, name, version, "py3-none-any", requires_python, requires)
        for name, releases in BINARY.items():
            for position, (version, requires_python, requires, pythons, platforms) in enumerate(releases):
                for index in ["pypi"] + self._mirrors(name, position):
                    for python in pythons:
                        for platform in platforms:
                            self.wheel(index, name, version, f"{python}-{python}-{platform}", requires_python, requires)
        for name, version, requires_python in SDIST_ONLY:
            self.sdist("pypi", name, version, requires_python)
        # Triton and nvidia-* as torch pins them: Linux x86_64 (nvidia also Windows).
        for release in TORCH_RELEASES.values():
            for index in ["pypi", "whl/cu128", "whl/cu118"]:
                for python in PYTHONS:
                    self.wheel(index, "triton", release["triton"], f"{python}-{python}-{LINUX_X86}", None, [],
                               PADDING["triton"])
        for pins in (CUDA_124, CUDA_126, CUDA_128, CUDA_118):
            for name, version in pins.items():
                requires = []
                if name.startswith("nvidia-cudnn"):
                    requires = [name.replace("cudnn", "cublas")]  # as the real cudnn wheels do
                indexes = ["pypi"] + (["whl/cu118"] if pins is CUDA_118 else ["whl/cu128"] if pins is CUDA_128 else [])
                for index in indexes:
                    for platform in ("manylinux_2_27_x86_64", WINDOWS):
                        self.wheel(index, name, version, f"py3-none-{platform}", ">=3", requires, NVIDIA_PADDING)

    def _mirrors(self, name, position):
        """The torch indexes that mirror the given (oldest-first) release of a dependency."""
        if position >= MIRROR_VERSIONS.get(name, 99):
            return []
        return ["whl/cu128", "whl/cu118"] + (["whl/cpu"] if name in CPU_MIRRORED else [])

    def _torch_requires(self, release, cuda):
        base = ["filelock", "typing-extensions>=4.10.0", "networkx", "jinja2", "fsspec"]
        gpu = []
        if cuda:
            gpu = [f"{name}=={version}; {TORCH_MARKER}" for name, version in cuda.items()]
            gpu.append(f"triton=={release['triton']}; {TORCH_MARKER}")
        tail = ['setuptools; python_version >= "3.12"', release["sympy"],
                'opt-einsum>=3.3; extra == "opt-einsum"', 'optree>=0.13.0; extra == "optree"']
        return base + gpu + tail

    def _pypi_torch(self):
        for version, release in TORCH_RELEASES.items():
            requires = self._torch_requires(release, release["cuda"])
            linux = "manylinux1_x86_64" if version == "2.6.0" else LINUX_X86
            for python in PYTHONS:
                for platform in (linux, LINUX_ARM, WINDOWS, MACOS_ARM):
                    # Every wheel of a release has the same metadata; markers keep CUDA to Linux x86_64.
                    self.wheel("pypi", "torch", version, f"{python}-{python}-{platform}", release["python"],
                               requires, PADDING["torch"], ("opt-einsum", "optree"))
                self._companions("pypi", version, release, "", python, [linux, LINUX_ARM, WINDOWS, MACOS_ARM])

    def _companions(self, index, version, release, local, python, platforms):
        """torchvision and torchaudio, pinned to the public torch version (no local label)."""
        for name, own in (("torchvision", release["vision"]), ("torchaudio", release["audio"])):
            requires = ["numpy", f"torch=={version}", "pillow!=8.3.*,>=5.3.0"] if name == "torchvision" \
                else [f"torch=={version}"]
            for platform in platforms:
                label = "" if platform == MACOS_ARM else local
                self.wheel(index, name, own + label, f"{python}-{python}-{platform}", release["python"], requires,
                           PADDING[name])

    def _torch_index(self, index, backend, versions):
        local = f"+{backend}"
        cuda_pins = {"cu128": CUDA_128, "cu118": CUDA_118}.get(backend)
        platforms = [LINUX_X86, LINUX_ARM, WINDOWS, MACOS_ARM] if backend == "cpu" else [LINUX_X86, WINDOWS]
        for version in versions:
            release = TORCH_RELEASES[version]
            requires = self._torch_requires(release, cuda_pins)
            for python in PYTHONS:
                for platform in platforms:
                    label = "" if platform == MACOS_ARM else local  # the cpu index's macOS wheels
                    self.wheel(index, "torch", version + label, f"{python}-{python}-{platform}", release["python"],
                               requires, PADDING["torch"], ("opt-einsum", "optree"))
                self._companions(index, version, release, local, python, platforms)


# ----------------------------------------------------------------------------------------------
# Serving


def render_pages(manifest):
    """Every page body, keyed by (index, project or "", "html" | "json")."""
    pages = {}
    for index, projects in manifest["indexes"].items():
        names = sorted(projects)
        links = "".join(f'    <a href="{name}/">{name}</a>\n' for name in names)
        pages[(index, "", "html")] = (f"<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" "
                                      f"content=\"1.1\"><title>Simple index</title></head>\n  <body>\n{links}"
                                      f"  </body>\n</html>\n").encode()
        pages[(index, "", "json")] = json.dumps({"meta": {"api-version": "1.1"},
                                                 "projects": [{"name": name} for name in names]}).encode()
        for name, project in projects.items():
            pages[(index, name, "html")] = project_html(name, project["files"], index)
            pages[(index, name, "json")] = project_json(name, project["files"], index)
    return pages


def file_url(index, filename):
    """Root-relative file URL (as download.pytorch.org writes them), '+' escaped."""
    return f"/files/{index}/{urllib.parse.quote(filename)}"


def project_html(name, files, index):
    """PEP 503 page with PEP 592 yanking and PEP 658/714 metadata attributes."""
    anchors = []
    for entry in files:
        attributes = [f'href="{file_url(index, entry["filename"])}#sha256={entry["sha256"]}"']
        if entry["requires_python"]:
            attributes.append(f'data-requires-python="{html.escape(entry["requires_python"])}"')
        if entry["metadata_sha256"]:
            value = f'sha256={entry["metadata_sha256"]}'
            attributes += [f'data-dist-info-metadata="{value}"', f'data-core-metadata="{value}"']
        if entry["yanked"] is not None:
            attributes.append(f'data-yanked="{html.escape(entry["yanked"])}"')
        anchors.append(f'    <a {" ".join(attributes)}>{html.escape(entry["filename"])}</a><br/>\n')
    return (f"<!DOCTYPE html>\n<html>\n  <head><meta name=\"pypi:repository-version\" content=\"1.1\">"
            f"<title>Links for {name}</title></head>\n  <body>\n    <h1>Links for {name}</h1>\n"
            f"{''.join(anchors)}  </body>\n</html>\n").encode()


def project_json(name, files, index):
    """PEP 691 page, API version 1.1 (sizes, versions, upload times)."""
    out_files, versions = [], set()
    for entry in files:
        item = {"filename": entry["filename"], "url": file_url(index, entry["filename"]),
                "hashes": {"sha256": entry["sha256"]}, "requires-python": entry["requires_python"],
                "size": entry["size"], "upload-time": UPLOAD_TIME,
                "yanked": entry["yanked"] if entry["yanked"] is not None else False}
        if entry["metadata_sha256"]:
            # PEP 714's key plus the one PyPI also writes; not "dist-info-metadata", which pip
            # 22.x/23.0 misreads (the reason PEP 714 renamed it).
            item["core-metadata"] = item["data-dist-info-metadata"] = {"sha256": entry["metadata_sha256"]}
        out_files.append(item)
        versions.add(version_of(entry["filename"]))
    return json.dumps({"meta": {"api-version": "1.1"}, "name": name, "files": out_files,
                       "versions": sorted(versions)}, indent=1).encode()


def version_of(filename):
    """The version part of a wheel or sdist file name."""
    if filename.endswith(".whl"):
        return filename.split("-")[1]
    return filename[: -len(".tar.gz")].rsplit("-", 1)[1]


def flat_page(index, projects):
    """A find-links page: every file of the index on one page."""
    anchors = "".join(f'    <a href="{file_url(index, e["filename"])}#sha256={e["sha256"]}">{e["filename"]}</a><br/>\n'
                      for name in sorted(projects) for e in projects[name]["files"])
    return f"<!DOCTYPE html>\n<html>\n  <body>\n{anchors}  </body>\n</html>\n".encode()


def wants_json(accept):
    """True when the Accept header prefers PEP 691 JSON over HTML (JSON only when asked)."""
    best_json, best_html = -1.0, -1.0
    for part in (accept or "").split(","):
        fields = [field.strip() for field in part.split(";")]
        media, quality = fields[0].lower(), 1.0
        for parameter in fields[1:]:
            if parameter.startswith("q="):
                try:
                    quality = float(parameter[2:])
                except ValueError:
                    quality = 0.0
        if media in ("application/vnd.pypi.simple.v1+json", "application/vnd.pypi.simple.latest+json"):
            best_json = max(best_json, quality)
        elif media in ("application/vnd.pypi.simple.v1+html", "application/vnd.pypi.simple.latest+html",
                       "text/html", "text/*", "*/*"):
            best_html = max(best_html, quality)
    return best_json > 0 and best_json >= best_html


class IndexServer(ThreadingHTTPServer):
    """Holds the generated data the handlers serve."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, root, log_path, verbose, slow_seconds, handler=None):
        # sync_index.py serves other paths with its own handler and adjusts the manifest.
        super().__init__(address, handler or IndexHandler)
        with open(os.path.join(root, "manifest.json"), encoding="utf-8") as stream:
            self.manifest = self.adjust_manifest(json.load(stream))
        self.files_dir = os.path.join(root, "files")
        self.pages = render_pages(self.manifest)
        self.flat = {index: flat_page(index, projects) for index, projects in self.manifest["indexes"].items()}
        self.etags = {key: '"' + hashlib.sha256(body).hexdigest()[:32] + '"' for key, body in self.pages.items()}
        self.known_files = {index: {e["filename"] for p in projects.values() for e in p["files"]}
                            for index, projects in self.manifest["indexes"].items()}
        self.log_path, self.verbose, self.slow_seconds = log_path, verbose, slow_seconds
        self.log_lock = threading.Lock()

    def adjust_manifest(self, manifest):
        """Hook for derived servers: the manifest as served (this one serves it as written)."""
        return manifest


class IndexHandler(BaseHTTPRequestHandler):
    """Answers one request: pages, files, faults."""

    protocol_version = "HTTP/1.1"
    server_version = "AkariLoopbackIndex/1"
    # Headers and body leave in two writes; with Nagle's algorithm the second waits for the
    # client's delayed ACK (40 ms a request on a kept-alive connection), which no real index does.
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 (the base class's name)
        if self.server.verbose:
            sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))

    def do_HEAD(self):  # noqa: N802
        self.handle_request(head=True)

    def do_GET(self):  # noqa: N802
        self.handle_request(head=False)

    def handle_request(self, head):
        self.head, self.status_sent = head, 0
        path = urllib.parse.urlsplit(self.path).path
        try:
            fault = None
            match = re.match(r"^/fault/([a-z0-9-]+)(/.*)$", path)
            if match:
                fault, path = match.group(1), match.group(2)
            if fault == "redirect-other-host":
                host = (self.headers.get("Host") or "").split(":")[0]
                other = "localhost" if host != "localhost" else "127.0.0.1"
                query = urllib.parse.urlsplit(self.path).query
                target = f"http://{other}:{self.server.server_address[1]}{path}" + (f"?{query}" if query else "")
                return self.reply(302, b"", [("Location", target)])
            if fault == "500":
                return self.reply(500, b"Internal Server Error\n", [("Content-Type", "text/plain")])
            if fault == "slow":
                time.sleep(self.server.slow_seconds)
            if fault not in (None, "slow", "reset", "truncated-json", "wrong-type"):
                return self.reply(404, b"Unknown fault\n", [("Content-Type", "text/plain")])
            self.route(path, fault)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            self.record()

    def route(self, path, fault):
        match = re.match(r"^/pypi/simple/(?:([^/]+)/?)?$", path)
        if match:
            return self.page("pypi", match.group(1), path, fault, 404)
        match = re.match(r"^(/pt403)?/whl/([a-z0-9]+)/(?:([^/]+)/?)?$", path)
        if match and f"whl/{match.group(2)}" in self.server.manifest["indexes"]:
            return self.page(f"whl/{match.group(2)}", match.group(3), path, fault, 403 if match.group(1) else 404)
        match = re.match(r"^/flat/(?:(.+?)/?)?$", path)
        if match:
            index = match.group(1) or "pypi"
            if index in self.server.flat:
                return self.send_body(self.server.flat[index], "text/html; charset=utf-8", fault, page=True)
        match = re.match(r"^/files/(.+)/([^/]+)$", path)
        if match and match.group(1) in self.server.manifest["indexes"]:
            return self.file(match.group(1), urllib.parse.unquote(match.group(2)), fault)
        self.reply(404, b"Not Found\n", [("Content-Type", "text/plain")])

    def page(self, index, project, path, fault, missing_status):
        if project is not None:
            if normalize(project) != project:  # PyPI redirects to the normalized name
                base = path[: path.rindex(project)]
                return self.reply(301, b"", [("Location", f"{base}{normalize(project)}/")])
            if not path.endswith("/"):
                return self.reply(301, b"", [("Location", path + "/")])
        key_project = project or ""
        as_json = fault == "truncated-json" or wants_json(self.headers.get("Accept"))
        key = (index, key_project, "json" if as_json else "html")
        if key not in self.server.pages:
            return self.reply(missing_status, b"Not Found\n" if missing_status == 404 else b"Forbidden\n",
                              [("Content-Type", "text/plain")])
        if as_json:
            content_type = "application/vnd.pypi.simple.v1+json"
        elif "application/vnd.pypi.simple.v1+html" in (self.headers.get("Accept") or ""):
            content_type = "application/vnd.pypi.simple.v1+html"
        else:
            content_type = "text/html; charset=utf-8"
        if fault == "wrong-type":
            content_type = "text/plain"
        body = self.server.pages[key]
        if fault == "truncated-json":
            body = body[: len(body) // 2]
        return self.send_body(body, content_type, fault, page=True, etag=self.server.etags[key])

    def send_body(self, body, content_type, fault, page=False, etag=None):
        etag = etag or '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        headers = [("Content-Type", content_type), ("ETag", etag),
                   ("Last-Modified", email.utils.formatdate(PAGE_TIME, usegmt=True))]
        if page:
            headers += [("Cache-Control", "max-age=600"), ("Vary", "Accept")]
        if self.headers.get("If-None-Match") == etag or self.not_modified_since():
            return self.reply(304, b"", headers[1:])
        self.reply(200, body, headers, reset=fault == "reset")

    def not_modified_since(self):
        value = self.headers.get("If-Modified-Since")
        if not value or self.headers.get("If-None-Match"):
            return False
        try:
            return email.utils.parsedate_to_datetime(value).timestamp() >= PAGE_TIME
        except (TypeError, ValueError):
            return False

    def file(self, index, filename, fault):
        if index != "pypi" and filename.endswith(".metadata"):
            return self.reply(404, b"Not Found\n", [("Content-Type", "text/plain")])
        path = os.path.join(self.server.files_dir, filename)
        known = self.server.known_files[index]
        if filename not in known and not (filename.endswith(".metadata") and filename[:-9] in known):
            return self.reply(404, b"Not Found\n", [("Content-Type", "text/plain")])
        with open(path, "rb") as stream:
            data = stream.read()
        content_type = "application/octet-stream" if not filename.endswith(".metadata") else "text/plain"
        etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
        headers = [("Content-Type", content_type), ("Accept-Ranges", "bytes"), ("ETag", etag),
                   ("Last-Modified", email.utils.formatdate(PAGE_TIME, usegmt=True)),
                   ("Cache-Control", "max-age=365000000, immutable")]
        if self.headers.get("If-None-Match") == etag:
            return self.reply(304, b"", headers[2:])
        wanted = self.headers.get("Range")
        if wanted:
            span = parse_range(wanted, len(data))
            if span == "unsatisfiable":
                return self.reply(416, b"", [("Content-Range", f"bytes */{len(data)}")])
            if span is not None:
                start, end = span
                headers.append(("Content-Range", f"bytes {start}-{end}/{len(data)}"))
                return self.reply(206, data[start:end + 1], headers, reset=fault == "reset")
        self.reply(200, data, headers, reset=fault == "reset")

    def reply(self, status, body, headers, reset=False):
        self.status_sent = status
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.head:
            return
        if reset:
            # Promise the whole body, send half, and drop the connection.
            self.wfile.write(body[: len(body) // 2])
            self.abort()
            return
        self.wfile.write(body)

    def abort(self):
        """Drops the connection at once (a reset), whatever the response promised."""
        self.wfile.flush()
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def record(self):
        if not self.server.log_path:
            return
        entry = {"method": self.command, "path": self.path, "host": self.headers.get("Host"),
                 "authorization": self.headers.get("Authorization") is not None,
                 "range": self.headers.get("Range"), "status": self.status_sent}
        with self.server.log_lock, open(self.server.log_path, "a", encoding="utf-8") as stream:
            stream.write(json.dumps(entry) + "\n")


def parse_range(value, length):
    """(first, last) byte of a single `bytes=` range, "unsatisfiable", or None to send everything."""
    match = re.fullmatch(r"\s*bytes=(\d*)-(\d*)\s*", value)
    if not match or (not match.group(1) and not match.group(2)):
        return None  # several ranges or nonsense: answer with the whole file, as HTTP allows
    if not match.group(1):
        suffix = int(match.group(2))
        if suffix == 0:
            return "unsatisfiable"
        return max(0, length - suffix), length - 1
    start = int(match.group(1))
    end = int(match.group(2)) if match.group(2) else length - 1
    if start >= length or end < start:
        return "unsatisfiable"
    return start, min(end, length - 1)


def serve(arguments):
    """Runs the server until interrupted; prints `PORT <n>` first."""
    if arguments.generate or not os.path.exists(os.path.join(arguments.root, "manifest.json")):
        Generator(arguments.root).generate()
    run_server(IndexServer((arguments.host, arguments.port), arguments.root, arguments.log, arguments.verbose,
                           arguments.slow_seconds))


def run_server(server):
    """Announces the port on stdout's first line (test harnesses wait for it), then serves until killed."""
    sys.stdout.write(f"PORT {server.server_address[1]}\n")
    sys.stdout.flush()
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    generate = commands.add_parser("generate", help="write the package set")
    generate.add_argument("--out", required=True, help="folder to (re)create")
    server = commands.add_parser("serve", help="serve a generated package set")
    server.add_argument("--root", required=True, help="folder written by generate")
    server.add_argument("--generate", action="store_true", help="generate into --root first")
    server.add_argument("--port", type=int, default=0, help="0: any free port")
    server.add_argument("--host", default="127.0.0.1")
    server.add_argument("--log", help="append one JSON line per request to this file")
    server.add_argument("--verbose", action="store_true", help="log request lines to stderr")
    server.add_argument("--slow-seconds", type=float, default=5.0, help="delay of /fault/slow/ (default 5)")
    arguments = parser.parse_args()
    if arguments.command == "generate":
        Generator(arguments.out).generate()
    else:
        serve(arguments)


if __name__ == "__main__":
    main()
