# SPDX-License-Identifier: GPL-3.0-or-later
# uv's index configuration, credentials and the on-disk HTTP cache.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/httpcache.cpp ${CMAKE_CURRENT_LIST_DIR}/httpcache.h
    ${CMAKE_CURRENT_LIST_DIR}/indexconfiguration.cpp ${CMAKE_CURRENT_LIST_DIR}/indexconfiguration.h
    ${CMAKE_CURRENT_LIST_DIR}/indexcredentials.cpp ${CMAKE_CURRENT_LIST_DIR}/indexcredentials.h
    ${CMAKE_CURRENT_LIST_DIR}/netrcfile.cpp ${CMAKE_CURRENT_LIST_DIR}/netrcfile.h
    ${CMAKE_CURRENT_LIST_DIR}/packageindex.cpp ${CMAKE_CURRENT_LIST_DIR}/packageindex.h)
