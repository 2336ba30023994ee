# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build --preset dev --target format` rewrites the sources with clang-format;
# `format-check` fails when any source is not formatted.
find_program(AKARI_CLANG_FORMAT NAMES clang-format clang-format-16 clang-format-15 clang-format-14)
if(NOT AKARI_CLANG_FORMAT)
    message(STATUS "clang-format not found: the format targets are not available")
    return()
endif()

file(GLOB_RECURSE akari_format_sources CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h"
    "${PROJECT_SOURCE_DIR}/tests/*.cpp" "${PROJECT_SOURCE_DIR}/tests/*.h"
    "${PROJECT_SOURCE_DIR}/tools/*.cpp" "${PROJECT_SOURCE_DIR}/tools/*.h")

add_custom_target(format
    COMMAND "${AKARI_CLANG_FORMAT}" -i --style=file ${akari_format_sources}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Formatting sources with clang-format"
    VERBATIM)
add_custom_target(format-check
    COMMAND "${AKARI_CLANG_FORMAT}" --dry-run --Werror --style=file ${akari_format_sources}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Checking formatting with clang-format"
    VERBATIM)

if(AKARI_BUILD_TESTS)
    # Keeps the tree formatted: run the `format` target when this fails.
    add_test(NAME format_check
        COMMAND "${AKARI_CLANG_FORMAT}" --dry-run --Werror --style=file ${akari_format_sources}
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}")
    set_tests_properties(format_check PROPERTIES LABELS "tools")
endif()
