# SPDX-License-Identifier: GPL-3.0-or-later
# Resolving projects through indexes: targets, root requirements (oracle: tomllib + packaging),
# the index candidate provider and the project resolver against the loopback index.
foreach(name IN ITEMS targetenvironment interpreterquerycache projectrequirements indexcandidateprovider projectresolver)
    akari_add_test(tst_${name} SOURCES tst_${name}.cpp)
    target_compile_definitions(tst_${name} PRIVATE AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}")
endforeach()
set_tests_properties(tst_indexcandidateprovider tst_projectresolver PROPERTIES TIMEOUT 180)
