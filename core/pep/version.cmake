# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 440: versions, version specifiers and specifier sets.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/specifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/specifier.h
    ${CMAKE_CURRENT_LIST_DIR}/specifierset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/specifierset.h
    ${CMAKE_CURRENT_LIST_DIR}/version.cpp
    ${CMAKE_CURRENT_LIST_DIR}/version.h)
