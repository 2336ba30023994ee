// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/hardwarereport.h"
#include "core/hardware/probecache.h"
#include "core/hardware/probecommand.h"
#include "core/hardware/probeenvironment.h"
#include "core/hardware/probefile.h"
#include "core/hardware/textdecoding.h"
#include "fakecommandrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::HardwareReport;
using Akari::ProbeCommand;
using Akari::ProbeFile;
using Akari::Test::FakeCommandRunner;

/// The small pieces every probe shares: strict UTF-8, file reading, commands, the report, the cache.
class TestProbeSupport final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeStrictUtf8_data();
    void shouldDecodeStrictUtf8();
    void shouldReadFiles();
    void shouldTellAbsentFromUnreachable();
    void shouldTellUnreadableParentFromAbsent();
    void shouldRunCommands_data();
    void shouldRunCommands();
    void shouldAddFailureOnce();
    void shouldAskDisplayAdaptersOnce();
    void shouldTellSystemRoot_data();
    void shouldTellSystemRoot();
};

void TestProbeSupport::shouldDecodeStrictUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("text");

    QTest::newRow("ascii") << "550.144.03\n"_ba << true << u"550.144.03\n"_s;
    QTest::newRow("empty") << QByteArray() << true << QString();
    QTest::newRow("japanese") << "\xe3\x81\x82"_ba << true << u"\u3042"_s;
    // Rust keeps a byte-order mark as a character.
    QTest::newRow("BOM stays") << "\xef\xbb\xbfgfx1100"_ba << true << u"\ufeffgfx1100"_s;
    QTest::newRow("invalid byte") << "gfx1100\xff\n"_ba << false << QString();
    QTest::newRow("cut-off sequence at the end") << "gfx1100\n\xe3\x81"_ba << false << QString();
    QTest::newRow("overlong encoding") << "\xc0\xaf"_ba << false << QString();
    QTest::newRow("UTF-16 is not UTF-8") << "\xff\xfe"
                                            "5\x00"_ba
                                         << false << QString();
}

void TestProbeSupport::shouldDecodeStrictUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QFETCH(QString, text);
    const std::optional<QString> decoded = Akari::decodeStrictUtf8(bytes);
    QCOMPARE(decoded.has_value(), valid);
    if (valid)
        QCOMPARE(*decoded, text);
}

void TestProbeSupport::shouldReadFiles()
{
    const QTemporaryDir root;
    const QDir dir(root.path());
    QVERIFY(Akari::Test::writeFile(dir.filePath(u"sys/module/nvidia/version"_s), "550.144.03\n"));

    const auto present = ProbeFile::read(dir.filePath(u"sys/module/nvidia/version"_s));
    QVERIFY(present.has_value() && present->has_value());
    QCOMPARE(**present, "550.144.03\n"_ba);

    // Absent file, absent folders above it: "missing", which is no error.
    for (const QString &absent : {u"sys/module/nvidia/other"_s, u"proc/driver/nvidia/version"_s}) {
        const auto missing = ProbeFile::read(dir.filePath(absent));
        QVERIFY2(missing.has_value() && !missing->has_value(), qPrintable(absent));
    }

    // A folder where the file should be cannot be read: an error naming it.
    const QString folder = dir.filePath(u"sys/module/nvidia"_s);
    const auto unreadable = ProbeFile::read(folder);
    QVERIFY(!unreadable.has_value());
    QCOMPARE(unreadable.error().code(), Error::Code::Io);
    QCOMPARE(unreadable.error().file(), folder);
}

void TestProbeSupport::shouldTellAbsentFromUnreachable()
{
    const QTemporaryDir root;
    const QDir dir(root.path());
    QVERIFY(Akari::Test::writeFile(dir.filePath(u"sys/module/nvidia"_s), "a file, not a folder\n"));
    QVERIFY(ProbeFile::isAbsent(dir.filePath(u"proc/driver/nvidia/version"_s)));
    QVERIFY(!ProbeFile::isAbsent(dir.filePath(u"sys/module/nvidia"_s)));
    // QFileInfo::exists() says false here too; uv gets NotADirectory, an error, not NotFound.
    QVERIFY(!QFileInfo::exists(dir.filePath(u"sys/module/nvidia/version"_s)));
    QVERIFY(!ProbeFile::isAbsent(dir.filePath(u"sys/module/nvidia/version"_s)));
    const auto result = ProbeFile::read(dir.filePath(u"sys/module/nvidia/version"_s));
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().file(), dir.filePath(u"sys/module/nvidia/version"_s));
}

void TestProbeSupport::shouldTellUnreadableParentFromAbsent()
{
    const QTemporaryDir root;
    const QDir dir(root.path());
    const QString folder = dir.filePath(u"sys/module/nvidia"_s);
    const QString file = folder + u"/version"_s;
    QVERIFY(Akari::Test::writeFile(file, "550.144.03\n"));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::WriteOwner));
    const bool stillReadable = QFile(file).open(QIODevice::ReadOnly);
    if (stillReadable) {
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("This user reads files whatever their folders' permissions say (root).");
    }
    const bool existsSaysSo = QFileInfo::exists(file);
    const bool absent = ProbeFile::isAbsent(file);
    const auto result = ProbeFile::read(file);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!existsSaysSo); // why QFileInfo::exists() alone is not enough
    QVERIFY(!absent);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Error::Code::Io);
    QCOMPARE(result.error().file(), file);
}

void TestProbeSupport::shouldRunCommands_data()
{
    QTest::addColumn<FakeCommandRunner::Answer>("answer");
    QTest::addColumn<bool>("started");   // start() succeeds
    QTest::addColumn<bool>("succeeds");  // run() succeeds
    QTest::addColumn<QString>("detail"); // the part of run()'s error that comes from the program

    FakeCommandRunner::Answer fine;
    fine.standardOutput = "gfx1100\n";
    FakeCommandRunner::Answer stdoutComplaint;
    stdoutComplaint.exitCode = 9;
    stdoutComplaint.standardOutput =
        "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\nMake sure …\n";
    FakeCommandRunner::Answer stderrComplaint;
    stderrComplaint.exitCode = 1;
    stderrComplaint.standardOutput = "ROCk module is NOT loaded, possibly no GPU devices\n";
    stderrComplaint.standardError = "hsa api call failure at: rocminfo.cc:1306\n";
    FakeCommandRunner::Answer silent;
    silent.exitCode = 2;
    FakeCommandRunner::Answer percent;
    percent.exitCode = 3;
    percent.standardError = "100%1 broken\n";
    FakeCommandRunner::Answer hang;
    hang.hang = true;

    QTest::newRow("exit 0") << fine << true << true << QString();
    QTest::newRow("complaint on standard output")
        << stdoutComplaint << true << false << u"NVIDIA-SMI has failed because it couldn't communicate"_s;
    QTest::newRow("standard error first") << stderrComplaint << true << false << u"hsa api call failure"_s;
    QTest::newRow("nothing printed") << silent << true << false << u"2"_s;
    QTest::newRow("a %1 in the message stays") << percent << true << false << u"100%1 broken"_s;
    QTest::newRow("hangs") << hang << false << false << QString();
}

void TestProbeSupport::shouldRunCommands()
{
    QFETCH(FakeCommandRunner::Answer, answer);
    QFETCH(bool, started);
    QFETCH(bool, succeeds);
    QFETCH(QString, detail);
    const QString program = u"/opt/rocm/bin/rocminfo"_s;
    const QStringList arguments{u"--one"_s, u"two"_s};
    FakeCommandRunner runner;
    runner.addExecutable(program);
    runner.setAnswer(program, std::nullopt, answer);

    HardwareReport report;
    const Akari::Result<Akari::CommandOutput> output = ProbeCommand::start(runner, report, program, arguments);
    QCOMPARE(output.has_value(), started);
    if (output)
        QCOMPARE(output->exitCode, answer.exitCode);
    const Akari::Result<QByteArray> checked = ProbeCommand::run(runner, report, program, arguments);
    QCOMPARE(checked.has_value(), succeeds);
    if (checked) {
        QCOMPARE(*checked, answer.standardOutput);
    } else {
        QCOMPARE(checked.error().code(), Error::Code::Io);
        QVERIFY2(checked.error().message().contains(program), qPrintable(checked.error().message()));
        QVERIFY2(checked.error().message().contains(detail), qPrintable(checked.error().message()));
    }
    // Both runs recorded, as the runner saw them.
    const QString line = u"/opt/rocm/bin/rocminfo --one two"_s;
    QCOMPARE(ProbeCommand::commandLine(program, arguments), line);
    QCOMPARE(report.commandsRun, (QStringList{line, line}));
    QCOMPARE(runner.runs(), report.commandsRun);
}

void TestProbeSupport::shouldAddFailureOnce()
{
    HardwareReport report;
    const Error listing(Error::Code::Io, u"Cannot list the PCI devices in /sys/bus/pci/devices."_s,
                        u"/sys/bus/pci/devices"_s);
    const Error other(Error::Code::Parse, u"1 PCI device was skipped"_s, u"/sys/bus/pci/devices/x/class"_s);
    QVERIFY(!report.hasFailure(u"/sys/bus/pci/devices"_s));
    report.addFailureOnce(u"/sys/bus/pci/devices"_s, listing);
    report.addFailureOnce(u"/sys/bus/pci/devices"_s, listing); // NVIDIA and Intel read the same listing
    report.addFailureOnce(u"/sys/bus/pci/devices"_s, other);   // a different problem is news
    report.addFailureOnce(u"Configuration Manager"_s, listing);
    QCOMPARE(report.failures.size(), 3);
    QCOMPARE(report.failures.at(0).error, listing);
    QCOMPARE(report.failures.at(1).error, other);
    QCOMPARE(report.failures.at(2).probe, u"Configuration Manager"_s);
    QVERIFY(report.hasFailure(u"/sys/bus/pci/devices"_s));
    QVERIFY(!report.hasFailure(u"nvidia-smi"_s));
}

void TestProbeSupport::shouldAskDisplayAdaptersOnce()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    const QStringList ids{u"PCI\\VEN_8086&DEV_9A49&SUBSYS_22DA17AA&REV_01\\3&11583659&0&10"_s};
    auto cache = std::make_shared<const Akari::ProbeCache>([calls, ids]() -> Akari::Result<QStringList> {
        ++*calls;
        return ids;
    });
    Akari::ProbeEnvironment environment;
    environment.cache = cache;
    // uv's Intel step, the Intel listing and the AMD listing each ask; Windows is asked once.
    for (int i = 0; i < 3; ++i) {
        const Akari::Result<QStringList> answer = environment.displayAdapters();
        QVERIFY(answer.has_value());
        QCOMPARE(*answer, ids);
    }
    QCOMPARE(calls->load(), 1);

    // A failure is remembered too: asking again in the same detection would fail the same way.
    auto failures = std::make_shared<std::atomic<int>>(0);
    const Akari::ProbeCache failing([failures]() -> Akari::Result<QStringList> {
        ++*failures;
        return Akari::fail(Error(Error::Code::Io, u"CR_FAILURE"_s));
    });
    QVERIFY(!failing.displayAdapters().has_value());
    QVERIFY(!failing.displayAdapters().has_value());
    QCOMPARE(failures->load(), 1);
}

void TestProbeSupport::shouldTellSystemRoot_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<bool>("system");

    QTest::newRow("slash") << u"/"_s << true;
    QTest::newRow("slash dot") << u"/."_s << true;
    QTest::newRow("double slash") << u"//"_s << true;
    QTest::newRow("up from /tmp") << u"/tmp/.."_s << true;
    QTest::newRow("empty means /") << QString() << true;
    QTest::newRow("a captured root") << u"<temporary>"_s << false;
    QTest::newRow("a folder that does not exist") << u"/akari-no-such-root"_s << false;
}

void TestProbeSupport::shouldTellSystemRoot()
{
    QFETCH(QString, root);
    QFETCH(bool, system);
#if !defined(Q_OS_UNIX)
    QSKIP("The rows spell Unix paths.");
#endif
    const QTemporaryDir temporary;
    Akari::ProbeEnvironment environment;
    environment.root = root == u"<temporary>"_s ? temporary.path() : root;
    QCOMPARE(environment.isSystemRoot(), system);
}

QTEST_GUILESS_MAIN(TestProbeSupport)
#include "tst_probesupport.moc"
