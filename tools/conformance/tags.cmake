# SPDX-License-Identifier: GPL-3.0-or-later
# tags.json (PEP 425 tags, supported-tag order) and utils.json (names, versions, file names).
target_sources(akari-conformance PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tagvectors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/utilvectors.cpp)
