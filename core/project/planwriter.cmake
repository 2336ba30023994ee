# SPDX-License-Identifier: GPL-3.0-or-later
# Writing a TorchPlan into pyproject.toml (core/project).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/conflictedits.cpp ${CMAKE_CURRENT_LIST_DIR}/conflictedits.h
    ${CMAKE_CURRENT_LIST_DIR}/planedits.cpp ${CMAKE_CURRENT_LIST_DIR}/planedits.h
    ${CMAKE_CURRENT_LIST_DIR}/plantomltext.cpp ${CMAKE_CURRENT_LIST_DIR}/plantomltext.h
    ${CMAKE_CURRENT_LIST_DIR}/requirementedits.cpp ${CMAKE_CURRENT_LIST_DIR}/requirementedits.h
    ${CMAKE_CURRENT_LIST_DIR}/torchplanwriter.cpp ${CMAKE_CURRENT_LIST_DIR}/torchplanwriter.h
    ${CMAKE_CURRENT_LIST_DIR}/tritoncompanion.cpp ${CMAKE_CURRENT_LIST_DIR}/tritoncompanion.h)
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/planbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/planbuilder.h)
