# SPDX-License-Identifier: GPL-3.0-or-later
# The PubGrub resolver over a CandidateProvider.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/candidate.h
    ${CMAKE_CURRENT_LIST_DIR}/candidateprovider.h
    ${CMAKE_CURRENT_LIST_DIR}/resolution.h
    ${CMAKE_CURRENT_LIST_DIR}/resolver.h)
