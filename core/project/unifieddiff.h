// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Akari
{

/**
 * \brief A unified diff (`diff -u` format) of two texts, computed with dtl.
 *
 * Lines are compared with their line endings removed, so a CRLF file diffs like an LF one;
 * a last line without a line break is marked `\ No newline at end of file` as diff does.
 * Empty when the texts are equal.
 */
class UnifiedDiff final
{
public:
    UnifiedDiff() = delete;

    [[nodiscard]] static QString make(const QByteArray &before, const QByteArray &after, const QString &fromLabel,
                                      const QString &toLabel, int context = 3);
};

} // namespace Akari
