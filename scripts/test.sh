#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds the dev preset and runs the whole test suite.
# Works from any directory and when run again (the build is incremental).
# Under CI (CI=true) warnings are errors and Q_ASSERT stays on.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
# shellcheck source=deps.sh
. scripts/deps.sh
akari_install_dependencies

# The tests read real projects and test vectors from ../shared next to the checkout.
shared="${AKARI_SHARED_DIR:-$root/../shared}"
if [ ! -d "$shared/corpus" ]; then
    echo "akari: the tests need the shared corpus at $shared (set AKARI_SHARED_DIR to its folder)." >&2
    exit 2
fi
# Strict (CI) or not, say so explicitly: a cached ON must not outlive a strict run.
strict=OFF
if [ "${CI:-}" = "true" ] || [ "${AKARI_STRICT:-}" = "1" ]; then
    strict=ON
fi
cmake --preset dev -DAKARI_WARNINGS_AS_ERRORS=$strict -DAKARI_FORCE_ASSERTS=$strict "-DAKARI_SHARED_DIR=$shared"
cmake --build --preset dev
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
ctest --preset dev -j "$(nproc)" 2>&1 | tee "$log" || status=$?
# Repeat CTest's summary as the last line, whatever it printed after it.
grep -E '^[0-9]+% tests passed' "$log" | tail -n 1 || true
exit "$status"
