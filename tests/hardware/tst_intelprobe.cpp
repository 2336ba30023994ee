// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "capturedlspci.h"
#include "core/hardware/hardwarereport.h"
#include "core/hardware/intelprobe.h"
#include "core/hardware/probeenvironment.h"
#include "fakecommandrunner.h"
#include "sysfstree.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuInfo;
using Akari::HardwareReport;
using Akari::IntelProbe;
using Akari::ProbeEnvironment;
using Akari::UvAccelerator;
using Akari::Test::SysfsTree;
using namespace Akari::Test::CapturedLspci;

namespace
{
// More captured `lspci -Dnn` / `lspci -nn` lines (the shared ones are in capturedlspci.h).
const QString Rx6800 =
    u"0000:03:00.0 VGA compatible controller [0300]: Advanced Micro Devices, Inc. [AMD/ATI] Navi 21 [Radeon RX 6800] [1002:73bf] (rev c1)"_s;
const QString Arc770 =
    u"0000:03:00.0 VGA compatible controller [0300]: Intel Corporation DG2 [Arc A770] [8086:56a0] (rev 08)"_s;
const QString Max1550 = u"0000:4d:00.0 Display controller [0380]: Intel Corporation Device [8086:0bd5] (rev 08)"_s;
const QString AlderLakeN =
    u"0000:00:02.0 VGA compatible controller [0300]: Intel Corporation Alder Lake-N [UHD Graphics] [8086:46d1]"_s;

struct Fixture
{
    QTemporaryDir root;
    std::shared_ptr<Akari::Test::FakeCommandRunner> runner = std::make_shared<Akari::Test::FakeCommandRunner>();

    [[nodiscard]] ProbeEnvironment environment() const
    {
        ProbeEnvironment environment;
        environment.root = root.path();
        environment.runner = runner;
        return environment;
    }
    [[nodiscard]] SysfsTree tree() const { return SysfsTree(root.path()); }
};
} // namespace

/// IntelProbe: uv's PCI step, integrated versus discrete, and the per-device listing.
class TestIntelProbe final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDetectLikeUv_data();
    void shouldDetectLikeUv();
    void shouldSkipUnreadableDevice_data();
    void shouldSkipUnreadableDevice();
    void shouldStopLikeUvOnUnlistableFolder_data();
    void shouldStopLikeUvOnUnlistableFolder();
    void shouldTellIntegratedFromDiscrete_data();
    void shouldTellIntegratedFromDiscrete();
    void shouldNameDevices_data();
    void shouldNameDevices();
    void shouldListIntelDisplayDevices();
    void shouldReportFailureOnce();
};

void TestIntelProbe::shouldDetectLikeUv_data()
{
    QTest::addColumn<QStringList>("lspci");
    QTest::addColumn<bool>("xpu");

    QTest::newRow("Tiger Lake laptop with an RTX 4070: uv's Intel step still matches")
        << QStringList{HostBridge, TigerLake, Rtx4070} << true;
    QTest::newRow("Arc A770 desktop") << QStringList{Arc770} << true;
    QTest::newRow("Data Center GPU Max: display controller class") << QStringList{Max1550} << true;
    QTest::newRow("iGPU and DG1") << QStringList{TigerLake, Dg1} << true;
    QTest::newRow("Intel host bridge alone is no GPU") << QStringList{HostBridge} << false;
    QTest::newRow("NVIDIA and AMD only") << QStringList{Rtx4070, Rx6800} << false;
    QTest::newRow("no PCI devices") << QStringList{} << false;
}

void TestIntelProbe::shouldDetectLikeUv()
{
    QFETCH(QStringList, lspci);
    QFETCH(bool, xpu);
    Fixture fixture;
    for (const QString &line : std::as_const(lspci))
        QVERIFY2(fixture.tree().addFromLspci(line), qPrintable(line));

    HardwareReport report;
    const Akari::Result<std::optional<UvAccelerator>> result = IntelProbe(fixture.environment()).uvDetect(report);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
    const std::optional<UvAccelerator> &accelerator = *result;
    QCOMPARE(accelerator.has_value(), xpu);
    if (accelerator) {
        QCOMPARE(accelerator->kind, UvAccelerator::Kind::Xpu);
        QCOMPARE(accelerator->source, u"/sys/bus/pci/devices"_s);
    }
    QVERIFY(report.failures.isEmpty());
    QVERIFY(fixture.runner->runs().isEmpty());
}

void TestIntelProbe::shouldSkipUnreadableDevice_data()
{
    QTest::addColumn<QStringList>("lspci");
    QTest::addColumn<QString>("file"); // below the Tiger Lake iGPU's folder
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("xpu");

    // uv logs a device whose class or vendor it cannot read, and goes on with the next one.
    QTest::newRow("class is garbage, nothing else")
        << QStringList{TigerLake} << u"class"_s << QByteArray("0x03zz00\n") << false;
    QTest::newRow("vendor is empty, nothing else") << QStringList{TigerLake} << u"vendor"_s << QByteArray() << false;
    QTest::newRow("class is garbage, DG1 still found")
        << QStringList{TigerLake, Dg1} << u"class"_s << QByteArray("VGA\n") << true;
    QTest::newRow("vendor is garbage, Arc still found")
        << QStringList{HostBridge, TigerLake, Arc770} << u"vendor"_s << QByteArray("\xff\xfe") << true;
    // uv never reads `device`: the iGPU itself is still found, and nothing is reported.
    QTest::newRow("device id is garbage") << QStringList{TigerLake} << u"device"_s << QByteArray("0x9a4z\n") << true;
}

void TestIntelProbe::shouldSkipUnreadableDevice()
{
    QFETCH(QStringList, lspci);
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QFETCH(bool, xpu);
    Fixture fixture;
    for (const QString &line : std::as_const(lspci))
        QVERIFY(fixture.tree().addFromLspci(line));
    const QString path = fixture.tree().deviceFolder(u"0000:00:02.0"_s) + u'/' + file;
    QVERIFY(Akari::Test::writeFile(path, contents));
    const bool reported = file != u"device"_s;

    HardwareReport report;
    const IntelProbe probe(fixture.environment());
    const Akari::Result<std::optional<UvAccelerator>> result = probe.uvDetect(report);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->has_value(), xpu);
    probe.addGpus(report);
    // One failure however often the listing is read, naming the file as a user reaches it.
    QCOMPARE(report.failures.size(), reported ? 1 : 0);
    if (reported) {
        QCOMPARE(report.failures.first().probe, u"/sys/bus/pci/devices"_s);
        QCOMPARE(report.failures.first().error.file(),
                 fixture.tree().path(u"sys/bus/pci/devices/0000:00:02.0/"_s + file));
    }
    // The skipped iGPU is not listed; the others are.
    QCOMPARE(report.gpus.size(), int(lspci.size()) - (lspci.contains(HostBridge) ? 1 : 0) - (reported ? 1 : 0));
}

void TestIntelProbe::shouldStopLikeUvOnUnlistableFolder_data()
{
    QTest::addColumn<QString>("file"); // a plain file where a folder should be

    QTest::newRow("device list is a file") << u"sys/bus/pci/devices"_s;
    QTest::newRow("its parent is a file") << u"sys/bus/pci"_s;
}

void TestIntelProbe::shouldStopLikeUvOnUnlistableFolder()
{
    // The one error of uv's step 7: the folder exists (or is not simply absent) but cannot be listed.
    QFETCH(QString, file);
    Fixture fixture;
    QVERIFY(Akari::Test::writeFile(fixture.tree().path(file), "garbage\n"));

    HardwareReport report;
    const IntelProbe probe(fixture.environment());
    const Akari::Result<std::optional<UvAccelerator>> result = probe.uvDetect(report);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Akari::Error::Code::Io);
    QCOMPARE(result.error().file(), fixture.tree().path(u"sys/bus/pci/devices"_s));
    QVERIFY(report.failures.isEmpty()); // the detector turns it into uv's error
    // The listing of Intel GPUs reports it as its own failure.
    probe.addGpus(report);
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().error, result.error());
}

void TestIntelProbe::shouldTellIntegratedFromDiscrete_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<std::optional<bool>>("integrated");

    QTest::newRow("Tiger Lake Iris Xe at 00:02.0") << u"0000:00:02.0"_s << 0x9a49 << std::optional<bool>(true);
    QTest::newRow("Alder Lake-N UHD") << u"0000:00:02.0"_s << 0x46d1 << std::optional<bool>(true);
    QTest::newRow("Lunar Lake Arc 140V") << u"0000:00:02.0"_s << 0x64a0 << std::optional<bool>(true);
    QTest::newRow("DG1 Iris Xe MAX") << u"0000:03:00.0"_s << 0x4905 << std::optional<bool>(false);
    QTest::newRow("Arc A770") << u"0000:03:00.0"_s << 0x56a0 << std::optional<bool>(false);
    QTest::newRow("Arc A370M") << u"0000:03:00.0"_s << 0x5693 << std::optional<bool>(false);
    QTest::newRow("Arc A770 passed through to a VM at 00:02.0")
        << u"0000:00:02.0"_s << 0x56a0 << std::optional<bool>(false);
    QTest::newRow("Data Center GPU Flex 170") << u"0000:b3:00.0"_s << 0x56c0 << std::optional<bool>(false);
    QTest::newRow("Data Center GPU Max 1550") << u"0000:4d:00.0"_s << 0x0bd5 << std::optional<bool>(false);
    QTest::newRow("Arc B580") << u"0000:03:00.0"_s << 0xe20b << std::optional<bool>(false);
    QTest::newRow("unknown id elsewhere") << u"0000:05:00.0"_s << 0x1234 << std::optional<bool>();
    QTest::newRow("unknown id, no address (Windows)") << QString() << 0x9a49 << std::optional<bool>();
    QTest::newRow("00:02.0 on another bus is not the iGPU slot")
        << u"0000:05:02.0"_s << 0x9a49 << std::optional<bool>();
}

void TestIntelProbe::shouldTellIntegratedFromDiscrete()
{
    QFETCH(QString, address);
    QFETCH(int, deviceId);
    QFETCH(std::optional<bool>, integrated);
    QCOMPARE(IntelProbe::isIntegrated(address, quint16(deviceId)), integrated);
}

void TestIntelProbe::shouldNameDevices_data()
{
    QTest::addColumn<int>("deviceId");
    QTest::addColumn<QString>("contains");

    QTest::newRow("Arc A770") << 0x56a0 << u"Arc"_s;
    QTest::newRow("Arc B580") << 0xe20b << u"Battlemage"_s;
    QTest::newRow("Max 1550") << 0x0bd5 << u"Max"_s;
    QTest::newRow("Tiger Lake: no table entry, the id is shown") << 0x9a49 << u"0x9a49"_s;
    QTest::newRow("leading zeros kept") << 0x0046 << u"0x0046"_s;
}

void TestIntelProbe::shouldNameDevices()
{
    QFETCH(int, deviceId);
    QFETCH(QString, contains);
    const QString name = IntelProbe::displayName(quint16(deviceId));
    QVERIFY2(name.contains(contains), qPrintable(name));
}

void TestIntelProbe::shouldListIntelDisplayDevices()
{
    Fixture fixture;
    for (const QString &line : {HostBridge, TigerLake, Dg1})
        QVERIFY(fixture.tree().addFromLspci(line));
    QVERIFY(fixture.tree().addFromLspci(
        u"0000:01:00.0 3D controller [0302]: NVIDIA Corporation GA107M [GeForce RTX 3050 Mobile] [10de:25a2] (rev a1)"_s));

    HardwareReport report;
    IntelProbe(fixture.environment()).addGpus(report);
    QVERIFY(report.failures.isEmpty());
    QCOMPARE(report.gpus.size(), 2);
    const GpuInfo &igpu = report.gpus.at(0);
    QCOMPARE(igpu.vendor, Akari::GpuVendor::Intel);
    QCOMPARE(igpu.pciBusId, u"0000:00:02.0"_s);
    QCOMPARE(igpu.pciDeviceId, u"0x9a49"_s);
    QCOMPARE(igpu.integrated, std::optional<bool>(true));
    QCOMPARE(igpu.source, u"sysfs"_s);
    QVERIFY(!igpu.name.isEmpty());
    const GpuInfo &dgpu = report.gpus.at(1);
    QCOMPARE(dgpu.pciBusId, u"0000:03:00.0"_s);
    QCOMPARE(dgpu.pciDeviceId, u"0x4905"_s);
    QCOMPARE(dgpu.integrated, std::optional<bool>(false));
    QVERIFY(dgpu.name.contains(u"DG1"_s));
}

void TestIntelProbe::shouldReportFailureOnce()
{
    Fixture fixture;
    QVERIFY(fixture.tree().addFromLspci(TigerLake));
    QVERIFY(Akari::Test::writeFile(fixture.tree().deviceFolder(u"0000:00:02.0"_s) + u"/class"_s, "VGA\n"));
    HardwareReport report;
    const IntelProbe probe(fixture.environment());
    const Akari::Result<std::optional<UvAccelerator>> result = probe.uvDetect(report);
    QVERIFY(result.has_value() && !result->has_value());
    probe.addGpus(report);
    probe.addGpus(report);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY(report.gpus.isEmpty());
}

QTEST_GUILESS_MAIN(TestIntelProbe)
#include "tst_intelprobe.moc"
