# SPDX-License-Identifier: GPL-3.0-or-later
# Simple-API pages and wheel metadata over HTTP.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/indexsession.cpp ${CMAKE_CURRENT_LIST_DIR}/indexsession.h
    ${CMAKE_CURRENT_LIST_DIR}/remotewheelmetadata.cpp ${CMAKE_CURRENT_LIST_DIR}/remotewheelmetadata.h
    ${CMAKE_CURRENT_LIST_DIR}/simpleindexclient.cpp ${CMAKE_CURRENT_LIST_DIR}/simpleindexclient.h
    ${CMAKE_CURRENT_LIST_DIR}/zipcentraldirectory.cpp ${CMAKE_CURRENT_LIST_DIR}/zipcentraldirectory.h)
