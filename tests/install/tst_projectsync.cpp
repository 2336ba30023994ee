// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSync end to end against the sync index: real pip/setuptools/wheel wheels and torch-like
// wheels installed into .venv with /usr/bin/python3, checked with the environment's own pip;
// then no-op, upgrade/downgrade, removal, and the same files as pip's. Failures, cancellation
// and malicious wheels: tst_projectsyncfailures.
#include <mutex>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

#include "core/install/projectsync.h"
#include "core/install/syncprogress.h"
#include "core/jobs/job.h"
#include "syncfixture.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ProjectSync;
using Akari::SyncAction;
using Akari::SyncPlan;
using Akari::SyncProgress;

class TestProjectSync : public QObject, private Akari::Test::SyncFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void freshSyncIsWhatPipSees();
    void secondSyncChangesNothing();
    void upgradeAndDowngrade();
    void removesWhatIsNoLongerRequired();
    void sameFilesAsPipInstall();

private:
    QString m_project;
    const QStringList m_dependencies = mainDependencies();
};

void TestProjectSync::initTestCase()
{
    QString skip;
    setUp(&skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    if (QTest::currentTestFailed())
        return;
    m_project = m_dir.filePath(u"project"_s);
    writeProject(m_project, m_server, m_dependencies);
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

QTEST_GUILESS_MAIN(TestProjectSync)
#include "tst_projectsync.moc"
