# SPDX-License-Identifier: GPL-3.0-or-later
# Resolving a project through its indexes for one target environment.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/indexcandidateprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/projectresolver.h
    ${CMAKE_CURRENT_LIST_DIR}/targetenvironment.h)
