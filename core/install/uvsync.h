// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>

namespace Akari
{

class Job;

/**
 * \brief Runs the real `uv sync` for a project as a Job, its output streamed line by line.
 *
 * Offered beside Akari's own sync when `uv` is on PATH. The job's result is uv's exit code
 * (int); a non-zero exit fails the job with the last lines of uv's output in the message;
 * cancelling terminates uv (then kills it after a grace period).
 */
class UvSync final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::UvSync)

public:
    /// The `uv` executable on \a searchPath (PATH's folders; empty: this process's PATH), or empty.
    [[nodiscard]] static QString findUv(const QStringList &searchPath = {});

    /// `uv sync [--extra NAME]... [--python P]` in \a projectDirectory. \a output gets every
    /// line of stdout and stderr as it arrives, from the job's worker thread.
    [[nodiscard]] static Job *syncJob(QString uv, QString projectDirectory, QStringList extras, QString python,
                                      std::function<void(const QString &)> output, QObject *parent = nullptr);
};

} // namespace Akari
