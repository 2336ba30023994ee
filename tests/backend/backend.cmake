# SPDX-License-Identifier: GPL-3.0-or-later
# Backend catalogue, uv's tables, the package lists and the Advisor (core/backend).
akari_add_test(tst_targetplatform SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_targetplatform.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_torchbackend SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchbackend.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_torchpackages SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchpackages.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_cudaarchitecturesupport SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cudaarchitecturesupport.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_advisor SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_advisor.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_advisorinsight SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_advisorinsight.cpp
    LOCALES ${AKARI_CORE_LOCALES})
# The detect --json schema on every captured machine of tests/data/hardware.
akari_add_test(tst_detectionjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_detectionjson.cpp
    LOCALES ${AKARI_CORE_LOCALES})
target_compile_definitions(tst_detectionjson PRIVATE
    AKARI_HARDWARE_DATA_DIR="${CMAKE_CURRENT_LIST_DIR}/../data/hardware")
