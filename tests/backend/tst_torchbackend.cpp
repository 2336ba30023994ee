// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QSet>
#include <QTest>

#include "core/backend/torchbackend.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::TorchBackend;

namespace
{

/// One row of UV-TORCH-FACTS.md §1, as the document spells it.
struct FactsRow
{
    QString id;
    QString url;
    QString systemDependency; ///< "cuda 13.2", "rocm 6.2.4" or "–"
    QString reachable;        ///< "yes …", "no", "**no** (explicit only)", "fallback …"
};

/// The rows of the first table under "## 1." in the facts document; empty when it cannot be read.
QList<FactsRow> readSectionOneTable()
{
    QFile file(Akari::Test::sharedPath(u"docs/UV-TORCH-FACTS.md"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<FactsRow> rows;
    bool inSection = false;
    for (const QString &line : lines) {
        if (line.startsWith(u"## "_s)) {
            inSection = line.startsWith(u"## 1."_s);
            continue;
        }
        // Data rows start with a backticked value: "| `cu132` | …".
        if (!inSection || !line.startsWith(u"| `"_s))
            continue;
        QStringList cells = line.split(u'|');
        if (cells.size() < 6)
            continue;
        for (QString &cell : cells)
            cell = cell.trimmed();
        QString url = cells.at(2);
        // Later rows abbreviate the common prefix as "…/whl/<id>".
        if (url.startsWith(u"…/"_s))
            url = u"https://download.pytorch.org/"_s + url.mid(2);
        rows.append(FactsRow{QString(cells.at(1)).remove(u'`'), url, cells.at(3), cells.at(4)});
    }
    return rows;
}

} // namespace

class TestTorchBackend final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHoldUvsCatalogueInUvsOrder();
    void shouldMatchTheFactsTable_data();
    void shouldMatchTheFactsTable();
    void shouldRejectWhatUvRejects_data();
    void shouldRejectWhatUvRejects();
    void shouldMapIndexUrlsAsUvDoes_data();
    void shouldMapIndexUrlsAsUvDoes();
    void shouldNameEveryBackendForPeople();
};

void TestTorchBackend::shouldHoldUvsCatalogueInUvsOrder()
{
    const QList<FactsRow> rows = readSectionOneTable();
    QCOMPARE(rows.size(), 49);
    const QList<TorchBackend> &all = TorchBackend::all();
    QCOMPARE(all.size(), 49);
    QSet<QString> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        QCOMPARE(all.at(i).id(), rows.at(i).id);
        QVERIFY2(!seen.contains(all.at(i).id()), qPrintable(all.at(i).id()));
        seen.insert(all.at(i).id());
    }
}

void TestTorchBackend::shouldMatchTheFactsTable_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("systemDependency");
    QTest::addColumn<QString>("reachable");

    const QList<FactsRow> rows = readSectionOneTable();
    QVERIFY2(rows.size() == 49, "UV-TORCH-FACTS.md §1 should have 49 backend rows");
    for (const FactsRow &row : rows)
        QTest::newRow(qPrintable(row.id)) << row.id << row.url << row.systemDependency << row.reachable;
}

void TestTorchBackend::shouldMatchTheFactsTable()
{
    QFETCH(QString, id);
    QFETCH(QString, url);
    QFETCH(QString, systemDependency);
    QFETCH(QString, reachable);

    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    QVERIFY(backend);
    QCOMPARE(backend->id(), id);
    QCOMPARE(backend->indexUrl(), url);

    if (systemDependency.startsWith(u"cuda "_s)) {
        QCOMPARE(backend->kind(), TorchBackend::Kind::Cuda);
        QCOMPARE(backend->toolkitVersion(), systemDependency.mid(5));
        QVERIFY(backend->hasSystemDependency());
    } else if (systemDependency.startsWith(u"rocm "_s)) {
        QCOMPARE(backend->kind(), TorchBackend::Kind::Rocm);
        QCOMPARE(backend->toolkitVersion(), systemDependency.mid(5));
        QVERIFY(backend->hasSystemDependency());
    } else {
        QCOMPARE(systemDependency, u"–"_s);
        // Only cpu and xpu lack a system dependency; the table calls cpu the fallback.
        QCOMPARE(backend->kind(),
                 reachable.startsWith(u"fallback"_s) ? TorchBackend::Kind::Cpu : TorchBackend::Kind::Xpu);
        QVERIFY(backend->toolkitVersion().isEmpty());
        QVERIFY(!backend->hasSystemDependency());
    }
    const bool explicitOnly = reachable.startsWith(u"no"_s) || reachable.startsWith(u"**no**"_s);
    QCOMPARE(backend->isAutoReachable(), !explicitOnly);

    // The reverse mapping finds every catalogue entry from its own URL, with or without a slash.
    QCOMPARE(TorchBackend::fromIndexUrl(url), backend);
    QCOMPARE(TorchBackend::fromIndexUrl(QString(url + u'/')), backend);
}

void TestTorchBackend::shouldRejectWhatUvRejects_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("cu127 never existed") << u"cu127"_s;
    QTest::newRow("upper case") << u"CU128"_s;
    QTest::newRow("ROCm major only") << u"rocm5"_s;
    QTest::newRow("unknown ROCm patch") << u"rocm6.2.5"_s;
    QTest::newRow("auto is a mode, not a backend") << u"auto"_s;
    QTest::newRow("pypi is Akari's, not uv's") << u"pypi"_s;
    QTest::newRow("leading space") << u" cu128"_s;
    QTest::newRow("trailing slash") << u"cu128/"_s;
    QTest::newRow("CUDA spelled out") << u"cuda12.8"_s;
    QTest::newRow("empty") << QString();
}

void TestTorchBackend::shouldRejectWhatUvRejects()
{
    QFETCH(QString, id);
    QVERIFY(!TorchBackend::fromId(id));
}

void TestTorchBackend::shouldMapIndexUrlsAsUvDoes_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // empty: not recognised

    QTest::newRow("plain") << u"https://download.pytorch.org/whl/cu128"_s << u"cu128"_s;
    QTest::newRow("trailing slash") << u"https://download.pytorch.org/whl/rocm6.2.4/"_s << u"rocm6.2.4"_s;
    QTest::newRow("deeper path: uv reads the second segment")
        << u"https://download.pytorch.org/whl/cu126/torch/"_s << u"cu126"_s;
    QTest::newRow("query ignored") << u"https://download.pytorch.org/whl/xpu?x=1"_s << u"xpu"_s;
    QTest::newRow("host is case-insensitive") << u"https://DOWNLOAD.pytorch.org/whl/cpu"_s << u"cpu"_s;
    QTest::newRow("plain http") << u"http://download.pytorch.org/whl/cu118"_s << u"cu118"_s;
    QTest::newRow("nightly is not a backend") << u"https://download.pytorch.org/whl/nightly/cu128"_s << QString();
    QTest::newRow("no backend") << u"https://download.pytorch.org/whl/"_s << QString();
    QTest::newRow("no whl segment") << u"https://download.pytorch.org/cu128"_s << QString();
    QTest::newRow("unknown backend") << u"https://download.pytorch.org/whl/cu127"_s << QString();
    QTest::newRow("backend case matters") << u"https://download.pytorch.org/whl/CU128"_s << QString();
    QTest::newRow("mirror") << u"https://astral-sh.github.io/pytorch-mirror/whl/cpu"_s << QString();
    QTest::newRow("pyx") << u"https://api.pyx.dev/simple/astral-sh/cu128"_s << u"cu128"_s;
    QTest::newRow("pyx, trailing slash") << u"https://api.pyx.dev/simple/astral-sh/rocm6.4/"_s << u"rocm6.4"_s;
    QTest::newRow("pyx, other namespace") << u"https://api.pyx.dev/simple/someone/cu128"_s << QString();
    QTest::newRow("other host") << u"https://download.pytorch.org.example.com/whl/cu128"_s << QString();
    QTest::newRow("no scheme") << u"download.pytorch.org/whl/cu128"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestTorchBackend::shouldMapIndexUrlsAsUvDoes()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    const std::optional<TorchBackend> backend = TorchBackend::fromIndexUrl(url);
    QCOMPARE(backend ? backend->id() : QString(), expected);
}

void TestTorchBackend::shouldNameEveryBackendForPeople()
{
    QSet<QString> names;
    for (const TorchBackend &backend : TorchBackend::all()) {
        const QString name = backend.displayName();
        QVERIFY2(!name.isEmpty() && !backend.description().isEmpty(), qPrintable(backend.id()));
        if (backend.kind() == TorchBackend::Kind::Cuda || backend.kind() == TorchBackend::Kind::Rocm) {
            QVERIFY2(name.contains(backend.toolkitVersion()), qPrintable(name));
            QVERIFY2(backend.description().contains(backend.toolkitVersion()), qPrintable(backend.id()));
        }
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
    }
    QCOMPARE(TorchBackend::fromId(u"cu128").value().displayName(), u"CUDA 12.8"_s);
    QCOMPARE(TorchBackend::fromId(u"rocm6.2.4").value().displayName(), u"ROCm 6.2.4"_s);
}

QTEST_GUILESS_MAIN(TestTorchBackend)
#include "tst_torchbackend.moc"
