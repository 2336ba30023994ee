# SPDX-License-Identifier: GPL-3.0-or-later
# RECORD files, unpacking wheels safely and the wheel cache, checked against Python's csv,
# zipfile and importlib.metadata, Debian's wheels and tests/tools/malicious_wheels.py.
foreach(name IN ITEMS recordfile wheelarchive wheelcache)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
    target_compile_definitions(tst_${name} PRIVATE
        AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}"
        AKARI_MALICIOUS_WHEELS="${PROJECT_SOURCE_DIR}/tests/tools/malicious_wheels.py")
endforeach()
set_tests_properties(tst_wheelcache PROPERTIES TIMEOUT 300)
