# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 508: environment markers, their evaluation environment, and dependency specifiers.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/marker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/marker.h
    ${CMAKE_CURRENT_LIST_DIR}/markerenvironment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markerenvironment.h
    ${CMAKE_CURRENT_LIST_DIR}/markerexpression.cpp
    ${CMAKE_CURRENT_LIST_DIR}/markerexpression.h
    ${CMAKE_CURRENT_LIST_DIR}/requirement.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requirement.h
    ${CMAKE_CURRENT_LIST_DIR}/requirementtokenizer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requirementtokenizer.h)
