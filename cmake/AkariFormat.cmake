# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build --preset dev --target format` rewrites the sources with clang-format;
# `format-check` (and the format_check test) fail when any source is not formatted.
# The formatter is pinned to clang-format 14 (Debian 12's, what CI runs): other major versions
# lay out the same config differently, so they get no format targets rather than churn.
set(AKARI_CLANG_FORMAT_MAJOR 14)
find_program(AKARI_CLANG_FORMAT NAMES clang-format-${AKARI_CLANG_FORMAT_MAJOR} clang-format)
if(AKARI_CLANG_FORMAT)
    execute_process(COMMAND "${AKARI_CLANG_FORMAT}" --version OUTPUT_VARIABLE akari_clang_format_version)
    if(NOT akari_clang_format_version MATCHES "version ${AKARI_CLANG_FORMAT_MAJOR}\\.")
        message(STATUS "${AKARI_CLANG_FORMAT} is not clang-format ${AKARI_CLANG_FORMAT_MAJOR}: no format targets")
        return()
    endif()
else()
    message(STATUS "clang-format ${AKARI_CLANG_FORMAT_MAJOR} not found: the format targets are not available")
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
