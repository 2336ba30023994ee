#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync benchmark: `akari-cli sync` of torch + torchvision + torchaudio (50 MiB torch wheel) against
# `pip install` into a fresh venv, on the sync loopback index (tests/tools/sync_index.py): cold and
# warm caches, `cp -al` of the installed tree, medians and ratios, and Akari's peak memory on a
# ~1 GB set (tools/bench/sync_bench.py; floors 3x cold, 20x warm, < 200 MB, enforced with --check).
# Usage: scripts/bench-sync.sh [--runs N] [--check] [--pip-only] [--no-memory] [--cli PATH]
# Builds akari-cli in the release preset first unless --cli is given.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
if [[ " $* " != *" --cli "* && " $* " != *" --pip-only "* ]]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target akari-cli >/dev/null
    set -- --cli "$root/build/release/bin/akari-cli" "$@"
fi
exec /usr/bin/python3 "$root/tools/bench/sync_bench.py" "$@"
