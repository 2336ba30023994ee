# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 440 value types: Version, Specifier, SpecifierSet.
akari_add_test(tst_version SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_version.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_specifier SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_specifier.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_specifierset SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_specifierset.cpp LOCALES ${AKARI_CORE_LOCALES})
