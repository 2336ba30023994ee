# SPDX-License-Identifier: GPL-3.0-or-later
# Streamed HTTP bodies (tst_httpclientstream, HttpClient's side, kept with the index tests'
# sources), the `.part` writer and WheelDownloader against loopback servers.
akari_add_test(tst_httpclientstream
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/../index/tst_httpclientstream.cpp ${CMAKE_CURRENT_LIST_DIR}/../index/httpclientchecks.h)
akari_add_test(tst_streamingfilewriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_streamingfilewriter.cpp)
akari_add_test(tst_wheeldownloader
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_wheeldownloader.cpp ${CMAKE_CURRENT_LIST_DIR}/../index/httpclientchecks.h)
