# SPDX-License-Identifier: GPL-3.0-or-later
# CPack settings, included once from packaging/CMakeLists.txt after every install rule exists.
# Linux: one .deb holding every component (runtime: akari, akari-cli; data: icon, desktop file,
# metainfo), built with `cpack --preset release` or `cmake --workflow --preset release`.
set(AKARI_PACKAGE_MAINTAINER "Akari developers <akari-project@users.noreply.github.com>"
    CACHE STRING "Maintainer written into packages (Name <email>)")

set(CPACK_PACKAGE_NAME "akari")
set(CPACK_PACKAGE_VENDOR "The Akari project")
set(CPACK_PACKAGE_CONTACT "${AKARI_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Akari helps PyTorch projects built on uv use the right PyTorch build on every machine.\n"
    "This version shows the machine as PyTorch wheels see it (operating system, architecture,\n"
    "C library), a uv project's Python requirement, dependencies and package indexes, and the\n"
    "project's virtual environment, in English and Japanese. GPU detection, backend\n"
    "configuration and environment sync are in development. The package holds the Qt desktop\n"
    "application (akari) and its command-line twin for servers (akari-cli).")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_STRIP_FILES ON)

# Every component goes into the one package; components only sort the install rules.
set(CPACK_DEB_COMPONENT_INSTALL OFF)
# The build tree's CMAKE_INSTALL_PREFIX (often /usr/local) must not leak into packages.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

# Debian
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${AKARI_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# akari_<version>_<arch>.deb (no Debian revision is set).
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
# Library dependencies come from dpkg-shlibdeps where it exists; CPack appends them to the
# explicit list below. Qt loads these at run time as plugins, so no ELF dependency shows them:
# the SVG icon engine and image format (libqt6svg6) and the platform plugins (qt6-qpa-plugins).
find_program(AKARI_DPKG_SHLIBDEPS dpkg-shlibdeps)
mark_as_advanced(AKARI_DPKG_SHLIBDEPS)
find_program(AKARI_FILE_PROGRAM file)
mark_as_advanced(AKARI_FILE_PROGRAM)
if(AKARI_DPKG_SHLIBDEPS AND NOT AKARI_FILE_PROGRAM)
    message(WARNING "dpkg-shlibdeps needs the `file` program (Debian package: file); "
                    "packages are built without computed library dependencies until it is installed.")
endif()
if(AKARI_DPKG_SHLIBDEPS AND AKARI_FILE_PROGRAM)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins")
# Qt's own Japanese catalogue (standard dialog buttons) and a font with Japanese glyphs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-noto-cjk")

if(NOT CPACK_GENERATOR AND UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
endif()

include(CPack)
