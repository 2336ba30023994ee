// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncfixture.h"

#include <sys/stat.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/indexcredentials.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/job.h"
#include "jobrun.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

void SyncFixture::setUp(QString *skip)
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"xdg-cache"_s)));
    if (!QFileInfo(u"/usr/bin/python3"_s).isExecutable()) {
        *skip = u"/usr/bin/python3 is needed"_s;
        return;
    }
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QMap<QString, QString> SyncFixture::snapshot(const QString &root)
{
    QMap<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info = {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
            entries.insert(path, u"unreadable"_s);
            continue;
        }
        entries.insert(QDir(root).relativeFilePath(path),
                       u"%1 %2 %3.%4 %5 %6"_s.arg(info.st_mode)
                           .arg(info.st_ino)
                           .arg(info.st_mtim.tv_sec)
                           .arg(info.st_mtim.tv_nsec)
                           .arg(info.st_size)
                           .arg(it.fileInfo().isSymLink() ? it.fileInfo().symLinkTarget() : QString()));
    }
    return entries;
}

SyncFixture::Run SyncFixture::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"PYTHONPATH"_s);
    environment.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    environment.insert(u"PIP_NO_INDEX"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QStringList SyncFixture::leftovers(const QString &projectDirectory)
{
    return QDir(projectDirectory).entryList({u".venv.akari-*"_s}, QDir::AllEntries | QDir::Hidden);
}

QStringList SyncFixture::mainDependencies()
{
    return {u"pip"_s, u"setuptools"_s, u"wheel"_s, u"torch==2.8.0"_s, u"torchvision"_s, u"torchaudio"_s};
}

ProjectSync::Settings SyncFixture::settingsFor(const QString &project, const QString &wheelCache) const
{
    ProjectSync::Settings settings;
    settings.projectDirectory = project;
    settings.python = u"/usr/bin/python3"_s;
    settings.wheelCacheDirectory = wheelCache.isEmpty() ? m_dir.filePath(u"wheels"_s) : wheelCache;
    settings.interpreterCacheDirectory = m_dir.filePath(u"interpreters"_s);
    return settings;
}

std::shared_ptr<SimpleIndexClient> SyncFixture::newClient()
{
    HttpClient::Options options;
    options.retries = 1;
    options.backoffMs = 10;
    return std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
}

void SyncFixture::writeProject(const QString &folder, const SyncIndexServer &server, const QStringList &dependencies)
{
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(u"pyproject.toml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(SyncIndexServer::pyproject(server.indexUrl(), dependencies));
}

SyncFixture::Synced SyncFixture::sync(const ProjectSync::Settings &settings, const std::function<void(Job *)> &hook)
{
    Synced synced;
    const std::shared_ptr<SimpleIndexClient> client = newClient();
    std::unique_ptr<Job> planJob(ProjectSync::planJob(settings, client));
    if (hook)
        hook(planJob.get());
    const JobOutcome planned = runToEnd(planJob.get(), SyncTimeoutMs);
    if (planned.error) {
        synced.error = planned.error;
        return synced;
    }
    synced.plan = planned.value.value<SyncPlan>();
    std::unique_ptr<Job> executeJob(ProjectSync::executeJob(synced.plan, settings, client));
    if (hook)
        hook(executeJob.get());
    const JobOutcome executed = runToEnd(executeJob.get(), SyncTimeoutMs);
    if (executed.error)
        synced.error = executed.error;
    else
        synced.outcome = executed.value.value<ProjectSync::Outcome>();
    return synced;
}

QString SyncFixture::preparedProject(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    writeProject(folder, m_server, {u"torch==2.7.1"_s, u"torchvision"_s});
    const Synced synced = sync(settingsFor(folder));
    if (!synced.outcome) {
        qWarning("preparing %s failed: %s", qPrintable(name),
                 qPrintable(synced.error ? synced.error->toString() : QString()));
        return {};
    }
    return folder;
}

} // namespace Akari::Test
