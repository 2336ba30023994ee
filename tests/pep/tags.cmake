# SPDX-License-Identifier: GPL-3.0-or-later
# Names, tags, supported-tag ranking and distribution file names (core/pep/tags.cmake).
akari_add_test(tst_packagename SOURCES tst_packagename.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_tag SOURCES tst_tag.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_supportedtags SOURCES tst_supportedtags.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_wheelfilename SOURCES tst_wheelfilename.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_sdistfilename SOURCES tst_sdistfilename.cpp LOCALES ${AKARI_CORE_LOCALES})
