# SPDX-License-Identifier: GPL-3.0-or-later
# TomlDocument and TomlEditor: exact bytes in, exact bytes out, checked against toml++ reading
# the edited text again; the corpus edits are also read back by Python's tomllib.
foreach(name IN ITEMS tomldocument tomleditor tomleditorcompose tomleditorcorpus)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        LIBRARIES tomlplusplus::tomlplusplus LOCALES ${AKARI_CORE_LOCALES})
endforeach()
target_compile_definitions(tst_tomleditorcorpus PRIVATE AKARI_PYTHON3="${Python3_EXECUTABLE}")
