# SPDX-License-Identifier: GPL-3.0-or-later
# Which PyTorch builds each backend's index offers.
target_sources(akari_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/torchavailability.cpp ${CMAKE_CURRENT_LIST_DIR}/torchavailability.h)
