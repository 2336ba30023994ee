# SPDX-License-Identifier: GPL-3.0-or-later
# The PubGrub resolver over a CandidateProvider.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/candidate.h
    ${CMAKE_CURRENT_LIST_DIR}/candidateprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/incompatibility.cpp
    ${CMAKE_CURRENT_LIST_DIR}/incompatibility.h
    ${CMAKE_CURRENT_LIST_DIR}/partialsolution.cpp
    ${CMAKE_CURRENT_LIST_DIR}/partialsolution.h
    ${CMAKE_CURRENT_LIST_DIR}/pubgrubsolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pubgrubsolver.h
    ${CMAKE_CURRENT_LIST_DIR}/requirespython.cpp
    ${CMAKE_CURRENT_LIST_DIR}/requirespython.h
    ${CMAKE_CURRENT_LIST_DIR}/resolution.h
    ${CMAKE_CURRENT_LIST_DIR}/resolutionexplainer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolutionexplainer.h
    ${CMAKE_CURRENT_LIST_DIR}/resolver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/resolver.h
    ${CMAKE_CURRENT_LIST_DIR}/solverpackages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/solverpackages.h
    ${CMAKE_CURRENT_LIST_DIR}/term.cpp
    ${CMAKE_CURRENT_LIST_DIR}/term.h
    ${CMAKE_CURRENT_LIST_DIR}/versionset.cpp
    ${CMAKE_CURRENT_LIST_DIR}/versionset.h)
