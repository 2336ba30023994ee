// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QTest>

#include "core/backend/advisor.h"
#include "core/backend/torchbackend.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Advice;
using Akari::Advisor;
using Akari::GpuInfo;
using Akari::GpuVendor;
using Akari::HardwareReport;
using Akari::Recommendation;
using Akari::SystemInfo;
using Akari::TargetPlatform;
using Akari::UvAccelerator;
using Akari::Version;

namespace
{

// Hand-made reports: each sets only what the insight under test reads.

GpuInfo nvidia(const QString &name, const QString &computeCapability, int index, const QString &driver = QString())
{
    GpuInfo gpu;
    gpu.vendor = GpuVendor::Nvidia;
    gpu.name = name;
    gpu.computeCapability = computeCapability;
    gpu.index = index;
    gpu.driverVersion = driver;
    gpu.source = u"nvidia-smi"_s;
    return gpu;
}

GpuInfo other(GpuVendor vendor, const QString &name, const QString &architecture = QString(),
              std::optional<bool> integrated = std::nullopt)
{
    GpuInfo gpu;
    gpu.vendor = vendor;
    gpu.name = name;
    gpu.architecture = architecture;
    gpu.integrated = integrated;
    gpu.source = u"sysfs"_s;
    return gpu;
}

SystemInfo machine(SystemInfo::OsFamily os = SystemInfo::OsFamily::Linux)
{
    SystemInfo info;
    info.osFamily = os;
    info.architecture = os == SystemInfo::OsFamily::MacOs ? u"arm64"_s : u"x86_64"_s;
    return info;
}

/// uv found \a driver; the probes saw \a gpus.
HardwareReport withCuda(const QString &driver, const QString &cudaVersion, const QList<GpuInfo> &gpus)
{
    HardwareReport report;
    report.machine = machine();
    report.accelerator.kind = UvAccelerator::Kind::Cuda;
    report.accelerator.driverVersion = Version::parse(driver).value_or(Version());
    report.accelerator.source = u"/sys/module/nvidia/version"_s;
    report.nvidiaDriverVersion = driver;
    report.cudaDriverVersion = cudaVersion;
    for (GpuInfo gpu : gpus) {
        if (gpu.vendor == GpuVendor::Nvidia && gpu.driverVersion.isEmpty())
            gpu.driverVersion = driver;
        report.gpus.append(gpu);
    }
    return report;
}

HardwareReport withoutAccelerator(const QList<GpuInfo> &gpus, SystemInfo info = machine())
{
    HardwareReport report;
    report.machine = info;
    report.gpus = gpus;
    return report;
}

const GpuInfo gtx1080Ti = nvidia(u"NVIDIA GeForce GTX 1080 Ti"_s, u"6.1"_s, 0);
const GpuInfo rtx4090 = nvidia(u"NVIDIA GeForce RTX 4090"_s, u"8.9"_s, 1);
const GpuInfo v100 = nvidia(u"Tesla V100-SXM2-16GB"_s, u"7.0"_s, 0);
const GpuInfo k80 = nvidia(u"Tesla K40m"_s, u"3.5"_s, 0);
const GpuInfo unknownCapability = nvidia(u"NVIDIA GeForce RTX 3060"_s, QString(), 0);

const Advice *find(const Recommendation &recommendation, const QString &id)
{
    const auto it =
        std::ranges::find_if(recommendation.advice, [&id](const Advice &advice) { return advice.id == id; });
    return it == recommendation.advice.end() ? nullptr : &*it;
}

} // namespace

class TestAdvisorInsight final : public QObject
{
    Q_OBJECT

private slots:
    void shouldExplainAndAdjust_data();
    void shouldExplainAndAdjust();
    void shouldKeepUvsListWhateverTheInsight();
};

void TestAdvisorInsight::shouldExplainAndAdjust_data()
{
    QTest::addColumn<HardwareReport>("report");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("firstAdvice");
    QTest::addColumn<QStringList>("absent");
    /// "id:fragment": the advice \a id must exist and its text contain the fragment.
    QTest::addColumn<QStringList>("says");

    const QString linux = u"linux"_s;

    // uv's own choice, explained.
    QTest::newRow("driver 550 gets cu129 through minor-version compatibility")
        << withCuda(u"550.144.03"_s, u"12.4"_s, {rtx4090}) << linux << u"cu129"_s << u"uv-choice"_s
        << QStringList{u"compute-capability-unsupported"_s}
        << QStringList{u"uv-choice:550.144.03"_s, u"uv-choice:12.4"_s, u"uv-choice:cu129"_s, u"uv-choice:525.60.13"_s,
                       u"uv-choice:/sys/module/nvidia/version"_s};
    QTest::newRow("driver reporting CUDA 13.2 gets cu132 (no compatibility note)")
        << withCuda(u"580.65.06"_s, u"13.2"_s, {rtx4090}) << linux << u"cu132"_s << u"uv-choice"_s
        << QStringList{u"driver-update-cuda13"_s, u"compute-capability-unsupported"_s}
        << QStringList{u"uv-choice:13.2"_s, u"uv-choice:cu132"_s};
    QTest::newRow("driver too old for any CUDA build")
        << withCuda(u"340.108"_s, QString(), {}) << linux << u"cpu"_s << u"uv-choice"_s << QStringList()
        << QStringList{u"uv-choice:375.26"_s};
    QTest::newRow("no GPU") << withoutAccelerator({}) << linux << u"cpu"_s << u"uv-choice"_s
                            << QStringList{u"nvidia-no-driver"_s, u"rocm-not-detected"_s} << QStringList();

    // Compute capability.
    QTest::newRow("GTX 1080 Ti with driver 580 falls back to cu126")
        << withCuda(u"580.65.06"_s, u"13.0"_s, {gtx1080Ti}) << linux << u"cu126"_s
        << u"compute-capability-unsupported"_s << QStringList{u"driver-update-cuda13"_s}
        << QStringList{u"compute-capability-unsupported:sm_61"_s, u"compute-capability-unsupported:cu132"_s,
                       u"compute-capability-unsupported:cu126"_s, u"compute-capability-unsupported:sm_75"_s};
    QTest::newRow("GTX 1080 Ti with driver 550: cu129 starts at sm_70")
        << withCuda(u"550.144.03"_s, u"12.4"_s, {gtx1080Ti}) << linux << u"cu126"_s
        << u"compute-capability-unsupported"_s << QStringList{u"driver-update-cuda13"_s}
        << QStringList{u"compute-capability-unsupported:cu129"_s, u"compute-capability-unsupported:sm_70"_s};
    QTest::newRow("Windows GTX 1080 Ti") << withCuda(u"581.29"_s, u"13.0"_s, {gtx1080Ti}) << u"windows"_s << u"cu126"_s
                                         << u"compute-capability-unsupported"_s << QStringList() << QStringList();
    QTest::newRow("mixed GPUs: every visible one must run")
        << withCuda(u"580.65.06"_s, u"13.0"_s, {rtx4090, gtx1080Ti}) << linux << u"cu126"_s
        << u"compute-capability-unsupported"_s << QStringList()
        << QStringList{u"compute-capability-unsupported:GTX 1080 Ti"_s};
    QTest::newRow("V100 keeps cu129, the newest line with sm_70")
        << withCuda(u"580.65.06"_s, u"13.0"_s, {v100}) << linux << u"cu129"_s << u"compute-capability-unsupported"_s
        << QStringList() << QStringList();
    QTest::newRow("Kepler: no known build, CPU")
        << withCuda(u"470.82.01"_s, u"11.4"_s, {k80}) << linux << u"cpu"_s << u"compute-capability-unsupported"_s
        << QStringList{u"driver-update-cuda13"_s}
        << QStringList{u"compute-capability-unsupported:cu118"_s, u"compute-capability-unsupported:sm_35"_s};
    QTest::newRow("unknown line first (cu102): say nothing")
        << withCuda(u"440.33"_s, u"10.2"_s, {gtx1080Ti}) << linux << u"cu102"_s << u"uv-choice"_s
        << QStringList{u"compute-capability-unsupported"_s} << QStringList();
    QTest::newRow("unknown compute capability: say nothing")
        << withCuda(u"550.144.03"_s, u"12.4"_s, {unknownCapability}) << linux << u"cu129"_s << u"uv-choice"_s
        << QStringList{u"compute-capability-unsupported"_s, u"driver-update-cuda13"_s} << QStringList();

    // Driver update for CUDA 13.
    QTest::newRow("RTX 4090 on driver 550 could have CUDA 13")
        << withCuda(u"550.144.03"_s, u"12.4"_s, {rtx4090}) << linux << u"cu129"_s << u"uv-choice"_s << QStringList()
        << QStringList{u"driver-update-cuda13:580"_s, u"driver-update-cuda13:cu132, cu130"_s,
                       u"driver-update-cuda13:550.144.03"_s};

    // CUDA_VISIBLE_DEVICES.
    {
        GpuInfo hiddenPascal = gtx1080Ti;
        hiddenPascal.visible = false;
        HardwareReport report = withCuda(u"580.65.06"_s, u"13.0"_s, {rtx4090, hiddenPascal});
        report.cudaVisibleDevices = u"1"_s;
        QTest::newRow("hidden Pascal GPU is not checked")
            << report << linux << u"cu132"_s << u"uv-choice"_s << QStringList{u"compute-capability-unsupported"_s}
            << QStringList{u"hidden-gpus:CUDA_VISIBLE_DEVICES=\"1\""_s};
    }
    {
        GpuInfo hidden = rtx4090;
        hidden.visible = false;
        HardwareReport report = withCuda(u"580.65.06"_s, u"13.0"_s, {hidden});
        report.cudaVisibleDevices = u"-1"_s;
        QTest::newRow("every GPU hidden")
            << report << linux << u"cu132"_s << u"uv-choice"_s << QStringList() << QStringList{u"hidden-gpus:-1"_s};
    }
    {
        HardwareReport report = withCuda(u"580.65.06"_s, u"13.0"_s, {rtx4090});
        report.cudaVisibleDevices = u"0"_s;
        QTest::newRow("CUDA_VISIBLE_DEVICES hiding nothing")
            << report << linux << u"cu132"_s << u"uv-choice"_s << QStringList{u"hidden-gpus"_s} << QStringList();
    }

    // Hybrid laptop.
    QTest::newRow("Intel iGPU beside NVIDIA dGPU")
        << withCuda(u"550.144.03"_s, u"12.4"_s,
                    {nvidia(u"NVIDIA GeForce RTX 3050 Laptop GPU"_s, u"8.6"_s, 0),
                     other(GpuVendor::Intel, u"Intel UHD Graphics 630"_s, {}, true)})
        << linux << u"cu129"_s << u"uv-choice"_s << QStringList()
        << QStringList{u"hybrid-graphics:Intel UHD Graphics 630"_s};

    // WSL 2.
    {
        HardwareReport report = withCuda(u"572.60"_s, u"12.8"_s, {rtx4090});
        report.machine.wsl = true;
        report.accelerator.source = u"nvidia-smi"_s;
        QTest::newRow("WSL with nvidia-smi on PATH")
            << report << linux << u"cu129"_s << u"uv-choice"_s << QStringList() << QStringList{u"wsl:Windows"_s};
    }
    {
        HardwareReport report = withoutAccelerator({nvidia(u"NVIDIA GeForce RTX 4090"_s, u"8.9"_s, 0, u"572.60"_s)});
        report.machine.wsl = true;
        report.nvidiaDriverVersion = u"572.60"_s;
        report.nvidiaSmiOnlyInWslPath = true;
        QTest::newRow("WSL with nvidia-smi only in /usr/lib/wsl/lib")
            << report << linux << u"cu129"_s << u"wsl"_s << QStringList{u"nvidia-no-driver"_s}
            << QStringList{u"wsl:/usr/lib/wsl/lib"_s, u"wsl:UV_CUDA_DRIVER_VERSION=572.60"_s, u"wsl:cu129"_s};
        report.gpus = {nvidia(u"NVIDIA GeForce GTX 1080"_s, u"6.1"_s, 0, u"581.29"_s)};
        report.nvidiaDriverVersion = u"581.29"_s;
        QTest::newRow("WSL, nvidia-smi off PATH, Pascal")
            << report << linux << u"cu126"_s << u"compute-capability-unsupported"_s << QStringList()
            << QStringList{u"wsl:cu132"_s};
    }

    // Apple.
    QTest::newRow("Apple Silicon: PyPI builds have MPS")
        << withoutAccelerator({other(GpuVendor::Apple, u"Apple M3 Pro"_s, {}, true)},
                              machine(SystemInfo::OsFamily::MacOs))
        << u"macos"_s << u"pypi"_s << u"apple-mps"_s << QStringList{u"target-platform"_s}
        << QStringList{u"apple-mps:Apple M3 Pro"_s, u"apple-mps:MPS"_s};
    QTest::newRow("macOS target from a Linux CUDA machine")
        << withCuda(u"580.65.06"_s, u"13.0"_s, {rtx4090}) << u"macos"_s << u"pypi"_s << u"apple-mps"_s
        << QStringList{u"driver-update-cuda13"_s, u"hybrid-graphics"_s} << QStringList{u"target-platform:macOS"_s};

    // AMD.
    {
        HardwareReport report =
            withoutAccelerator({other(GpuVendor::Amd, u"AMD Radeon RX 7900 XTX"_s, u"gfx1100"_s, false)},
                               machine(SystemInfo::OsFamily::Windows));
        report.accelerator.kind = UvAccelerator::Kind::Amd;
        report.accelerator.amdArchitecture = u"gfx1100"_s;
        report.accelerator.source = u"UV_AMD_GPU_ARCHITECTURE"_s;
        QTest::newRow("AMD on Windows gets CPU builds")
            << report << u"windows"_s << u"cpu"_s << u"uv-choice"_s << QStringList()
            << QStringList{u"amd-windows:WSL"_s, u"amd-windows:rocm7.2"_s, u"amd-windows:RX 7900 XTX"_s};
        report.accelerator = UvAccelerator();
        QTest::newRow("AMD on Windows, not detected by uv")
            << report << u"windows"_s << u"cpu"_s << u"uv-choice"_s << QStringList{u"rocm-not-detected"_s}
            << QStringList{u"amd-windows:rocm7.2"_s};
    }
    QTest::newRow("AMD GPU without ROCm tools, architecture known")
        << withoutAccelerator({other(GpuVendor::Amd, u"AMD Radeon RX 7900 XTX"_s, u"gfx1100"_s, false)}) << linux
        << u"rocm7.2"_s << u"rocm-not-detected"_s << QStringList()
        << QStringList{u"rocm-not-detected:UV_AMD_GPU_ARCHITECTURE=gfx1100"_s,
                       u"rocm-not-detected:rocm_agent_enumerator"_s};
    QTest::newRow("AMD GPU without ROCm tools, architecture unknown")
        << withoutAccelerator({other(GpuVendor::Amd, u"AMD Radeon RX 6800"_s)}) << linux << u"cpu"_s << u"uv-choice"_s
        << QStringList() << QStringList{u"rocm-not-detected:UV_AMD_GPU_ARCHITECTURE"_s};
    QTest::newRow("AMD iGPU uv does not list")
        << withoutAccelerator({other(GpuVendor::Amd, u"AMD Radeon Graphics"_s, u"gfx1036"_s, true)}) << linux
        << u"cpu"_s << u"uv-choice"_s << QStringList{u"rocm-not-detected"_s}
        << QStringList{u"amd-architecture-unsupported:gfx1036"_s};
    {
        HardwareReport report = withoutAccelerator({other(GpuVendor::Amd, u"AMD Radeon RX 7600"_s, u"gfx1102"_s)});
        report.accelerator.kind = UvAccelerator::Kind::Amd;
        report.accelerator.amdArchitecture = u"gfx1102"_s;
        report.accelerator.source = u"rocm_agent_enumerator"_s;
        QTest::newRow("AMD found by uv") << report << linux << u"rocm7.2"_s << u"uv-choice"_s
                                         << QStringList{u"rocm-not-detected"_s, u"amd-windows"_s}
                                         << QStringList{u"uv-choice:gfx1102"_s, u"uv-choice:rocm7.2"_s};
    }

    // NVIDIA device without a driver.
    {
        GpuInfo bare = nvidia(QString(), QString(), -1);
        bare.source = u"sysfs"_s;
        QTest::newRow("NVIDIA GPU without driver")
            << withoutAccelerator({bare}) << linux << u"cpu"_s << u"uv-choice"_s << QStringList()
            << QStringList{u"nvidia-no-driver:UV_CUDA_DRIVER_VERSION"_s, u"nvidia-no-driver:NVIDIA GPU"_s};
    }

    // Intel only.
    {
        HardwareReport report = withoutAccelerator({other(GpuVendor::Intel, u"Intel Arc A770"_s, {}, false)});
        report.accelerator.kind = UvAccelerator::Kind::Xpu;
        report.accelerator.source = u"/sys/bus/pci/devices"_s;
        QTest::newRow("Intel XPU on Linux") << report << linux << u"xpu"_s << u"uv-choice"_s
                                            << QStringList{u"hybrid-graphics"_s} << QStringList{u"uv-choice:XPU"_s};
        report.machine.musl = true;
        QTest::newRow("Intel XPU on musl") << report << u"musl"_s << u"cpu"_s << u"uv-choice"_s << QStringList()
                                           << QStringList{u"uv-choice:Linux (musl)"_s};
    }

    // uv errors.
    {
        HardwareReport report = withoutAccelerator({gtx1080Ti});
        report.accelerator.uvError =
            Akari::Error(Akari::Error::Code::Parse, u"'garbage' is not a version"_s, u"/sys/module/nvidia/version"_s);
        QTest::newRow("uv error without a driver Akari knows")
            << report << linux << u"cpu"_s << u"uv-error"_s << QStringList{u"uv-choice"_s}
            << QStringList{u"uv-error:/sys/module/nvidia/version"_s, u"uv-error:garbage"_s};
        report.nvidiaDriverVersion = u"550.144.03"_s;
        report.gpus = {rtx4090};
        QTest::newRow("uv error, Akari read the driver itself")
            << report << linux << u"cu129"_s << u"uv-error"_s << QStringList{u"nvidia-no-driver"_s}
            << QStringList{u"uv-error:550.144.03"_s, u"uv-error:cu129"_s};
    }

    // Another target than this machine.
    QTest::newRow("Windows wheels asked for on Linux")
        << withCuda(u"550.144.03"_s, u"12.4"_s, {rtx4090}) << u"windows"_s << u"cu129"_s << u"uv-choice"_s
        << QStringList() << QStringList{u"target-platform:Linux"_s, u"target-platform:Windows"_s};
}

void TestAdvisorInsight::shouldExplainAndAdjust()
{
    QFETCH(HardwareReport, report);
    QFETCH(QString, os);
    QFETCH(QString, primary);
    QFETCH(QString, firstAdvice);
    QFETCH(QStringList, absent);
    QFETCH(QStringList, says);

    const TargetPlatform platform =
        os == u"musl" ? TargetPlatform{TargetPlatform::Os::Linux, true} : TargetPlatform::fromName(os).value();
    const Recommendation recommendation = Advisor::recommend(report, platform);

    QCOMPARE(recommendation.platform, platform);
    QCOMPARE(recommendation.backends, Advisor::uvBackends(report.accelerator, platform));
    QCOMPARE(recommendation.primary, primary);
    QVERIFY(primary == u"pypi" || Akari::TorchBackend::fromId(primary));
    QVERIFY(!recommendation.advice.isEmpty());
    QCOMPARE(recommendation.advice.constFirst().id, firstAdvice);

    for (const Advice &advice : recommendation.advice) {
        QVERIFY2(!advice.id.isEmpty() && !advice.text.trimmed().isEmpty(), qPrintable(advice.id));
        QVERIFY2(!advice.text.contains(u'%'), qPrintable(advice.text)); // every placeholder filled
    }
    for (const QString &id : absent)
        QVERIFY2(!find(recommendation, id),
                 qPrintable(id + u": "_s + (find(recommendation, id) ? find(recommendation, id)->text : QString())));
    for (const QString &expectation : says) {
        const QString id = expectation.section(u':', 0, 0);
        const QString fragment = expectation.section(u':', 1);
        const Advice *advice = find(recommendation, id);
        QVERIFY2(advice, qPrintable(u"missing advice "_s + id));
        QVERIFY2(advice->text.contains(fragment),
                 qPrintable(id + u" lacks \""_s + fragment + u"\": "_s + advice->text));
    }
    // A changed primary is always explained first, with a warning unless it is the macOS default.
    if (!recommendation.backends.isEmpty() && primary != recommendation.backends.constFirst() && primary != u"pypi")
        QCOMPARE(recommendation.advice.constFirst().severity, Advice::Severity::Warning);
}

void TestAdvisorInsight::shouldKeepUvsListWhateverTheInsight()
{
    // Akari's insight never edits uv's list: a Pascal GPU still gets uv's full CUDA list.
    const HardwareReport report = withCuda(u"580.65.06"_s, u"13.0"_s, {gtx1080Ti});
    const Recommendation recommendation = Advisor::recommend(report, TargetPlatform{});
    QCOMPARE(recommendation.backends.size(), 28);
    QCOMPARE(recommendation.backends.constFirst(), u"cu132"_s);
    QVERIFY(recommendation.backends.contains(recommendation.primary));
}

QTEST_GUILESS_MAIN(TestAdvisorInsight)
#include "tst_advisorinsight.moc"
