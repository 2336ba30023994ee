#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Akari (release preset) and starts it. Arguments go to akari,
# e.g. scripts/start.sh ~/my-project
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
here=$(pwd)
cd "$root"
# shellcheck source=deps.sh
. scripts/deps.sh
akari_install_dependencies
cmake --preset release
cmake --build --preset release --target akari akari-cli
cd "$here"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "akari: no display is set (DISPLAY or WAYLAND_DISPLAY), so the window cannot open." >&2
    echo "       On a server, use the command-line twin: $root/build/release/bin/akari-cli --help" >&2
    exit 1
fi
exec "$root/build/release/bin/akari" "$@"
