// SPDX-License-Identifier: GPL-3.0-or-later
// `akari-cli sync` against the sync index: the plan table, --dry-run, --json, the verification
// line, exit codes, and a full disk (a file-size limit) and Ctrl+C leaving the environment as it was.
#include <csignal>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "syncindexserver.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Test::SyncIndexServer;

namespace
{

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Every file below \a root with its size and mtime, for "unchanged" checks.
QStringList listing(const QString &root)
{
    QStringList entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(u"__pycache__"_s))
            continue;
        const QFileInfo info = it.fileInfo();
        entries.append(u"%1 %2 %3"_s.arg(QDir(root).relativeFilePath(path))
                           .arg(info.isSymLink() ? 0 : info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    entries.sort();
    return entries;
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsTheCommand();
    void badUsageExitsTwo_data();
    void badUsageExitsTwo();
    void dryRunShowsThePlanOnly();
    void dryRunJson();
    void syncVerifiesTorch();
    void fullDiskLeavesTheEnvironment();
    void interruptLeavesTheEnvironment();

private:
    [[nodiscard]] QString writeProject(const QString &name, const QStringList &dependencies);
    [[nodiscard]] CliRun run(const QStringList &arguments, const QString &shellPrefix = {}) const;

    SyncIndexServer m_server;
    QTemporaryDir m_dir;
};

void TestCliSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

QString TestCliSync::writeProject(const QString &name, const QStringList &dependencies)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(u"pyproject.toml"_s));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(SyncIndexServer::pyproject(m_server.indexUrl(), dependencies));
    return folder;
}

CliRun TestCliSync::run(const QStringList &arguments, const QString &shellPrefix) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    process.setProcessEnvironment(environment);
    if (shellPrefix.isEmpty()) {
        process.start(QStringLiteral(AKARI_CLI_PATH), arguments);
    } else {
        QStringList quoted;
        for (const QString &argument : arguments)
            quoted.append(u"'"_s + argument + u"'"_s);
        process.start(u"/bin/bash"_s, {u"-c"_s, shellPrefix + u" exec '"_s + QStringLiteral(AKARI_CLI_PATH) + u"' "_s +
                                                    quoted.join(u' ')});
    }
    if (!process.waitForFinished(300000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliSync::helpListsTheCommand()
{
    const CliRun help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"sync "_s));
    const CliRun syncHelp = run({u"sync"_s, u"--help"_s});
    QCOMPARE(syncHelp.exitCode, 0);
    QVERIFY(syncHelp.out.contains(u"--dry-run"_s));
    QVERIFY(syncHelp.out.contains(u"--no-verify"_s));
}

void TestCliSync::badUsageExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--frobnicate"_s};
    QTest::newRow("missing project") << QStringList{u"sync"_s, u"/nonexistent/akari-project"_s};
}

void TestCliSync::badUsageExitsTwo()
{
    QFETCH(QStringList, arguments);
    const CliRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCliSync::dryRunShowsThePlanOnly()
{
    const QString project = writeProject(u"dry"_s, {u"torch==2.8.0"_s});
    const CliRun result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s, u"--dry-run"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"torch"_s) && result.out.contains(u"2.8.0+cu128"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"install"_s));
    QVERIFY(result.out.contains(u"nvidia-cublas-cu12"_s));
    QVERIFY(!QFileInfo::exists(QDir(project).filePath(u".venv"_s)));
}

void TestCliSync::dryRunJson()
{
    const QString project = writeProject(u"dry-json"_s, {u"torch==2.7.1"_s});
    const CliRun result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject plan = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"plan"_s).toObject();
    QVERIFY(plan.value(u"createEnvironment"_s).toBool());
    QString torch;
    for (const QJsonValue &value : plan.value(u"actions"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == u"torch"_s)
            torch = value.toObject().value(u"to"_s).toString() + u' ' + value.toObject().value(u"change"_s).toString();
    }
    QCOMPARE(torch, u"2.7.1+cu128 install"_s);
}

void TestCliSync::syncVerifiesTorch()
{
    const QString project = writeProject(u"full"_s, {u"torch==2.8.0"_s, u"torchvision"_s});
    const CliRun result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"torch 2.8.0+cu128, built for CUDA 12.8; GPU: none visible"_s),
             qPrintable(result.out));
    // Not a terminal: plain lines per package on stderr.
    QVERIFY2(result.err.contains(u"torch 2.8.0+cu128"_s), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"\033[K"_s));
    const CliRun again = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"up to date"_s), qPrintable(again.out));
}

void TestCliSync::fullDiskLeavesTheEnvironment()
{
    // An environment with torch 2.7.1, then an upgrade whose writes fail with EFBIG: with a
    // 20 MB file-size limit the 30 MB torch wheel cannot be written.
    const QString project = writeProject(u"full-disk"_s, {u"torch==2.7.1"_s});
    CliRun result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s, u"--no-verify"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString venv = QDir(project).filePath(u".venv"_s);
    const QStringList before = listing(venv);

    SyncIndexServer big;
    QVERIFY2(big.start({u"--torch-mb"_s, u"30"_s}), qPrintable(big.errorString()));
    QFile file(QDir(project).filePath(u"pyproject.toml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(SyncIndexServer::pyproject(big.indexUrl(), {u"torch==2.8.0"_s}));
    file.close();
    QTemporaryDir cache;
    result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s},
                 u"trap '' XFSZ; ulimit -f 20000; export XDG_CACHE_HOME='%1';"_s.arg(cache.path()));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"torch"_s), qPrintable(result.err));
    QCOMPARE(listing(venv), before);
    QVERIFY(QDir(project).entryList({u".venv.akari-*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());
}

void TestCliSync::interruptLeavesTheEnvironment()
{
    // Ctrl+C while torch downloads from a slow index: exit 1, "Cancelled", the old tree intact.
    const QString project = writeProject(u"interrupt"_s, {u"torch==2.7.1"_s});
    CliRun result = run({u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s, u"--no-verify"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString venv = QDir(project).filePath(u".venv"_s);
    const QStringList before = listing(venv);

    SyncIndexServer slow;
    QVERIFY2(slow.start({u"--rate-kbps"_s, u"100"_s}), qPrintable(slow.errorString()));
    QFile file(QDir(project).filePath(u"pyproject.toml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(SyncIndexServer::pyproject(slow.indexUrl(), {u"torch==2.8.0"_s}));
    file.close();
    QTemporaryDir cache;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CACHE_HOME"_s, cache.path());
    environment.insert(u"LANG"_s, u"en_US.UTF-8"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(AKARI_CLI_PATH), {u"sync"_s, project, u"--python"_s, u"/usr/bin/python3"_s});
    QVERIFY(process.waitForStarted());
    // Not a terminal: a plain line per package on stderr says when torch starts downloading.
    QString err;
    QTRY_VERIFY_WITH_TIMEOUT(
        (err += QString::fromUtf8(process.readAllStandardError()), err.contains(u"torch 2.8.0+cu128: Downloading"_s)) ||
            process.state() == QProcess::NotRunning,
        60000);
    QCOMPARE(process.state(), QProcess::Running);
    QElapsedTimer sinceInterrupt;
    sinceInterrupt.start();
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(60000));
    // The 1 MiB torch wheel takes ~10 s at 100 kB/s: stopping well before shows the download was cut.
    QVERIFY2(sinceInterrupt.elapsed() < 5000, qPrintable(QString::number(sinceInterrupt.elapsed())));
    err += QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(u"Cancelled; the environment is unchanged."_s), qPrintable(err));
    QVERIFY2(!err.contains(u"Downloaded torch"_s), qPrintable(err));
    QCOMPARE(listing(venv), before);
    QVERIFY(QDir(project).entryList({u".venv.akari-*"_s}, QDir::AllEntries | QDir::Hidden).isEmpty());
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
