# SPDX-License-Identifier: GPL-3.0-or-later
# HTTP for indexes: one QNetworkAccessManager on its own thread (HttpClient).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/httpmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.cpp ${CMAKE_CURRENT_LIST_DIR}/httpclient.h
    ${CMAKE_CURRENT_LIST_DIR}/httpclientworker.cpp ${CMAKE_CURRENT_LIST_DIR}/httpclientworker.h
    ${CMAKE_CURRENT_LIST_DIR}/httpretrypolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/httpretrypolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/httpurl.cpp ${CMAKE_CURRENT_LIST_DIR}/httpurl.h)
