# SPDX-License-Identifier: GPL-3.0-or-later
# Validating, diffing and saving pyproject.toml. dtl (header-only) computes the diff's edit script.
find_path(AKARI_DTL_INCLUDE_DIR dtl/dtl.hpp REQUIRED)
target_include_directories(akari_core PRIVATE "${AKARI_DTL_INCLUDE_DIR}")
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/pyprojectfile.cpp ${CMAKE_CURRENT_LIST_DIR}/pyprojectfile.h
    ${CMAKE_CURRENT_LIST_DIR}/pyprojectvalidator.cpp ${CMAKE_CURRENT_LIST_DIR}/pyprojectvalidator.h
    ${CMAKE_CURRENT_LIST_DIR}/torchpythonsupport.cpp ${CMAKE_CURRENT_LIST_DIR}/torchpythonsupport.h
    ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.cpp ${CMAKE_CURRENT_LIST_DIR}/unifieddiff.h)
