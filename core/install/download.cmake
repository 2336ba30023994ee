# SPDX-License-Identifier: GPL-3.0-or-later
# Downloading distribution files: streamed to `.part` files, hashed, resumed, in parallel.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/streamingfilewriter.cpp ${CMAKE_CURRENT_LIST_DIR}/streamingfilewriter.h
    ${CMAKE_CURRENT_LIST_DIR}/wheeldownloader.cpp ${CMAKE_CURRENT_LIST_DIR}/wheeldownloader.h)
