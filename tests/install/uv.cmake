# SPDX-License-Identifier: GPL-3.0-or-later
# UvSync against a stand-in `uv` script put first on PATH.
akari_add_test(tst_uvsync SOURCES tst_uvsync.cpp)
