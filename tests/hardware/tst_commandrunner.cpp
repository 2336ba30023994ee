// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/hardware/processcommandrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::CommandOutput;
using Akari::ProcessCommandRunner;

namespace
{
const QString Shell = u"/bin/sh"_s;

/// A link to the shell under a name of its own: the runner remembers a program that hung and
/// refuses it afterwards, so hang tests must not use /bin/sh itself.
QString shellNamed(const QTemporaryDir &directory, const QString &name)
{
    const QString path = QDir(directory.path()).filePath(name);
    return QFile::link(Shell, path) ? path : QString();
}
} // namespace

/// The real runner against real processes: exit codes, output, missing programs and hangs.
class TestCommandRunner final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldReportExitCodeAndOutput_data();
    void shouldReportExitCodeAndOutput();
    void shouldStopHungProgramPromptly_data();
    void shouldStopHungProgramPromptly();
    void shouldNotStartHungProgramAgain();
    void shouldFailForMissingProgram();
    void shouldGiveEndOfFileOnInput();
    void shouldRunOnWorkerThread();
    void shouldFindOnPathThenExtraDirectories();
};

void TestCommandRunner::initTestCase()
{
#if !defined(Q_OS_UNIX)
    QSKIP("These tests drive /bin/sh; they run on Unix only.");
#endif
    QVERIFY(QFile::exists(Shell));
}

void TestCommandRunner::shouldReportExitCodeAndOutput_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("standardOutput");
    QTest::addColumn<QByteArray>("standardError");

    QTest::newRow("success, no output") << u"exit 0"_s << 0 << QByteArray() << QByteArray();
    QTest::newRow("non-zero exit is no failure") << u"exit 3"_s << 3 << QByteArray() << QByteArray();
    QTest::newRow("nvidia-smi without a driver")
        << u"echo 'NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.'; exit 9"_s << 9
        << "NVIDIA-SMI has failed because it could not communicate with the NVIDIA driver.\n"_ba << QByteArray();
    QTest::newRow("two lines, stdout and stderr apart")
        << u"printf '572.60\\n572.60\\n'; echo oops >&2"_s << 0 << "572.60\n572.60\n"_ba
        << "oops\n"_ba;
    QTest::newRow("bytes kept as they are") << u"printf 'a\\r\\nb'"_s << 0 << "a\r\nb"_ba << QByteArray();
}

void TestCommandRunner::shouldReportExitCodeAndOutput()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, standardOutput);
    QFETCH(QByteArray, standardError);

    const Akari::Result<CommandOutput> output = ProcessCommandRunner().run(Shell, {u"-c"_s, script});
    QVERIFY2(output.has_value(), output ? "" : qPrintable(output.error().message()));
    QCOMPARE(output->exitCode, exitCode);
    QCOMPARE(output->standardOutput, standardOutput);
    QCOMPARE(output->standardError, standardError);
}

void TestCommandRunner::shouldStopHungProgramPromptly_data()
{
    QTest::addColumn<QString>("script");

    QTest::newRow("sleep replaces the shell") << u"sleep 30"_s;
    // The shell stays and its child holds the output pipe: the whole group must be stopped.
    QTest::newRow("shell waits for a child") << u"sleep 30; echo late"_s;
    QTest::newRow("output first, then hang") << u"echo 550.144.03; sleep 30"_s;
    // A program that ignores the polite signal: only SIGKILL stops it.
    QTest::newRow("ignores SIGTERM") << u"trap '' TERM; sleep 30; echo late"_s;
    QTest::newRow("ignores SIGTERM and SIGINT in its child")
        << u"trap '' TERM INT; (trap '' TERM INT; sleep 30) ; echo late"_s;
}

void TestCommandRunner::shouldStopHungProgramPromptly()
{
    QFETCH(QString, script);
    const QTemporaryDir directory;
    const QString program = shellNamed(directory, u"akari-hangs"_s);
    QVERIFY(!program.isEmpty());

    constexpr int TimeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const Akari::Result<CommandOutput> output = ProcessCommandRunner().run(program, {u"-c"_s, script}, TimeoutMs);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!output.has_value());
    QCOMPARE(output.error().code(), Akari::Error::Code::Io);
    QVERIFY2(output.error().message().contains(program), qPrintable(output.error().message()));
    QCOMPARE(output.error().file(), program);
    // The promise is timeout + about a second at most; far below the 30 s the script would take.
    QVERIFY2(elapsed < TimeoutMs + 1500, qPrintable(u"took %1 ms"_s.arg(elapsed)));
}

void TestCommandRunner::shouldNotStartHungProgramAgain()
{
    const QTemporaryDir directory;
    const QString program = shellNamed(directory, u"akari-hangs-once"_s);
    const QString other = shellNamed(directory, u"akari-never-hangs"_s);
    QVERIFY(!program.isEmpty() && !other.isEmpty());
    const QString marker = QDir(directory.path()).filePath(u"started-again"_s);

    const ProcessCommandRunner runner;
    QVERIFY(!runner.run(program, {u"-c"_s, u"trap '' TERM; sleep 30"_s}, 200).has_value());

    // The same program, even with a command that would finish at once: refused without starting it.
    QElapsedTimer timer;
    timer.start();
    const Akari::Result<CommandOutput> again =
        ProcessCommandRunner().run(program, {u"-c"_s, u"touch '%1'; exit 0"_s.arg(marker)}, 3000);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code(), Akari::Error::Code::Io);
    QVERIFY2(again.error().message().contains(program), qPrintable(again.error().message()));
    QVERIFY2(elapsed < 100, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY(!QFile::exists(marker));

    // Other programs are not affected.
    const Akari::Result<CommandOutput> fine = runner.run(other, {u"-c"_s, u"exit 5"_s});
    QVERIFY2(fine.has_value(), fine ? "" : qPrintable(fine.error().message()));
    QCOMPARE(fine->exitCode, 5);
}

void TestCommandRunner::shouldFailForMissingProgram()
{
    const QString program = u"/nonexistent/akari-no-such-program"_s;
    const Akari::Result<CommandOutput> output = ProcessCommandRunner().run(program, {u"--version"_s});
    QVERIFY(!output.has_value());
    QCOMPARE(output.error().code(), Akari::Error::Code::Io);
    QVERIFY2(output.error().message().contains(program), qPrintable(output.error().message()));
}

void TestCommandRunner::shouldGiveEndOfFileOnInput()
{
    // cat reads its input until end-of-file: with inherited input it would wait for the timeout.
    QElapsedTimer timer;
    timer.start();
    const Akari::Result<CommandOutput> output = ProcessCommandRunner().run(Shell, {u"-c"_s, u"cat; exit 4"_s}, 3000);
    QVERIFY2(output.has_value(), output ? "" : qPrintable(output.error().message()));
    QCOMPARE(output->exitCode, 4);
    QVERIFY(output->standardOutput.isEmpty());
    QVERIFY(timer.elapsed() < 2500);
}

void TestCommandRunner::shouldRunOnWorkerThread()
{
    // Detection runs as a Job: the runner must work on a thread without an event loop.
    Akari::Result<CommandOutput> output = std::unexpected(Akari::Error());
    std::unique_ptr<QThread> thread(QThread::create([&output] {
        output = ProcessCommandRunner().run(Shell, {u"-c"_s, u"echo worker; exit 2"_s});
    }));
    thread->start();
    QVERIFY(thread->wait(10000));
    QVERIFY2(output.has_value(), output ? "" : qPrintable(output.error().message()));
    QCOMPARE(output->exitCode, 2);
    QCOMPARE(output->standardOutput, "worker\n"_ba);
}

void TestCommandRunner::shouldFindOnPathThenExtraDirectories()
{
    const ProcessCommandRunner runner;
    const QString sh = runner.findExecutable(u"sh"_s);
    QVERIFY2(!sh.isEmpty() && QFileInfo(sh).isExecutable(), qPrintable(sh));

    const QTemporaryDir extra;
    const QString name = u"akari-test-only-in-extra-dir"_s;
    const QString path = QDir(extra.path()).filePath(name);
    QVERIFY(Akari::Test::writeFile(path, "#!/bin/sh\nexit 0\n"_ba));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QCOMPARE(runner.findExecutable(name), QString());
    QCOMPARE(runner.findExecutable(name, {extra.path()}), path);
    // PATH wins over the extra directories.
    QCOMPARE(runner.findExecutable(u"sh"_s, {extra.path()}), sh);
    QCOMPARE(runner.findExecutable(u"akari-no-such-program"_s, {extra.path()}), QString());
}

QTEST_GUILESS_MAIN(TestCommandRunner)
#include "tst_commandrunner.moc"
