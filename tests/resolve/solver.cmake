# SPDX-License-Identifier: GPL-3.0-or-later
# The PubGrub resolver with an in-memory provider, and packse's scenarios through akari-conformance
# (109 = the 150 scenarios less the 41 that need universal resolution: none may go missing silently).
akari_add_test(tst_resolver SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resolver.cpp ${CMAKE_CURRENT_LIST_DIR}/memoryprovider.h
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_resolverrandom SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_resolverrandom.cpp ${CMAKE_CURRENT_LIST_DIR}/memoryprovider.h)

add_test(NAME conformance_packse
    COMMAND akari-conformance --packse "${AKARI_SHARED_DIR}/corpus/packse" --min-passed 109)
set_tests_properties(conformance_packse PROPERTIES LABELS "tools")
