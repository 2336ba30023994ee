#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page in English and Japanese under Xvfb into docs/screenshots/, with a real
# project open (karpathy/nanochat's pyproject.toml from ../shared/corpus) and a real .venv.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari >/dev/null

# A stable, readable location, so the pictures do not show a random temporary path.
work="${TMPDIR:-/tmp}/akari-demo"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
project="$work/nanochat"
mkdir -p "$project"
cp "$root/../shared/corpus/pyprojects/01-karpathy-nanochat.toml" "$project/pyproject.toml"
# With pip where the interpreter can install it, so the Environment page lists packages.
# Debian's own interpreter (not a developer's pyenv one), as a user of the .deb would have.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -m venv "$project/.venv" 2>/dev/null || "$python" -m venv --without-pip "$project/.venv"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
unset QT_QPA_PLATFORM

mkdir -p docs/screenshots
for lang in en ja; do
    for page in hardware project environment log; do
        LANG=$([ "$lang" = ja ] && echo ja_JP.UTF-8 || echo en_US.UTF-8) \
            xvfb-run -a -s "-screen 0 1280x800x24" build/release/bin/akari "$project" \
            --lang "$lang" --page "$page" --screenshot "docs/screenshots/$page-$lang.png" >/dev/null
        echo "docs/screenshots/$page-$lang.png"
    done
done
