// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Akari
{

/**
 * \brief Python's repr() of a str, as pypa/packaging's messages show names and versions:
 * single quotes unless the text holds one (and no double quote), backslash escapes for
 * quotes, backslashes and control characters. Thread-safe.
 */
[[nodiscard]] QString pythonRepr(QStringView text);

} // namespace Akari
