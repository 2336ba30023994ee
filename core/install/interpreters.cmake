# SPDX-License-Identifier: GPL-3.0-or-later
# Python interpreters (asked once, cached), their discovery, venv layouts and creating venvs.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/activationscripts.cpp ${CMAKE_CURRENT_LIST_DIR}/activationscripts.h
    ${CMAKE_CURRENT_LIST_DIR}/environmentlayout.cpp ${CMAKE_CURRENT_LIST_DIR}/environmentlayout.h
    ${CMAKE_CURRENT_LIST_DIR}/interpreterdiscovery.cpp ${CMAKE_CURRENT_LIST_DIR}/interpreterdiscovery.h
    ${CMAKE_CURRENT_LIST_DIR}/pythoninterpreter.cpp ${CMAKE_CURRENT_LIST_DIR}/pythoninterpreter.h
    ${CMAKE_CURRENT_LIST_DIR}/virtualenvironmentbuilder.cpp ${CMAKE_CURRENT_LIST_DIR}/virtualenvironmentbuilder.h)
