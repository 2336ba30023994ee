# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-detector scenarios: every captured machine in tests/data/hardware (see its README.md).
akari_add_test(tst_hardwarescenarios SOURCES tst_hardwarescenarios.cpp LOCALES ${AKARI_CORE_LOCALES})
target_compile_definitions(tst_hardwarescenarios PRIVATE AKARI_HARDWARE_DATA_DIR="${AKARI_HARDWARE_DATA_DIR}")
