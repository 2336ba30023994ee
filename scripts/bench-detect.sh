#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Detection benchmark: times `akari-cli detect --json` as a whole process (start, detection,
# advice, JSON, exit) RUNS times and prints the median, beside peers timed the same way in
# the same run: Python's bare start (the floor for Python tools such as light-the-torch)
# and `pip --version` when pip is there. Also prints which programs detection started.
# Usage: scripts/bench-detect.sh [RUNS] (default 51); builds the release preset first.
set -euo pipefail
runs=${1:-51}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari-cli >/dev/null
cli="$root/build/release/bin/akari-cli"

echo "akari-cli detect --json on $(nproc) cores, $(date -u +%Y-%m-%d); programs started by detection:" \
    "$("$cli" detect --json | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["commands_run"] or "none")')"

/usr/bin/python3 - "$runs" "$cli" <<'PYTHON'
import shutil, statistics, subprocess, sys, time

runs, cli = int(sys.argv[1]), sys.argv[2]
peers = [("akari-cli detect --json", [cli, "detect", "--json"]),
         ("python3 -I -c pass", ["/usr/bin/python3", "-I", "-c", "pass"])]
if shutil.which("pip3") or shutil.which("pip"):
    peers.append(("pip --version", ["/usr/bin/python3", "-m", "pip", "--version"]))

for label, command in peers:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"{label:26} runs={runs}  median={statistics.median(times):.1f} ms"
          f"  min={times[0]:.1f}  p90={times[int(len(times) * 0.9)]:.1f}")
PYTHON
