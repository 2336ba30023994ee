# SPDX-License-Identifier: GPL-3.0-or-later
# The sync plan and progress, the environment transaction (stage, commit, roll back) and the verifier.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/environmenttransaction.cpp ${CMAKE_CURRENT_LIST_DIR}/environmenttransaction.h
    ${CMAKE_CURRENT_LIST_DIR}/environmentverifier.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentverifier.h
    ${CMAKE_CURRENT_LIST_DIR}/syncplan.cpp ${CMAKE_CURRENT_LIST_DIR}/syncplan.h
    ${CMAKE_CURRENT_LIST_DIR}/syncprogress.cpp ${CMAKE_CURRENT_LIST_DIR}/syncprogress.h
    ${CMAKE_CURRENT_LIST_DIR}/treecloner.cpp ${CMAKE_CURRENT_LIST_DIR}/treecloner.h)
