// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/backend/cudaarchitecturesupport.h"
#include "core/backend/torchbackend.h"

using namespace Qt::Literals::StringLiterals;
using Akari::CudaArchitectureSupport;
using Akari::TorchBackend;

Q_DECLARE_METATYPE(std::optional<bool>)

class TestCudaArchitectureSupport final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDescribeOnlyCatalogueCudaLines();
    void shouldRunEveryLineOnItsOwnArchitectures();
    void shouldApplyTheSameMajorRule_data();
    void shouldApplyTheSameMajorRule();
    void shouldNameArchitectures_data();
    void shouldNameArchitectures();
};

void TestCudaArchitectureSupport::shouldDescribeOnlyCatalogueCudaLines()
{
    const QList<CudaArchitectureSupport::Line> &lines = CudaArchitectureSupport::lines();
    QVERIFY(!lines.isEmpty());
    qsizetype previous = -1;
    for (const CudaArchitectureSupport::Line &line : lines) {
        const std::optional<TorchBackend> backend = TorchBackend::fromId(line.backend);
        QVERIFY2(backend && backend->kind() == TorchBackend::Kind::Cuda, qPrintable(line.backend));
        QVERIFY2(!line.pytorchReleases.isEmpty() && !line.architectures.isEmpty(), qPrintable(line.backend));
        // Newest CUDA first, like the catalogue.
        const qsizetype position = TorchBackend::all().indexOf(*backend);
        QVERIFY2(position > previous, qPrintable(line.backend));
        previous = position;
    }
}

void TestCudaArchitectureSupport::shouldRunEveryLineOnItsOwnArchitectures()
{
    for (const CudaArchitectureSupport::Line &line : CudaArchitectureSupport::lines()) {
        for (QString architecture : line.architectures) {
            architecture.remove(u"+PTX"_s);
            QVERIFY2(!CudaArchitectureSupport::smName(architecture).isEmpty(), qPrintable(architecture));
            QCOMPARE(CudaArchitectureSupport::supports(line.backend, architecture), std::optional<bool>(true));
        }
    }
}

void TestCudaArchitectureSupport::shouldApplyTheSameMajorRule_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<std::optional<bool>>("expected");

    const std::optional<bool> yes = true;
    const std::optional<bool> no = false;
    const std::optional<bool> unknown;
    // uv issue #14742: a GTX 1080 Ti (sm_61) on cu128 fails, on cu126 it runs from sm_60 code.
    QTest::newRow("GTX 1080 Ti on cu128") << u"cu128"_s << u"6.1"_s << no;
    QTest::newRow("GTX 1080 Ti on cu126") << u"cu126"_s << u"6.1"_s << yes;
    QTest::newRow("GTX 1080 Ti on cu130") << u"cu130"_s << u"6.1"_s << no;
    QTest::newRow("Maxwell on cu126") << u"cu126"_s << u"5.2"_s << yes;
    QTest::newRow("V100 on cu129 (2.8 kept Volta)") << u"cu129"_s << u"7.0"_s << yes;
    QTest::newRow("V100 on cu128 (2.11 dropped Volta)") << u"cu128"_s << u"7.0"_s << no;
    QTest::newRow("V100 on cu132") << u"cu132"_s << u"7.0"_s << no;
    QTest::newRow("Jetson Xavier sm_72 from sm_70 code") << u"cu126"_s << u"7.2"_s << yes;
    QTest::newRow("T4 on cu132") << u"cu132"_s << u"7.5"_s << yes;
    QTest::newRow("RTX 4090 sm_89 from sm_86 code") << u"cu130"_s << u"8.9"_s << yes;
    QTest::newRow("A100 sm_80 on cu126") << u"cu126"_s << u"8.0"_s << yes;
    QTest::newRow("H100 on cu118") << u"cu118"_s << u"9.0"_s << yes;
    QTest::newRow("RTX 5090 on cu126: no Blackwell code") << u"cu126"_s << u"12.0"_s << no;
    QTest::newRow("RTX 5090 on cu128") << u"cu128"_s << u"12.0"_s << yes;
    QTest::newRow("GB10 sm_121 from sm_120 code") << u"cu130"_s << u"12.1"_s << yes;
    QTest::newRow("B300 sm_103 from sm_100 code") << u"cu132"_s << u"10.3"_s << yes;
    QTest::newRow("Thor sm_110 not in x86 lists") << u"cu130"_s << u"11.0"_s << no;
    QTest::newRow("PTX is not counted for a future GPU") << u"cu130"_s << u"13.0"_s << no;
    QTest::newRow("lower minor of the same major does not run") << u"cu126"_s << u"8.5"_s << yes;
    QTest::newRow("Kepler K80 on cu118") << u"cu118"_s << u"3.7"_s << yes;
    QTest::newRow("Kepler K40 on cu118") << u"cu118"_s << u"3.5"_s << no;
    QTest::newRow("unknown line cu117") << u"cu117"_s << u"8.0"_s << unknown;
    QTest::newRow("unknown line cu125") << u"cu125"_s << u"8.0"_s << unknown;
    QTest::newRow("not a CUDA line") << u"rocm6.2"_s << u"8.0"_s << unknown;
    QTest::newRow("garbage capability") << u"cu126"_s << u"eight"_s << unknown;
    QTest::newRow("empty capability") << u"cu126"_s << QString() << unknown;
    QTest::newRow("capability without minor") << u"cu126"_s << u"8"_s << unknown;
}

void TestCudaArchitectureSupport::shouldApplyTheSameMajorRule()
{
    QFETCH(QString, backend);
    QFETCH(QString, capability);
    QFETCH(std::optional<bool>, expected);
    QCOMPARE(CudaArchitectureSupport::supports(backend, capability), expected);
}

void TestCudaArchitectureSupport::shouldNameArchitectures_data()
{
    QTest::addColumn<QString>("capability");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Pascal") << u"6.1"_s << u"sm_61"_s;
    QTest::newRow("Blackwell") << u"12.0"_s << u"sm_120"_s;
    QTest::newRow("PTX entry") << u"12.0+PTX"_s << u"sm_120"_s;
    QTest::newRow("surrounding space") << u" 8.9 "_s << u"sm_89"_s;
    QTest::newRow("no dot") << u"89"_s << QString();
    QTest::newRow("two-digit minor") << u"8.10"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestCudaArchitectureSupport::shouldNameArchitectures()
{
    QFETCH(QString, capability);
    QFETCH(QString, expected);
    QCOMPARE(CudaArchitectureSupport::smName(capability), expected);
}

QTEST_GUILESS_MAIN(TestCudaArchitectureSupport)
#include "tst_cudaarchitecturesupport.moc"
