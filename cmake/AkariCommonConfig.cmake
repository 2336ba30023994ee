# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries every compile definition and warning; core, ui, app and tests link it.
add_library(akari_common_cfg INTERFACE)

target_compile_definitions(akari_common_cfg INTERFACE
    # Enforced from Qt 6.7; on Debian's 6.4 it documents the rule (every connect has a context).
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Qt 6.4 reads QT_DISABLE_DEPRECATED_BEFORE; 6.5+ reads QT_DISABLE_DEPRECATED_UP_TO.
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    # No QT_NO_DEBUG_OUTPUT in release builds: the Log page can show debug messages on request,
    # and a disabled category costs one flag test per message.
    $<$<BOOL:${AKARI_FORCE_ASSERTS}>:QT_FORCE_ASSERTS>)

if(MSVC)
    target_compile_options(akari_common_cfg INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
        $<$<BOOL:${AKARI_WARNINGS_AS_ERRORS}>:/WX>)
else()
    target_compile_options(akari_common_cfg INTERFACE
        -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
        -Wshadow -Wcast-qual -Wformat=2
        # Designated initialisers leave the other members at their defaults on purpose.
        -Wno-missing-field-initializers
        $<$<BOOL:${AKARI_WARNINGS_AS_ERRORS}>:-Werror>)
endif()
