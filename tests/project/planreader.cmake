# SPDX-License-Identifier: GPL-3.0-or-later
# TorchPlanReader against the real-world corpus, uv's guide, edge cases and mutated files.
akari_add_test(tst_torchplanreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchplanreader.cpp
    LIBRARIES tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
