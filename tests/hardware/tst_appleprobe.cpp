// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "core/hardware/appleprobe.h"
#include "core/hardware/hardwarereport.h"
#include "core/hardware/probeenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::AppleProbe;
using Akari::HardwareReport;
using Akari::ProbeEnvironment;
using Akari::SystemInfo;

/// AppleProbe: decided from the machine facts, so any host can play a Mac.
class TestAppleProbe final : public QObject
{
    Q_OBJECT

private slots:
    void shouldAddGpuOnAppleSiliconOnly_data();
    void shouldAddGpuOnAppleSiliconOnly();
    void shouldKeepGpusFoundBefore();
};

void TestAppleProbe::shouldAddGpuOnAppleSiliconOnly_data()
{
    QTest::addColumn<SystemInfo::OsFamily>("os");
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<bool>("apple");

    QTest::newRow("macOS arm64 (Qt's name)") << SystemInfo::OsFamily::MacOs << u"arm64"_s << true;
    QTest::newRow("macOS aarch64") << SystemInfo::OsFamily::MacOs << u"aarch64"_s << true;
    QTest::newRow("Intel Mac") << SystemInfo::OsFamily::MacOs << u"x86_64"_s << false;
    QTest::newRow("Linux on arm64 (Asahi, Graviton)") << SystemInfo::OsFamily::Linux << u"arm64"_s << false;
    QTest::newRow("Windows on arm64") << SystemInfo::OsFamily::Windows << u"arm64"_s << false;
    QTest::newRow("unknown architecture") << SystemInfo::OsFamily::MacOs << QString() << false;
}

void TestAppleProbe::shouldAddGpuOnAppleSiliconOnly()
{
    QFETCH(SystemInfo::OsFamily, os);
    QFETCH(QString, architecture);
    QFETCH(bool, apple);
    QTemporaryDir root;
    ProbeEnvironment environment;
    environment.root = root.path();
    HardwareReport report;
    report.machine.osFamily = os;
    report.machine.architecture = architecture;

    AppleProbe(environment).addGpus(report);
    QCOMPARE(report.gpus.size(), apple ? 1 : 0);
    if (apple) {
        const Akari::GpuInfo &gpu = report.gpus.first();
        QCOMPARE(gpu.vendor, Akari::GpuVendor::Apple);
        QCOMPARE(gpu.integrated, std::optional<bool>(true));
        QCOMPARE(gpu.source, u"sysctl"_s);
        QVERIFY(!gpu.name.isEmpty());
        QCOMPARE(gpu.memoryMib, qint64(-1)); // unified memory: no dedicated amount to report
    }
    QVERIFY(report.failures.isEmpty());
    QVERIFY(report.commandsRun.isEmpty());
}

void TestAppleProbe::shouldKeepGpusFoundBefore()
{
    QTemporaryDir root;
    ProbeEnvironment environment;
    environment.root = root.path();
    HardwareReport report;
    report.machine.osFamily = SystemInfo::OsFamily::MacOs;
    report.machine.architecture = u"arm64"_s;
    Akari::GpuInfo earlier;
    earlier.vendor = Akari::GpuVendor::Amd;
    report.gpus.append(earlier);

    AppleProbe(environment).addGpus(report);
    QCOMPARE(report.gpus.size(), 2);
    QCOMPARE(report.gpus.at(0).vendor, Akari::GpuVendor::Amd);
    QCOMPARE(report.gpus.at(1).vendor, Akari::GpuVendor::Apple);
}

QTEST_GUILESS_MAIN(TestAppleProbe)
#include "tst_appleprobe.moc"
