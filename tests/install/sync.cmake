# SPDX-License-Identifier: GPL-3.0-or-later
# ProjectSync end to end against the sync index (tests/tools/sync_index.py): the successful syncs,
# and the failures, cancellations and malicious wheels; both share syncfixture.
foreach(name IN ITEMS projectsync projectsyncfailures)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/syncfixture.cpp ${CMAKE_CURRENT_LIST_DIR}/syncfixture.h)
    set_tests_properties(tst_${name} PROPERTIES TIMEOUT 900)
endforeach()
