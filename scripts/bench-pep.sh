#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 440/508 benchmark: builds akari-bench-pep in the release preset and runs it. The tool
# generates one workload (1M versions to parse and sort, 1M specifier-set membership checks,
# 1000 markers x 1000 environments, 100k requirements), times Akari's core/pep on it (median of
# 3 runs) and Debian's python3-packaging on the same files (1 run: it takes minutes), and prints
# both times and their ratio per workload and in total. See tools/bench/README.md.
# Usage: scripts/bench-pep.sh [akari-bench-pep options, e.g. --scale 0.1 --runs 5 --python PATH]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari-bench-pep
exec "$root/build/release/bin/akari-bench-pep" --python /usr/bin/python3 "$@"
