# SPDX-License-Identifier: GPL-3.0-or-later
# What the Project page's editor stands on: loading for editing, new projects, previews, presets.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/newprojecttemplate.cpp ${CMAKE_CURRENT_LIST_DIR}/newprojecttemplate.h
    ${CMAKE_CURRENT_LIST_DIR}/planpresets.cpp ${CMAKE_CURRENT_LIST_DIR}/planpresets.h
    ${CMAKE_CURRENT_LIST_DIR}/planpreview.cpp ${CMAKE_CURRENT_LIST_DIR}/planpreview.h
    ${CMAKE_CURRENT_LIST_DIR}/projectloader.cpp ${CMAKE_CURRENT_LIST_DIR}/projectloader.h
    ${CMAKE_CURRENT_LIST_DIR}/projectsaver.cpp ${CMAKE_CURRENT_LIST_DIR}/projectsaver.h
    ${CMAKE_CURRENT_LIST_DIR}/projectsnapshot.h
    ${CMAKE_CURRENT_LIST_DIR}/requirespythoncheck.cpp ${CMAKE_CURRENT_LIST_DIR}/requirespythoncheck.h)
