# SPDX-License-Identifier: GPL-3.0-or-later
# HttpClient against the loopback server: retries, timeouts, redirects, credentials
# (tst_httpclient), and with its on-disk cache (tst_httpclientcache).
akari_add_test(tst_httpclient SOURCES tst_httpclient.cpp ${CMAKE_CURRENT_LIST_DIR}/httpclientchecks.h)
akari_add_test(tst_httpclientcache SOURCES tst_httpclientcache.cpp ${CMAKE_CURRENT_LIST_DIR}/httpclientchecks.h)
akari_add_test(tst_httpurl SOURCES tst_httpurl.cpp)
