// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/amdprobe.h"
#include "core/hardware/hardwarereport.h"
#include "core/hardware/probeenvironment.h"
#include "fakecommandrunner.h"
#include "sysfstree.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::AmdProbe;
using Akari::GpuInfo;
using Akari::HardwareReport;
using Akari::ProbeEnvironment;
using Akari::UvAccelerator;
using Akari::Test::FakeCommandRunner;
using Akari::Test::SysfsTree;

namespace
{

const QString Enumerator = u"/usr/bin/rocm_agent_enumerator"_s;
const QString Rocminfo = u"/opt/rocm/bin/rocminfo"_s;

// `rocminfo` on a Ryzen 9 7950X with a Radeon RX 7900 XTX, ROCm 6.4.1 (ROCm/ROCm issue #5191):
// the CPU agent, the discrete gfx1100 and the CPU's own gfx1036 iGPU. The pool lists and most
// ISA attributes are cut; every line kept is as printed, padding included. Read at test time.
const QByteArray Rocminfo7950X = [] {
    QFile capture(QStringLiteral(AKARI_HARDWARE_DATA_DIR "/captures/rocminfo-7950x-7900xtx.txt"));
    return capture.open(QIODevice::ReadOnly) ? capture.readAll() : QByteArray();
}();

// The same machine as rocm_agent_enumerator lists it: the CPU agent first, then each GPU.
const QByteArray Enumerator7950X = "gfx000\ngfx1100\ngfx1036\n";

// What sysfs says about that machine: the card at 03:00.0 (24 GiB of VRAM), the iGPU at 19:00.0
// (the usual 512 MiB carve-out). The addresses follow from rocminfo's BDFIDs 768 and 6400.
const QString DiscreteAddress = u"0000:03:00.0"_s;
const QString IntegratedAddress = u"0000:19:00.0"_s;
constexpr qint64 DiscreteVramBytes = 25753026560;
constexpr qint64 IntegratedVramBytes = 536870912;

struct Fixture
{
    QTemporaryDir root;
    std::shared_ptr<FakeCommandRunner> runner = std::make_shared<FakeCommandRunner>();

    [[nodiscard]] ProbeEnvironment environment() const
    {
        ProbeEnvironment environment;
        environment.root = root.path();
        environment.runner = runner;
        return environment;
    }
    [[nodiscard]] SysfsTree tree() const { return SysfsTree(root.path()); }

    /// An AMD card with the files amdgpu creates, plus the connector and render entries beside it.
    [[nodiscard]] bool addAmdCard(int index, const QString &address, const QByteArray &device, qint64 vramBytes) const
    {
        const SysfsTree sysfs = tree();
        return sysfs.addPciDevice(address, "0x030000", "0x1002", device) && sysfs.addDrmCard(index, address) &&
               Akari::Test::writeFile(sysfs.deviceFolder(address) + u"/mem_info_vram_total"_s,
                                      QByteArray::number(vramBytes) + '\n') &&
               sysfs.link(u"../../devices/pci0000:00/%1/drm/card%2-DP-1"_s.arg(address).arg(index),
                          sysfs.path(u"sys/class/drm/card%1-DP-1"_s.arg(index))) &&
               QDir().mkpath(sysfs.path(u"sys/class/drm/renderD%1"_s.arg(128 + index)));
    }
    [[nodiscard]] bool add7950X() const
    {
        return addAmdCard(0, DiscreteAddress, "0x744c", DiscreteVramBytes) &&
               addAmdCard(1, IntegratedAddress, "0x164e", IntegratedVramBytes);
    }
};

FakeCommandRunner::Answer output(const QByteArray &standardOutput, int exitCode = 0)
{
    FakeCommandRunner::Answer answer;
    answer.exitCode = exitCode;
    answer.standardOutput = standardOutput;
    return answer;
}

} // namespace

/// AmdProbe: uv's rocm_agent_enumerator step, sysfs cards, the ROCm version and rocminfo names.
class TestAmdProbe final : public QObject
{
    Q_OBJECT

private slots:
    void shouldPickSmallestKnownArchitecture_data();
    void shouldPickSmallestKnownArchitecture();
    void shouldDetectLikeUv_data();
    void shouldDetectLikeUv();
    void shouldParseRocminfoGpuAgents();
    void shouldParseRocminfoVariants_data();
    void shouldParseRocminfoVariants();
    void shouldDescribeCardsWithRocminfo();
    void shouldNotStartRocminfoWithoutAmdGpu();
    void shouldRunRocminfoWhenEnumeratorFoundGpu();
    void shouldSkipRocminfoForApuBesideCuda_data();
    void shouldSkipRocminfoForApuBesideCuda();
    void shouldKeepSysfsCardsWhenRocminfoFails_data();
    void shouldKeepSysfsCardsWhenRocminfoFails();
    void shouldMatchInOrderWithoutBdfid();
    void shouldReadPlainDeviceFolderThroughUevent();
    void shouldReportGarbageVendorAndCarryOn();
    void shouldGuessIntegratedFromVram_data();
    void shouldGuessIntegratedFromVram();
    void shouldReadRocmVersion_data();
    void shouldReadRocmVersion();
};

void TestAmdProbe::shouldPickSmallestKnownArchitecture_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CPU agent, dGPU, unlisted iGPU (7950X)") << Enumerator7950X << u"gfx1100"_s;
    QTest::newRow("CPU agent and unlisted iGPU only") << QByteArray("gfx000\ngfx1036\n") << QString();
    QTest::newRow("Rembrandt iGPU only") << QByteArray("gfx000\ngfx1035\n") << QString();
    QTest::newRow("several GPUs: smallest in uv's order wins")
        << QByteArray("gfx000\ngfx1201\ngfx90a\ngfx1100\n") << u"gfx90a"_s;
    QTest::newRow("gfx1030 before gfx1100 though both are RDNA") << QByteArray("gfx1100\ngfx1030\n") << u"gfx1030"_s;
    QTest::newRow("MI300X node") << QByteArray("gfx000\ngfx000\ngfx942\ngfx942\ngfx942\ngfx942\n") << u"gfx942"_s;
    QTest::newRow("lines are trimmed") << QByteArray("  gfx942  \r\n\tgfx950\n") << u"gfx942"_s;
    QTest::newRow("exact lower-case names only") << QByteArray("GFX1100\n") << QString();
    QTest::newRow("feature suffix is not a known name") << QByteArray("gfx90a:xnack-\n") << QString();
    QTest::newRow("empty output") << QByteArray() << QString();
    QTest::newRow("no trailing newline") << QByteArray("gfx000\ngfx1201") << u"gfx1201"_s;
}

void TestAmdProbe::shouldPickSmallestKnownArchitecture()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, expected);
    QCOMPARE(AmdProbe::smallestKnownArchitecture(QString::fromUtf8(output)), expected);
}

void TestAmdProbe::shouldDetectLikeUv_data()
{
    QTest::addColumn<bool>("onPath");
    QTest::addColumn<FakeCommandRunner::Answer>("answer");
    QTest::addColumn<QString>("architecture"); // empty: nullopt
    QTest::addColumn<bool>("started");
    QTest::addColumn<bool>("failure");
    QTest::addColumn<bool>("uvError"); // uv itself stops with an error

    FakeCommandRunner::Answer failedStart;
    failedStart.failToStart = true;
    FakeCommandRunner::Answer hang;
    hang.hang = true;
    FakeCommandRunner::Answer exitOne = output({}, 1);
    exitOne.standardError = "Failed to get HSA agents\n";

    QTest::newRow("7950X: gfx1100") << true << output(Enumerator7950X) << u"gfx1100"_s << true << false << false;
    QTest::newRow("only unknown architectures")
        << true << output("gfx000\ngfx1036\n") << QString() << true << false << false;
    QTest::newRow("exit 1 is logged and skipped") << true << exitOne << QString() << true << true << false;
    QTest::newRow("exit 1 even with a known line")
        << true << output("gfx1100\n", 1) << QString() << true << true << false;
    QTest::newRow("cannot start") << true << failedStart << QString() << true << true << false;
    QTest::newRow("hangs past the timeout") << true << hang << QString() << true << true << false;
    QTest::newRow("only in /opt/rocm/bin: uv does not look there")
        << false << output(Enumerator7950X) << QString() << false << false << false;
    // uv decodes the output as strict UTF-8: one bad byte ends its detection with an error.
    QTest::newRow("not UTF-8 is uv's error")
        << true << output("gfx000\ngfx1100\xff\n") << QString() << true << false << true;
    QTest::newRow("cut-off UTF-8 sequence is uv's error")
        << true << output("gfx1100\n\xe3\x81") << QString() << true << false << true;
    QTest::newRow("not UTF-8 after a failed exit: only logged")
        << true << output("gfx1100\xff\n", 1) << QString() << true << true << false;
}

void TestAmdProbe::shouldDetectLikeUv()
{
    QFETCH(bool, onPath);
    QFETCH(FakeCommandRunner::Answer, answer);
    QFETCH(QString, architecture);
    QFETCH(bool, started);
    QFETCH(bool, failure);
    QFETCH(bool, uvError);
    Fixture fixture;
    fixture.runner->addExecutable(onPath ? Enumerator : u"/opt/rocm/bin/rocm_agent_enumerator"_s, onPath);
    fixture.runner->setAnswer(u"rocm_agent_enumerator"_s, QStringList{}, answer);

    HardwareReport report;
    const Akari::Result<std::optional<UvAccelerator>> result = AmdProbe(fixture.environment()).uvDetect(report);
    QCOMPARE(!result.has_value(), uvError);
    if (!result) {
        QCOMPARE(result.error().code(), Akari::Error::Code::Parse);
        QVERIFY2(result.error().message().contains(Enumerator), qPrintable(result.error().message()));
    }
    const std::optional<UvAccelerator> accelerator = result.value_or(std::nullopt);

    QCOMPARE(accelerator.has_value(), !architecture.isEmpty());
    if (accelerator) {
        QCOMPARE(accelerator->kind, UvAccelerator::Kind::Amd);
        QCOMPARE(accelerator->amdArchitecture, architecture);
        QCOMPARE(accelerator->source, u"rocm_agent_enumerator"_s);
    }
    QCOMPARE(fixture.runner->runs(), started ? QStringList{Enumerator} : QStringList{});
    QCOMPARE(report.commandsRun, started ? QStringList{Enumerator} : QStringList{});
    QCOMPARE(report.failures.size(), failure ? 1 : 0);
    if (failure) {
        QCOMPARE(report.failures.first().probe, u"rocm_agent_enumerator"_s);
        QVERIFY(!report.failures.first().error.message().isEmpty());
    }
}

void TestAmdProbe::shouldParseRocminfoGpuAgents()
{
    QVERIFY2(!Rocminfo7950X.isEmpty(), "tests/data/hardware/captures/rocminfo-7950x-7900xtx.txt is missing");
    const QList<AmdProbe::RocmAgent> agents = AmdProbe::parseRocminfo(Rocminfo7950X);
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents.at(0).architecture, u"gfx1100"_s);
    QCOMPARE(agents.at(0).marketingName, u"Radeon RX 7900 XTX"_s);
    QCOMPARE(agents.at(0).bdfid, 768);
    QCOMPARE(agents.at(0).chipId, quint16(0x744c));
    QVERIFY(!agents.at(0).apu);
    QCOMPARE(agents.at(1).architecture, u"gfx1036"_s);
    QCOMPARE(agents.at(1).marketingName, u"AMD Radeon Graphics"_s);
    QCOMPARE(agents.at(1).bdfid, 6400);
    QCOMPARE(agents.at(1).chipId, quint16(0x164e));
    QVERIFY(agents.at(1).apu);
}

void TestAmdProbe::shouldParseRocminfoVariants_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("architectures");
    QTest::addColumn<QStringList>("names");

    // Agent blocks as a multi-vendor node prints them; the MI210's name carries its target features.
    QTest::newRow("target features are cut")
        << QByteArray(
               "*******\nAgent 1\n*******\n  Name:                    AMD EPYC 9654 96-Core Processor\n"
               "  Device Type:             CPU\n*******\nAgent 2\n*******\n"
               "  Name:                    gfx90a:sramecc+:xnack-\n  Marketing Name:          AMD Instinct MI210\n"
               "  Device Type:             GPU\n")
        << QStringList{u"gfx90a"_s} << QStringList{u"AMD Instinct MI210"_s};
    QTest::newRow("CPU only") << QByteArray("*******\nAgent 1\n*******\n  Name:                    AMD Ryzen 9 5950X\n"
                                            "  Device Type:             CPU\n")
                              << QStringList{} << QStringList{};
    QTest::newRow("GPU without a marketing name")
        << QByteArray("*******\nAgent 1\n*******\n  Name:                    gfx1030\n  Device Type:             GPU\n")
        << QStringList{u"gfx1030"_s} << QStringList{QString()};
    QTest::newRow("inline agent header") << QByteArray("**Agent 2**\n  Name:   gfx1100\n  Device Type:   GPU\n")
                                         << QStringList{u"gfx1100"_s} << QStringList{QString()};
    QTest::newRow("not rocminfo at all") << QByteArray("Segmentation fault (core dumped)\n") << QStringList{}
                                         << QStringList{};
    QTest::newRow("empty") << QByteArray() << QStringList{} << QStringList{};
}

void TestAmdProbe::shouldParseRocminfoVariants()
{
    QFETCH(QByteArray, output);
    QFETCH(QStringList, architectures);
    QFETCH(QStringList, names);
    const QList<AmdProbe::RocmAgent> agents = AmdProbe::parseRocminfo(output);
    QStringList seenArchitectures;
    QStringList seenNames;
    for (const AmdProbe::RocmAgent &agent : agents) {
        seenArchitectures.append(agent.architecture);
        seenNames.append(agent.marketingName);
    }
    QCOMPARE(seenArchitectures, architectures);
    QCOMPARE(seenNames, names);
}

void TestAmdProbe::shouldDescribeCardsWithRocminfo()
{
    Fixture fixture;
    QVERIFY(fixture.add7950X());
    QVERIFY(Akari::Test::writeFile(fixture.tree().path(u"opt/rocm/.info/version"_s), "6.4.1-120\n"));
    fixture.runner->addExecutable(Rocminfo, /*onPath=*/false);
    fixture.runner->setAnswer(u"rocminfo"_s, QStringList{}, output(Rocminfo7950X));

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);

    QCOMPARE(report.failures.size(), 0);
    QCOMPARE(report.rocmVersion, u"6.4.1"_s);
    QCOMPARE(report.commandsRun, QStringList{Rocminfo});
    QCOMPARE(report.gpus.size(), 2);
    const GpuInfo &discrete = report.gpus.at(0);
    QCOMPARE(discrete.vendor, Akari::GpuVendor::Amd);
    QCOMPARE(discrete.name, u"Radeon RX 7900 XTX"_s);
    QCOMPARE(discrete.architecture, u"gfx1100"_s);
    QCOMPARE(discrete.pciBusId, DiscreteAddress);
    QCOMPARE(discrete.pciDeviceId, u"0x744c"_s);
    QCOMPARE(discrete.memoryMib, DiscreteVramBytes / (1024 * 1024));
    QCOMPARE(discrete.integrated, std::optional<bool>(false));
    const GpuInfo &integrated = report.gpus.at(1);
    QCOMPARE(integrated.name, u"AMD Radeon Graphics"_s);
    QCOMPARE(integrated.architecture, u"gfx1036"_s);
    QCOMPARE(integrated.pciBusId, IntegratedAddress);
    QCOMPARE(integrated.memoryMib, qint64(512));
    QCOMPARE(integrated.integrated, std::optional<bool>(true));
}

void TestAmdProbe::shouldNotStartRocminfoWithoutAmdGpu()
{
    Fixture fixture;
    // An Intel iGPU has a DRM card too; it must not make the probe start the ROCm runtime.
    QVERIFY(fixture.tree().addFromLspci(u"0000:00:02.0 VGA compatible controller [0300]: Intel Corporation "
                                        "TigerLake-LP GT2 [Iris Xe Graphics] [8086:9a49] (rev 01)"_s));
    QVERIFY(fixture.tree().addDrmCard(0, u"0000:00:02.0"_s));
    fixture.runner->addExecutable(Rocminfo);
    fixture.runner->setAnswer(u"rocminfo"_s, std::nullopt, output(Rocminfo7950X));

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QVERIFY(report.gpus.isEmpty());
    QVERIFY(fixture.runner->runs().isEmpty());
    QVERIFY(report.failures.isEmpty());
}

void TestAmdProbe::shouldRunRocminfoWhenEnumeratorFoundGpu()
{
    // No sysfs at all (a container without /sys/class/drm), but uv's step found a GPU.
    Fixture fixture;
    fixture.runner->addExecutable(u"/usr/bin/rocminfo"_s);
    fixture.runner->setAnswer(u"rocminfo"_s, QStringList{}, output(Rocminfo7950X));
    HardwareReport report;
    report.accelerator.kind = UvAccelerator::Kind::Amd;
    report.accelerator.amdArchitecture = u"gfx1100"_s;
    report.accelerator.source = u"rocm_agent_enumerator"_s;

    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(fixture.runner->runs(), QStringList{u"/usr/bin/rocminfo"_s});
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).name, u"Radeon RX 7900 XTX"_s);
    QCOMPARE(report.gpus.at(0).pciBusId, DiscreteAddress); // from BDFID 768
    QCOMPARE(report.gpus.at(0).pciDeviceId, u"0x744c"_s);  // from the chip id
    QCOMPARE(report.gpus.at(0).memoryMib, qint64(-1));
    QCOMPARE(report.gpus.at(0).source, u"rocminfo"_s);
    QCOMPARE(report.gpus.at(1).pciBusId, IntegratedAddress);
    QCOMPARE(report.gpus.at(1).integrated, std::optional<bool>(true));
}

void TestAmdProbe::shouldSkipRocminfoForApuBesideCuda_data()
{
    QTest::addColumn<QString>("accelerator"); // uv's answer before the details: "cuda" or "none"
    QTest::addColumn<bool>("discrete");       // the 7900 XTX is there beside the 7950X's iGPU
    QTest::addColumn<bool>("rocminfo");       // started

    // A Ryzen laptop's Radeon iGPU beside the NVIDIA card uv chose: the runtime has nothing to add.
    QTest::newRow("cuda, iGPU only: not started") << u"cuda"_s << false << false;
    QTest::newRow("cuda, iGPU and a card: started") << u"cuda"_s << true << true;
    QTest::newRow("no uv answer, iGPU only: started") << u"none"_s << false << true;
    QTest::newRow("no uv answer, iGPU and a card: started") << u"none"_s << true << true;
}

void TestAmdProbe::shouldSkipRocminfoForApuBesideCuda()
{
    QFETCH(QString, accelerator);
    QFETCH(bool, discrete);
    QFETCH(bool, rocminfo);
    Fixture fixture;
    QVERIFY(fixture.addAmdCard(1, IntegratedAddress, "0x164e", IntegratedVramBytes));
    if (discrete)
        QVERIFY(fixture.addAmdCard(0, DiscreteAddress, "0x744c", DiscreteVramBytes));
    fixture.runner->addExecutable(Rocminfo, /*onPath=*/false);
    fixture.runner->setAnswer(u"rocminfo"_s, QStringList{}, output(Rocminfo7950X));
    HardwareReport report;
    if (accelerator == u"cuda"_s) {
        report.accelerator.kind = UvAccelerator::Kind::Cuda;
        report.accelerator.driverVersion = Akari::Version::parse(u"550.144.03"_s).value();
        report.accelerator.source = u"/sys/module/nvidia/version"_s;
    }

    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(fixture.runner->runs(), rocminfo ? QStringList{Rocminfo} : QStringList{});
    // The iGPU is listed either way, known as such from its carve-out.
    const auto igpu = std::ranges::find(report.gpus, IntegratedAddress, &GpuInfo::pciBusId);
    QVERIFY(igpu != report.gpus.end());
    QCOMPARE(igpu->integrated, std::optional<bool>(true));
    QCOMPARE(igpu->name, rocminfo ? u"AMD Radeon Graphics"_s : QString());
    QVERIFY(report.failures.isEmpty());
}

void TestAmdProbe::shouldKeepSysfsCardsWhenRocminfoFails_data()
{
    QTest::addColumn<FakeCommandRunner::Answer>("answer");

    FakeCommandRunner::Answer hang;
    hang.hang = true;
    FakeCommandRunner::Answer failedStart;
    failedStart.failToStart = true;
    FakeCommandRunner::Answer noKfd = output("ROCk module is NOT loaded, possibly no GPU devices\n", 1);
    noKfd.standardError = "hsa api call failure at: /longer_pathname_so_that_rpms_can_support_packaging\n";

    QTest::newRow("hangs") << hang;
    QTest::newRow("cannot start") << failedStart;
    QTest::newRow("exit 1 without the kernel driver") << noKfd;
}

void TestAmdProbe::shouldKeepSysfsCardsWhenRocminfoFails()
{
    QFETCH(FakeCommandRunner::Answer, answer);
    Fixture fixture;
    QVERIFY(fixture.add7950X());
    fixture.runner->addExecutable(Rocminfo);
    fixture.runner->setAnswer(u"rocminfo"_s, std::nullopt, answer);

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().probe, u"rocminfo"_s);
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).pciBusId, DiscreteAddress);
    QCOMPARE(report.gpus.at(0).name, QString());
    QCOMPARE(report.gpus.at(0).source, u"sysfs"_s);
    QCOMPARE(report.gpus.at(0).memoryMib, DiscreteVramBytes / (1024 * 1024));
    QCOMPARE(report.gpus.at(1).integrated, std::optional<bool>(true)); // 512 MiB carve-out
}

void TestAmdProbe::shouldMatchInOrderWithoutBdfid()
{
    Fixture fixture;
    QVERIFY(fixture.addAmdCard(0, u"0000:0a:00.0"_s, "0x73bf", 17163091968));
    QVERIFY(fixture.addAmdCard(1, u"0000:0b:00.0"_s, "0x73bf", 17163091968));
    // Older rocminfo prints no BDFID: the n-th agent is the n-th card.
    const QByteArray twoCards = "*******\nAgent 1\n*******\n  Name:   AMD Ryzen 9 5950X\n  Device Type:   CPU\n"
                                "*******\nAgent 2\n*******\n  Name:   gfx1030\n  Marketing Name:   AMD Radeon RX 6800\n"
                                "  Device Type:   GPU\n*******\nAgent 3\n*******\n  Name:   gfx1030\n"
                                "  Marketing Name:   AMD Radeon RX 6800 XT\n  Device Type:   GPU\n";
    fixture.runner->addExecutable(u"/usr/bin/rocminfo"_s);
    fixture.runner->setAnswer(u"rocminfo"_s, QStringList{}, output(twoCards));

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).pciBusId, u"0000:0a:00.0"_s);
    QCOMPARE(report.gpus.at(0).name, u"AMD Radeon RX 6800"_s);
    QCOMPARE(report.gpus.at(1).pciBusId, u"0000:0b:00.0"_s);
    QCOMPARE(report.gpus.at(1).name, u"AMD Radeon RX 6800 XT"_s);
    QCOMPARE(report.gpus.at(1).integrated, std::optional<bool>(false)); // gfx1030 is a dGPU in LLVM's table
}

void TestAmdProbe::shouldReadPlainDeviceFolderThroughUevent()
{
    Fixture fixture;
    // A copied tree: card0/device is a folder, so only its uevent names the slot.
    const QString device = fixture.tree().path(u"sys/class/drm/card0/device"_s);
    QVERIFY(Akari::Test::writeFile(device + u"/vendor"_s, "0x1002\n"));
    QVERIFY(Akari::Test::writeFile(device + u"/device"_s, "0x15bf\n"));
    QVERIFY(Akari::Test::writeFile(device + u"/mem_info_vram_total"_s, "536870912\n"));
    QVERIFY(Akari::Test::writeFile(
        device + u"/uevent"_s,
        "DRIVER=amdgpu\nPCI_CLASS=30000\nPCI_ID=1002:15BF\n"
        "PCI_SUBSYS_ID=17AA:3D08\nPCI_SLOT_NAME=0000:C4:00.0\nMODALIAS=pci:v00001002d000015BF\n"));

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.gpus.size(), 1);
    QCOMPARE(report.gpus.at(0).pciBusId, u"0000:c4:00.0"_s);
    QCOMPARE(report.gpus.at(0).pciDeviceId, u"0x15bf"_s);
    QCOMPARE(report.gpus.at(0).memoryMib, qint64(512));
}

void TestAmdProbe::shouldReportGarbageVendorAndCarryOn()
{
    Fixture fixture;
    QVERIFY(fixture.add7950X());
    QVERIFY(Akari::Test::writeFile(fixture.tree().deviceFolder(IntegratedAddress) + u"/vendor"_s, "banana\n"));

    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().probe, u"/sys/class/drm"_s);
    QCOMPARE(report.failures.first().error.code(), Akari::Error::Code::Parse);
    QVERIFY(report.failures.first().error.file().endsWith(u"card1/device/vendor"_s));
    QCOMPARE(report.gpus.size(), 1);
    QCOMPARE(report.gpus.at(0).pciBusId, DiscreteAddress);
}

void TestAmdProbe::shouldGuessIntegratedFromVram_data()
{
    QTest::addColumn<qint64>("vramBytes");
    QTest::addColumn<std::optional<bool>>("integrated");

    QTest::newRow("512 MiB carve-out") << qint64(536870912) << std::optional<bool>(true);
    QTest::newRow("64 MiB carve-out") << qint64(67108864) << std::optional<bool>(true);
    QTest::newRow("8 GiB: a card, or an APU with a big carve-out") << qint64(8573157376) << std::optional<bool>();
    QTest::newRow("513 MiB") << qint64(537919488) << std::optional<bool>();
}

void TestAmdProbe::shouldGuessIntegratedFromVram()
{
    QFETCH(qint64, vramBytes);
    QFETCH(std::optional<bool>, integrated);
    Fixture fixture;
    QVERIFY(fixture.addAmdCard(0, u"0000:c4:00.0"_s, "0x15bf", vramBytes));
    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.gpus.size(), 1);
    QCOMPARE(report.gpus.at(0).integrated, integrated);
}

void TestAmdProbe::shouldReadRocmVersion_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("release with build number") << QByteArray("6.4.1-120\n") << u"6.4.1"_s;
    QTest::newRow("plain") << QByteArray("7.2.0") << u"7.2.0"_s;
    QTest::newRow("blank lines around") << QByteArray("\n 6.3.3-74 \n\n") << u"6.3.3"_s;
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestAmdProbe::shouldReadRocmVersion()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    Fixture fixture;
    QVERIFY(Akari::Test::writeFile(fixture.tree().path(u"opt/rocm/.info/version"_s), file));
    HardwareReport report;
    AmdProbe(fixture.environment()).addGpus(report);
    QCOMPARE(report.rocmVersion, expected);
    QVERIFY(report.gpus.isEmpty());
    QVERIFY(fixture.runner->runs().isEmpty());
}

QTEST_GUILESS_MAIN(TestAmdProbe)
#include "tst_amdprobe.moc"
