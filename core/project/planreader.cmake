# SPDX-License-Identifier: GPL-3.0-or-later
# TorchPlanReader: recognises the PyTorch plan in any pyproject.toml.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/torchplanreader.cpp ${CMAKE_CURRENT_LIST_DIR}/torchplanreader.h
    ${CMAKE_CURRENT_LIST_DIR}/planreaderinput.cpp ${CMAKE_CURRENT_LIST_DIR}/planreaderinput.h)
