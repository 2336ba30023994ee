# SPDX-License-Identifier: GPL-3.0-or-later
# Suites for markers.json and requirements.json (core/pep/marker, markerenvironment, requirement).
target_sources(akari-conformance PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/markervectors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requirementvectors.cpp)
