# SPDX-License-Identifier: GPL-3.0-or-later
# RECORD files, the wheel cache and unpacking wheels safely (libarchive).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/recordfile.cpp ${CMAKE_CURRENT_LIST_DIR}/recordfile.h
    ${CMAKE_CURRENT_LIST_DIR}/unpackedwheel.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelarchive.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelarchive.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelcache.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelcache.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelmemberrules.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelmemberrules.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelmetadatafiles.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelmetadatafiles.h)
