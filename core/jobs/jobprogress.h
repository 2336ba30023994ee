// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QVariant>

namespace Akari
{

/**
 * \brief Where a job stands: its phase, the item it works on, and how much is done.
 *
 * Counts are -1 when unknown, so a view can show a busy indicator instead of a wrong bar.
 */
struct JobProgress
{
    QString phase; ///< translated, e.g. "Downloading"
    QString item;  ///< what is being worked on, e.g. a file name; may be empty
    qint64 bytesDone = 0;
    qint64 bytesTotal = -1;
    qint64 stepsDone = 0;
    qint64 stepsTotal = -1;
    /// Structured detail a particular job offers its views (e.g. SyncProgress: a row per
    /// package); null for most jobs. The whole detail is resent with each report, so a view
    /// that sees only the newest report still sees everything.
    QVariant detail;

    /// 0..1 from bytes when known, else from steps; -1 when neither total is known.
    [[nodiscard]] double fraction() const;

    friend bool operator==(const JobProgress &, const JobProgress &) = default;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::JobProgress)
