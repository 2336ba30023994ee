#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up benchmark: runs `akari PROJECT --screenshot` RUNS times with a real project open
# (a pyproject.toml from ../shared/corpus) and prints the median time to the first painted
# frame and the median peak memory, on the offscreen platform and, when present, under Xvfb.
# Usage: scripts/bench-startup.sh [RUNS] (default 15); builds the release preset first.
set -euo pipefail
runs=${1:-15}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari >/dev/null
akari="$root/build/release/bin/akari"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/project" "$work/home"
cp "$root/../shared/corpus/pyprojects/10-NVIDIA-NeMo-RL.toml" "$work/project/pyproject.toml"
export XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" XDG_CACHE_HOME="$work/home/cache"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() { # $1: label, rest: command prefix
    local label=$1; shift
    local times=() ready=() memory=() output
    "$@" "$akari" "$work/project" --screenshot "$work/warmup.png" >/dev/null 2>&1 # warm the page cache
    for _ in $(seq "$runs"); do
        output=$("$@" "$akari" "$work/project" --screenshot "$work/shot.png" 2>/dev/null)
        times+=("$(sed -n 's/^startup_ms=//p' <<<"$output")")
        ready+=("$(sed -n 's/^ready_ms=//p' <<<"$output")")
        memory+=("$(sed -n 's/^peak_rss_kb=//p' <<<"$output")")
    done
    printf '%-10s runs=%s  startup_ms median=%s min=%s max=%s  ready_ms median=%s  peak_rss_mb median=%s\n' \
        "$label" "$runs" \
        "$(printf '%s\n' "${times[@]}" | median)" \
        "$(printf '%s\n' "${times[@]}" | sort -n | head -1)" \
        "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)" \
        "$(printf '%s\n' "${ready[@]}" | median)" \
        "$(printf '%s\n' "${memory[@]}" | median | awk '{ printf "%.1f", $1 / 1024 }')"
}

echo "akari start-up with $(basename "$work/project")/pyproject.toml open ($(nproc) cores, $(date -u +%Y-%m-%d))"
QT_QPA_PLATFORM=offscreen measure offscreen env
if command -v xvfb-run >/dev/null 2>&1; then
    measure xvfb env -u QT_QPA_PLATFORM xvfb-run -a
fi
