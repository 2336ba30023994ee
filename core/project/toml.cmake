# SPDX-License-Identifier: GPL-3.0-or-later
# The TOML document with byte positions and the span-based editor on top of it.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/tomldocument.cpp ${CMAKE_CURRENT_LIST_DIR}/tomldocument.h
    ${CMAKE_CURRENT_LIST_DIR}/tomleditor.cpp ${CMAKE_CURRENT_LIST_DIR}/tomleditor.h
    ${CMAKE_CURRENT_LIST_DIR}/tomltextscan.cpp ${CMAKE_CURRENT_LIST_DIR}/tomltextscan.h
    ${CMAKE_CURRENT_LIST_DIR}/tomlvalue.h)
