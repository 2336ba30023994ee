# SPDX-License-Identifier: GPL-3.0-or-later
# Index pages against shared/corpus/index-pages, core metadata against shared/corpus/metadata.
foreach(name IN ITEMS htmlindexparser jsonindexparser coremetadata)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp LOCALES ${AKARI_CORE_LOCALES})
endforeach()

# Corpus access and uv snapshot comparisons shared by the two page parser tests.
foreach(name IN ITEMS htmlindexparser jsonindexparser)
    target_sources(tst_${name} PRIVATE ${CMAKE_CURRENT_LIST_DIR}/indexpagechecks.cpp)
endforeach()

# Oracle: Python's email parser (what pypa/packaging reads core metadata with).
target_compile_definitions(tst_coremetadata PRIVATE AKARI_PYTHON3="${Python3_EXECUTABLE}")
