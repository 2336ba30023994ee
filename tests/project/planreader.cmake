# SPDX-License-Identifier: GPL-3.0-or-later
# TorchPlanReader against uv's guide, edge cases and mutated files; the corpus test holds the
# expectations for the real-world corpus. Both share planreadertesthelpers.h.
akari_add_test(tst_torchplanreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchplanreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/planreadertesthelpers.h
    LIBRARIES tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_torchplanreadercorpus SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchplanreadercorpus.cpp
    ${CMAKE_CURRENT_LIST_DIR}/planreadertesthelpers.h
    LIBRARIES tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
