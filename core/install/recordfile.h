// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../error.h"

namespace Akari
{

/// One row of a wheel's or an installed distribution's RECORD.
struct RecordEntry
{
    QString path;     ///< as written: '/'-separated, relative to site-packages (may use ../)
    QString hash;     ///< "sha256=<urlsafe base64 without padding>", empty for RECORD itself etc.
    qint64 size = -1; ///< -1 when empty

    friend bool operator==(const RecordEntry &, const RecordEntry &) = default;
};

/**
 * \brief RECORD files (PyPA "Recording installed projects"): CSV rows of path, hash, size,
 *        read and written as Python's csv module does (quoting, embedded commas and quotes).
 */
class RecordFile final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::RecordFile)

public:
    /// Rows of \a text; errors (Parse) name \a fileName and the line.
    [[nodiscard]] static Result<QList<RecordEntry>> parse(QByteArrayView text, const QString &fileName);
    /// The file's bytes: one row per entry, "\n" line ends, quoting only where needed.
    [[nodiscard]] static QByteArray write(const QList<RecordEntry> &entries);
    /// "sha256=..." of \a data.
    [[nodiscard]] static QString hashOf(QByteArrayView data);
    /// "sha256=..." from a raw sha256 digest (32 bytes).
    [[nodiscard]] static QString hashFromDigest(const QByteArray &digest);
};

} // namespace Akari
