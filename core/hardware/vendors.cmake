# SPDX-License-Identifier: GPL-3.0-or-later
# AMD, Intel and Apple probes and the PCI listing they share (core/hardware).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/amdprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/amdprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/appleprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/appleprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/intelprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/intelprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/pcidevice.cpp ${CMAKE_CURRENT_LIST_DIR}/pcidevice.h
    ${CMAKE_CURRENT_LIST_DIR}/windowsdevicelist.cpp ${CMAKE_CURRENT_LIST_DIR}/windowsdevicelist.h)
if(WIN32)
    # CM_Get_Device_ID_ListW for uv's Windows Intel check.
    target_link_libraries(akari_core PRIVATE cfgmgr32)
endif()
