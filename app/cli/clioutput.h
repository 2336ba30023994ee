// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Akari::CliOutput
{

/// Writes \a text to stdout as UTF-8 and flushes, so output interleaves correctly with stderr.
void printOut(const QString &text);
/// Writes "akari-cli: <text>" and a newline to stderr.
void printError(const QString &text);

} // namespace Akari::CliOutput
