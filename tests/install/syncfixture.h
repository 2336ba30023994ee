// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include "core/error.h"
#include "core/install/projectsync.h"
#include "core/install/syncplan.h"
#include "syncindexserver.h"

namespace Akari
{
class Job;
class SimpleIndexClient;
} // namespace Akari

namespace Akari::Test
{

/**
 * \brief What the ProjectSync tests (tst_projectsync, tst_projectsyncfailures) share: the sync
 *        index, a temporary folder for projects and caches, and syncing a project end to end.
 *
 * A test class derives from it beside QObject and calls setUp() from its initTestCase().
 */
class SyncFixture
{
protected:
    /// A program's exit code (-1 when it crashed or timed out) and output.
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    /// What sync() ended with: the outcome or the error, and the plan it executed.
    struct Synced
    {
        std::optional<ProjectSync::Outcome> outcome;
        std::optional<Error> error;
        SyncPlan plan;
    };

    static constexpr int SyncTimeoutMs = 180000;

    /// Points XDG_CACHE_HOME into the temporary folder and starts the index; sets \a skip to
    /// why this machine cannot run the tests (no /usr/bin/python3). Failures are QVERIFY's.
    void setUp(QString *skip);

    /// Every entry below \a root with what a change would alter: type, inode, mtime, size, link target.
    [[nodiscard]] static QMap<QString, QString> snapshot(const QString &root);
    /// Runs \a program without PYTHONPATH and with pip kept off the network.
    [[nodiscard]] static Run run(const QString &program, const QStringList &arguments);
    /// Stage and old folders a transaction may leave beside the environment.
    [[nodiscard]] static QStringList leftovers(const QString &projectDirectory);
    /// The main project's dependencies.
    [[nodiscard]] static QStringList mainDependencies();

    [[nodiscard]] ProjectSync::Settings settingsFor(const QString &project, const QString &wheelCache = {}) const;
    [[nodiscard]] static std::shared_ptr<SimpleIndexClient> newClient();
    static void writeProject(const QString &folder, const SyncIndexServer &server, const QStringList &dependencies);
    /// Plans and executes; \a hook (optional) sees each job before it starts.
    Synced sync(const ProjectSync::Settings &settings, const std::function<void(Job *)> &hook = {});
    /// A project with .venv synced to torch 2.7.1 from the main server.
    [[nodiscard]] QString preparedProject(const QString &name);

    SyncIndexServer m_server;
    QTemporaryDir m_dir;
};

} // namespace Akari::Test
