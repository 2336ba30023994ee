// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSync's failures against the sync index: a wrong hash, an index that dies, cancelling
// in every phase (before and after the commit), and tests/tools/malicious_wheels.py's wheels;
// each must leave the environment exactly as it was (names, inodes, mtimes, sizes, link
// targets). The successful syncs: tst_projectsync.
#include <atomic>
#include <memory>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/projectsync.h"
#include "core/install/syncprogress.h"
#include "core/jobs/job.h"
#include "syncfixture.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ProjectSync;
using Akari::SyncProgress;
using Akari::Test::SyncIndexServer;

class TestProjectSyncFailures : public QObject, private Akari::Test::SyncFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
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
    /// The index serving tests/tools/malicious_wheels.py's wheels too (started on first use).
    [[nodiscard]] SyncIndexServer *maliciousServer();

    std::unique_ptr<SyncIndexServer> m_maliciousServer;
    QJsonArray m_maliciousManifest;
    QString m_maliciousProject;
};

void TestProjectSyncFailures::initTestCase()
{
    QString skip;
    setUp(&skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
}

void TestProjectSyncFailures::failuresLeaveTheEnvironment_data()
{
    QTest::addColumn<QStringList>("serverArguments");
    QTest::newRow("wrong hash") << QStringList{u"--wrong-hash"_s, u"torch"_s};
    QTest::newRow("index dies mid-download") << QStringList{u"--die-after-bytes"_s, u"100000"_s};
}

void TestProjectSyncFailures::failuresLeaveTheEnvironment()
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

void TestProjectSyncFailures::cancellingLeavesTheEnvironment_data()
{
    QTest::addColumn<QString>("trigger"); // a phase name, or "log:" + the start of a log line
    QTest::newRow("downloading") << u"phase:downloading"_s;
    QTest::newRow("unpacking") << u"log:Downloaded torch"_s;
    QTest::newRow("installing") << u"log:Staging the change"_s;
    QTest::newRow("committing") << u"log:Installed"_s;
}

void TestProjectSyncFailures::cancellingLeavesTheEnvironment()
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

void TestProjectSyncFailures::cancellingWhileResolving()
{
    const QString project = m_dir.filePath(u"cancel-resolving"_s);
    writeProject(project, m_server, mainDependencies());
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

void TestProjectSyncFailures::cancellingAfterTheCommitKeepsTheChange()
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

SyncIndexServer *TestProjectSyncFailures::maliciousServer()
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

void TestProjectSyncFailures::maliciousWheelIsRefused_data()
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

void TestProjectSyncFailures::maliciousWheelIsRefused()
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

void TestProjectSyncFailures::validWheelFromTheMaliciousGeneratorInstalls()
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

QTEST_GUILESS_MAIN(TestProjectSyncFailures)
#include "tst_projectsyncfailures.moc"
