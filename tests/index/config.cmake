# SPDX-License-Identifier: GPL-3.0-or-later
# uv's index configuration (against a tomllib oracle over shared/corpus/pyprojects),
# credentials, netrc and the HTTP cache.
foreach(name IN ITEMS httpcache netrcfile indexcredentials indexconfiguration)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp LOCALES ${AKARI_CORE_LOCALES})
endforeach()
target_compile_definitions(tst_netrcfile PRIVATE AKARI_PYTHON3="${Python3_EXECUTABLE}")
# The oracle needs tomllib (Python 3.11) and packaging: the system interpreter has both.
target_compile_definitions(tst_indexconfiguration PRIVATE AKARI_PYTHON3="/usr/bin/python3"
    AKARI_INDEX_ORACLE="${CMAKE_CURRENT_LIST_DIR}/indexconfigurationoracle.py")
