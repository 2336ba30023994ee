# SPDX-License-Identifier: GPL-3.0-or-later
# PEP 503 names, PEP 425 tags and the tags an environment supports, wheel and sdist file names.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/packagename.cpp ${CMAKE_CURRENT_LIST_DIR}/packagename.h
    ${CMAKE_CURRENT_LIST_DIR}/sdistfilename.cpp ${CMAKE_CURRENT_LIST_DIR}/sdistfilename.h
    ${CMAKE_CURRENT_LIST_DIR}/supportedtags.cpp ${CMAKE_CURRENT_LIST_DIR}/supportedtags.h
    ${CMAKE_CURRENT_LIST_DIR}/tag.cpp ${CMAKE_CURRENT_LIST_DIR}/tag.h
    ${CMAKE_CURRENT_LIST_DIR}/versionstring.cpp ${CMAKE_CURRENT_LIST_DIR}/versionstring.h
    ${CMAKE_CURRENT_LIST_DIR}/wheelfilename.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelfilename.h)
