// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include "core/backend/advisor.h"
#include "core/backend/amdbackendtable.h"
#include "core/backend/torchbackend.h"
#include "core/hardware/amdarchitecture.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Advice;
using Akari::Advisor;
using Akari::GpuInfo;
using Akari::GpuVendor;
using Akari::HardwareReport;
using Akari::Recommendation;
using Akari::TargetPlatform;
using Akari::UvAccelerator;
using Akari::Version;

Q_DECLARE_METATYPE(Akari::UvAccelerator)

namespace
{

/// The data rows (cells trimmed) of the markdown tables under \a heading in UV-TORCH-FACTS.md,
/// one list per table; the header and separator rows are left out and the header is returned
/// in \a headers.
QList<QList<QStringList>> tablesUnder(QStringView heading, QList<QStringList> *headers = nullptr)
{
    QFile file(Akari::Test::sharedPath(u"docs/UV-TORCH-FACTS.md"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    const qsizetype level = heading.indexOf(u' ');
    QList<QList<QStringList>> tables;
    bool inSection = false;
    bool inTable = false;
    for (const QString &line : lines) {
        if (line.startsWith(u'#')) {
            const qsizetype lineLevel = line.indexOf(u' ');
            if (line.startsWith(heading))
                inSection = true;
            else if (lineLevel > 0 && lineLevel <= level)
                inSection = false;
            inTable = false;
            continue;
        }
        if (!inSection)
            continue;
        if (!line.startsWith(u'|')) {
            inTable = false;
            continue;
        }
        QStringList cells = line.split(u'|');
        cells = cells.mid(1, cells.size() - 2);
        for (QString &cell : cells)
            cell = cell.trimmed();
        if (!inTable) {
            inTable = true;
            tables.append(QList<QStringList>());
            if (headers)
                headers->append(cells);
            continue;
        }
        if (cells.value(0).startsWith(u"---"_s))
            continue;
        tables.last().append(cells);
    }
    return tables;
}

/// §2.3: backend, Linux minimum, Windows minimum (27 rows).
QList<QStringList> driverTableRows()
{
    const QList<QList<QStringList>> tables = tablesUnder(u"### 2.3");
    return tables.isEmpty() ? QList<QStringList>() : tables.constFirst();
}

/// §2.4: OS, driver, first index, list length (21 rows).
QList<QStringList> derivedVectorRows()
{
    const QList<QList<QStringList>> tables = tablesUnder(u"### 2.4");
    return tables.isEmpty() ? QList<QStringList>() : tables.constFirst();
}

/// §3: architecture and the ROCm backends marked Y, newest first, plus the doc's auto-list column.
struct AmdRow
{
    QString architecture;
    QStringList backends;
    QString autoList;
};

QList<AmdRow> amdTableRows()
{
    QList<QStringList> headers;
    const QList<QList<QStringList>> tables = tablesUnder(u"## 3.", &headers);
    QList<AmdRow> rows;
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const QStringList &header = headers.at(t);
        if (header.value(0) != u"arch")
            continue;
        for (const QStringList &cells : tables.at(t)) {
            AmdRow row{cells.value(0), {}, cells.value(cells.size() - 1)};
            for (qsizetype column = 1; column + 1 < header.size(); ++column) {
                if (cells.value(column) == u"Y")
                    row.backends.append(u"rocm"_s + header.at(column));
            }
            rows.append(row);
        }
    }
    return rows;
}

Version version(QStringView text)
{
    return Version::parse(text).value_or(Version());
}

/// The largest-looking version below \a minimum: the last non-zero release number minus one,
/// followed by a large segment ("525.60.13" → "525.60.12.999").
QString justBelow(const QString &minimum)
{
    QList<quint64> release = version(minimum).parts().release;
    for (qsizetype i = release.size() - 1; i >= 0; --i) {
        if (release.at(i) > 0) {
            release[i] -= 1;
            release = release.first(i + 1);
            break;
        }
    }
    QStringList parts;
    for (const quint64 number : release)
        parts.append(QString::number(number));
    parts.append(u"999"_s);
    return parts.join(u'.');
}

UvAccelerator cuda(const QString &driver)
{
    UvAccelerator accelerator;
    accelerator.kind = UvAccelerator::Kind::Cuda;
    accelerator.driverVersion = version(driver);
    accelerator.source = u"/sys/module/nvidia/version"_s;
    return accelerator;
}

UvAccelerator amd(const QString &architecture)
{
    UvAccelerator accelerator;
    accelerator.kind = UvAccelerator::Kind::Amd;
    accelerator.amdArchitecture = architecture;
    accelerator.source = u"rocm_agent_enumerator"_s;
    return accelerator;
}

UvAccelerator xpu()
{
    UvAccelerator accelerator;
    accelerator.kind = UvAccelerator::Kind::Xpu;
    accelerator.source = u"/sys/bus/pci/devices"_s;
    return accelerator;
}

TargetPlatform platformNamed(const QString &name)
{
    if (name == u"musl")
        return TargetPlatform{TargetPlatform::Os::Linux, true};
    return TargetPlatform::fromName(name).value_or(TargetPlatform{});
}

QStringList cudaBackendsAtLeast(const QList<QStringList> &table, const Version &driver, bool windows)
{
    QStringList expected;
    for (const QStringList &row : table) {
        if (driver >= version(row.at(windows ? 2 : 1)))
            expected.append(row.at(0));
    }
    return expected;
}

} // namespace

class TestAdvisor final : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindEveryTableRowInTheFacts();
    void shouldStartEachCudaBackendAtItsMinimumDriver_data();
    void shouldStartEachCudaBackendAtItsMinimumDriver();
    void shouldMatchTheDerivedVectors_data();
    void shouldMatchTheDerivedVectors();
    void shouldListTheRocmBuildsOfEachArchitecture_data();
    void shouldListTheRocmBuildsOfEachArchitecture();
    void shouldFollowUvForOtherAccelerators_data();
    void shouldFollowUvForOtherAccelerators();
};

void TestAdvisor::shouldFindEveryTableRowInTheFacts()
{
    // If the document grows, these counts and the tables in code must be looked at together.
    QCOMPARE(driverTableRows().size(), 27);
    QCOMPARE(derivedVectorRows().size(), 21);
    const QList<AmdRow> amdRows = amdTableRows();
    QCOMPARE(amdRows.size(), 14);
    QCOMPARE(Akari::AmdBackendTable::rows().size(), 14);
    for (qsizetype i = 0; i < amdRows.size(); ++i) {
        QCOMPARE(amdRows.at(i).architecture, Akari::AmdArchitecture::known().at(i));
        QCOMPARE(Akari::AmdBackendTable::rows().at(i).architecture, amdRows.at(i).architecture);
    }
}

void TestAdvisor::shouldStartEachCudaBackendAtItsMinimumDriver_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<QStringList>("expectedAtMinimum");

    const QList<QStringList> table = driverTableRows();
    QVERIFY2(table.size() == 27, "UV-TORCH-FACTS.md §2.3 should have 27 CUDA rows");
    for (const QStringList &row : table) {
        QVERIFY2(row.size() == 3, qPrintable(row.join(u'|')));
        const QStringList expectedLinux = cudaBackendsAtLeast(table, version(row.at(1)), false) << u"cpu"_s;
        const QStringList expectedWindows = cudaBackendsAtLeast(table, version(row.at(2)), true) << u"cpu"_s;
        QTest::addRow("%s linux %s", qPrintable(row.at(0)), qPrintable(row.at(1)))
            << row.at(0) << u"linux"_s << row.at(1) << expectedLinux;
        QTest::addRow("%s musl %s", qPrintable(row.at(0)), qPrintable(row.at(1)))
            << row.at(0) << u"musl"_s << row.at(1) << expectedLinux;
        QTest::addRow("%s windows %s", qPrintable(row.at(0)), qPrintable(row.at(2)))
            << row.at(0) << u"windows"_s << row.at(2) << expectedWindows;
    }
}

void TestAdvisor::shouldStartEachCudaBackendAtItsMinimumDriver()
{
    QFETCH(QString, backend);
    QFETCH(QString, os);
    QFETCH(QString, minimum);
    QFETCH(QStringList, expectedAtMinimum);

    const TargetPlatform platform = platformNamed(os);
    const QStringList atMinimum = Advisor::uvBackends(cuda(minimum), platform);
    QCOMPARE(atMinimum, expectedAtMinimum);
    QVERIFY(atMinimum.contains(backend));

    const QString below = justBelow(minimum);
    QVERIFY2(version(below) < version(minimum), qPrintable(below));
    const QStringList belowMinimum = Advisor::uvBackends(cuda(below), platform);
    QVERIFY2(!belowMinimum.contains(backend), qPrintable(below + u": "_s + belowMinimum.join(u", "_s)));
    QCOMPARE(belowMinimum.constLast(), u"cpu"_s);
    // Zero-padded and shortened spellings compare by number, as PEP 440 does ("03" is 3).
    const QString padded = minimum.count(u'.') == 2
                               ? QString(minimum.section(u'.', 0, 1) + u".0"_s + minimum.section(u'.', 2))
                               : QString(minimum + u".0"_s);
    QCOMPARE(Advisor::uvBackends(cuda(padded), platform), expectedAtMinimum);
}

void TestAdvisor::shouldMatchTheDerivedVectors_data()
{
    QTest::addColumn<QString>("os");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("length");

    const QList<QStringList> rows = derivedVectorRows();
    QVERIFY2(rows.size() == 21, "UV-TORCH-FACTS.md §2.4 should have 21 vectors");
    for (const QStringList &row : rows) {
        QVERIFY2(row.size() == 4, qPrintable(row.join(u'|')));
        const QStringList drivers =
            row.at(1) == u"any" ? QStringList{u"375.26"_s, u"550.144.03"_s, u"580.65.06"_s} : QStringList{row.at(1)};
        for (const QString &driver : drivers) {
            QTest::addRow("%s %s", qPrintable(row.at(0)), qPrintable(driver))
                << row.at(0) << driver << row.at(2) << row.at(3).toInt();
        }
    }
}

void TestAdvisor::shouldMatchTheDerivedVectors()
{
    QFETCH(QString, os);
    QFETCH(QString, driver);
    QFETCH(QString, first);
    QFETCH(int, length);

    const QStringList backends = Advisor::uvBackends(cuda(driver), platformNamed(os));
    QCOMPARE(backends.value(0), first);
    QCOMPARE(backends.size(), qsizetype(length));
    QCOMPARE(backends.constLast(), u"cpu"_s);
    // Newest CUDA first: the catalogue order.
    const QList<Akari::TorchBackend> &all = Akari::TorchBackend::all();
    const auto position = [&all](const QString &id) {
        return std::ranges::find_if(all, [&id](const Akari::TorchBackend &b) { return b.id() == id; }) - all.begin();
    };
    QVERIFY(std::ranges::is_sorted(backends.first(backends.size() - 1), {}, position));
}

void TestAdvisor::shouldListTheRocmBuildsOfEachArchitecture_data()
{
    QTest::addColumn<QString>("architecture");
    QTest::addColumn<QStringList>("rocm");

    const QList<AmdRow> rows = amdTableRows();
    QVERIFY2(rows.size() == 14, "UV-TORCH-FACTS.md §3 should have 14 architecture rows");
    for (const AmdRow &row : rows) {
        // The doc's own summary column must agree with its Y marks at both ends.
        QVERIFY2(!row.backends.isEmpty(), qPrintable(row.architecture));
        QStringList summary = row.autoList.split(QRegularExpression(u"[ ,…]+"_s), Qt::SkipEmptyParts);
        for (QString &entry : summary) {
            if (!entry.startsWith(u"rocm"_s))
                entry.prepend(u"rocm"_s);
        }
        QCOMPARE(summary.constFirst(), row.backends.constFirst());
        QCOMPARE(summary.constLast(), row.backends.constLast());
        QTest::newRow(qPrintable(row.architecture)) << row.architecture << row.backends;
    }
}

void TestAdvisor::shouldListTheRocmBuildsOfEachArchitecture()
{
    QFETCH(QString, architecture);
    QFETCH(QStringList, rocm);

    const QStringList expected = QStringList(rocm) << u"cpu"_s;
    QCOMPARE(Advisor::uvBackends(amd(architecture), platformNamed(u"linux"_s)), expected);
    QCOMPARE(Advisor::uvBackends(amd(architecture), platformNamed(u"musl"_s)), expected);
    QCOMPARE(Advisor::uvBackends(amd(architecture), platformNamed(u"windows"_s)), QStringList{u"cpu"_s});
    QCOMPARE(Advisor::uvBackends(amd(architecture), platformNamed(u"macos"_s)), QStringList{u"cpu"_s});
    for (const QString &id : rocm)
        QVERIFY2(Akari::TorchBackend::fromId(id).value().isAutoReachable(), qPrintable(id));
}

void TestAdvisor::shouldFollowUvForOtherAccelerators_data()
{
    QTest::addColumn<UvAccelerator>("accelerator");
    QTest::addColumn<QString>("os");
    QTest::addColumn<QStringList>("expected");

    const QStringList cpu{u"cpu"_s};
    const QStringList xpuOnly{u"xpu"_s};
    QTest::newRow("xpu linux") << xpu() << u"linux"_s << xpuOnly;
    QTest::newRow("xpu windows") << xpu() << u"windows"_s << xpuOnly;
    QTest::newRow("xpu musl") << xpu() << u"musl"_s << cpu;
    QTest::newRow("xpu macos") << xpu() << u"macos"_s << cpu;
    for (const QString &os : {u"linux"_s, u"musl"_s, u"windows"_s, u"macos"_s})
        QTest::addRow("none %s", qPrintable(os)) << UvAccelerator() << os << cpu;
    QTest::newRow("cuda macos") << cuda(u"580.65.06"_s) << u"macos"_s << cpu;
    QTest::newRow("cuda driver older than every table row") << cuda(u"340.108"_s) << u"linux"_s << cpu;

    UvAccelerator failed = cuda(u"550.144.03"_s);
    failed.uvError = Akari::Error(Akari::Error::Code::Parse, u"not a version"_s, u"/sys/module/nvidia/version"_s);
    failed.kind = UvAccelerator::Kind::None;
    for (const QString &os : {u"linux"_s, u"windows"_s, u"macos"_s})
        QTest::addRow("uv error %s", qPrintable(os)) << failed << os << QStringList();
    UvAccelerator failedAmd = amd(u"gfx1100"_s);
    failedAmd.uvError = failed.uvError;
    QTest::newRow("uv error wins over any kind") << failedAmd << u"linux"_s << QStringList();
}

void TestAdvisor::shouldFollowUvForOtherAccelerators()
{
    QFETCH(UvAccelerator, accelerator);
    QFETCH(QString, os);
    QFETCH(QStringList, expected);
    QCOMPARE(Advisor::uvBackends(accelerator, platformNamed(os)), expected);
}

QTEST_GUILESS_MAIN(TestAdvisor)
#include "tst_advisor.moc"
