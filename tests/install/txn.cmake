# SPDX-License-Identifier: GPL-3.0-or-later
# The sync plan (oracle: packaging's version ordering), the environment transaction (hard-link
# clones, commit, roll back, crash recovery) and the verifier (a venv with a stand-in torch).
foreach(name IN ITEMS syncplan environmenttransaction environmentverifier)
    akari_add_test(tst_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp)
    target_compile_definitions(tst_${name} PRIVATE AKARI_PYTHON3="${AKARI_PACKAGING_PYTHON}")
endforeach()
