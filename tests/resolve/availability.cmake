# SPDX-License-Identifier: GPL-3.0-or-later
# Which PyTorch builds each backend offers: the reconstructed download.pytorch.org pages of
# shared/corpus/index-pages on a loopback server, with pypa/packaging as the oracle.
akari_add_test(tst_torchavailability SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchavailability.cpp
    LOCALES ${AKARI_CORE_LOCALES})
target_compile_definitions(tst_torchavailability PRIVATE AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}")
