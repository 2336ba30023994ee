# SPDX-License-Identifier: GPL-3.0-or-later
# The sync index (tests/tools/sync_index.py) the install tests and the sync benchmark use.
akari_add_test(tst_syncindexserver SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_syncindexserver.cpp)
