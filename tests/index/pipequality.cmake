# SPDX-License-Identifier: GPL-3.0-or-later
# Akari's resolution against `pip install --dry-run --report` on the loopback index
# (tests/tools/loopback_index.py). pip is Debian's, run by /usr/bin/python3: the interpreter
# both sides resolve for.
akari_add_test(tst_pipequality SOURCES tst_pipequality.cpp)
target_compile_definitions(tst_pipequality PRIVATE
    AKARI_CLI_PATH="$<TARGET_FILE:akari-cli>"
    AKARI_PIP_PYTHON="/usr/bin/python3")
add_dependencies(tst_pipequality akari-cli)
# Each row runs pip and akari-cli once (pip takes a second or two).
set_tests_properties(tst_pipequality PROPERTIES TIMEOUT 900)
