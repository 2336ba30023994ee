# SPDX-License-Identifier: GPL-3.0-or-later
# Differential test of core/pep against Debian's python3-packaging (23.0): the test generates its
# cases, packaging_oracle.py answers them in one Python process, the test compares. It fails, and
# says so, when the interpreter or its packaging module is missing. AKARI_PACKAGING_PYTHON is
# declared in the top-level CMakeLists.txt.
akari_add_test(tst_packagingdifferential SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/tst_packagingdifferential.cpp
    ${CMAKE_CURRENT_LIST_DIR}/differentialcases.cpp ${CMAKE_CURRENT_LIST_DIR}/differentialcases.h
    ${CMAKE_CURRENT_LIST_DIR}/differentialcomparison.cpp ${CMAKE_CURRENT_LIST_DIR}/differentialcomparison.h
    ${CMAKE_CURRENT_LIST_DIR}/differentialdice.h
    ${CMAKE_CURRENT_LIST_DIR}/differentialmarkers.cpp ${CMAKE_CURRENT_LIST_DIR}/differentialmarkers.h
    ${CMAKE_CURRENT_LIST_DIR}/differentialspecifiers.cpp ${CMAKE_CURRENT_LIST_DIR}/differentialspecifiers.h
    ${CMAKE_CURRENT_LIST_DIR}/differentialversions.cpp ${CMAKE_CURRENT_LIST_DIR}/differentialversions.h)
target_compile_definitions(tst_packagingdifferential PRIVATE
    AKARI_PACKAGING_PYTHON="${AKARI_PACKAGING_PYTHON}"
    AKARI_PACKAGING_ORACLE="${CMAKE_CURRENT_LIST_DIR}/packaging_oracle.py")
set_tests_properties(tst_packagingdifferential PROPERTIES TIMEOUT 600)
