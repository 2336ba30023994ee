#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page in English and Japanese under Xvfb into docs/screenshots/, with real
# projects from ../shared/corpus open: nari-labs/dia (a per-platform CUDA setup, with a
# requires-python warning) and a real .venv for every page, and karpathy/nanochat (variants)
# for the Project page's variants mode (project-variants-LANG.png).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
cmake --preset release >/dev/null
cmake --build --preset release --target akari >/dev/null

# A stable, readable location, so the pictures do not show a random temporary path.
work="${TMPDIR:-/tmp}/akari-demo"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
project="$work/dia"
variants="$work/nanochat"
mkdir -p "$project" "$variants"
cp "$root/../shared/corpus/pyprojects/08-nari-labs-dia.toml" "$project/pyproject.toml"
cp "$root/../shared/corpus/pyprojects/01-karpathy-nanochat.toml" "$variants/pyproject.toml"
# With pip where the interpreter can install it, so the Environment page lists packages.
# Debian's own interpreter (not a developer's pyenv one), as a user of the .deb would have.
python=/usr/bin/python3
[ -x "$python" ] || python=python3
"$python" -m venv "$project/.venv" 2>/dev/null || "$python" -m venv --without-pip "$project/.venv"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache"
unset QT_QPA_PLATFORM

mkdir -p docs/screenshots
shoot() { # $1: project, $2: page, $3: language, $4: file
    LANG=$([ "$3" = ja ] && echo ja_JP.UTF-8 || echo en_US.UTF-8) \
        xvfb-run -a -s "-screen 0 1280x800x24" build/release/bin/akari "$1" \
        --lang "$3" --page "$2" --screenshot "$4" >/dev/null
    echo "$4"
}
for lang in en ja; do
    for page in hardware project environment log; do
        shoot "$project" "$page" "$lang" "docs/screenshots/$page-$lang.png"
    done
    shoot "$variants" project "$lang" "docs/screenshots/project-variants-$lang.png"
done
