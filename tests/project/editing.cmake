# SPDX-License-Identifier: GPL-3.0-or-later
# Loading for editing, new projects, previews and presets (core/project/editing.cmake).
foreach(name IN ITEMS projectloader newprojecttemplate planpreview planpresets requirespythoncheck projectsaver)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        LIBRARIES akari_testsupport tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
endforeach()
