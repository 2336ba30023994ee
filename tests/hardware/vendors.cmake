# SPDX-License-Identifier: GPL-3.0-or-later
# AMD, Intel and Apple detection, the PCI listing they share and Windows' device id strings.
foreach(name IN ITEMS pcidevice amdprobe intelprobe appleprobe windowsdevicelist)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp LOCALES ${AKARI_CORE_LOCALES})
    target_compile_definitions(tst_${name} PRIVATE AKARI_HARDWARE_DATA_DIR="${AKARI_HARDWARE_DATA_DIR}")
endforeach()
