# SPDX-License-Identifier: GPL-3.0-or-later
# The sync itself: planning against .venv, then fetching, installing, committing and verifying.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/projectsync.cpp ${CMAKE_CURRENT_LIST_DIR}/projectsync.h
    ${CMAKE_CURRENT_LIST_DIR}/syncexecutor.cpp ${CMAKE_CURRENT_LIST_DIR}/syncexecutor.h)
