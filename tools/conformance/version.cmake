# SPDX-License-Identifier: GPL-3.0-or-later
# Suites for version.json and specifiers.json (core/pep/version, specifier, specifierset).
target_sources(akari-conformance PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/versionvectors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/specifiervectors.cpp)
