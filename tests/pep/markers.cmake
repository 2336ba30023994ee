# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 508 value types: Marker, MarkerEnvironment, Requirement.
akari_add_test(tst_marker SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_marker.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_markerenvironment SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_markerenvironment.cpp LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_requirement SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_requirement.cpp LOCALES ${AKARI_CORE_LOCALES})
