# SPDX-License-Identifier: GPL-3.0-or-later
# Resolving a project through its indexes for one target environment.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/indexcandidateprovider.cpp ${CMAKE_CURRENT_LIST_DIR}/indexcandidateprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/interpreterquerycache.cpp ${CMAKE_CURRENT_LIST_DIR}/interpreterquerycache.h
    ${CMAKE_CURRENT_LIST_DIR}/projectrequirements.cpp ${CMAKE_CURRENT_LIST_DIR}/projectrequirements.h
    ${CMAKE_CURRENT_LIST_DIR}/projectresolver.cpp ${CMAKE_CURRENT_LIST_DIR}/projectresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/targetenvironment.cpp ${CMAKE_CURRENT_LIST_DIR}/targetenvironment.h)
