# SPDX-License-Identifier: GPL-3.0-or-later
# Installing unpacked wheels into an environment (links, launchers, RECORD) and uninstalling them.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/entrypointlauncher.cpp ${CMAKE_CURRENT_LIST_DIR}/entrypointlauncher.h
    ${CMAKE_CURRENT_LIST_DIR}/filelinker.cpp ${CMAKE_CURRENT_LIST_DIR}/filelinker.h
    ${CMAKE_CURRENT_LIST_DIR}/installeddistribution.cpp ${CMAKE_CURRENT_LIST_DIR}/installeddistribution.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelinstaller.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelinstaller.h)
