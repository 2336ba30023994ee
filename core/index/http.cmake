# SPDX-License-Identifier: GPL-3.0-or-later
# HTTP for indexes: one QNetworkAccessManager on its own thread (HttpClient).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/httpmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/httpclient.h)
