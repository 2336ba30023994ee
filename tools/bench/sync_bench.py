#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Sync benchmark: `akari-cli sync` against pip installing the same torch set from the sync index.

Usage: sync_bench.py [--cli PATH] [--runs N] [--python PATH] [--torch-mb 50] [--memory-mb 950]
                     [--check] [--pip-only] [--no-memory]

Generates tests/tools/sync_index.py's package set (torch, torchvision, torchaudio, numpy and two
nvidia-* wheels; torch's padding --torch-mb MiB) once, serves it on 127.0.0.1, and times in one run,
RUNS times each (medians, min, max, requests per run):

  akari cold  `akari-cli sync PROJECT --python PY`, fresh XDG_CACHE_HOME, no .venv;
  akari warm  the same with one cache kept (after a warm-up run), .venv removed before each run;
  pip cold    `PY -m venv --without-pip V && PY -m pip --python V/bin/python install --index-url
              INDEX torch torchvision torchaudio`, fresh PIP_CACHE_DIR, fresh V;
  pip warm    the same with one PIP_CACHE_DIR kept (after a warm-up run);
  cp -al      a hard-linked copy of the .venv tree Akari installed (the floor of any warm install).

Then prints the ratios pip/Akari (floors: 3x cold, 20x warm; --check exits 1 when one is not met)
and Akari warm against cp -al, checks that both tools installed the same distributions, and
measures Akari's peak memory (largest RSS of the process, from getrusage(RUSAGE_CHILDREN) in a
fresh Python process) syncing cold a set of about 1 GB (nvidia-* padding --memory-mb MiB; the
goal is under 200 MB). Only the standard library is used.
"""

import argparse
import glob
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from resolve_bench import ROOT, Failure, clean_environment, count_lines, default_cli  # noqa: E402

INDEX_SCRIPT = os.path.join(ROOT, "tests", "tools", "sync_index.py")
FLOORS = {"cold": 3.0, "warm": 20.0}
MEMORY_GOAL_MB = 200
PACKAGES = ["torch", "torchvision", "torchaudio"]


def generate(root, python, torch_mb, bulk_mb):
    subprocess.run([sys.executable, INDEX_SCRIPT, "generate", "--out", root, "--python", python,
                    "--torch-mb", str(torch_mb), "--bulk-mb", str(bulk_mb)], check=True)
    return sum(os.path.getsize(path) for path in glob.glob(os.path.join(root, "files", "*")))


def start_server(root, log):
    """Serves a generated set; returns (process, index URL)."""
    process = subprocess.Popen([sys.executable, INDEX_SCRIPT, "serve", "--root", root, "--log", log],
                               stdout=subprocess.PIPE, text=True)
    line = process.stdout.readline().split()
    if len(line) != 2 or line[0] != "PORT":
        process.kill()
        raise SystemExit(f"sync_bench: {INDEX_SCRIPT} did not print its port")
    return process, f"http://127.0.0.1:{line[1]}/sync/simple/"


def write_project(folder, index):
    os.makedirs(folder, exist_ok=True)
    dependencies = ", ".join(f'"{name}"' for name in PACKAGES)
    text = (f'[project]\nname = "sync-bench"\nversion = "0.1.0"\nrequires-python = ">=3.9"\n'
            f'dependencies = [{dependencies}]\n\n'
            f'[[tool.uv.index]]\nname = "sync"\nurl = "{index}"\ndefault = true\n')
    with open(os.path.join(folder, "pyproject.toml"), "w", encoding="utf-8") as stream:
        stream.write(text)


def installed(venv):
    """{name: version} of the distributions in a venv's site-packages (from .dist-info names)."""
    found = {}
    for path in glob.glob(os.path.join(venv, "lib", "python*", "site-packages", "*.dist-info")):
        name, version = os.path.basename(path)[: -len(".dist-info")].split("-", 1)
        found[re.sub(r"[-_.]+", "-", name).lower()] = version
    return found


def akari_command(cli, project, python, verify=False):
    """Like for like with pip, which imports nothing afterwards: the check that imports torch in the
    new environment (on by default) is timed in a row of its own."""
    return [cli, "sync", project, "--python", python] + ([] if verify else ["--no-verify"])


def run_akari(cli, project, python, cache, verify=False):
    """One cold-or-warm sync into PROJECT/.venv (removed first); returns what it installed."""
    shutil.rmtree(os.path.join(project, ".venv"), ignore_errors=True)
    environment = clean_environment(os.path.join(cache, "home"))
    environment["XDG_CACHE_HOME"] = cache
    done = subprocess.run(akari_command(cli, project, python, verify), env=environment, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise Failure(f"akari-cli sync exited with {done.returncode}: {done.stderr.strip()[-800:]}")
    return installed(os.path.join(project, ".venv"))


def run_pip(python, index, venv, cache, home):
    """A fresh venv and one pip install into it; returns what it installed."""
    shutil.rmtree(venv, ignore_errors=True)
    environment = clean_environment(home)
    environment["PIP_CACHE_DIR"] = cache
    subprocess.run([python, "-m", "venv", "--without-pip", venv], env=environment, check=True)
    done = subprocess.run([python, "-m", "pip", "--python", os.path.join(venv, "bin", "python"), "install",
                           "--quiet", "--index-url", index] + PACKAGES, env=environment, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        raise Failure(f"pip exited with {done.returncode}: {done.stderr.strip()[-600:]}")
    return installed(venv)


def run_copy(source, target):
    shutil.rmtree(target, ignore_errors=True)
    subprocess.run(["cp", "-al", source, target], check=True)
    return None


def measure(label, runs, run_once, warm, log, prepare=None):
    """Times \a run_once \a runs times (\a prepare, untimed, before each); returns (ms list, result, requests)."""
    if warm:
        if prepare:
            prepare(-1)
        run_once(-1)
    times, result, requests = [], None, 0
    for number in range(runs):
        if prepare:
            prepare(number)
        before = count_lines(log)
        start = time.perf_counter()
        result = run_once(number)
        times.append((time.perf_counter() - start) * 1000.0)
        requests += count_lines(log) - before
        sys.stderr.write(f"\r{label}: run {number + 1}/{runs}")
        sys.stderr.flush()
    sys.stderr.write("\n")
    return times, result, requests / runs


def peak_rss_mb(command, environment):
    """The largest RSS (MB) of \a command's processes, measured in a fresh interpreter so that
    no earlier child counts; (exit status, MB)."""
    probe = ("import resource, subprocess, sys\n"
             "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
             "print(code, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    output = subprocess.run([sys.executable, "-c", probe] + command, env=environment, capture_output=True,
                            text=True, check=True).stdout.split()
    return int(output[0]), int(output[1]) / 1024.0


def memory(arguments, workdir):
    """Akari's peak RSS syncing the ~1 GB set cold; returns (MB, set size MB) or raises Failure."""
    root = os.path.join(workdir, "index-1g")
    size = generate(root, arguments.python, arguments.torch_mb, arguments.memory_mb)
    server, index = start_server(root, os.path.join(workdir, "requests-1g.jsonl"))
    try:
        project = os.path.join(workdir, "project-1g")
        write_project(project, index)
        cache = os.path.join(workdir, "akari-1g")
        environment = clean_environment(os.path.join(cache, "home"))
        environment["XDG_CACHE_HOME"] = cache
        code, peak = peak_rss_mb(akari_command(arguments.cli, project, arguments.python), environment)
        if code != 0:
            raise Failure(f"akari-cli sync of the 1 GB set exited with {code}")
        return peak, size / 1e6
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(root, ignore_errors=True)
        shutil.rmtree(os.path.join(workdir, "akari-1g"), ignore_errors=True)
        shutil.rmtree(os.path.join(workdir, "project-1g"), ignore_errors=True)


def summary(label, times, requests):
    """One table line: median, min, max, requests per run."""
    return (f"{label:11} {statistics.median(times):9.1f} {min(times):9.1f} {max(times):9.1f}"
            f" {requests:9.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cli", default=default_cli(),
                        help="akari-cli (default: $BUILD/bin, else build/release, else build/dev)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per tool and cache state (default 7)")
    parser.add_argument("--python", default="/usr/bin/python3", help="the environments' interpreter; runs pip")
    parser.add_argument("--torch-mb", type=float, default=50, help="torch wheel padding in MiB (default 50)")
    parser.add_argument("--memory-mb", type=float, default=950,
                        help="nvidia-* padding of the memory run's set in MiB (default 950: about 1 GB in all)")
    parser.add_argument("--check", action="store_true", help="exit 1 unless the floors (3x cold, 20x warm) are met")
    parser.add_argument("--pip-only", action="store_true", help="time pip (and cp -al of pip's venv) only")
    parser.add_argument("--no-memory", action="store_true", help="skip the 1 GB peak-memory run")
    arguments = parser.parse_args()

    python_version = subprocess.run([arguments.python, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
                                    capture_output=True, text=True, check=True).stdout.strip()
    workdir = tempfile.mkdtemp(prefix="akari-sync-bench-")
    try:
        size = generate(os.path.join(workdir, "index"), arguments.python, arguments.torch_mb, 0)
        log = os.path.join(workdir, "requests.jsonl")
        server, index = start_server(os.path.join(workdir, "index"), log)
        try:
            project = os.path.join(workdir, "project")
            write_project(project, index)
            print(f"sync {' + '.join(PACKAGES)} (torch {arguments.torch_mb:g} MiB; index {size / 1e6:.0f} MB), "
                  f"loopback index; CPython {python_version} ({arguments.python}); {arguments.runs} runs; "
                  f"{os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}")
            status = timings(arguments, workdir, project, index, log)
        finally:
            server.terminate()
            server.wait()
        if not arguments.pip_only and not arguments.no_memory:
            try:
                peak, set_mb = memory(arguments, workdir)
                met = peak < MEMORY_GOAL_MB
                print(f"peak memory, cold sync of a {set_mb:.0f} MB set: {peak:.0f} MB "
                      f"(goal < {MEMORY_GOAL_MB} MB{'' if met else ', NOT MET'})")
                if arguments.check and not met:
                    status = 1
            except (Failure, OSError, subprocess.CalledProcessError) as error:
                print(f"peak memory: not measured ({error})")
                status = 1 if arguments.check else status
        return status
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def timings(arguments, workdir, project, index, log):
    """The timed runs and the ratios; returns the exit status."""
    results, medians = {}, {}
    print(f"{'':11} {'median ms':>9} {'min':>9} {'max':>9} {'requests':>9}")

    def timed(label, run_once, warm, prepare=None):
        times, result, requests = measure(label, arguments.runs, run_once, warm, log, prepare)
        print(summary(label, times, requests), flush=True)
        results[label], medians[label] = result, statistics.median(times)

    def fresh(path):
        return lambda number: shutil.rmtree(path, ignore_errors=True)

    failure = "--pip-only"
    if not arguments.pip_only:
        warm_cache = os.path.join(workdir, "akari-warm")
        cold_cache = os.path.join(workdir, "akari-cold")
        try:
            timed("akari cold", lambda n: run_akari(arguments.cli, project, arguments.python, cold_cache), False,
                  fresh(cold_cache))
            timed("akari warm", lambda n: run_akari(arguments.cli, project, arguments.python, warm_cache), True)
            timed("+ verify", lambda n: run_akari(arguments.cli, project, arguments.python, warm_cache, True), True)
        except (Failure, OSError) as error:
            failure = f"Akari: {error}"
            print(f"akari: not timed ({error})", flush=True)
    venv, home = os.path.join(workdir, "pip-venv"), os.path.join(workdir, "pip-home")
    pip_cold_cache, pip_warm_cache = os.path.join(workdir, "pip-cold"), os.path.join(workdir, "pip-warm")
    timed("pip cold", lambda n: run_pip(arguments.python, index, venv, pip_cold_cache, home), False,
          fresh(pip_cold_cache))
    timed("pip warm", lambda n: run_pip(arguments.python, index, venv, pip_warm_cache, home), True)
    source = os.path.join(project, ".venv") if "akari warm" in medians else venv
    timed("cp -al", lambda n: run_copy(source, os.path.join(workdir, "copy")), False)
    return report(results, medians, failure, arguments.check)


def report(results, medians, failure, check):
    pip = results.get("pip cold", {})
    print(f"pip installed {len(pip)} distributions: "
          + ", ".join(f"{name} {version}" for name, version in sorted(pip.items())))
    if "akari warm" not in medians:
        print(f"no ratios: {failure}")
        return 1 if check else 0
    status = 0
    for label in ("akari cold", "akari warm", "+ verify"):
        if results[label] != pip:
            print(f"{label} installed something else: {json.dumps(results[label], sort_keys=True)}")
            status = 1
    for state, floor in FLOORS.items():
        ratio = medians[f"pip {state}"] / medians[f"akari {state}"]
        met = ratio >= floor
        print(f"pip/Akari {state}: {ratio:.1f}x (floor {floor:.0f}x{'' if met else ', NOT MET'})")
        if check and not met:
            status = 1
    print(f"Akari warm / cp -al: {medians['akari warm'] / medians['cp -al']:.1f}x "
          f"({medians['akari warm'] - medians['cp -al']:.0f} ms more than a hard-linked copy of the tree)")
    return status


if __name__ == "__main__":
    sys.exit(main())
