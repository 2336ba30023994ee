// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/hardware/cudadrivertable.h"
#include "core/hardware/cudavisibledevices.h"
#include "core/hardware/nvidiasmioutput.h"
#include "core/hardware/nvmllibrary.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuInfo;
using Akari::NvidiaSmiOutput;
using Akari::CudaDriverTable::DriverOs;

namespace
{
// The two layouts of uv's test `proc_driver_nvidia_version` (UV-TORCH-FACTS.md §6).
const QString OpenKernelModule = u"NVRM version: NVIDIA UNIX Open Kernel Module for x86_64  550.144.03  Release Build  "
                                 u"(dvs-builder@U16-I3-D08-1-2)  Mon Dec 30 17:26:13 UTC 2024\n"
                                 u"GCC version:  gcc version 12.3.0 (Ubuntu 12.3.0-1ubuntu1~22.04)"_s;
const QString LegacyKernelModule =
    u"NVRM version: NVIDIA UNIX x86_64 Kernel Module  375.74  Wed Jun 14 01:39:39 PDT 2017\n"
    u"GCC version:  gcc version 5.4.0 20160609 (Ubuntu 5.4.0-6ubuntu1~16.04.4)"_s;

const QByteArray QueryHeader = "index, uuid, name, memory.total [MiB], compute_cap, pci.bus_id, driver_version\n"_ba;

/// "index|name|memory|cc|bus|uuid|driver" for compact comparisons.
QString describe(const GpuInfo &gpu)
{
    return u"%1|%2|%3|%4|%5|%6|%7"_s.arg(gpu.index)
        .arg(gpu.name)
        .arg(gpu.memoryMib)
        .arg(gpu.computeCapability, gpu.pciBusId, gpu.uuid, gpu.driverVersion);
}

GpuInfo nvidiaGpu(int index, const QString &uuid)
{
    GpuInfo gpu;
    gpu.vendor = Akari::GpuVendor::Nvidia;
    gpu.index = index;
    gpu.uuid = uuid;
    return gpu;
}
} // namespace

/// The pure NVIDIA parsers: /proc text, nvidia-smi output, the driver→CUDA table, CUDA_VISIBLE_DEVICES.
class TestNvidiaParsers final : public QObject
{
    Q_OBJECT

private slots:
    void procVersionField_data();
    void procVersionField();
    void firstLine_data();
    void firstLine();
    void parseQuery_data();
    void parseQuery();
    void parseQueryFailure_data();
    void parseQueryFailure();
    void rejectsField_data();
    void rejectsField();
    void normalisedPciBusId_data();
    void normalisedPciBusId();
    void newestCuda_data();
    void newestCuda();
    void cudaVisibleDevices_data();
    void cudaVisibleDevices();
    void nvmlCudaVersion_data();
    void nvmlCudaVersion();
};

void TestNvidiaParsers::procVersionField_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("matches");
    QTest::addColumn<QString>("field");

    QTest::newRow("uv: open kernel module") << OpenKernelModule << true << u"550.144.03"_s;
    QTest::newRow("uv: legacy kernel module") << LegacyKernelModule << true << u"375.74"_s;
    QTest::newRow("no double space anywhere")
        << u"NVRM version: NVIDIA UNIX 550.144.03 Release"_s << false << QString();
    QTest::newRow("empty file") << QString() << false << QString();
    // uv splits the whole text, so the GCC line's double space counts when the NVRM line has none.
    QTest::newRow("double space only on the gcc line")
        << u"NVRM version: NVIDIA 550.144.03\nGCC version:  gcc version 12.3.0"_s << true << u"gcc version 12.3.0"_s;
    // Four spaces are two separators with nothing between: the field is empty (not a version).
    QTest::newRow("four spaces") << u"NVRM version: x86_64    550.144.03  Release"_s << true << QString();
    QTest::newRow("three spaces keep one")
        << u"NVRM version: x86_64   550.144.03  Release"_s << true << u"550.144.03"_s;
    QTest::newRow("garbage with double spaces") << u"hello  world  again"_s << true << u"world"_s;
}

void TestNvidiaParsers::procVersionField()
{
    QFETCH(QString, content);
    QFETCH(bool, matches);
    QFETCH(QString, field);

    const std::optional<QString> result = NvidiaSmiOutput::procVersionField(content);
    QCOMPARE(result.has_value(), matches);
    if (matches)
        QCOMPARE(*result, field);
}

void TestNvidiaParsers::firstLine_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<bool>("hasLine");
    QTest::addColumn<QString>("line");

    QTest::newRow("uv: one GPU") << u"572.60\n"_s << true << u"572.60"_s;
    QTest::newRow("uv: two GPUs") << u"572.60\n572.60\n"_s << true << u"572.60"_s;
    QTest::newRow("windows line ends") << u"572.60\r\n572.60\r\n"_s << true << u"572.60"_s;
    QTest::newRow("no final newline") << u"550.144.03"_s << true << u"550.144.03"_s;
    QTest::newRow("padded") << u"  550.144.03  \n"_s << true << u"550.144.03"_s;
    QTest::newRow("empty output") << QString() << false << QString();
    QTest::newRow("empty first line") << u"\n572.60\n"_s << true << QString();
}

void TestNvidiaParsers::firstLine()
{
    QFETCH(QString, output);
    QFETCH(bool, hasLine);
    QFETCH(QString, line);

    const std::optional<QString> result = NvidiaSmiOutput::firstLine(output);
    QCOMPARE(result.has_value(), hasLine);
    if (hasLine)
        QCOMPARE(*result, line);
}

void TestNvidiaParsers::parseQuery_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QStringList>("gpus");

    QTest::newRow("one GPU, nounits")
        << QueryHeader + "0, GPU-5e3f1a2b-8c4d-4e5f-9a0b-1c2d3e4f5a6b, NVIDIA GeForce RTX 4090, 24564, 8.9, "
                         "00000000:01:00.0, 550.144.03\n"_ba
        << QStringList{u"0|NVIDIA GeForce RTX 4090|24564|8.9|0000:01:00.0|GPU-5e3f1a2b-8c4d-4e5f-9a0b-1c2d3e4f5a6b|"
                       u"550.144.03"_s};
    QTest::newRow("mixed models, several GPUs")
        << QueryHeader + "0, GPU-aaaa, NVIDIA GeForce RTX 4090, 24564, 8.9, 00000000:01:00.0, 550.144.03\n"
                         "1, GPU-bbbb, NVIDIA GeForce RTX 3060, 12288, 8.6, 00000000:21:00.0, 550.144.03\n"
                         "2, GPU-cccc, NVIDIA GeForce GTX 1080 Ti, 11264, 6.1, 00000000:4B:00.0, 550.144.03\n"_ba
        << QStringList{u"0|NVIDIA GeForce RTX 4090|24564|8.9|0000:01:00.0|GPU-aaaa|550.144.03"_s,
                       u"1|NVIDIA GeForce RTX 3060|12288|8.6|0000:21:00.0|GPU-bbbb|550.144.03"_s,
                       u"2|NVIDIA GeForce GTX 1080 Ti|11264|6.1|0000:4b:00.0|GPU-cccc|550.144.03"_s};
    QTest::newRow("without compute_cap (older driver)")
        << "index, uuid, name, memory.total [MiB], pci.bus_id, driver_version\n"
           "0, GPU-dddd, Tesla K80, 11441, 00000000:00:1E.0, 470.82.01\n"_ba
        << QStringList{u"0|Tesla K80|11441||0000:00:1e.0|GPU-dddd|470.82.01"_s};
    QTest::newRow("units left in (no nounits)")
        << "name, memory.total [MiB], driver_version\nNVIDIA A100-SXM4-80GB, 81920 MiB, 535.183.01\n"_ba
        << QStringList{u"-1|NVIDIA A100-SXM4-80GB|81920||||535.183.01"_s};
    QTest::newRow("other column order, windows line ends")
        << "driver_version, pci.bus_id, name, index\r\n572.60, 00000000:01:00.0, NVIDIA GeForce RTX 4070 Laptop GPU, "
           "0\r\n"_ba
        << QStringList{u"0|NVIDIA GeForce RTX 4070 Laptop GPU|-1||0000:01:00.0||572.60"_s};
    QTest::newRow("not available values stay unknown")
        << QueryHeader +
               "0, GPU-eeee, NVIDIA GB10, [N/A], 12.1, 0000000F:01:00.0, 580.95.05\n"
               "1, [N/A], [Not Supported], [Insufficient Permissions], [N/A], 00000000:02:00.0, 580.95.05\n"_ba
        << QStringList{u"0|NVIDIA GB10|-1|12.1|000f:01:00.0|GPU-eeee|580.95.05"_s, u"1||-1||0000:02:00.0||580.95.05"_s};
    QTest::newRow("unknown extra column ignored")
        << "index, name, temperature.gpu, memory.total [MiB]\n0, Quadro P2000, 41, 5120\n"_ba
        << QStringList{u"0|Quadro P2000|5120||||"_s};
    QTest::newRow("comma inside a name") << "index, name, memory.total [MiB]\n0, NVIDIA Foo, Bar Edition, 8192\n"_ba
                                         << QStringList{u"0|NVIDIA Foo, Bar Edition|8192||||"_s};
    QTest::newRow("header only: no GPU") << QueryHeader << QStringList();
    QTest::newRow("truncated row skipped")
        << QueryHeader + "0, GPU-ffff, NVIDIA T4, 15360, 7.5, 00000000:00:04.0, 550.90.07\n1, GPU-gggg\n"_ba
        << QStringList{u"0|NVIDIA T4|15360|7.5|0000:00:04.0|GPU-ffff|550.90.07"_s};
}

void TestNvidiaParsers::parseQuery()
{
    QFETCH(QByteArray, output);
    QFETCH(QStringList, gpus);

    const Akari::Result<QList<GpuInfo>> parsed = NvidiaSmiOutput::parseQuery(output);
    QVERIFY2(parsed.has_value(), parsed ? "" : qPrintable(parsed.error().message()));
    QStringList described;
    for (const GpuInfo &gpu : *parsed) {
        QCOMPARE(gpu.vendor, Akari::GpuVendor::Nvidia);
        QCOMPARE(gpu.source, u"nvidia-smi"_s);
        described.append(describe(gpu));
    }
    QCOMPARE(described, gpus);
}

void TestNvidiaParsers::parseQueryFailure_data()
{
    QTest::addColumn<QByteArray>("output");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only blank lines") << "\n\r\n\n"_ba;
    QTest::newRow("driver not loaded message")
        << "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver. Make sure that the latest "
           "NVIDIA driver is installed and running.\n"_ba;
    QTest::newRow("noheader output by mistake") << "0, NVIDIA T4, 15360\n"_ba;
    QTest::newRow("binary garbage") << "\x7f"
                                       "ELF\x02\x01\x01\x00\xff\xfe"_ba;
}

void TestNvidiaParsers::parseQueryFailure()
{
    QFETCH(QByteArray, output);

    const Akari::Result<QList<GpuInfo>> parsed = NvidiaSmiOutput::parseQuery(output);
    QVERIFY(!parsed.has_value());
    QCOMPARE(parsed.error().code(), Akari::Error::Code::Parse);
    QVERIFY(parsed.error().message().contains(u"nvidia-smi"_s));
}

void TestNvidiaParsers::rejectsField_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("rejects");

    QTest::newRow("older driver") << "Field \"compute_cap\" is not a valid field to query.\n\n"_ba << true;
    QTest::newRow("another field rejected") << "Field \"foo\" is not a valid field to query.\n"_ba << false;
    QTest::newRow("driver not loaded")
        << "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.\n"_ba << false;
    QTest::newRow("a table that mentions compute_cap") << QueryHeader << false;
}

void TestNvidiaParsers::rejectsField()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, rejects);
    QCOMPARE(NvidiaSmiOutput::rejectsField(output, "compute_cap"), rejects);
}

void TestNvidiaParsers::normalisedPciBusId_data()
{
    QTest::addColumn<QString>("busId");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("nvidia-smi, 8-digit domain") << u"00000000:01:00.0"_s << u"0000:01:00.0"_s;
    QTest::newRow("upper-case hex") << u"00000000:4B:00.0"_s << u"0000:4b:00.0"_s;
    QTest::newRow("non-zero domain") << u"0000000F:01:00.0"_s << u"000f:01:00.0"_s;
    QTest::newRow("domain beyond 16 bits (VMD)") << u"00010000:E1:00.0"_s << u"10000:e1:00.0"_s;
    QTest::newRow("already sysfs style") << u"0000:65:00.0"_s << u"0000:65:00.0"_s;
    QTest::newRow("padded") << u" 00000000:01:00.0 "_s << u"0000:01:00.0"_s;
    QTest::newRow("not an address") << u"[N/A]"_s << u"[n/a]"_s;
}

void TestNvidiaParsers::normalisedPciBusId()
{
    QFETCH(QString, busId);
    QFETCH(QString, normalised);
    QCOMPARE(NvidiaSmiOutput::normalisedPciBusId(busId), normalised);
}

void TestNvidiaParsers::newestCuda_data()
{
    QTest::addColumn<QString>("driver");
    QTest::addColumn<DriverOs>("os");
    QTest::addColumn<QString>("cuda");

    // Pairs seen in the header of real `nvidia-smi` output ("Driver Version: … CUDA Version: …").
    QTest::newRow("linux 550.144.03") << u"550.144.03"_s << DriverOs::Linux << u"12.4"_s;
    QTest::newRow("linux 535.183.01") << u"535.183.01"_s << DriverOs::Linux << u"12.2"_s;
    QTest::newRow("linux 560.35.03") << u"560.35.03"_s << DriverOs::Linux << u"12.6"_s;
    QTest::newRow("linux 570.86.15") << u"570.86.15"_s << DriverOs::Linux << u"12.8"_s;
    QTest::newRow("linux 575.57.08") << u"575.57.08"_s << DriverOs::Linux << u"12.9"_s;
    QTest::newRow("linux 580.65.06") << u"580.65.06"_s << DriverOs::Linux << u"13.0"_s;
    QTest::newRow("linux 470.82.01") << u"470.82.01"_s << DriverOs::Linux << u"11.4"_s;
    QTest::newRow("linux 525.147.05") << u"525.147.05"_s << DriverOs::Linux << u"12.0"_s;
    QTest::newRow("linux 450.80.02") << u"450.80.02"_s << DriverOs::Linux << u"11.0"_s;
    QTest::newRow("windows 572.60") << u"572.60"_s << DriverOs::Windows << u"12.8"_s;
    QTest::newRow("windows 537.58") << u"537.58"_s << DriverOs::Windows << u"12.2"_s;
    QTest::newRow("windows 581.29") << u"581.29"_s << DriverOs::Windows << u"13.0"_s;
    // Boundaries: exactly the minimum counts, one step below does not; "03" equals "3" (PEP 440).
    QTest::newRow("linux exactly 12.4's minimum") << u"550.54.14"_s << DriverOs::Linux << u"12.4"_s;
    QTest::newRow("linux just below 12.4's minimum") << u"550.54.13"_s << DriverOs::Linux << u"12.3"_s;
    QTest::newRow("linux 525.60.13 spelled 525.60.13.0") << u"525.60.13.0"_s << DriverOs::Linux << u"12.0"_s;
    QTest::newRow("linux just below 12.0") << u"525.60.12"_s << DriverOs::Linux << u"11.8"_s;
    // The columns differ: Windows minimums are higher for the same release.
    QTest::newRow("527.00 on linux") << u"527.00"_s << DriverOs::Linux << u"12.0"_s;
    QTest::newRow("527.00 on windows") << u"527.00"_s << DriverOs::Windows << u"11.8"_s;
    // No CUDA 12.7 toolkit exists, so 565 (which reports 12.7) is estimated as 12.6: a lower bound.
    QTest::newRow("565 is a lower-bound 12.6") << u"565.57.01"_s << DriverOs::Linux << u"12.6"_s;
    QTest::newRow("newer than the table") << u"700.10"_s << DriverOs::Linux << u"13.2"_s;
    QTest::newRow("older than CUDA 11") << u"440.33.01"_s << DriverOs::Linux << QString();
    QTest::newRow("older than CUDA 11 on windows") << u"451.22"_s << DriverOs::Windows << QString();
}

void TestNvidiaParsers::newestCuda()
{
    QFETCH(QString, driver);
    QFETCH(DriverOs, os);
    QFETCH(QString, cuda);
    QCOMPARE(Akari::CudaDriverTable::newestCuda(Akari::Version::parse(driver).value(), os), cuda);
}

void TestNvidiaParsers::cudaVisibleDevices_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QList<bool>>("visible");

    // Three GPUs: index 0 GPU-1a2b…, index 1 GPU-1a9f…, index 2 GPU-77cc….
    QTest::newRow("one index") << u"1"_s << QList<bool>{false, true, false};
    QTest::newRow("several, any order") << u"2,0"_s << QList<bool>{true, false, true};
    QTest::newRow("spaces around entries") << u" 0 , 2 "_s << QList<bool>{true, false, true};
    QTest::newRow("empty hides all") << QString() << QList<bool>{false, false, false};
    QTest::newRow("-1 hides all") << u"-1"_s << QList<bool>{false, false, false};
    QTest::newRow("list ends at an invalid index") << u"0,7,1"_s << QList<bool>{true, false, false};
    QTest::newRow("list ends at -1") << u"1,-1,0"_s << QList<bool>{false, true, false};
    QTest::newRow("list ends at a repeat") << u"0,0,1"_s << QList<bool>{true, false, false};
    QTest::newRow("list ends at garbage") << u"2,abc,0"_s << QList<bool>{false, false, true};
    QTest::newRow("full uuid") << u"GPU-77cc0000-0000-0000-0000-000000000000"_s << QList<bool>{false, false, true};
    QTest::newRow("unique uuid prefix") << u"GPU-1a9"_s << QList<bool>{false, true, false};
    QTest::newRow("uuid prefix, any case") << u"gpu-77CC"_s << QList<bool>{false, false, true};
    QTest::newRow("ambiguous uuid prefix ends the list") << u"GPU-1a,2"_s << QList<bool>{false, false, false};
    QTest::newRow("unknown uuid") << u"GPU-ffff"_s << QList<bool>{false, false, false};
    QTest::newRow("mixed index and uuid") << u"0,GPU-77cc"_s << QList<bool>{true, false, true};
    QTest::newRow("MIG entries are skipped") << u"MIG-4f2c1a3e,1"_s << QList<bool>{false, true, false};
}

void TestNvidiaParsers::cudaVisibleDevices()
{
    QFETCH(QString, value);
    QFETCH(QList<bool>, visible);

    GpuInfo intel;
    intel.vendor = Akari::GpuVendor::Intel;
    intel.index = 0; // another vendor's index must never match
    QList<GpuInfo> gpus{nvidiaGpu(0, u"GPU-1a2b0000-0000-0000-0000-000000000000"_s),
                        nvidiaGpu(1, u"GPU-1a9f0000-0000-0000-0000-000000000000"_s), intel,
                        nvidiaGpu(2, u"GPU-77cc0000-0000-0000-0000-000000000000"_s)};
    Akari::CudaVisibleDevices::apply(value, gpus);
    QCOMPARE((QList<bool>{gpus.at(0).visible, gpus.at(1).visible, gpus.at(3).visible}), visible);
    QVERIFY(gpus.at(2).visible); // CUDA_VISIBLE_DEVICES says nothing about Intel
}

void TestNvidiaParsers::nvmlCudaVersion_data()
{
    QTest::addColumn<int>("encoded");
    QTest::addColumn<QString>("text");

    QTest::newRow("12.4") << 12040 << u"12.4"_s;
    QTest::newRow("13.0") << 13000 << u"13.0"_s;
    QTest::newRow("11.8") << 11080 << u"11.8"_s;
    QTest::newRow("10.2") << 10020 << u"10.2"_s;
    QTest::newRow("zero") << 0 << QString();
    QTest::newRow("negative") << -1 << QString();
}

void TestNvidiaParsers::nvmlCudaVersion()
{
    QFETCH(int, encoded);
    QFETCH(QString, text);
    QCOMPARE(Akari::NvmlLibrary::cudaVersionString(encoded), text);
}

QTEST_GUILESS_MAIN(TestNvidiaParsers)
#include "tst_nvidiaparsers.moc"
