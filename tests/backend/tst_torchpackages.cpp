// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "core/backend/torchpackages.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::TorchPackages;

namespace
{

/// The three lists of UV-TORCH-FACTS.md §5, as the document spells them.
struct FactsLists
{
    QStringList pytorchIndex;     ///< A
    QStringList pyx;              ///< B: A plus the names after "all of A plus"
    QStringList systemDependency; ///< C, without the "(Not in C: …)" aside
};

FactsLists readSectionFive()
{
    QFile file(Akari::Test::sharedPath(u"docs/UV-TORCH-FACTS.md"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    const qsizetype start = text.indexOf(u"\n## 5."_s);
    const qsizetype end = text.indexOf(u"\n## "_s, start + 1);
    if (start < 0)
        return {};
    const QString section = text.mid(start, end < 0 ? -1 : end - start);

    const auto names = [](QStringView paragraph) {
        static const QRegularExpression backticked(u"`([^`]+)`"_s);
        QStringList found;
        for (const QRegularExpressionMatch &match : backticked.globalMatch(paragraph))
            found.append(match.captured(1));
        return found;
    };
    // From the end of the bold label that starts at \a from ("… 22 packages:**") up to \a to,
    // so backticks inside a label (`system:cuda==X.Y`) are not taken for names.
    const auto between = [&section](QStringView from, QStringView to) {
        const qsizetype label = section.indexOf(from);
        const qsizetype begin = label < 0 ? -1 : section.indexOf(u":**"_s, label);
        const qsizetype finish = section.indexOf(to, begin + 1);
        return begin < 0 || finish < 0 ? QString() : section.mid(begin, finish - begin);
    };

    FactsLists lists;
    lists.pytorchIndex = names(between(u"**A.", u"**B."));
    lists.pyx = lists.pytorchIndex + names(between(u"**B.", u"**C."));
    lists.systemDependency = names(between(u"**C.", u"(Not in C"));
    return lists;
}

/// "Torch_Vision"-style spelling of a normalised name, to prove the lookups normalise.
QString respelled(QString name)
{
    name.replace(u'-', u'_');
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QSet<QString> toSet(const QStringList &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

} // namespace

class TestTorchPackages final : public QObject
{
    Q_OBJECT

private slots:
    void shouldHoldTheThreeListsOfTheFacts();
    void shouldRouteByNormalisedName_data();
    void shouldRouteByNormalisedName();
};

void TestTorchPackages::shouldHoldTheThreeListsOfTheFacts()
{
    const FactsLists facts = readSectionFive();
    QCOMPARE(facts.pytorchIndex.size(), 22);
    QCOMPARE(facts.pyx.size(), 33);
    QCOMPARE(facts.systemDependency.size(), 20);

    QCOMPARE(TorchPackages::pytorchIndex().size(), 22);
    QCOMPARE(TorchPackages::pyx().size(), 33);
    QCOMPARE(TorchPackages::systemDependency().size(), 20);
    QCOMPARE(toSet(TorchPackages::pytorchIndex()), toSet(facts.pytorchIndex));
    QCOMPARE(toSet(TorchPackages::pyx()), toSet(facts.pyx));
    QCOMPARE(toSet(TorchPackages::systemDependency()), toSet(facts.systemDependency));
}

void TestTorchPackages::shouldRouteByNormalisedName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("pytorchIndex");
    QTest::addColumn<bool>("pyx");
    QTest::addColumn<bool>("systemDependency");

    // Every name of the document, as written and re-spelled.
    const FactsLists facts = readSectionFive();
    QVERIFY2(facts.pyx.size() == 33, "UV-TORCH-FACTS.md §5 B should have 33 names");
    for (const QString &name : facts.pyx) {
        const bool a = facts.pytorchIndex.contains(name);
        const bool c = facts.systemDependency.contains(name);
        QTest::addRow("%s", qPrintable(name)) << name << a << true << c;
        QTest::addRow("%s respelled", qPrintable(name)) << respelled(name) << a << true << c;
    }
    QTest::newRow("dots normalise too") << u"Flash.Attn"_s << false << true << true;
    QTest::newRow("numpy") << u"numpy"_s << false << false << false;
    QTest::newRow("CUDA runtime wheel comes from PyPI") << u"nvidia-cudnn-cu12"_s << false << false << false;
    QTest::newRow("torchdata was removed in 0.11.1") << u"torchdata"_s << false << false << false;
    QTest::newRow("torch-model-archiver was removed") << u"torch-model-archiver"_s << false << false << false;
    QTest::newRow("prefix of a listed name") << u"torchvis"_s << false << false << false;
    QTest::newRow("empty") << QString() << false << false << false;
}

void TestTorchPackages::shouldRouteByNormalisedName()
{
    QFETCH(QString, name);
    QFETCH(bool, pytorchIndex);
    QFETCH(bool, pyx);
    QFETCH(bool, systemDependency);

    QCOMPARE(TorchPackages::routesToTorchIndex(name), pytorchIndex);
    QCOMPARE(TorchPackages::routesToTorchIndex(name, true), pyx);
    QCOMPARE(TorchPackages::hasSystemDependency(name), systemDependency);
}

QTEST_GUILESS_MAIN(TestTorchPackages)
#include "tst_torchpackages.moc"
