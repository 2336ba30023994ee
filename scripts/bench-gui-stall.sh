#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# GUI stall benchmark: the Environment page (offscreen) plans and syncs a ~500 MB test set from
# the loopback sync index (a 300 MiB torch wheel and 200 MiB of nvidia-* wheels by default)
# into a fresh environment with cold caches, and measures the GUI thread:
#   busy_wall_ms / busy_cpu_ms  how long it worked without going back to wait in its event loop
#                               (dispatcher awake -> aboutToBlock), wall time and the thread's own
#                               CPU time (wall far above CPU: it waited for a core);
#   event_wall_ms               each top-level event it handled (QApplication::notify), with the
#                               longest one's event type and receiver class, and the event kinds
#                               that used the most CPU;
#   sched_latency_ms            secondary: how late a 1 ms timer fired, which includes the
#                               machine's scheduling; compare with the "idle" line (same probes,
#                               page idle).
# Prints max, p99 and median of each for idle, plan and sync, and the machine's load average.
# Exit status 1 when the longest busy period (wall time) of plan or sync reaches 16 ms (one frame);
# that is the only figure the verdict uses. On a loaded machine it includes time the thread
# waited for a core: the verdict line says when CPU time was under half of it. Run it a few times.
# Usage: scripts/bench-gui-stall.sh [--torch-mb N] [--bulk-mb N]; builds the release preset first.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari-bench-sync-stall >/dev/null
exec "$root/build/release/bin/akari-bench-sync-stall" "$@"
