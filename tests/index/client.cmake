# SPDX-License-Identifier: GPL-3.0-or-later
# Project pages and wheel metadata through a loopback index server; Python's zipfile is the
# oracle for what a wheel's METADATA holds (real wheels from /usr/share/python-wheels).
foreach(name IN ITEMS simpleindexclient remotewheelmetadata)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/clientchecks.cpp
                   LOCALES ${AKARI_CORE_LOCALES})
    target_compile_definitions(tst_${name} PRIVATE AKARI_PYTHON3="${Python3_EXECUTABLE}")
endforeach()
akari_add_test(tst_indexsession SOURCES tst_indexsession.cpp)
