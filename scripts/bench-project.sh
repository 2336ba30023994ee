#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Plan-writing benchmark: builds akari-bench-project in the release preset and runs it: the median
# time to apply a TorchPlan to a 2,000-line pyproject.toml and serialise it (goal: under 5 ms),
# with Python's tomllib parsing the same file as a peer. See tools/bench/README.md.
# Usage: scripts/bench-project.sh [--runs N] [--lines N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari-bench-project
exec "$root/build/release/bin/akari-bench-project" --python /usr/bin/python3 "$@"
