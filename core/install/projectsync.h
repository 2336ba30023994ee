// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "environmentverifier.h"
#include "syncplan.h"

namespace Akari
{

class Job;
class JobContext;
class SimpleIndexClient;

/**
 * \brief `uv sync` for one project: resolve for the environment's interpreter, compare with
 *        `.venv`, download and unpack into the wheel cache, install in a staged copy
 *        (EnvironmentTransaction), commit, verify.
 *
 * plan() changes nothing on disk (it may ask interpreters and fill the HTTP cache). execute()
 * carries a plan out; when it fails or is cancelled at any point before the commit, the
 * environment is exactly as it was. Progress: JobProgress with phase/item/bytes and a
 * SyncProgress in JobProgress::detail. Log lines (translated, one per step and per package)
 * go to Settings::log, from worker threads.
 */
class ProjectSync final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectSync)

public:
    struct Settings
    {
        QString projectDirectory;
        QStringList extras;
        QStringList groups;
        /// `--python`: a path or a version request (InterpreterDiscovery::find); empty: the
        /// existing environment's Python, else the project's requires-python's best match.
        QString python;
        bool verify = true;
        int maxParallelDownloads = 8;
        QString wheelCacheDirectory;       ///< empty: WheelCache::defaultDirectory()
        QString interpreterCacheDirectory; ///< empty: InterpreterQueryCache::defaultDirectory()
        /// Thread-safe sink for log lines; may be empty.
        std::function<void(const QString &)> log;
        /// Called once, from a worker thread, when execute() has committed the change: a
        /// cancellation after it (while verifying) still ends the job as cancelled, but the
        /// environment is then the new one, not the old. May be empty.
        std::function<void()> committed;
    };

    struct Outcome
    {
        SyncPlan plan;
        bool changed = false;  ///< something was installed or removed
        bool verified = false; ///< verification ran
        EnvironmentVerification verification;
        qint64 bytesDownloaded = 0;
        int filesLinked = 0;
        int filesCopied = 0;
        bool copiedAcrossFilesystems = false; ///< FileLinker's notice was given
        qint64 elapsedMs = 0;
    };

    /// Resolves and compares; blocking (call from a Job).
    [[nodiscard]] static Result<SyncPlan>
    plan(const Settings &settings, const std::shared_ptr<SimpleIndexClient> &client, JobContext *context = nullptr);
    /// Carries out \a plan; blocking.
    [[nodiscard]] static Result<Outcome> execute(const SyncPlan &plan, const Settings &settings,
                                                 const std::shared_ptr<SimpleIndexClient> &client,
                                                 JobContext *context = nullptr);

    /// plan() as a Job (result: SyncPlan).
    [[nodiscard]] static Job *planJob(Settings settings, std::shared_ptr<SimpleIndexClient> client,
                                      QObject *parent = nullptr);
    /// execute() as a Job (result: Outcome).
    [[nodiscard]] static Job *executeJob(SyncPlan plan, Settings settings, std::shared_ptr<SimpleIndexClient> client,
                                         QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::ProjectSync::Outcome)
