# SPDX-License-Identifier: GPL-3.0-or-later
# Running the real `uv sync` beside Akari's own sync, its output streamed line by line.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/uvsync.cpp ${CMAKE_CURRENT_LIST_DIR}/uvsync.h)
