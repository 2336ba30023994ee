// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Akari::Conformance
{

/// A record's string made readable in a report line: quoted, control characters and line
/// separators escaped as \uXXXX.
[[nodiscard]] QString shown(const QString &text);

} // namespace Akari::Conformance
