#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Resolve benchmark: Akari against pip on the loopback index, for torch + torchvision on cu128.

Usage: resolve_bench.py [--cli PATH] [--runs N] [--python PATH] [--check] [--pip-only]

Starts tests/tools/loopback_index.py (PyPI-like index plus the PyTorch indexes on 127.0.0.1)
and resolves the same request with both tools, for this machine's interpreter:

  Akari  `akari-cli resolve PROJECT --json --python PY` on a project whose [tool.uv.sources] pin
         torch and torchvision to an explicit `pytorch-cu128` index, with the PyPI-like index
         as the default (UV_DEFAULT_INDEX);
  pip    `PY -m pip install --dry-run --ignore-installed --report R --only-binary=:all:
         --index-url CU128 --extra-index-url PYPI torch torchvision` (pip cannot pin a package
         to an index; torch's local version makes it pick the cu128 build all the same).

Each is timed as a whole process, cold (Akari: a fresh XDG_CACHE_HOME per run; pip:
--no-cache-dir) and warm (one cache kept, after one warm-up run), RUNS times each. Prints
medians, min and max, requests served, and the ratios pip/Akari. With --check, exits 1 unless
Akari is at least 5x faster cold and 20x faster warm. Only the standard library is used.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SERVER_SCRIPT = os.path.join(ROOT, "tests", "tools", "loopback_index.py")
FLOORS = {"cold": 5.0, "warm": 20.0}


class Failure(Exception):
    """A tool run that did not produce a resolution."""


def default_cli():
    """$BUILD/bin/akari-cli when BUILD is set, else the release build, else the dev build."""
    candidates = []
    if os.environ.get("BUILD"):
        candidates.append(os.path.join(os.environ["BUILD"], "bin", "akari-cli"))
    candidates += [os.path.join(ROOT, "build", preset, "bin", "akari-cli") for preset in ("release", "dev")]
    return next((path for path in candidates if os.access(path, os.X_OK)), candidates[0])


def start_server(workdir):
    """Starts the loopback index; returns (process, base URL, log path)."""
    log = os.path.join(workdir, "requests.jsonl")
    process = subprocess.Popen([sys.executable, SERVER_SCRIPT, "serve", "--generate", "--root",
                                os.path.join(workdir, "index"), "--log", log],
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        process.kill()
        raise SystemExit(f"resolve_bench: {SERVER_SCRIPT} did not print its port")
    return process, f"http://127.0.0.1:{line[1]}", log


def clean_environment(home):
    """The caller's environment without uv/pip settings or proxies, with HOME at \a home."""
    environment = {key: value for key, value in os.environ.items()
                   if not key.startswith(("UV_", "PIP_", "XDG_")) and not key.lower().endswith("_proxy")
                   and key != "NETRC"}
    os.makedirs(home, exist_ok=True)
    environment.update({"HOME": home, "LANG": "C.UTF-8", "PIP_CONFIG_FILE": os.devnull,
                        "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_NO_INPUT": "1"})
    return environment


def write_project(folder, base, python_minor):
    """The cu128 project: torch and torchvision pinned to an explicit index."""
    os.makedirs(folder, exist_ok=True)
    text = (f'[project]\nname = "resolve-bench"\nversion = "0.1.0"\nrequires-python = ">={python_minor}"\n'
            f'dependencies = ["torch", "torchvision"]\n\n'
            f'[tool.uv.sources]\ntorch = [{{ index = "pytorch-cu128" }}]\n'
            f'torchvision = [{{ index = "pytorch-cu128" }}]\n\n'
            f'[[tool.uv.index]]\nname = "pytorch-cu128"\nurl = "{base}/whl/cu128/"\nexplicit = true\n')
    with open(os.path.join(folder, "pyproject.toml"), "w", encoding="utf-8") as stream:
        stream.write(text)


def run_akari(cli, project, python, base, cache):
    """One `akari-cli resolve`; returns {name: version}."""
    environment = clean_environment(os.path.join(cache, "home"))
    environment.update({"XDG_CACHE_HOME": cache, "UV_DEFAULT_INDEX": f"{base}/pypi/simple/"})
    done = subprocess.run([cli, "resolve", project, "--json", "--python", python], env=environment,
                          capture_output=True, text=True, check=False)
    try:
        result = json.loads(done.stdout)
    except ValueError:
        raise Failure(f"akari-cli resolve exited with {done.returncode}: {done.stderr.strip()[:600]}") from None
    if not result.get("satisfiable"):
        raise Failure(f"akari-cli resolve found no solution: {result.get('explanation')}")
    return {package["name"]: package["version"] for package in result.get("packages", [])}


def run_pip(python, base, workdir, cache):
    """One `pip install --dry-run --report`; \a cache None means --no-cache-dir. Returns {name: version}."""
    report = os.path.join(workdir, "pip-report.json")
    command = [python, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet", "--report", report,
               "--only-binary=:all:", "--index-url", f"{base}/whl/cu128/", "--extra-index-url",
               f"{base}/pypi/simple/"]
    command += ["--cache-dir", cache] if cache else ["--no-cache-dir"]
    done = subprocess.run(command + ["torch", "torchvision"], env=clean_environment(os.path.join(workdir, "pip-home")),
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Failure(f"pip exited with {done.returncode}: {done.stderr.strip()[-600:]}")
    with open(report, encoding="utf-8") as stream:
        installs = json.load(stream)["install"]
    return {item["metadata"]["name"]: item["metadata"]["version"] for item in installs}


def count_lines(path):
    """Requests the server logged so far."""
    try:
        with open(path, encoding="utf-8") as stream:
            return sum(1 for _ in stream)
    except FileNotFoundError:
        return 0


def measure(label, runs, run_once, warm, log):
    """Times \a run_once (given a run number) \a runs times; returns (times in ms, result, requests per run)."""
    if warm:
        run_once(-1)
    times, result, before = [], None, count_lines(log)
    for number in range(runs):
        start = time.perf_counter()
        result = run_once(number)
        times.append((time.perf_counter() - start) * 1000.0)
        sys.stderr.write(f"\r{label}: run {number + 1}/{runs}")
        sys.stderr.flush()
    sys.stderr.write("\n")
    return times, result, (count_lines(log) - before) / runs


def summary(label, times, requests):
    """One table line: median, min, max, requests per run."""
    return (f"{label:11} {statistics.median(times):9.1f} {min(times):9.1f} {max(times):9.1f}"
            f" {requests:9.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=default_cli(),
                        help="akari-cli (default: $BUILD/bin, else build/release, else build/dev)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per tool and cache state (default 7)")
    parser.add_argument("--python", default="/usr/bin/python3",
                        help="the interpreter both resolve for; runs pip (default /usr/bin/python3)")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the floors (5x cold, 20x warm) are met")
    parser.add_argument("--pip-only", action="store_true", help="time pip only")
    arguments = parser.parse_args()

    python_minor = subprocess.run([arguments.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                  capture_output=True, text=True, check=True).stdout.strip()
    workdir = tempfile.mkdtemp(prefix="akari-resolve-bench-")
    server, base, log = start_server(workdir)
    try:
        project = os.path.join(workdir, "project")
        write_project(project, base, python_minor)
        print(f"resolve torch + torchvision, cu128 (explicit index) + PyPI-like default, loopback index; "
              f"CPython {python_minor} ({arguments.python}); {arguments.runs} runs; {os.cpu_count()} cores; "
              f"{time.strftime('%Y-%m-%d')}")
        results, medians = {}, {}
        print(f"{'':11} {'median ms':>9} {'min':>9} {'max':>9} {'requests':>9}")

        def timed(label, run_once, warm):
            times, result, requests = measure(label, arguments.runs, run_once, warm, log)
            print(summary(label, times, requests), flush=True)
            results[label], medians[label] = result, statistics.median(times)

        failure = None
        if not arguments.pip_only:
            akari_warm_cache = os.path.join(workdir, "akari-warm")
            try:
                timed("akari cold", lambda n: run_akari(arguments.cli, project, arguments.python, base,
                                                        os.path.join(workdir, f"akari-cold-{n}")), False)
                timed("akari warm", lambda n: run_akari(arguments.cli, project, arguments.python, base,
                                                        akari_warm_cache), True)
            except (Failure, OSError) as error:
                failure = f"Akari: {error}"
                print(f"akari: not timed ({error})", flush=True)
        pip_warm_cache = os.path.join(workdir, "pip-warm")
        timed("pip cold", lambda n: run_pip(arguments.python, base, workdir, None), False)
        timed("pip warm", lambda n: run_pip(arguments.python, base, workdir, pip_warm_cache), True)
        return report(results, medians, failure, arguments.check)
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(workdir, ignore_errors=True)


def report(results, medians, failure, check):
    """Prints agreement and ratios; returns the exit status."""
    pip = results.get("pip cold", {})
    print(f"pip chose torch {pip.get('torch')}, torchvision {pip.get('torchvision')}, {len(pip)} packages")
    if "akari cold" not in medians:
        print(f"no ratios: {failure}")
        return 1 if check else 0
    akari = results["akari cold"]
    print(f"Akari chose torch {akari.get('torch')}, torchvision {akari.get('torchvision')}, {len(akari)} packages")
    status = 0
    if akari.get("torch") != pip.get("torch") or akari.get("torchvision") != pip.get("torchvision"):
        print("the tools chose different torch builds: the comparison is not like for like")
        status = 1
    for state, floor in FLOORS.items():
        ratio = medians[f"pip {state}"] / medians[f"akari {state}"]
        met = ratio >= floor
        print(f"pip/Akari {state}: {ratio:.1f}x (floor {floor:.0f}x{'' if met else ', NOT MET'})")
        if check and not met:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
