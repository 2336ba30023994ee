# SPDX-License-Identifier: GPL-3.0-or-later
# Installing wheels: the file linker, scanning installed distributions, and the installer compared
# with what pip installs from the same wheels (/usr/share/python-wheels and generated ones), and
# its refusals and rollbacks; the two installer tests share wheelinstallerfixture.
foreach(name IN ITEMS filelinker installeddistribution wheelinstaller wheelinstallerfailures)
    set(extra_sources)
    if(name MATCHES "^wheelinstaller")
        set(extra_sources ${CMAKE_CURRENT_LIST_DIR}/wheelinstallerfixture.cpp ${CMAKE_CURRENT_LIST_DIR}/wheelinstallerfixture.h)
    endif()
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp ${extra_sources})
    target_compile_definitions(tst_${name} PRIVATE AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}")
endforeach()
set_tests_properties(tst_wheelinstaller tst_wheelinstallerfailures PROPERTIES TIMEOUT 300)
