#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Resolve benchmark: torch + torchvision for a cu128 setup on the loopback index, Akari's
# `akari-cli resolve` against `pip install --dry-run --report`, cold and warm caches, medians and
# ratios (tools/bench/resolve_bench.py; floors 5x cold and 20x warm, enforced with --check).
# Usage: scripts/bench-resolve.sh [--runs N] [--check] [--pip-only] [--cli PATH]
# Builds akari-cli in the release preset first unless --cli is given.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if [[ " $* " != *" --cli "* && " $* " != *" --pip-only "* ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target akari-cli >/dev/null
    set -- --cli "$root/build/release/bin/akari-cli" "$@"
fi
exec /usr/bin/python3 "$root/tools/bench/resolve_bench.py" "$@"
