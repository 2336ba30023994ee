# SPDX-License-Identifier: GPL-3.0-or-later
# Writing plans: the guide's configurations, round trips, formatting; random plans on the
# corpus; mutated corpus files.
akari_add_test(tst_torchplanwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_torchplanwriter.cpp
    LOCALES ${AKARI_CORE_LOCALES})
akari_add_test(tst_planproperties SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_planproperties.cpp)
