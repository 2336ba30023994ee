# SPDX-License-Identifier: GPL-3.0-or-later
# NVIDIA detection, the real command runner and the detector that runs every probe.
foreach(name IN ITEMS commandrunner hardwaredetector nvidiaparsers nvidiaprobe nvmllibrary probesupport)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp LOCALES ${AKARI_CORE_LOCALES})
    target_compile_definitions(tst_${name} PRIVATE AKARI_HARDWARE_DATA_DIR="${AKARI_HARDWARE_DATA_DIR}")
endforeach()
