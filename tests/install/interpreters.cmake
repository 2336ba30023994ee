# SPDX-License-Identifier: GPL-3.0-or-later
# Python interpreters, their discovery over fake pyenv/uv/conda trees of links to the real
# interpreters, venv layouts, and venvs checked by running their own python (and pip from
# Debian's wheel) against `python3 -m venv`.
foreach(name IN ITEMS pythoninterpreter interpreterdiscovery environmentlayout virtualenvironmentbuilder)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
    target_compile_definitions(tst_${name} PRIVATE AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}")
endforeach()
set_tests_properties(tst_interpreterdiscovery tst_virtualenvironmentbuilder PROPERTIES TIMEOUT 300)
