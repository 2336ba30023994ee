// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Akari::CliOutput
{

/// Writes \a text to stdout as UTF-8 and flushes, so output interleaves correctly with stderr.
void printOut(const QString &text);
/// Writes "akari-cli: <text>" and a newline to stderr.
void printError(const QString &text);
/// Terminal columns \a text takes: East Asian wide characters (kana, kanji, full-width forms) take two.
[[nodiscard]] qsizetype displayWidth(const QString &text);
/// \a rows as aligned columns, each line indented by two spaces and ended by a newline.
[[nodiscard]] QString table(const QList<QStringList> &rows);

} // namespace Akari::CliOutput
