# SPDX-License-Identifier: GPL-3.0-or-later
# Saving, diffing and validating pyproject.toml. GNU diff and patch are the diff test's oracles.
foreach(name IN ITEMS unifieddiff pyprojectfile pyprojectvalidator)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        LIBRARIES tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
endforeach()
