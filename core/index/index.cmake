# SPDX-License-Identifier: GPL-3.0-or-later
# Simple-API pages (PEP 503 HTML, PEP 691 JSON) and core metadata (METADATA / PKG-INFO).
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/htmlindexparser.cpp ${CMAKE_CURRENT_LIST_DIR}/htmlindexparser.h
    ${CMAKE_CURRENT_LIST_DIR}/htmltokenizer.cpp ${CMAKE_CURRENT_LIST_DIR}/htmltokenizer.h
    ${CMAKE_CURRENT_LIST_DIR}/indexfile.cpp ${CMAKE_CURRENT_LIST_DIR}/indexfile.h
    ${CMAKE_CURRENT_LIST_DIR}/indexpage.cpp ${CMAKE_CURRENT_LIST_DIR}/indexpage.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonindexparser.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonindexparser.h
    ${CMAKE_CURRENT_LIST_DIR}/../pep/coremetadata.cpp ${CMAKE_CURRENT_LIST_DIR}/../pep/coremetadata.h)
