# SPDX-License-Identifier: GPL-3.0-or-later
# The PyTorch plan and the lossless pyproject.toml editor (core/project). Each part lists
# its own sources so they can grow independently.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/torchplan.cpp ${CMAKE_CURRENT_LIST_DIR}/torchplan.h)
include(${CMAKE_CURRENT_LIST_DIR}/toml.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/planreader.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/planwriter.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/savefiles.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/editing.cmake OPTIONAL)
