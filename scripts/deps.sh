#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what building and testing Akari needs, when it is missing. Sourced by start.sh
# and test.sh; also runnable on its own. Debian 12 and Ubuntu 24.04 are handled with apt;
# elsewhere it prints what to install and carries on (the build says what is still missing).

# Debian/Ubuntu packages: build, run, translations, tests and screenshots.
AKARI_DEBIAN_PACKAGES=(
    cmake ninja-build g++ pkg-config git
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6svg6 qt6-qpa-plugins libgl-dev libglx-dev libopengl-dev
    libtomlplusplus-dev libarchive-dev libssl-dev libdtl-dev
    python3 python3-packaging python3-pytest python3-venv python3-pip
    python3-pip-whl python3-setuptools-whl python3-wheel-whl
    xvfb xauth fonts-noto-cjk locales
    desktop-file-utils appstream dpkg-dev file binutils clang-format
)

akari_print_other_platforms() {
    cat <<'TEXT'
Akari needs Qt 6.4+ (Core, Network, Widgets, Test, Linguist tools, Svg), toml++ 3.3+,
libarchive, OpenSSL (libcrypto), CMake 3.25+, Ninja and a C++23 compiler. On other systems install:

  Fedora:   sudo dnf install cmake ninja-build gcc-c++ qt6-qtbase-devel qt6-qttools-devel \
                qt6-qtsvg qt6-qttranslations tomlplusplus-devel libarchive-devel openssl-devel \
                python3-packaging xorg-x11-server-Xvfb google-noto-sans-cjk-fonts \
                desktop-file-utils appstream
  Arch:     sudo pacman -S --needed cmake ninja gcc qt6-base qt6-tools qt6-svg qt6-translations \
                tomlplusplus libarchive python-packaging xorg-server-xvfb noto-fonts-cjk \
                desktop-file-utils appstream
  macOS:    brew install cmake ninja qt tomlplusplus libarchive openssl python
            (then: export CMAKE_PREFIX_PATH="$(brew --prefix qt);$(brew --prefix libarchive)")
  Windows:  vcpkg install qtbase qttools qtsvg qttranslations tomlplusplus libarchive openssl
            (then configure with -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake)
TEXT
}

akari_run_as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "akari: need root to run: $*" >&2
        return 1
    fi
}

akari_install_dependencies() {
    local id="" like=""
    if [ -r /etc/os-release ]; then
        id=$(. /etc/os-release && echo "${ID:-}")
        like=$(. /etc/os-release && echo "${ID_LIKE:-}")
    fi
    case " $id $like " in
        *" debian "* | *" ubuntu "*) ;;
        *)
            echo "akari: this system is not Debian or Ubuntu; install the dependencies yourself."
            akari_print_other_platforms
            return 0
            ;;
    esac

    local missing=() package
    for package in "${AKARI_DEBIAN_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "akari: installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        akari_run_as_root apt-get update -q
        akari_run_as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi

    # Tests run under en_US.UTF-8 and ja_JP.UTF-8; generate those locales once so the C
    # library knows them (Qt would otherwise fall back to C.UTF-8 with a warning).
    local locale_name generate=0
    for locale_name in en_US ja_JP; do
        locale -a 2>/dev/null | grep -qi "^${locale_name}\.utf-\?8\$" && continue
        [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1 || continue
        akari_run_as_root sed -i "s/^# *\(${locale_name}.UTF-8 UTF-8\)/\1/" /etc/locale.gen
        grep -q "^${locale_name}.UTF-8 UTF-8" /etc/locale.gen \
            || echo "${locale_name}.UTF-8 UTF-8" | akari_run_as_root tee -a /etc/locale.gen >/dev/null
        generate=1
    done
    if [ "$generate" = 1 ]; then
        akari_run_as_root locale-gen >/dev/null
    fi
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    akari_install_dependencies
fi
