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
cmake --build --preset release
cd "$here"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "akari: no display is set (DISPLAY or WAYLAND_DISPLAY); on a server, use akari-cli instead:" >&2
    echo "       $root/build/release/bin/akari-cli --help" >&2
fi
exec "$root/build/release/bin/akari" "$@"
