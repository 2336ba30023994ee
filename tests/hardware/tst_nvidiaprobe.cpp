// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/nvidiaprobe.h"
#include "fakecommandrunner.h"
#include "sysfstree.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuInfo;
using Akari::HardwareReport;
using Akari::NvidiaProbe;
using Akari::UvAccelerator;
using Akari::Test::FakeCommandRunner;

namespace
{
// File columns: the bytes to write, or one of these markers.
const QByteArray Absent = "<absent>"_ba;
const QByteArray Directory = "<directory>"_ba; // a folder where a file is expected: unreadable, even for root
// The file exists, but its folder is a plain file (ENOTDIR): not "missing", even for root.
const QByteArray ParentIsFile = "<parent is a file>"_ba;
// The file exists in a folder that denies access (EACCES); root reads it anyway, so such rows skip.
const QByteArray NoAccess = "<no access>"_ba;
const QByteArray DriverFile = "550.144.03\n"_ba;

// uv's test strings (UV-TORCH-FACTS.md §6).
const QByteArray OpenKernelModule =
    "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  550.144.03  Release Build  "
    "(dvs-builder@U16-I3-D08-1-2)  Mon Dec 30 17:26:13 UTC 2024\n"
    "GCC version:  gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)\n"_ba;
const QByteArray LegacyKernelModule =
    "NVRM version: NVIDIA UNIX x86_64 Kernel Module  375.74  Wed Jun 14 01:39:39 PDT 2017\n"
    "GCC version:  gcc version 5.4.0 20160609 (Ubuntu 5.4.0-6ubuntu1~16.04.4)\n"_ba;

const QString Smi = u"/usr/bin/nvidia-smi"_s;
const QString WslSmi = u"/usr/lib/wsl/lib/nvidia-smi"_s;
const QStringList UvArguments{u"--query-gpu=driver_version"_s, u"--format=csv,noheader"_s};
const QString UvCommand = Smi + u" --query-gpu=driver_version --format=csv,noheader"_s;
const QStringList DetailArguments{u"--query-gpu=index,uuid,name,memory.total,compute_cap,pci.bus_id,driver_version"_s,
                                  u"--format=csv,nounits"_s};
const QStringList OldDetailArguments{u"--query-gpu=index,uuid,name,memory.total,pci.bus_id,driver_version"_s,
                                     u"--format=csv,nounits"_s};

const QByteArray QueryHeader = "index, uuid, name, memory.total [MiB], compute_cap, pci.bus_id, driver_version\n"_ba;
const QByteArray ThreeGpus =
    QueryHeader +
    // nvidia-smi lists by index; the rows are shuffled here to check the sort.
    "1, GPU-bbbb1111, NVIDIA GeForce RTX 3060, 12288, 8.6, 00000000:21:00.0, 550.144.03\n"
    "0, GPU-aaaa0000, NVIDIA GeForce RTX 4090, 24564, 8.9, 00000000:01:00.0, 550.144.03\n"
    "2, GPU-cccc2222, NVIDIA GeForce GTX 1080 Ti, 11264, 6.1, 00000000:4B:00.0, 550.144.03\n"_ba;

enum class SmiMode
{
    Missing, ///< not installed
    Answer,  ///< runs and answers
    FailToStart,
    Hang,
};

/// A captured root, a scripted runner and the environment that ties them together.
struct Machine
{
    QTemporaryDir root;
    std::shared_ptr<FakeCommandRunner> runner = std::make_shared<FakeCommandRunner>();
    Akari::ProbeEnvironment environment;
    QStringList m_lockedFolders;

    Machine()
    {
        environment.root = root.path();
        environment.runner = runner;
        environment.useNvml = false;
        environment.environment = QProcessEnvironment();
        environment.machine = Akari::SystemInfo{};
    }

    [[nodiscard]] bool put(const QString &logicalPath, const QByteArray &contents)
    {
        const QString path = environment.path(logicalPath);
        if (contents == Absent)
            return true;
        if (contents == Directory)
            return QDir().mkpath(path);
        if (contents == ParentIsFile)
            return Akari::Test::writeFile(QFileInfo(path).path(), DriverFile);
        if (contents == NoAccess) {
            m_lockedFolders.append(QFileInfo(path).path());
            return Akari::Test::writeFile(path, DriverFile) &&
                   QFile::setPermissions(QFileInfo(path).path(), QFileDevice::WriteOwner);
        }
        return Akari::Test::writeFile(path, contents);
    }

    /// Whether this user could still read a file put with NoAccess (root can).
    [[nodiscard]] bool lockedFoldersReadable() const
    {
        return std::ranges::any_of(m_lockedFolders, [](const QString &folder) {
            return QFile(folder + u"/version"_s).open(QIODevice::ReadOnly);
        });
    }

    ~Machine()
    {
        // Let QTemporaryDir remove what NoAccess locked.
        for (const QString &folder : std::as_const(m_lockedFolders))
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void addSmi(const QString &path, SmiMode mode, const std::optional<QStringList> &arguments, int exitCode,
                const QByteArray &out)
    {
        if (mode == SmiMode::Missing)
            return;
        runner->addExecutable(path, path != WslSmi);
        FakeCommandRunner::Answer answer;
        answer.exitCode = exitCode;
        answer.standardOutput = out;
        answer.failToStart = mode == SmiMode::FailToStart;
        answer.hang = mode == SmiMode::Hang;
        runner->setAnswer(path, arguments, answer);
    }
};

QStringList probeNames(const HardwareReport &report)
{
    QStringList names;
    for (const Akari::ProbeFailure &failure : report.failures)
        names.append(failure.probe);
    return names;
}

QString describe(const GpuInfo &gpu)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(gpu.index)
        .arg(gpu.name)
        .arg(gpu.memoryMib)
        .arg(gpu.computeCapability, gpu.pciBusId, gpu.source, gpu.visible ? u"visible"_s : u"hidden"_s);
}
} // namespace

/// NvidiaProbe on captured files and scripted nvidia-smi answers: uv's steps 3–5 and the details.
class TestNvidiaProbe final : public QObject
{
    Q_OBJECT

private slots:
    void uvDetect_data();
    void uvDetect();
    void addGpus_data();
    void addGpus();
    void shouldNotRunBrokenSmiTwice();
    void shouldNoteCudaVisibleDevices_data();
    void shouldNoteCudaVisibleDevices();
    void shouldListDriverlessDevices();
};

void TestNvidiaProbe::uvDetect_data()
{
    QTest::addColumn<QByteArray>("sysfs");
    QTest::addColumn<QByteArray>("proc");
    QTest::addColumn<SmiMode>("smi");
    QTest::addColumn<int>("smiExit");
    QTest::addColumn<QByteArray>("smiOut");
    // "cuda 550.144.03", "none" or "error"
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("failures");
    QTest::addColumn<QStringList>("runs");

    const QStringList noRuns;
    const QStringList uvRun{UvCommand};
    const auto row = [](const char *name) { return &QTest::newRow(name); };

    *row("sysfs") << "550.144.03\n"_ba << Absent << SmiMode::Missing << 0 << QByteArray() << u"cuda 550.144.03"_s
                  << u"/sys/module/nvidia/version"_s << QStringList() << noRuns;
    *row("sysfs beats proc and smi") << "580.65.06\n"_ba << OpenKernelModule << SmiMode::Answer << 0 << "1.0\n"_ba
                                     << u"cuda 580.65.06"_s << u"/sys/module/nvidia/version"_s << QStringList()
                                     << noRuns;
    *row("sysfs without newline") << "535.183.01"_ba << Absent << SmiMode::Missing << 0 << QByteArray()
                                  << u"cuda 535.183.01"_s << u"/sys/module/nvidia/version"_s << QStringList() << noRuns;
    *row("sysfs garbage is uv's error") << "not a version\n"_ba << OpenKernelModule << SmiMode::Answer << 0
                                        << "572.60\n"_ba << u"error"_s << QString() << QStringList() << noRuns;
    *row("sysfs empty is uv's error") << ""_ba << Absent << SmiMode::Missing << 0 << QByteArray() << u"error"_s
                                      << QString() << QStringList() << noRuns;
    *row("sysfs not UTF-8 is uv's error")
        << "\xff\xfe"
           "5\x00"
           "5\x00"_ba
        << Absent << SmiMode::Missing << 0 << QByteArray() << u"error"_s << QString() << QStringList() << noRuns;
    // Rust keeps a byte-order mark as a character, so the version does not parse.
    *row("sysfs with a BOM is uv's error")
        << "\xef\xbb\xbf"
           "550.144.03\n"_ba
        << Absent << SmiMode::Missing << 0 << QByteArray() << u"error"_s << QString() << QStringList() << noRuns;
    *row("sysfs unreadable is uv's error") << Directory << OpenKernelModule << SmiMode::Missing << 0 << QByteArray()
                                           << u"error"_s << QString() << QStringList() << noRuns;
    *row("uv: proc, open kernel module") << Absent << OpenKernelModule << SmiMode::Answer << 0 << "1.0\n"_ba
                                         << u"cuda 550.144.03"_s << u"/proc/driver/nvidia/version"_s << QStringList()
                                         << noRuns;
    *row("uv: proc, legacy kernel module")
        << Absent << LegacyKernelModule << SmiMode::Missing << 0 << QByteArray() << u"cuda 375.74"_s
        << u"/proc/driver/nvidia/version"_s << QStringList() << noRuns;
    *row("proc layout mismatch: on to nvidia-smi")
        << Absent << "NVRM version: NVIDIA 550.144.03\n"_ba << SmiMode::Answer << 0 << "550.144.03\n"_ba
        << u"cuda 550.144.03"_s << u"nvidia-smi"_s << QStringList() << uvRun;
    *row("proc garbage between double spaces is uv's error")
        << Absent << "hello  world  again\n"_ba << SmiMode::Answer << 0 << "572.60\n"_ba << u"error"_s << QString()
        << QStringList() << noRuns;
    *row("proc unreadable is uv's error") << Absent << Directory << SmiMode::Answer << 0 << "572.60\n"_ba << u"error"_s
                                          << QString() << QStringList() << noRuns;
    // Not reachable is not missing: uv gets an error other than NotFound and stops.
    *row("sysfs behind a file is uv's error") << ParentIsFile << OpenKernelModule << SmiMode::Answer << 0
                                              << "572.60\n"_ba << u"error"_s << QString() << QStringList() << noRuns;
    *row("proc behind a file is uv's error") << Absent << ParentIsFile << SmiMode::Answer << 0 << "572.60\n"_ba
                                             << u"error"_s << QString() << QStringList() << noRuns;
    *row("sysfs in a folder without access is uv's error")
        << NoAccess << OpenKernelModule << SmiMode::Answer << 0 << "572.60\n"_ba << u"error"_s << QString()
        << QStringList() << noRuns;
    *row("proc in a folder without access is uv's error") << Absent << NoAccess << SmiMode::Answer << 0 << "572.60\n"_ba
                                                          << u"error"_s << QString() << QStringList() << noRuns;
    *row("uv: nvidia-smi, one GPU") << Absent << Absent << SmiMode::Answer << 0 << "572.60\n"_ba << u"cuda 572.60"_s
                                    << u"nvidia-smi"_s << QStringList() << uvRun;
    *row("uv: nvidia-smi, two GPUs") << Absent << Absent << SmiMode::Answer << 0 << "572.60\n572.60\n"_ba
                                     << u"cuda 572.60"_s << u"nvidia-smi"_s << QStringList() << uvRun;
    *row("nvidia-smi, windows line ends") << Absent << Absent << SmiMode::Answer << 0 << "581.29\r\n581.29\r\n"_ba
                                          << u"cuda 581.29"_s << u"nvidia-smi"_s << QStringList() << uvRun;
    *row("nvidia-smi message instead of a version is uv's error")
        << Absent << Absent << SmiMode::Answer << 0 << "No devices were found\n"_ba << u"error"_s << QString()
        << QStringList() << uvRun;
    *row("nvidia-smi output not UTF-8 is uv's error") << Absent << Absent << SmiMode::Answer << 0 << "572.60\xff\n"_ba
                                                      << u"error"_s << QString() << QStringList() << uvRun;
    *row("nvidia-smi non-zero exit: noted, carry on")
        << Absent << Absent << SmiMode::Answer << 9
        << "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"_ba << u"none"_s
        << QString() << QStringList{u"nvidia-smi"_s} << uvRun;
    *row("nvidia-smi fails to start: noted, carry on")
        << Absent << Absent << SmiMode::FailToStart << 0 << QByteArray() << u"none"_s << QString()
        << QStringList{u"nvidia-smi"_s} << uvRun;
    *row("nvidia-smi hangs: timeout noted, carry on")
        << Absent << Absent << SmiMode::Hang << 0 << QByteArray() << u"none"_s << QString()
        << QStringList{u"nvidia-smi"_s} << uvRun;
    *row("nvidia-smi prints nothing") << Absent << Absent << SmiMode::Answer << 0 << QByteArray() << u"none"_s
                                      << QString() << QStringList() << uvRun;
    *row("nothing at all: nothing started") << Absent << Absent << SmiMode::Missing << 0 << QByteArray() << u"none"_s
                                            << QString() << QStringList() << noRuns;
}

void TestNvidiaProbe::uvDetect()
{
    QFETCH(QByteArray, sysfs);
    QFETCH(QByteArray, proc);
    QFETCH(SmiMode, smi);
    QFETCH(int, smiExit);
    QFETCH(QByteArray, smiOut);
    QFETCH(QString, outcome);
    QFETCH(QString, source);
    QFETCH(QStringList, failures);
    QFETCH(QStringList, runs);

    Machine machine;
    QVERIFY(machine.put(u"/sys/module/nvidia/version"_s, sysfs));
    QVERIFY(machine.put(u"/proc/driver/nvidia/version"_s, proc));
    machine.addSmi(Smi, smi, UvArguments, smiExit, smiOut);
    if (machine.lockedFoldersReadable())
        QSKIP("This user reads files whatever their folders' permissions say (root).");

    HardwareReport report;
    const Akari::Result<std::optional<UvAccelerator>> result = NvidiaProbe(machine.environment).uvDetect(report);
    if (outcome == u"error"_s) {
        QVERIFY(!result.has_value());
        QVERIFY(!result.error().message().isEmpty());
        QCOMPARE(result.error().code() == Akari::Error::Code::Io || result.error().code() == Akari::Error::Code::Parse,
                 true);
        // The error says where: the file, or the program.
        const bool saysWhere = result.error().message().contains(u"nvidia/version"_s) ||
                               result.error().message().contains(u"nvidia-smi"_s);
        QVERIFY2(saysWhere, qPrintable(result.error().message()));
    } else {
        QVERIFY2(result.has_value(), result ? "" : qPrintable(result.error().message()));
        if (outcome == u"none"_s) {
            QVERIFY(!result->has_value());
        } else {
            QVERIFY(result->has_value());
            const UvAccelerator &accelerator = **result;
            QCOMPARE(accelerator.kind, UvAccelerator::Kind::Cuda);
            QCOMPARE(accelerator.driverVersion, Akari::Version::parse(outcome.section(u' ', 1)).value());
            QCOMPARE(accelerator.source, source);
            // The driver as written, not PEP 440-normalised ("03" stays).
            QCOMPARE(report.nvidiaDriverVersion, outcome.section(u' ', 1));
        }
    }
    QCOMPARE(probeNames(report), failures);
    QCOMPARE(machine.runner->runs(), runs);
    QCOMPARE(report.commandsRun, runs);
}

void TestNvidiaProbe::addGpus_data()
{
    QTest::addColumn<QString>("smiPath");
    QTest::addColumn<int>("firstExit");
    QTest::addColumn<QByteArray>("firstOut");
    QTest::addColumn<int>("secondExit"); // the answer without compute_cap; -1: not scripted
    QTest::addColumn<QByteArray>("secondOut");
    QTest::addColumn<QByteArray>("sysfs");
    QTest::addColumn<bool>("windowsDriver"); // the machine is Windows or WSL
    QTest::addColumn<QStringList>("gpus");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("cuda"); // always estimated here: NVML is off
    QTest::addColumn<QStringList>("failures");
    QTest::addColumn<int>("runCount");
    QTest::addColumn<bool>("onlyInWsl");

    const QByteArray rejected = "Field \"compute_cap\" is not a valid field to query.\n\n"_ba;

    QTest::newRow("three GPUs, mixed models, sorted by index")
        << Smi << 0 << ThreeGpus << -1 << QByteArray() << Absent << false
        << QStringList{u"0|NVIDIA GeForce RTX 4090|24564|8.9|0000:01:00.0|nvidia-smi|visible"_s,
                       u"1|NVIDIA GeForce RTX 3060|12288|8.6|0000:21:00.0|nvidia-smi|visible"_s,
                       u"2|NVIDIA GeForce GTX 1080 Ti|11264|6.1|0000:4b:00.0|nvidia-smi|visible"_s}
        << u"550.144.03"_s << u"12.4"_s << QStringList() << 1 << false;
    QTest::newRow("older driver rejects compute_cap: asked again without it")
        << Smi << 2 << rejected << 0
        << "index, uuid, name, memory.total [MiB], pci.bus_id, driver_version\n"
           "0, GPU-dddd, Tesla K80, 11441, 00000000:00:1E.0, 470.82.01\n"_ba
        << Absent << false << QStringList{u"0|Tesla K80|11441||0000:00:1e.0|nvidia-smi|visible"_s} << u"470.82.01"_s
        << u"11.4"_s << QStringList() << 2 << false;
    QTest::newRow("rejected, and the second try fails too")
        << Smi << 2 << rejected << 6 << "Unable to determine the device handle for GPU0000:00:1E.0: Unknown Error\n"_ba
        << Absent << false << QStringList() << QString() << QString() << QStringList{u"nvidia-smi"_s} << 2 << false;
    QTest::newRow("driver not loaded: no second try")
        << Smi << 9 << "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"_ba << -1
        << QByteArray() << Absent << false << QStringList() << QString() << QString() << QStringList{u"nvidia-smi"_s}
        << 1 << false;
    QTest::newRow("garbage output") << Smi << 0 << "Segmentation fault\n"_ba << -1 << QByteArray() << Absent << false
                                    << QStringList() << QString() << QString() << QStringList{u"nvidia-smi"_s} << 1
                                    << false;
    QTest::newRow("no smi, driver version from sysfs")
        << QString() << 0 << QByteArray() << -1 << QByteArray() << "550.144.03\n"_ba << false << QStringList()
        << u"550.144.03"_s << u"12.4"_s << QStringList() << 0 << false;
    QTest::newRow("no smi, no driver: nothing")
        << QString() << 0 << QByteArray() << -1 << QByteArray() << Absent << false << QStringList() << QString()
        << QString() << QStringList() << 0 << false;
    // WSL: the Windows driver's nvidia-smi, not on PATH; its version follows the Windows column.
    QTest::newRow("wsl: smi only in /usr/lib/wsl/lib")
        << WslSmi << 0
        << QueryHeader + "0, GPU-eeee, NVIDIA GeForce RTX 3050 Laptop GPU, 4096, 8.6, 00000000:01:00.0, 527.00\n"_ba
        << -1 << QByteArray() << Absent << true
        << QStringList{u"0|NVIDIA GeForce RTX 3050 Laptop GPU|4096|8.6|0000:01:00.0|nvidia-smi|visible"_s}
        << u"527.00"_s << u"11.8"_s << QStringList() << 1 << true;
    QTest::newRow("same driver on linux: the linux column")
        << Smi << 0
        << QueryHeader + "0, GPU-eeee, NVIDIA GeForce RTX 3050 Laptop GPU, 4096, 8.6, 00000000:01:00.0, 527.00\n"_ba
        << -1 << QByteArray() << Absent << false
        << QStringList{u"0|NVIDIA GeForce RTX 3050 Laptop GPU|4096|8.6|0000:01:00.0|nvidia-smi|visible"_s}
        << u"527.00"_s << u"12.0"_s << QStringList() << 1 << false;
}

void TestNvidiaProbe::addGpus()
{
    QFETCH(QString, smiPath);
    QFETCH(int, firstExit);
    QFETCH(QByteArray, firstOut);
    QFETCH(int, secondExit);
    QFETCH(QByteArray, secondOut);
    QFETCH(QByteArray, sysfs);
    QFETCH(bool, windowsDriver);
    QFETCH(QStringList, gpus);
    QFETCH(QString, driver);
    QFETCH(QString, cuda);
    QFETCH(QStringList, failures);
    QFETCH(int, runCount);
    QFETCH(bool, onlyInWsl);

    Machine machine;
    machine.environment.machine->wsl = windowsDriver;
    QVERIFY(machine.put(u"/sys/module/nvidia/version"_s, sysfs));
    if (!smiPath.isEmpty()) {
        machine.addSmi(smiPath, SmiMode::Answer, DetailArguments, firstExit, firstOut);
        if (secondExit >= 0)
            machine.addSmi(smiPath, SmiMode::Answer, OldDetailArguments, secondExit, secondOut);
    }

    HardwareReport report;
    NvidiaProbe(machine.environment).addGpus(report);
    QStringList described;
    for (const GpuInfo &gpu : std::as_const(report.gpus)) {
        QCOMPARE(gpu.vendor, Akari::GpuVendor::Nvidia);
        QCOMPARE(gpu.driverVersion, driver);
        described.append(describe(gpu));
    }
    QCOMPARE(described, gpus);
    QCOMPARE(report.nvidiaDriverVersion, driver);
    QCOMPARE(report.cudaDriverVersion, cuda);
    QCOMPARE(report.cudaVersionEstimated, !cuda.isEmpty());
    QCOMPARE(probeNames(report), failures);
    QCOMPARE(machine.runner->runs().size(), runCount);
    QCOMPARE(report.commandsRun, machine.runner->runs());
    QCOMPARE(report.nvidiaSmiOnlyInWslPath, onlyInWsl);
    QVERIFY(!report.cudaVisibleDevices.has_value());
    for (const QString &run : machine.runner->runs())
        QVERIFY2(run.startsWith(smiPath + u' '), qPrintable(run));
}

void TestNvidiaProbe::shouldNotRunBrokenSmiTwice()
{
    // uv's step already found nvidia-smi hanging: the details must not wait for it again.
    Machine machine;
    machine.addSmi(Smi, SmiMode::Hang, std::nullopt, 0, QByteArray());
    HardwareReport report;
    const NvidiaProbe probe(machine.environment);
    const auto uv = probe.uvDetect(report);
    QVERIFY(uv.has_value() && !uv->has_value());
    probe.addGpus(report);
    QCOMPARE(machine.runner->runs(), QStringList{UvCommand});
    QCOMPARE(probeNames(report), QStringList{u"nvidia-smi"_s});
    QVERIFY(report.failures.first().error.message().contains(Smi));
    QVERIFY(report.gpus.isEmpty());
}

void TestNvidiaProbe::shouldNoteCudaVisibleDevices_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("visibility");

    QTest::newRow("one index") << u"1"_s << QStringList{u"hidden"_s, u"visible"_s, u"hidden"_s};
    QTest::newRow("uuid prefix") << u"GPU-cccc"_s << QStringList{u"hidden"_s, u"hidden"_s, u"visible"_s};
    QTest::newRow("empty hides all") << QString() << QStringList{u"hidden"_s, u"hidden"_s, u"hidden"_s};
    QTest::newRow("ends at an invalid index") << u"0,9,2"_s << QStringList{u"visible"_s, u"hidden"_s, u"hidden"_s};
}

void TestNvidiaProbe::shouldNoteCudaVisibleDevices()
{
    QFETCH(QString, value);
    QFETCH(QStringList, visibility);

    Machine machine;
    machine.addSmi(Smi, SmiMode::Answer, DetailArguments, 0, ThreeGpus);
    machine.environment.environment.insert(u"CUDA_VISIBLE_DEVICES"_s, value);
    HardwareReport report;
    NvidiaProbe(machine.environment).addGpus(report);
    QCOMPARE(report.cudaVisibleDevices, std::optional<QString>(value));
    QStringList seen;
    for (const GpuInfo &gpu : std::as_const(report.gpus))
        seen.append(describe(gpu).section(u'|', -1));
    QCOMPARE(seen, visibility);
}

void TestNvidiaProbe::shouldListDriverlessDevices()
{
    Machine machine;
    const Akari::Test::SysfsTree sysfs(machine.root.path());
    // Reported by nvidia-smi: kept once. Its HDMI audio function is no GPU.
    QVERIFY(sysfs.addPciDevice(u"0000:01:00.0"_s, "0x030000", "0x10de", "0x2684"));
    QVERIFY(sysfs.addPciDevice(u"0000:01:00.1"_s, "0x040300", "0x10de", "0x22ba"));
    // A second card no driver reports (e.g. bound to vfio-pci): a 3D controller.
    QVERIFY(sysfs.addPciDevice(u"0000:41:00.0"_s, "0x030200", "0x10de", "0x20b5"));
    // Another vendor's display device is not this probe's business.
    QVERIFY(sysfs.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0xa780"));
    machine.addSmi(Smi, SmiMode::Answer, DetailArguments, 0,
                   QueryHeader +
                       "0, GPU-aaaa0000, NVIDIA GeForce RTX 4090, 24564, 8.9, 00000000:01:00.0, 550.144.03\n");

    HardwareReport report;
    NvidiaProbe(machine.environment).addGpus(report);
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(describe(report.gpus.at(0)), u"0|NVIDIA GeForce RTX 4090|24564|8.9|0000:01:00.0|nvidia-smi|visible"_s);
    QCOMPARE(report.gpus.at(0).pciDeviceId, u"0x2684"_s);
    const GpuInfo &driverless = report.gpus.at(1);
    QCOMPARE(driverless.source, u"sysfs"_s);
    QCOMPARE(driverless.pciBusId, u"0000:41:00.0"_s);
    QCOMPARE(driverless.pciDeviceId, u"0x20b5"_s);
    QCOMPARE(driverless.index, -1);
    QVERIFY(driverless.name.contains(u"0x20b5"_s));
    QVERIFY(report.failures.isEmpty());
}

QTEST_GUILESS_MAIN(TestNvidiaProbe)
#include "tst_nvidiaprobe.moc"
