// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSync end to end against the sync index: real pip/setuptools/wheel wheels and torch-like
// wheels installed into .venv with /usr/bin/python3, checked with the environment's own pip;
// then no-op, upgrade/downgrade, removal, and failures and cancellation that must leave the
// environment exactly as it was (names, inodes, mtimes, sizes, link targets).
#include <atomic>
#include <memory>

#include <sys/stat.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/indexcredentials.h"
#include "core/index/simpleindexclient.h"
#include "core/install/projectsync.h"
#include "core/install/syncprogress.h"
#include "core/jobs/job.h"
#include "jobrun.h"
#include "syncindexserver.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ProjectSync;
using Akari::SyncAction;
using Akari::SyncPlan;
using Akari::SyncProgress;
using Akari::Test::SyncIndexServer;

namespace
{

constexpr int SyncTimeoutMs = 180000;

/// Every entry below \a root with what a change would alter: type, inode, mtime, size, link target.
QMap<QString, QString> snapshot(const QString &root)
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

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments)
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

/// Stage and old folders a transaction may leave beside the environment.
QStringList leftovers(const QString &projectDirectory)
{
    return QDir(projectDirectory).entryList({u".venv.akari-*"_s}, QDir::AllEntries | QDir::Hidden);
}

} // namespace

class TestProjectSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshSyncIsWhatPipSees();
    void secondSyncChangesNothing();
    void upgradeAndDowngrade();
    void removesWhatIsNoLongerRequired();
    void sameFilesAsPipInstall();
    void failuresLeaveTheEnvironment_data();
    void failuresLeaveTheEnvironment();
    void cancellingLeavesTheEnvironment_data();
    void cancellingLeavesTheEnvironment();
    void cancellingWhileResolving();
    void cancellingAfterTheCommitKeepsTheChange();
    void maliciousWheelIsRefused_data();
    void maliciousWheelIsRefused();
    void validWheelFromTheMaliciousGeneratorInstalls();

private:
    struct Synced
    {
        std::optional<ProjectSync::Outcome> outcome;
        std::optional<Akari::Error> error;
        SyncPlan plan;
    };

    [[nodiscard]] ProjectSync::Settings settingsFor(const QString &project, const QString &wheelCache = {}) const;
    [[nodiscard]] static std::shared_ptr<Akari::SimpleIndexClient> newClient();
    void writeProject(const QString &folder, const SyncIndexServer &server, const QStringList &dependencies);
    /// Plans and executes; \a hook (optional) sees each job before it starts.
    Synced sync(const ProjectSync::Settings &settings, const std::function<void(Akari::Job *)> &hook = {});
    /// A project with .venv synced to torch 2.7.1 from the main server.
    [[nodiscard]] QString preparedProject(const QString &name);
    /// The index serving tests/tools/malicious_wheels.py's wheels too (started on first use).
    [[nodiscard]] SyncIndexServer *maliciousServer();

    SyncIndexServer m_server;
    std::unique_ptr<SyncIndexServer> m_maliciousServer;
    QJsonArray m_maliciousManifest;
    QString m_maliciousProject;
    QTemporaryDir m_dir;
    QString m_project;
    QStringList m_dependencies{u"pip"_s,          u"setuptools"_s,  u"wheel"_s,
                               u"torch==2.8.0"_s, u"torchvision"_s, u"torchaudio"_s};
};

void TestProjectSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"xdg-cache"_s)));
    if (!QFileInfo(u"/usr/bin/python3"_s).isExecutable())
        QSKIP("/usr/bin/python3 is needed");
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_project = m_dir.filePath(u"project"_s);
    writeProject(m_project, m_server, m_dependencies);
}

ProjectSync::Settings TestProjectSync::settingsFor(const QString &project, const QString &wheelCache) const
{
    ProjectSync::Settings settings;
    settings.projectDirectory = project;
    settings.python = u"/usr/bin/python3"_s;
    settings.wheelCacheDirectory = wheelCache.isEmpty() ? m_dir.filePath(u"wheels"_s) : wheelCache;
    settings.interpreterCacheDirectory = m_dir.filePath(u"interpreters"_s);
    return settings;
}

std::shared_ptr<Akari::SimpleIndexClient> TestProjectSync::newClient()
{
    Akari::HttpClient::Options options;
    options.retries = 1;
    options.backoffMs = 10;
    return std::make_shared<Akari::SimpleIndexClient>(std::make_shared<Akari::HttpClient>(options),
                                                      Akari::IndexCredentials());
}

void TestProjectSync::writeProject(const QString &folder, const SyncIndexServer &server,
                                   const QStringList &dependencies)
{
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(u"pyproject.toml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(SyncIndexServer::pyproject(server.indexUrl(), dependencies));
}

TestProjectSync::Synced TestProjectSync::sync(const ProjectSync::Settings &settings,
                                              const std::function<void(Akari::Job *)> &hook)
{
    Synced synced;
    const std::shared_ptr<Akari::SimpleIndexClient> client = newClient();
    std::unique_ptr<Akari::Job> planJob(ProjectSync::planJob(settings, client));
    if (hook)
        hook(planJob.get());
    const Akari::Test::JobOutcome planned = Akari::Test::runToEnd(planJob.get(), SyncTimeoutMs);
    if (planned.error) {
        synced.error = planned.error;
        return synced;
    }
    synced.plan = planned.value.value<SyncPlan>();
    std::unique_ptr<Akari::Job> executeJob(ProjectSync::executeJob(synced.plan, settings, client));
    if (hook)
        hook(executeJob.get());
    const Akari::Test::JobOutcome executed = Akari::Test::runToEnd(executeJob.get(), SyncTimeoutMs);
    if (executed.error)
        synced.error = executed.error;
    else
        synced.outcome = executed.value.value<ProjectSync::Outcome>();
    return synced;
}

QString TestProjectSync::preparedProject(const QString &name)
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

void TestProjectSync::freshSyncIsWhatPipSees()
{
    QStringList logLines;
    std::mutex logMutex;
    ProjectSync::Settings settings = settingsFor(m_project);
    settings.log = [&](const QString &line) {
        std::lock_guard lock(logMutex);
        logLines.append(line);
    };
    QList<SyncProgress::Phase> phases;
    const Synced synced = sync(settings, [&](Akari::Job *job) {
        connect(job, &Akari::Job::progressChanged, this, [&](const Akari::JobProgress &progress) {
            if (progress.detail.canConvert<SyncProgress>())
                phases.append(progress.detail.value<SyncProgress>().phase);
        });
    });
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QVERIFY(synced.plan.createEnvironment);
    QCOMPARE(synced.plan.count(SyncAction::Kind::Install), synced.plan.resolution.packages.size());
    QVERIFY(synced.plan.downloadBytes > 0);
    QVERIFY(synced.outcome->changed);
    QVERIFY(synced.outcome->bytesDownloaded > 0);
    QVERIFY(phases.contains(SyncProgress::Phase::Downloading));
    QVERIFY(phases.contains(SyncProgress::Phase::Verifying));
    QVERIFY2(logLines.filter(u"Downloaded torch 2.8.0+cu128"_s).size() == 1, qPrintable(logLines.join(u'\n')));
    QVERIFY(leftovers(m_project).isEmpty());

    const QString venv = QDir(m_project).filePath(u".venv"_s);
    const Run pipVersion = run(venv + u"/bin/pip"_s, {u"--version"_s});
    QCOMPARE(pipVersion.exitCode, 0);
    QVERIFY2(pipVersion.out.contains(QFile::encodeName(venv + u"/lib/python"_s)), pipVersion.out.constData());
    QVERIFY(pipVersion.out.contains("site-packages"));

    const Run list = run(venv + u"/bin/python"_s, {u"-m"_s, u"pip"_s, u"list"_s, u"--format=json"_s});
    QCOMPARE(list.exitCode, 0);
    QMap<QString, QString> listed;
    for (const QJsonValue &value : QJsonDocument::fromJson(list.out).array()) {
        const QJsonObject object = value.toObject();
        listed.insert(Akari::PackageName::canonicalize(object.value(u"name"_s).toString()),
                      object.value(u"version"_s).toString());
    }
    QMap<QString, QString> resolved;
    for (const Akari::ResolvedPackage &package : synced.plan.resolution.packages)
        resolved.insert(package.name.canonical(), package.version.toString());
    QCOMPARE(listed, resolved);
    QVERIFY(resolved.contains(u"nvidia-cudnn-cu12"_s));

    const Run check = run(venv + u"/bin/python"_s, {u"-m"_s, u"pip"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());

    const Run torchrun = run(venv + u"/bin/torchrun"_s, {});
    QVERIFY2(torchrun.exitCode == 0, torchrun.err.constData());

    QVERIFY(synced.outcome->verified);
    const Akari::EnvironmentVerification &verification = synced.outcome->verification;
    QCOMPARE(verification.torchVersion, u"2.8.0+cu128"_s);
    QCOMPARE(verification.cudaVersion, u"12.8"_s);
    QVERIFY(!verification.gpuAvailable);
    QVERIFY(verification.devices.isEmpty());
    QVERIFY(verification.allImported());
    QCOMPARE(verification.modules.size(), 3);
}

void TestProjectSync::secondSyncChangesNothing()
{
    const QString venv = QDir(m_project).filePath(u".venv"_s);
    QVERIFY(QFileInfo::exists(venv));
    const QMap<QString, QString> before = snapshot(venv);
    m_server.clearRequestLog();
    const Synced synced = sync(settingsFor(m_project));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QVERIFY(synced.plan.isEmpty());
    QVERIFY(!synced.plan.createEnvironment);
    QCOMPARE(synced.plan.downloadBytes, 0);
    QVERIFY(!synced.outcome->changed);
    QCOMPARE(synced.outcome->bytesDownloaded, 0);
    // Only metadata range reads may touch files; no whole file is fetched.
    for (const auto &request : m_server.requestLog())
        QVERIFY2(!(request.path.contains(u"/files/"_s) && request.range.isEmpty()), qPrintable(request.path));
    // Verification ran the environment's Python, which may write __pycache__ in site-packages
    // (pip does not; we did not import from there with -B?): compare everything else exactly.
    QMap<QString, QString> after = snapshot(venv);
    const auto dropCaches = [](QMap<QString, QString> &entries) {
        entries.removeIf([](const auto &entry) { return entry.key().contains(u"__pycache__"_s); });
    };
    QMap<QString, QString> expected = before;
    dropCaches(expected);
    dropCaches(after);
    QCOMPARE(after, expected);
}

void TestProjectSync::upgradeAndDowngrade()
{
    const QString venv = QDir(m_project).filePath(u".venv"_s);
    const QString sitePackages = QDir(venv).filePath(u"lib/python%1/site-packages"_s.arg(QString::fromUtf8(
        run(u"/usr/bin/python3"_s, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s}).out.trimmed())));
    QVERIFY(QFileInfo::exists(sitePackages + u"/torch-2.8.0+cu128.dist-info"_s));

    QStringList pinned = m_dependencies;
    pinned.replace(pinned.indexOf(u"torch==2.8.0"_s), u"torch==2.7.1"_s);
    writeProject(m_project, m_server, pinned);
    Synced synced = sync(settingsFor(m_project));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QCOMPARE(synced.plan.count(SyncAction::Kind::Downgrade), 3); // torch, torchvision, torchaudio
    QVERIFY(!QFileInfo::exists(sitePackages + u"/torch-2.8.0+cu128.dist-info"_s));
    QVERIFY(QFileInfo::exists(sitePackages + u"/torch-2.7.1+cu128.dist-info"_s));
    QVERIFY(!QFileInfo::exists(sitePackages + u"/torchvision-0.23.0+cu128.dist-info"_s));
    QCOMPARE(synced.outcome->verification.torchVersion, u"2.7.1+cu128"_s);
    QVERIFY(leftovers(m_project).isEmpty());

    writeProject(m_project, m_server, m_dependencies);
    synced = sync(settingsFor(m_project));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QCOMPARE(synced.plan.count(SyncAction::Kind::Upgrade), 3);
    QVERIFY(QFileInfo::exists(sitePackages + u"/torch-2.8.0+cu128.dist-info"_s));
    QVERIFY(!QFileInfo::exists(sitePackages + u"/torch-2.7.1+cu128.dist-info"_s));
    QCOMPARE(synced.outcome->verification.torchVersion, u"2.8.0+cu128"_s);
    const Run check = run(venv + u"/bin/python"_s, {u"-m"_s, u"pip"_s, u"check"_s});
    QVERIFY2(check.exitCode == 0, check.out.constData());
}

void TestProjectSync::removesWhatIsNoLongerRequired()
{
    const QString venv = QDir(m_project).filePath(u".venv"_s);
    QStringList fewer = m_dependencies;
    fewer.removeAll(u"torchaudio"_s);
    writeProject(m_project, m_server, fewer);
    const Synced synced = sync(settingsFor(m_project));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QCOMPARE(synced.plan.count(SyncAction::Kind::Remove), 1);
    QCOMPARE(synced.plan.count(SyncAction::Kind::Install), 0);
    const Run list = run(venv + u"/bin/python"_s, {u"-m"_s, u"pip"_s, u"list"_s, u"--format=json"_s});
    QVERIFY(!list.out.contains("torchaudio"));
    QVERIFY(list.out.contains("torchvision"));
    QVERIFY(QDir(venv).entryList({u"torchaudio*"_s}).isEmpty());
    writeProject(m_project, m_server, m_dependencies);
}

void TestProjectSync::sameFilesAsPipInstall()
{
    // The same wheels through pip into a plain venv: the same files with the same bytes, except
    // what each installer writes itself (launchers, RECORD, INSTALLER, REQUESTED, caches).
    const QString project = m_dir.filePath(u"compare"_s);
    writeProject(project, m_server, m_dependencies);
    const Synced synced = sync(settingsFor(project));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QStringList wheels;
    for (const Akari::ResolvedPackage &package : synced.plan.resolution.packages) {
        // The fixture keeps its wheels in <root>/files/ (served as /files/sync/<file>).
        const QString wheel = QDir(m_server.root()).filePath(u"files/"_s + package.file.filename);
        QVERIFY2(QFileInfo::exists(wheel), qPrintable(wheel));
        wheels.append(wheel);
    }
    const QString pipVenv = m_dir.filePath(u"pip-venv"_s);
    QCOMPARE(run(u"/usr/bin/python3"_s, {u"-m"_s, u"venv"_s, u"--without-pip"_s, pipVenv}).exitCode, 0);
    const Run installed =
        run(u"/usr/bin/python3"_s, QStringList{u"-m"_s, u"pip"_s, u"--python"_s, pipVenv + u"/bin/python"_s,
                                               u"install"_s, u"--no-deps"_s, u"--no-compile"_s} +
                                       wheels);
    QVERIFY2(installed.exitCode == 0, installed.err.constData());

    const auto files = [](const QString &root) {
        QMap<QString, QByteArray> contents;
        QDirIterator it(root + u"/lib"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.contains(u"__pycache__"_s) || relative.endsWith(u"/RECORD"_s) ||
                relative.endsWith(u"/INSTALLER"_s) || relative.endsWith(u"/REQUESTED"_s) ||
                relative.endsWith(u"/direct_url.json"_s) || relative.endsWith(u"/akari-wheel"_s))
                continue;
            QFile file(path);
            contents.insert(relative, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("?"));
        }
        QDirIterator scripts(root + u"/bin"_s, QDir::Files);
        while (scripts.hasNext()) {
            const QString path = scripts.next();
            if (!QFileInfo(path).isSymLink() && !QFileInfo(path).fileName().startsWith(u"activate"_s) &&
                !QFileInfo(path).fileName().startsWith(u"Activate"_s))
                contents.insert(QDir(root).relativeFilePath(path), QByteArray()); // launcher: name only
        }
        // .data/headers and .data/data land outside lib/: compare those trees byte for byte too.
        for (const QString &folder : {u"/include"_s, u"/share"_s}) {
            QDirIterator data(root + folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (data.hasNext()) {
                const QString path = data.next();
                QFile file(path);
                contents.insert(QDir(root).relativeFilePath(path),
                                file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("?"));
            }
        }
        return contents;
    };
    const QMap<QString, QByteArray> ours = files(QDir(project).filePath(u".venv"_s));
    const QMap<QString, QByteArray> pips = files(pipVenv);
    // The comparison must cover every kind of member, or two empty trees would pass.
    const QString sitePackages = u"lib/python%1/site-packages/"_s.arg(QString::fromUtf8(
        run(u"/usr/bin/python3"_s, {u"-c"_s, u"import sys; print('%d.%d' % sys.version_info[:2])"_s}).out.trimmed()));
    for (const QString &expected :
         QStringList{sitePackages + u"torch/lib/libtorch_cuda.so"_s, sitePackages + u"torch/__init__.py"_s,
                     sitePackages + u"pip/__init__.py"_s, sitePackages + u"torch-2.8.0+cu128.dist-info/METADATA"_s,
                     u"bin/torchrun"_s, u"bin/torch-smoke"_s, u"bin/pip"_s, u"share/torch/NOTICE.txt"_s})
        QVERIFY2(pips.contains(expected), qPrintable(expected + u" missing from pip's tree"_s));
    QVERIFY(pips.keys().filter(u"include/"_s).size() >= 1);
    QVERIFY(pips.size() > 500); // pip and setuptools alone have hundreds of files
    QVERIFY(pips.value(sitePackages + u"torch/lib/libtorch_cuda.so"_s).size() >= 1024 * 1024);
    QCOMPARE(ours.keys(), pips.keys());
    for (auto it = ours.cbegin(); it != ours.cend(); ++it)
        QVERIFY2(it.value() == pips.value(it.key()), qPrintable(it.key()));
}

void TestProjectSync::failuresLeaveTheEnvironment_data()
{
    QTest::addColumn<QStringList>("serverArguments");
    QTest::newRow("wrong hash") << QStringList{u"--wrong-hash"_s, u"torch"_s};
    QTest::newRow("index dies mid-download") << QStringList{u"--die-after-bytes"_s, u"100000"_s};
}

void TestProjectSync::failuresLeaveTheEnvironment()
{
    QFETCH(QStringList, serverArguments);
    const QString project =
        preparedProject(u"failure-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    QVERIFY(!project.isEmpty());
    const QString venv = QDir(project).filePath(u".venv"_s);
    const QMap<QString, QString> before = snapshot(venv);

    SyncIndexServer faulty;
    QVERIFY2(faulty.start(serverArguments), qPrintable(faulty.errorString()));
    writeProject(project, faulty, {u"torch==2.8.0"_s, u"torchvision"_s});
    QTemporaryDir emptyCache;
    const Synced synced = sync(settingsFor(project, emptyCache.path()));
    QVERIFY(!synced.outcome);
    QVERIFY(synced.error);
    QVERIFY2(synced.error->toString().contains(u"torch"_s), qPrintable(synced.error->toString()));
    QCOMPARE(snapshot(venv), before);
    QVERIFY(leftovers(project).isEmpty());
}

void TestProjectSync::cancellingLeavesTheEnvironment_data()
{
    QTest::addColumn<QString>("trigger"); // a phase name, or "log:" + the start of a log line
    QTest::newRow("downloading") << u"phase:downloading"_s;
    QTest::newRow("unpacking") << u"log:Downloaded torch"_s;
    QTest::newRow("installing") << u"log:Staging the change"_s;
    QTest::newRow("committing") << u"log:Installed"_s;
}

void TestProjectSync::cancellingLeavesTheEnvironment()
{
    QFETCH(QString, trigger);
    const QString project = preparedProject(u"cancel-"_s + QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(!project.isEmpty());
    const QString venv = QDir(project).filePath(u".venv"_s);
    const QMap<QString, QString> before = snapshot(venv);

    // A slow server keeps the download phase long enough to be hit.
    SyncIndexServer slow;
    QVERIFY2(slow.start({u"--rate-kbps"_s, u"1000"_s}), qPrintable(slow.errorString()));
    writeProject(project, slow, {u"torch==2.8.0"_s, u"torchvision"_s});
    QTemporaryDir emptyCache;
    ProjectSync::Settings settings = settingsFor(project, emptyCache.path());
    std::atomic<Akari::Job *> current = nullptr;
    std::atomic<bool> fired = false;
    std::atomic<bool> committed = false;
    settings.committed = [&committed] { committed = true; };
    if (trigger.startsWith(u"log:"_s)) {
        const QString prefix = trigger.mid(4);
        settings.log = [&current, &fired, prefix](const QString &line) {
            if (line.startsWith(prefix) && current.load() && !fired.exchange(true))
                current.load()->cancel();
        };
    }
    const Synced synced = sync(settings, [&](Akari::Job *job) {
        current = job;
        if (trigger == u"phase:downloading"_s) {
            connect(job, &Akari::Job::progressChanged, job, [job, &fired](const Akari::JobProgress &progress) {
                const SyncProgress detail = progress.detail.value<SyncProgress>();
                if (progress.detail.canConvert<SyncProgress>() && detail.phase == SyncProgress::Phase::Downloading &&
                    detail.bytesDone > 0 && !fired.exchange(true))
                    job->cancel();
            });
        }
    });
    QVERIFY2(fired.load(), "the phase was never reached");
    QVERIFY(!committed.load());
    QVERIFY(!synced.outcome);
    QVERIFY(synced.error);
    QCOMPARE(synced.error->code(), Akari::Error::Code::Cancelled);
    QCOMPARE(snapshot(venv), before);
    QVERIFY(leftovers(project).isEmpty());
}

void TestProjectSync::cancellingWhileResolving()
{
    const QString project = m_dir.filePath(u"cancel-resolving"_s);
    writeProject(project, m_server, m_dependencies);
    // "Using <interpreter>" is logged just before resolving starts.
    std::atomic<Akari::Job *> current = nullptr;
    std::atomic<bool> fired = false;
    ProjectSync::Settings settings = settingsFor(project);
    settings.log = [&](const QString &line) {
        if (line.startsWith(u"Using"_s) && current.load() && !fired.exchange(true))
            current.load()->cancel();
    };
    const Synced synced = sync(settings, [&](Akari::Job *job) { current = job; });
    QVERIFY(fired.load());
    QVERIFY(synced.error);
    QCOMPARE(synced.error->code(), Akari::Error::Code::Cancelled);
    QVERIFY(!QFileInfo::exists(QDir(project).filePath(u".venv"_s)));
}

void TestProjectSync::cancellingAfterTheCommitKeepsTheChange()
{
    // Past the commit there is nothing to roll back: the job ends cancelled (verification
    // stopped), Settings::committed has told the caller, and the environment is the new one.
    const QString project = preparedProject(u"cancel-after-commit"_s);
    QVERIFY(!project.isEmpty());
    writeProject(project, m_server, {u"torch==2.8.0"_s, u"torchvision"_s});
    std::atomic<Akari::Job *> current = nullptr;
    std::atomic<bool> committed = false;
    ProjectSync::Settings settings = settingsFor(project);
    settings.committed = [&] {
        committed = true;
        current.load()->cancel();
    };
    const Synced synced = sync(settings, [&](Akari::Job *job) { current = job; });
    QVERIFY(committed.load());
    QVERIFY(synced.error);
    QCOMPARE(synced.error->code(), Akari::Error::Code::Cancelled);
    const Run version =
        run(QDir(project).filePath(u".venv/bin/python"_s), {u"-c"_s, u"import torch; print(torch.__version__)"_s});
    QCOMPARE(version.out.trimmed(), QByteArray("2.8.0+cu128"));
    QVERIFY(leftovers(project).isEmpty());
}

SyncIndexServer *TestProjectSync::maliciousServer()
{
    if (m_maliciousServer)
        return m_maliciousServer.get();
    const QString out = m_dir.filePath(u"malicious-wheels"_s);
    const Run generated =
        run(u"/usr/bin/python3"_s,
            {QFileInfo(SyncIndexServer::syncScript()).dir().filePath(u"malicious_wheels.py"_s), u"--out"_s, out});
    if (generated.exitCode != 0) {
        qWarning("malicious_wheels.py failed: %s", generated.err.constData());
        return nullptr;
    }
    m_maliciousManifest = QJsonDocument::fromJson(generated.out).array();
    auto server = std::make_unique<SyncIndexServer>();
    if (!server->start({u"--extra-wheels"_s, out})) {
        qWarning("%s", qPrintable(server->errorString()));
        return nullptr;
    }
    m_maliciousServer = std::move(server);
    return m_maliciousServer.get();
}

void TestProjectSync::maliciousWheelIsRefused_data()
{
    QTest::addColumn<QString>("project");  // the index project serving the wheel
    QTest::addColumn<QString>("fileName"); // the wheel
    QTest::addColumn<QString>("member");   // what the error must name
    QVERIFY(maliciousServer());
    for (const QJsonValue &value : std::as_const(m_maliciousManifest)) {
        const QJsonObject wheel = value.toObject();
        const QString rule = wheel.value(u"rule"_s).toString();
        const QString fileName = QFileInfo(wheel.value(u"file"_s).toString()).fileName();
        if (!fileName.startsWith(u"mal_"_s))
            continue; // the valid control wheel has its own test
        QTest::newRow(qPrintable(rule)) << Akari::PackageName::canonicalize(fileName.section(u'-', 0, 0)) << fileName
                                        << wheel.value(u"member"_s).toString();
    }
}

void TestProjectSync::maliciousWheelIsRefused()
{
    QFETCH(QString, project);
    QFETCH(QString, fileName);
    QFETCH(QString, member);
    SyncIndexServer *server = maliciousServer();
    QVERIFY(server);
    // One environment for every row, each refusal compared with the tree as that row found it.
    if (m_maliciousProject.isEmpty()) {
        m_maliciousProject = preparedProject(u"malicious"_s);
        QVERIFY(!m_maliciousProject.isEmpty());
    }
    const QString venv = QDir(m_maliciousProject).filePath(u".venv"_s);
    const QMap<QString, QString> before = snapshot(venv);
    QVERIFY(!before.isEmpty());
    writeProject(m_maliciousProject, *server, {u"torch==2.7.1"_s, u"torchvision"_s, project});
    QTemporaryDir cache;
    const Synced synced = sync(settingsFor(m_maliciousProject, cache.path()));
    QVERIFY2(!synced.outcome, "the malicious wheel was installed");
    QVERIFY(synced.error);
    const QString message = synced.error->toString();
    QVERIFY2(message.contains(fileName) || message.contains(project), qPrintable(message));
    // libarchive hands names over with '\\' turned into '/'; a wheel without METADATA is already
    // refused while resolving (its METADATA is read from the index), naming the wheel's URL.
    const QString slashed = QString(member).replace(u'\\', u'/');
    const bool named = message.contains(member) || message.contains(slashed) ||
                       (member.endsWith(u".dist-info/METADATA"_s) && message.contains(u"dist-info/METADATA"_s));
    QVERIFY2(member.isEmpty() || named, qPrintable(message));
    QCOMPARE(snapshot(venv), before);
    QVERIFY(leftovers(m_maliciousProject).isEmpty());
    // Nothing unpacked, not even a temporary tree.
    const QStringList unpacked = QDir(QDir(cache.path()).filePath(u"unpacked"_s))
                                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QVERIFY2(unpacked.isEmpty(), qPrintable(unpacked.join(u", "_s)));
}

void TestProjectSync::validWheelFromTheMaliciousGeneratorInstalls()
{
    // The control: the generator's flawless wheel syncs, so the refusals above come from the flaws.
    SyncIndexServer *server = maliciousServer();
    QVERIFY(server);
    const QString project = m_dir.filePath(u"malicious-control"_s);
    writeProject(project, *server, {u"ok-valid"_s});
    QTemporaryDir cache;
    const Synced synced = sync(settingsFor(project, cache.path()));
    QVERIFY2(synced.outcome, qPrintable(synced.error ? synced.error->toString() : QString()));
    QVERIFY(QFileInfo(QDir(project).filePath(u".venv/bin/ok_valid-run"_s)).isExecutable());
    const Run imported = run(QDir(project).filePath(u".venv/bin/python"_s), {u"-c"_s, u"import ok_valid.tool"_s});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

QTEST_GUILESS_MAIN(TestProjectSync)
#include "tst_projectsync.moc"
