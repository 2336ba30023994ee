# SPDX-License-Identifier: GPL-3.0-or-later
# Backend catalogue, uv's tables and the Advisor (core/backend).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/advicecontext.cpp ${CMAKE_CURRENT_LIST_DIR}/advicecontext.h
    ${CMAKE_CURRENT_LIST_DIR}/advisor.cpp ${CMAKE_CURRENT_LIST_DIR}/advisor.h
    ${CMAKE_CURRENT_LIST_DIR}/amdbackendtable.cpp ${CMAKE_CURRENT_LIST_DIR}/amdbackendtable.h
    ${CMAKE_CURRENT_LIST_DIR}/cudaarchitecturesupport.cpp ${CMAKE_CURRENT_LIST_DIR}/cudaarchitecturesupport.h
    ${CMAKE_CURRENT_LIST_DIR}/cudabackendtable.cpp ${CMAKE_CURRENT_LIST_DIR}/cudabackendtable.h
    ${CMAKE_CURRENT_LIST_DIR}/detectionjson.cpp ${CMAKE_CURRENT_LIST_DIR}/detectionjson.h
    ${CMAKE_CURRENT_LIST_DIR}/nvidiaadvice.cpp ${CMAKE_CURRENT_LIST_DIR}/nvidiaadvice.h
    ${CMAKE_CURRENT_LIST_DIR}/recommendation.h
    ${CMAKE_CURRENT_LIST_DIR}/targetplatform.cpp ${CMAKE_CURRENT_LIST_DIR}/targetplatform.h
    ${CMAKE_CURRENT_LIST_DIR}/torchbackend.cpp ${CMAKE_CURRENT_LIST_DIR}/torchbackend.h
    ${CMAKE_CURRENT_LIST_DIR}/torchpackages.cpp ${CMAKE_CURRENT_LIST_DIR}/torchpackages.h)
