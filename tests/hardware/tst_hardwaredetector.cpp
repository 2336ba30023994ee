// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDir>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/hardwaredetector.h"
#include "core/jobs/job.h"
#include "fakecommandrunner.h"
#include "sysfstree.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuVendor;
using Akari::HardwareDetector;
using Akari::HardwareReport;
using Akari::UvAccelerator;
using Akari::Test::FakeCommandRunner;

namespace
{
const QString Smi = u"/usr/bin/nvidia-smi"_s;
const QString Enumerator = u"/opt/rocm/bin/rocm_agent_enumerator"_s;
const QStringList UvSmiArguments{u"--query-gpu=driver_version"_s, u"--format=csv,noheader"_s};
const QStringList DetailArguments{u"--query-gpu=index,uuid,name,memory.total,compute_cap,pci.bus_id,driver_version"_s,
                                  u"--format=csv,nounits"_s};
const QByteArray TwoNvidiaGpus = "index, uuid, name, memory.total [MiB], compute_cap, pci.bus_id, driver_version\n"
                                 "0, GPU-aaaa, NVIDIA GeForce RTX 4090, 24564, 8.9, 00000000:01:00.0, 550.144.03\n"
                                 "1, GPU-bbbb, NVIDIA RTX A4000, 16376, 8.6, 00000000:02:00.0, 550.144.03\n"_ba;

/// A captured machine: a root folder, scripted programs, variables; Linux unless a test says otherwise.
struct Machine
{
    QTemporaryDir root;
    std::shared_ptr<FakeCommandRunner> runner = std::make_shared<FakeCommandRunner>();
    Akari::ProbeEnvironment environment;

    Machine()
    {
        environment.root = root.path();
        environment.runner = runner;
        environment.useNvml = false;
        environment.environment = QProcessEnvironment();
        Akari::SystemInfo info;
        info.osFamily = Akari::SystemInfo::OsFamily::Linux;
        info.architecture = u"x86_64"_s;
        environment.machine = info;
    }

    [[nodiscard]] bool write(const QString &logicalPath, const QByteArray &contents) const
    {
        return Akari::Test::writeFile(environment.path(logicalPath), contents);
    }

    void program(const QString &path, const QStringList &arguments, int exitCode, const QByteArray &out,
                 bool hang = false)
    {
        runner->addExecutable(path);
        FakeCommandRunner::Answer answer;
        answer.exitCode = exitCode;
        answer.standardOutput = out;
        answer.hang = hang;
        runner->setAnswer(path, arguments, answer);
    }

    void variable(const QString &name, const QString &value) { environment.environment.insert(name, value); }

    [[nodiscard]] Akari::Result<HardwareReport> detect() const { return HardwareDetector(environment).detect(); }
};

QStringList programsRun(const FakeCommandRunner &runner)
{
    QStringList programs;
    for (const QString &run : runner.runs())
        programs.append(QDir(run.section(u' ', 0, 0)).dirName());
    return programs;
}

QStringList failureProbes(const HardwareReport &report)
{
    QStringList probes;
    for (const Akari::ProbeFailure &failure : report.failures)
        probes.append(failure.probe);
    return probes;
}
} // namespace

/// The detector's order and error rules (UV-TORCH-FACTS.md §2.1) over every probe together.
class TestHardwareDetector final : public QObject
{
    Q_OBJECT

private slots:
    void shouldFollowUvOrder_data();
    void shouldFollowUvOrder();
    void shouldRejectInvalidVariables_data();
    void shouldRejectInvalidVariables();
    void shouldReadAmdVariableOnlyWithoutCudaVariable();
    void shouldRecordUvErrorAndCarryOn();
    void shouldRecordUvErrorOfLaterSteps_data();
    void shouldRecordUvErrorOfLaterSteps();
    void shouldNotStartRocminfoForApuBesideCuda();
    void shouldCarryOnAfterFailingProbe();
    void shouldStartNothingOnEmptyMachine();
    void shouldOrderGpusByVendor();
    void shouldProbeMachineWhenNotGiven();
    void shouldDetectThroughJob();
};

void TestHardwareDetector::shouldFollowUvOrder_data()
{
    QTest::addColumn<QString>("cudaVariable"); // empty: unset
    QTest::addColumn<QString>("amdVariable");
    QTest::addColumn<bool>("sysfs");
    QTest::addColumn<bool>("proc");
    QTest::addColumn<bool>("smi");
    QTest::addColumn<bool>("enumerator");
    QTest::addColumn<bool>("intelPci");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("source");

    QTest::newRow("cuda variable beats everything")
        << u"525.60.13"_s << u"gfx1100"_s << true << true << true << true << true << u"cuda"_s << u"525.60.13"_s
        << u"UV_CUDA_DRIVER_VERSION"_s;
    QTest::newRow("amd variable beats the probes") << QString() << u"gfx90a"_s << true << true << true << true << true
                                                   << u"amd"_s << u"gfx90a"_s << u"UV_AMD_GPU_ARCHITECTURE"_s;
    QTest::newRow("sysfs beats proc and smi") << QString() << QString() << true << true << true << true << true
                                              << u"cuda"_s << u"580.65.06"_s << u"/sys/module/nvidia/version"_s;
    QTest::newRow("proc beats smi") << QString() << QString() << false << true << true << true << true << u"cuda"_s
                                    << u"550.144.03"_s << u"/proc/driver/nvidia/version"_s;
    QTest::newRow("smi beats amd") << QString() << QString() << false << false << true << true << true << u"cuda"_s
                                   << u"572.60"_s << u"nvidia-smi"_s;
    QTest::newRow("amd beats intel") << QString() << QString() << false << false << false << true << true << u"amd"_s
                                     << u"gfx1030"_s << u"rocm_agent_enumerator"_s;
    QTest::newRow("intel last") << QString() << QString() << false << false << false << false << true << u"xpu"_s
                                << QString() << u"/sys/bus/pci/devices"_s;
    QTest::newRow("nothing: cpu") << QString() << QString() << false << false << false << false << false << u"none"_s
                                  << QString() << QString();
}

void TestHardwareDetector::shouldFollowUvOrder()
{
    QFETCH(QString, cudaVariable);
    QFETCH(QString, amdVariable);
    QFETCH(bool, sysfs);
    QFETCH(bool, proc);
    QFETCH(bool, smi);
    QFETCH(bool, enumerator);
    QFETCH(bool, intelPci);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(QString, source);

    Machine machine;
    if (!cudaVariable.isEmpty())
        machine.variable(u"UV_CUDA_DRIVER_VERSION"_s, cudaVariable);
    if (!amdVariable.isEmpty())
        machine.variable(u"UV_AMD_GPU_ARCHITECTURE"_s, amdVariable);
    if (sysfs)
        QVERIFY(machine.write(u"/sys/module/nvidia/version"_s, "580.65.06\n"));
    if (proc) {
        QVERIFY(machine.write(u"/proc/driver/nvidia/version"_s,
                              "NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  550.144.03  Release Build  "
                              "(dvs-builder@U16-I3-D08-1-2)  Mon Dec 30 17:26:13 UTC 2024\n"));
    }
    if (smi)
        machine.program(Smi, UvSmiArguments, 0, "572.60\n572.60\n");
    if (enumerator)
        machine.program(Enumerator, {}, 0, "gfx000\ngfx1100\ngfx1030\n");
    if (intelPci) {
        const Akari::Test::SysfsTree tree(machine.root.path());
        QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x9a49"));
    }

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    const UvAccelerator &accelerator = report->accelerator;
    QVERIFY(!accelerator.uvError.has_value());
    QCOMPARE(accelerator.source, source);
    if (kind == u"cuda"_s) {
        QCOMPARE(accelerator.kind, UvAccelerator::Kind::Cuda);
        QCOMPARE(accelerator.driverVersion, Akari::Version::parse(value).value());
    } else if (kind == u"amd"_s) {
        QCOMPARE(accelerator.kind, UvAccelerator::Kind::Amd);
        QCOMPARE(accelerator.amdArchitecture, value);
    } else if (kind == u"xpu"_s) {
        QCOMPARE(accelerator.kind, UvAccelerator::Kind::Xpu);
    } else {
        QCOMPARE(accelerator.kind, UvAccelerator::Kind::None);
    }
    // uv stops at the first answer: later uv steps start nothing.
    const QStringList programs = programsRun(*machine.runner);
    if (accelerator.source != u"rocm_agent_enumerator"_s)
        QVERIFY2(!programs.contains(u"rocm_agent_enumerator"_s), qPrintable(programs.join(u", "_s)));
    QCOMPARE(programs.contains(u"rocm_agent_enumerator"_s), accelerator.source == u"rocm_agent_enumerator"_s);
}

void TestHardwareDetector::shouldRejectInvalidVariables_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message"); // a part the message must hold

    QTest::newRow("uv's invalid cuda driver") << u"UV_CUDA_DRIVER_VERSION"_s << u"invalid"_s << u"invalid"_s;
    QTest::newRow("empty cuda driver") << u"UV_CUDA_DRIVER_VERSION"_s << QString() << u"UV_CUDA_DRIVER_VERSION"_s;
    QTest::newRow("cuda driver with text")
        << u"UV_CUDA_DRIVER_VERSION"_s << u"550.144.03 beta"_s << u"550.144.03 beta"_s;
    QTest::newRow("uv's invalid amd architecture")
        << u"UV_AMD_GPU_ARCHITECTURE"_s << u"invalid"_s << u"Unknown AMD GPU architecture: invalid"_s;
    QTest::newRow("cpu agent is no architecture")
        << u"UV_AMD_GPU_ARCHITECTURE"_s << u"gfx000"_s << u"Unknown AMD GPU architecture: gfx000"_s;
    QTest::newRow("architectures are lower case") << u"UV_AMD_GPU_ARCHITECTURE"_s << u"GFX1100"_s << u"GFX1100"_s;
}

void TestHardwareDetector::shouldRejectInvalidVariables()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, message);

    Machine machine;
    machine.variable(variable, value);
    machine.program(Smi, UvSmiArguments, 0, "572.60\n");
    QVERIFY(machine.write(u"/sys/module/nvidia/version"_s, "580.65.06\n"));

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY(!report.has_value());
    QCOMPARE(report.error().code(), Akari::Error::Code::InvalidArgument);
    QVERIFY2(report.error().message().contains(variable), qPrintable(report.error().message()));
    QVERIFY2(report.error().message().contains(message), qPrintable(report.error().message()));
    // The whole detection fails before any probe, as every uv command fails.
    QVERIFY(machine.runner->runs().isEmpty());
}

void TestHardwareDetector::shouldReadAmdVariableOnlyWithoutCudaVariable()
{
    Machine machine;
    machine.variable(u"UV_CUDA_DRIVER_VERSION"_s, u"550.144.03"_s);
    machine.variable(u"UV_AMD_GPU_ARCHITECTURE"_s, u"not-an-architecture"_s);
    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::Cuda);
    QCOMPARE(report->accelerator.source, u"UV_CUDA_DRIVER_VERSION"_s);
}

void TestHardwareDetector::shouldRecordUvErrorAndCarryOn()
{
    Machine machine;
    QVERIFY(machine.write(u"/sys/module/nvidia/version"_s, "garbage\n"));
    machine.program(Enumerator, {}, 0, "gfx1100\n");
    machine.program(Smi, DetailArguments, 0, TwoNvidiaGpus);
    const Akari::Test::SysfsTree tree(machine.root.path());
    QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x9a49"));

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::None);
    QVERIFY(report->accelerator.uvError.has_value());
    QVERIFY2(report->accelerator.uvError->message().contains(u"sys/module/nvidia/version"_s),
             qPrintable(report->accelerator.uvError->message()));
    // uv aborts at the error: the AMD step is not taken. The details are still gathered.
    QVERIFY(!programsRun(*machine.runner).contains(u"rocm_agent_enumerator"_s));
    QCOMPARE(report->gpusOf(GpuVendor::Nvidia).size(), 2);
    QCOMPARE(report->gpusOf(GpuVendor::Intel).size(), 1);
}

void TestHardwareDetector::shouldRecordUvErrorOfLaterSteps_data()
{
    QTest::addColumn<QByteArray>("enumeratorOutput"); // empty: no rocm_agent_enumerator
    QTest::addColumn<bool>("pciFolderIsFile");
    QTest::addColumn<QString>("where"); // what uv's error names

    QTest::newRow("rocm_agent_enumerator prints bytes that are not UTF-8")
        << "gfx000\ngfx1100\xff\n"_ba << false << Enumerator;
    QTest::newRow("the PCI folder cannot be listed") << QByteArray() << true << u"sys/bus/pci/devices"_s;
}

void TestHardwareDetector::shouldRecordUvErrorOfLaterSteps()
{
    QFETCH(QByteArray, enumeratorOutput);
    QFETCH(bool, pciFolderIsFile);
    QFETCH(QString, where);
    Machine machine;
    if (!enumeratorOutput.isEmpty())
        machine.program(Enumerator, {}, 0, enumeratorOutput);
    const Akari::Test::SysfsTree tree(machine.root.path());
    if (pciFolderIsFile)
        QVERIFY(machine.write(u"/sys/bus/pci/devices"_s, "not a folder\n"));
    else
        QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x9a49"));

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    // uv stops at the error: no later step answers, not even the Intel iGPU.
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::None);
    QVERIFY(report->accelerator.uvError.has_value());
    QVERIFY2(report->accelerator.uvError->message().contains(where),
             qPrintable(report->accelerator.uvError->message()));
}

void TestHardwareDetector::shouldNotStartRocminfoForApuBesideCuda()
{
    // A laptop: NVIDIA dGPU (uv answers CUDA from sysfs) and a Ryzen APU's Radeon iGPU.
    Machine machine;
    QVERIFY(machine.write(u"/sys/module/nvidia/version"_s, "550.144.03\n"));
    const Akari::Test::SysfsTree tree(machine.root.path());
    const QString igpu = u"0000:05:00.0"_s;
    QVERIFY(tree.addPciDevice(igpu, "0x030000", "0x1002", "0x1681"));
    QVERIFY(tree.addDrmCard(0, igpu));
    QVERIFY(machine.write(u"/sys/devices/pci0000:00/0000:05:00.0/mem_info_vram_total"_s, "536870912\n"));
    machine.program(u"/opt/rocm/bin/rocminfo"_s, {}, 0, "*******\nAgent 1\n*******\n  Name:   gfx1035\n");

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::Cuda);
    QVERIFY2(!programsRun(*machine.runner).contains(u"rocminfo"_s), qPrintable(machine.runner->runs().join(u", "_s)));
    const QList<Akari::GpuInfo> amd = report->gpusOf(GpuVendor::Amd);
    QCOMPARE(amd.size(), 1);
    QCOMPARE(amd.first().integrated, std::optional<bool>(true));
}

void TestHardwareDetector::shouldCarryOnAfterFailingProbe()
{
    Machine machine;
    machine.program(Smi, UvSmiArguments, 0, QByteArray(), /*hang=*/true);
    machine.program(Enumerator, {}, 0, "gfx000\ngfx1100\n");
    const Akari::Test::SysfsTree tree(machine.root.path());
    QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x9a49"));

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::Amd);
    QCOMPARE(report->accelerator.amdArchitecture, u"gfx1100"_s);
    QVERIFY(failureProbes(*report).contains(u"nvidia-smi"_s));
    QCOMPARE(report->gpusOf(GpuVendor::Intel).size(), 1);
    QCOMPARE(report->commandsRun, machine.runner->runs());
    // The hung nvidia-smi was asked once, not again for the details.
    QCOMPARE(programsRun(*machine.runner).count(u"nvidia-smi"_s), 1);
}

void TestHardwareDetector::shouldStartNothingOnEmptyMachine()
{
    Machine machine;
    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->accelerator.kind, UvAccelerator::Kind::None);
    QVERIFY(!report->accelerator.uvError.has_value());
    QVERIFY(report->gpus.isEmpty());
    QVERIFY(report->failures.isEmpty());
    QVERIFY(machine.runner->runs().isEmpty());
    QVERIFY(report->commandsRun.isEmpty());
    QVERIFY(report->nvidiaDriverVersion.isEmpty());
    QVERIFY(report->cudaDriverVersion.isEmpty());
}

void TestHardwareDetector::shouldOrderGpusByVendor()
{
    // Not a real machine: a Mac with an NVIDIA card and Intel graphics, to see every vendor at once.
    Machine machine;
    machine.environment.machine->osFamily = Akari::SystemInfo::OsFamily::MacOs;
    machine.environment.machine->architecture = u"arm64"_s;
    const Akari::Test::SysfsTree tree(machine.root.path());
    // Intel first on the bus, NVIDIA listed out of index order: the report still starts with NVIDIA 0.
    QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x9a49"));
    QVERIFY(tree.addPciDevice(u"0000:01:00.0"_s, "0x030000", "0x10de", "0x2684"));
    QVERIFY(tree.addPciDevice(u"0000:02:00.0"_s, "0x030000", "0x10de", "0x24b0"));
    machine.program(Smi, DetailArguments, 0,
                    "index, name, pci.bus_id, driver_version\n"
                    "1, NVIDIA RTX A4000, 00000000:02:00.0, 550.144.03\n"
                    "0, NVIDIA GeForce RTX 4090, 00000000:01:00.0, 550.144.03\n");
    machine.program(Smi, UvSmiArguments, 0, "550.144.03\n");

    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QStringList order;
    for (const Akari::GpuInfo &gpu : report->gpus)
        order.append(Akari::gpuVendorId(gpu.vendor) + u':' + gpu.pciBusId);
    QCOMPARE(order,
             (QStringList{u"nvidia:0000:01:00.0"_s, u"nvidia:0000:02:00.0"_s, u"intel:0000:00:02.0"_s, u"apple:"_s}));
    QCOMPARE(report->gpus.at(0).name, u"NVIDIA GeForce RTX 4090"_s);
    QCOMPARE(report->gpus.at(0).pciDeviceId, u"0x2684"_s);
    QCOMPARE(report->cudaDriverVersion, u"12.4"_s);
    QVERIFY(report->cudaVersionEstimated);
}

void TestHardwareDetector::shouldProbeMachineWhenNotGiven()
{
    Machine machine;
    machine.environment.machine.reset();
    QVERIFY(machine.write(u"/etc/os-release"_s, "PRETTY_NAME=\"Alpine Linux v3.20\"\n"));
    QVERIFY(machine.write(u"/lib/ld-musl-x86_64.so.1"_s, QByteArray()));
    const Akari::Result<HardwareReport> report = machine.detect();
    QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message()));
    QCOMPARE(report->machine.osName, u"Alpine Linux v3.20"_s);
    QVERIFY(report->machine.musl);
}

void TestHardwareDetector::shouldDetectThroughJob()
{
    // This machine, for real: whatever it has, the job must finish with a report.
    std::unique_ptr<Akari::Job> job(HardwareDetector::detectJob());
    QSignalSpy finished(job.get(), &Akari::Job::finished);
    job->start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    if (job->state() == Akari::Job::State::Failed) {
        // Only a bad override variable in this environment may fail it.
        QVERIFY2(job->error().code() == Akari::Error::Code::InvalidArgument, qPrintable(job->error().message()));
        return;
    }
    QCOMPARE(job->state(), Akari::Job::State::Succeeded);
    const HardwareReport report = job->result().value<HardwareReport>();
    QCOMPARE(report.machine.architecture, QSysInfo::currentCpuArchitecture());
}

QTEST_GUILESS_MAIN(TestHardwareDetector)
#include "tst_hardwaredetector.moc"
