# SPDX-License-Identifier: GPL-3.0-or-later
# Hardware detection: uv's own steps plus the GPU details uv lacks (core/hardware).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/amdarchitecture.cpp ${CMAKE_CURRENT_LIST_DIR}/amdarchitecture.h
    ${CMAKE_CURRENT_LIST_DIR}/commandrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/commandrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/cudadrivertable.cpp ${CMAKE_CURRENT_LIST_DIR}/cudadrivertable.h
    ${CMAKE_CURRENT_LIST_DIR}/cudavisibledevices.cpp ${CMAKE_CURRENT_LIST_DIR}/cudavisibledevices.h
    ${CMAKE_CURRENT_LIST_DIR}/gpuinfo.cpp ${CMAKE_CURRENT_LIST_DIR}/gpuinfo.h
    ${CMAKE_CURRENT_LIST_DIR}/hardwaredetector.cpp ${CMAKE_CURRENT_LIST_DIR}/hardwaredetector.h
    ${CMAKE_CURRENT_LIST_DIR}/hardwarereport.cpp ${CMAKE_CURRENT_LIST_DIR}/hardwarereport.h
    ${CMAKE_CURRENT_LIST_DIR}/nvidiaprobe.cpp ${CMAKE_CURRENT_LIST_DIR}/nvidiaprobe.h
    ${CMAKE_CURRENT_LIST_DIR}/processcommandrunner.cpp ${CMAKE_CURRENT_LIST_DIR}/processcommandrunner.h
    ${CMAKE_CURRENT_LIST_DIR}/nvidiasmioutput.cpp ${CMAKE_CURRENT_LIST_DIR}/nvidiasmioutput.h
    ${CMAKE_CURRENT_LIST_DIR}/nvmllibrary.cpp ${CMAKE_CURRENT_LIST_DIR}/nvmllibrary.h
    ${CMAKE_CURRENT_LIST_DIR}/probecache.cpp ${CMAKE_CURRENT_LIST_DIR}/probecache.h
    ${CMAKE_CURRENT_LIST_DIR}/probecommand.cpp ${CMAKE_CURRENT_LIST_DIR}/probecommand.h
    ${CMAKE_CURRENT_LIST_DIR}/probeenvironment.cpp ${CMAKE_CURRENT_LIST_DIR}/probeenvironment.h
    ${CMAKE_CURRENT_LIST_DIR}/probefile.cpp ${CMAKE_CURRENT_LIST_DIR}/probefile.h
    ${CMAKE_CURRENT_LIST_DIR}/textdecoding.cpp ${CMAKE_CURRENT_LIST_DIR}/textdecoding.h
    ${CMAKE_CURRENT_LIST_DIR}/uvaccelerator.h)
