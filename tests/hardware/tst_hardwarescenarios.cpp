// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/hardwaredetector.h"
#include "core/pep/version.h"
#include "fakecommandrunner.h"
#include "hardwarefixture.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuInfo;
using Akari::HardwareReport;
using Akari::UvAccelerator;
using Akari::Test::HardwareFixture;

namespace
{

/// How many scenario folders tests/data/hardware holds; fewer means one was lost.
constexpr qsizetype ScenarioCount = 21;

const QString DataDir = QStringLiteral(AKARI_HARDWARE_DATA_DIR);

QString kindName(UvAccelerator::Kind kind)
{
    switch (kind) {
    case UvAccelerator::Kind::None:
        return u"none"_s;
    case UvAccelerator::Kind::Cuda:
        return u"cuda"_s;
    case UvAccelerator::Kind::Amd:
        return u"amd"_s;
    case UvAccelerator::Kind::Xpu:
        return u"xpu"_s;
    }
    return u"?"_s;
}

QString optionalBool(const std::optional<bool> &value)
{
    return value ? (*value ? u"true"_s : u"false"_s) : u"null"_s;
}

/// The whole report in a few lines, shown when a comparison fails.
QString describe(const HardwareReport &report, const QStringList &runs)
{
    QStringList lines;
    const UvAccelerator &accelerator = report.accelerator;
    lines << u"accelerator: %1 %2%3 from \"%4\"%5"_s.arg(
        kindName(accelerator.kind), accelerator.driverVersion ? accelerator.driverVersion->toString() : QString(),
        accelerator.amdArchitecture, accelerator.source,
        accelerator.uvError ? u" (uv error: %1)"_s.arg(accelerator.uvError->message()) : QString());
    for (const GpuInfo &gpu : report.gpus) {
        lines << u"gpu: %1 \"%2\" pci=%3 dev=%4 mem=%5 cc=%6 arch=%7 index=%8 driver=%9 integrated=%10 "
                 u"visible=%11 source=%12"_s
                     .arg(Akari::gpuVendorId(gpu.vendor), gpu.name, gpu.pciBusId, gpu.pciDeviceId)
                     .arg(gpu.memoryMib)
                     .arg(gpu.computeCapability, gpu.architecture)
                     .arg(gpu.index)
                     .arg(gpu.driverVersion, optionalBool(gpu.integrated), gpu.visible ? u"true"_s : u"false"_s,
                          gpu.source);
    }
    lines << u"nvidia driver \"%1\", cuda \"%2\", rocm \"%3\""_s.arg(report.nvidiaDriverVersion,
                                                                     report.cudaDriverVersion, report.rocmVersion);
    for (const Akari::ProbeFailure &failure : report.failures)
        lines << u"failure: %1: %2"_s.arg(failure.probe, failure.error.message());
    for (const QString &run : runs)
        lines << u"ran: "_s + run;
    return lines.join(u"\n  "_s);
}

/// The reported GPU an expected entry speaks about: by PCI address when given, else the
/// n-th GPU of that vendor.
const GpuInfo *findGpu(const HardwareReport &report, const QJsonObject &expected, qsizetype positionInVendor)
{
    const QString vendor = expected.value(u"vendor"_s).toString();
    const QString pci = expected.value(u"pci_bus_id"_s).toString();
    qsizetype seen = 0;
    for (const GpuInfo &gpu : report.gpus) {
        if (Akari::gpuVendorId(gpu.vendor) != vendor)
            continue;
        if (!pci.isEmpty() ? gpu.pciBusId == pci : seen == positionInVendor)
            return &gpu;
        ++seen;
    }
    return nullptr;
}

/// Compares every field the expected GPU names; returns the first difference, empty when none.
QString gpuDifference(const GpuInfo &gpu, const QJsonObject &expected)
{
    const auto differs = [&](const QString &key, const QString &actual) -> QString {
        if (!expected.contains(key))
            return {};
        const QJsonValue want = expected.value(key);
        QString wanted;
        if (want.isBool())
            wanted = want.toBool() ? u"true"_s : u"false"_s;
        else if (want.isNull())
            wanted = u"null"_s;
        else if (want.isDouble())
            wanted = QString::number(want.toInteger());
        else
            wanted = want.toString();
        return wanted == actual ? QString() : u"%1: expected \"%2\", got \"%3\""_s.arg(key, wanted, actual);
    };
    const QStringList differences{
        differs(u"name"_s, gpu.name),
        differs(u"memory_mib"_s, QString::number(gpu.memoryMib)),
        differs(u"compute_capability"_s, gpu.computeCapability),
        differs(u"architecture"_s, gpu.architecture),
        differs(u"pci_bus_id"_s, gpu.pciBusId),
        differs(u"pci_device_id"_s, gpu.pciDeviceId.toLower()),
        differs(u"index"_s, QString::number(gpu.index)),
        differs(u"driver_version"_s, gpu.driverVersion),
        differs(u"integrated"_s, optionalBool(gpu.integrated)),
        differs(u"visible"_s, gpu.visible ? u"true"_s : u"false"_s),
        differs(u"source"_s, gpu.source),
    };
    for (const QString &difference : differences) {
        if (!difference.isEmpty())
            return difference;
    }
    return {};
}

bool writeScenario(const QString &dir, const QByteArray &json, const QByteArray &listing = {})
{
    return Akari::Test::writeFile(dir + u"/scenario.json"_s, json) &&
           (listing.isEmpty() || Akari::Test::writeFile(dir + u"/lspci.txt"_s, listing));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

} // namespace

/// Every captured machine in tests/data/hardware through the whole detector, against the values
/// read off the captures; plus the loader that turns those captures into a fake machine.
class TestHardwareScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldBuildSysfsFilesFromListing();
    void shouldLinkDriversAndDrmCards();
    void shouldRejectUnknownKeys_data();
    void shouldRejectUnknownKeys();
    void shouldRejectListingWithoutIds();
    void shouldReportWhatTheCaptureShows_data();
    void shouldReportWhatTheCaptureShows();
};

void TestHardwareScenarios::initTestCase()
{
    const QStringList scenarios = HardwareFixture::scenarioDirectories(DataDir);
    QVERIFY2(
        scenarios.size() >= ScenarioCount,
        qPrintable(
            u"%1 holds %2 scenarios, expected at least %3"_s.arg(DataDir).arg(scenarios.size()).arg(ScenarioCount)));
    QVERIFY(QFileInfo::exists(DataDir + u"/SOURCES.md"_s));
}

void TestHardwareScenarios::shouldBuildSysfsFilesFromListing()
{
    // lspci -vnn line with a prog-if and no domain: "b5:00.0 VGA compatible controller [0300]: ... [8086:56b1]".
    QString error;
    const std::optional<HardwareFixture> fixture = HardwareFixture::load(DataDir + u"/intel-arc-pro-a40"_s, &error);
    QVERIFY2(fixture, qPrintable(error));
    const QString device = fixture->rootPath() + u"/sys/bus/pci/devices/0000:b5:00.0"_s;
    QCOMPARE(readAll(device + u"/class"_s), "0x030000\n"_ba);
    QCOMPARE(readAll(device + u"/vendor"_s), "0x8086\n"_ba);
    QCOMPARE(readAll(device + u"/device"_s), "0x56b1\n"_ba);
    QCOMPARE(QDir(fixture->rootPath() + u"/sys/bus/pci/devices"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
             QStringList{u"0000:b5:00.0"_s});

    // A 3D controller (class 0302) and a non-display bridge keep their own class codes.
    const std::optional<HardwareFixture> hybrid =
        HardwareFixture::load(DataDir + u"/hybrid-intel-igpu-nvidia-no-driver"_s, &error);
    QVERIFY2(hybrid, qPrintable(error));
    const QString devices = hybrid->rootPath() + u"/sys/bus/pci/devices/"_s;
    QCOMPARE(readAll(devices + u"0000:02:00.0/class"_s), "0x030200\n"_ba);
    QCOMPARE(readAll(devices + u"0000:02:00.0/device"_s), "0x174d\n"_ba);
    QCOMPARE(readAll(devices + u"0000:00:1c.5/class"_s), "0x060400\n"_ba);
    QVERIFY(!QFileInfo(devices + u"0000:02:00.0/driver"_s).isSymLink());
}

void TestHardwareScenarios::shouldLinkDriversAndDrmCards()
{
#if !defined(Q_OS_UNIX)
    QSKIP("sysfs links are symbolic links; the PCI scenarios are Linux machines.");
#endif
    QString error;
    const std::optional<HardwareFixture> nvidia =
        HardwareFixture::load(DataDir + u"/nvidia-sysfs-two-5060ti"_s, &error);
    QVERIFY2(nvidia, qPrintable(error));
    const QFileInfo driver(nvidia->rootPath() + u"/sys/bus/pci/devices/0000:03:00.0/driver"_s);
    QVERIFY(driver.isSymLink());
    QCOMPARE(QFileInfo(driver.symLinkTarget()).fileName(), u"nvidia"_s);
    QVERIFY(driver.isDir()); // the link resolves
    QCOMPARE(readAll(nvidia->rootPath() + u"/sys/module/nvidia/version"_s), "580.173.02\n"_ba);

    const std::optional<HardwareFixture> amd =
        HardwareFixture::load(DataDir + u"/amd-7900xtx-sysfs-rocminfo"_s, &error);
    QVERIFY2(amd, qPrintable(error));
    const QFileInfo card(amd->rootPath() + u"/sys/class/drm/card0/device"_s);
    QVERIFY(card.isSymLink());
    QCOMPARE(QFileInfo(card.symLinkTarget()).fileName(), u"0000:03:00.0"_s);
    QCOMPARE(readAll(card.filePath() + u"/vendor"_s), "0x1002\n"_ba);
}

void TestHardwareScenarios::shouldRejectUnknownKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");

    QTest::newRow("top level") << R"({"description": "", "sources": [], "expected": {}, "lspcii": "x"})"_ba
                               << u"lspcii"_s;
    QTest::newRow("expected") << R"({"description": "", "sources": [], "expected": {"gpu": []}})"_ba << u"gpu"_s;
    QTest::newRow("expected gpu")
        << R"({"description": "", "sources": [], "expected": {"gpus": [{"vendor": "nvidia", "memory": 1}]}})"_ba
        << u"memory"_s;
    QTest::newRow("command") << R"({"description": "", "sources": [], "expected": {},
                                    "commands": [{"program": "nvidia-smi", "arguments": null, "stdot": "a"}]})"_ba
                             << u"stdot"_s;
}

void TestHardwareScenarios::shouldRejectUnknownKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QTemporaryDir dir;
    QVERIFY(writeScenario(dir.path(), json));
    QString error;
    QVERIFY(!HardwareFixture::load(dir.path(), &error));
    QVERIFY2(error.contains(named), qPrintable(error));
}

void TestHardwareScenarios::shouldRejectListingWithoutIds()
{
    // Plain `lspci` has no [class] and [vendor:device] codes, so it cannot make sysfs files.
    QTemporaryDir dir;
    QVERIFY(writeScenario(dir.path(), R"({"description": "", "sources": [], "expected": {}, "lspci": "lspci.txt"})"_ba,
                          "00:02.0 VGA compatible controller: Intel Corporation HD Graphics 620 (rev 02)\n"_ba));
    QString error;
    QVERIFY(!HardwareFixture::load(dir.path(), &error));
    QVERIFY2(error.contains(u"lspci.txt:1"_s), qPrintable(error));
}

void TestHardwareScenarios::shouldReportWhatTheCaptureShows_data()
{
    QTest::addColumn<QString>("directory");
    for (const QString &directory : HardwareFixture::scenarioDirectories(DataDir))
        QTest::newRow(qPrintable(QFileInfo(directory).fileName())) << directory;
}

void TestHardwareScenarios::shouldReportWhatTheCaptureShows()
{
    QFETCH(QString, directory);
    QString error;
    const std::optional<HardwareFixture> fixture = HardwareFixture::load(directory, &error);
    QVERIFY2(fixture, qPrintable(error));

    const Akari::Result<HardwareReport> detected = Akari::HardwareDetector(fixture->environment()).detect();
    QVERIFY2(detected, qPrintable(detected ? QString() : detected.error().message()));
    const HardwareReport &report = *detected;
    const QStringList runs = fixture->runner()->runs();
    // Every command a probe starts is bounded: a hung vendor tool must never hang Akari (≤ 3 s).
    QVERIFY2(fixture->runner()->longestTimeoutMs() <= Akari::CommandRunner::DefaultTimeoutMs,
             qPrintable(QString::number(fixture->runner()->longestTimeoutMs())));
    QVERIFY(runs.isEmpty() || fixture->runner()->longestTimeoutMs() > 0);
    const QByteArray context = u"\n  "_s.append(describe(report, runs)).toUtf8();
    const QJsonObject expected = fixture->expected();

    const QJsonObject accelerator = expected.value(u"accelerator"_s).toObject();
    if (accelerator.contains(u"kind"_s))
        QVERIFY2(kindName(report.accelerator.kind) == accelerator.value(u"kind"_s).toString(), context.constData());
    if (accelerator.contains(u"value"_s)) {
        const QString value = accelerator.value(u"value"_s).toString();
        if (report.accelerator.kind == UvAccelerator::Kind::Cuda) {
            // PEP 440 equality: the capture's "565.57.01" is the same version as "565.57.1".
            const Akari::Result<Akari::Version> want = Akari::Version::parse(value);
            QVERIFY(want);
            QVERIFY2(report.accelerator.driverVersion && *report.accelerator.driverVersion == *want,
                     context.constData());
        } else {
            QVERIFY2(report.accelerator.amdArchitecture == value, context.constData());
        }
    }
    if (accelerator.contains(u"source"_s))
        QVERIFY2(report.accelerator.source == accelerator.value(u"source"_s).toString(), context.constData());
    if (expected.contains(u"uv_error"_s))
        QVERIFY2(report.accelerator.uvError.has_value() == expected.value(u"uv_error"_s).toBool(), context.constData());

    if (expected.contains(u"gpus"_s)) {
        const QJsonArray gpus = expected.value(u"gpus"_s).toArray();
        QVERIFY2(report.gpus.size() == gpus.size(), context.constData());
        QHash<QString, qsizetype> positions;
        for (const QJsonValue &value : gpus) {
            const QJsonObject want = value.toObject();
            const QString vendor = want.value(u"vendor"_s).toString();
            const GpuInfo *gpu = findGpu(report, want, positions[vendor]++);
            QVERIFY2(gpu, qPrintable(u"no %1 GPU %2"_s.arg(vendor, want.value(u"pci_bus_id"_s).toString()) +
                                     QString::fromUtf8(context)));
            const QString difference = gpuDifference(*gpu, want);
            QVERIFY2(difference.isEmpty(), qPrintable(difference + QString::fromUtf8(context)));
        }
    }

    const auto sameText = [&](const char *key, const QString &actual) {
        return !expected.contains(QLatin1StringView(key)) ||
               expected.value(QLatin1StringView(key)).toString() == actual;
    };
    QVERIFY2(sameText("nvidia_driver_version", report.nvidiaDriverVersion), context.constData());
    QVERIFY2(sameText("cuda_version", report.cudaDriverVersion), context.constData());
    QVERIFY2(sameText("rocm_version", report.rocmVersion), context.constData());
    if (expected.contains(u"cuda_visible_devices"_s))
        QVERIFY2(report.cudaVisibleDevices == expected.value(u"cuda_visible_devices"_s).toString(),
                 context.constData());
    if (expected.contains(u"nvidia_smi_only_in_wsl_path"_s))
        QVERIFY2(report.nvidiaSmiOnlyInWslPath == expected.value(u"nvidia_smi_only_in_wsl_path"_s).toBool(),
                 context.constData());

    for (const QJsonValue &probe : expected.value(u"failures"_s).toArray()) {
        const bool failed = std::any_of(report.failures.cbegin(), report.failures.cend(),
                                        [&](const Akari::ProbeFailure &f) { return f.probe == probe.toString(); });
        QVERIFY2(failed, qPrintable(u"no failure of %1"_s.arg(probe.toString()) + QString::fromUtf8(context)));
    }
    if (expected.value(u"no_failures"_s).toBool())
        QVERIFY2(report.failures.isEmpty(), context.constData());
    if (expected.value(u"no_commands"_s).toBool())
        QVERIFY2(runs.isEmpty(), context.constData());
    if (expected.contains(u"retried_without_compute_cap"_s)) {
        const bool retried = std::any_of(runs.cbegin(), runs.cend(), [](const QString &run) {
            return run.contains(u"--query-gpu=index"_s) && !run.contains(u"compute_cap"_s);
        });
        QVERIFY2(retried == expected.value(u"retried_without_compute_cap"_s).toBool(), context.constData());
    }
}

QTEST_GUILESS_MAIN(TestHardwareScenarios)
#include "tst_hardwarescenarios.moc"
