// SPDX-License-Identifier: GPL-3.0-or-later
// SpecifierSet beyond pypa/packaging's vectors (the conformance tool runs those): parsing and
// error columns, canonical text, pre-release and installed rules, combining, and the interval
// reasoning behind isUnsatisfiable()/isSubset()/isDisjoint() checked against contains() on
// generated sets and versions near their bounds.
#include <random>

#include <QSet>
#include <QTest>

#include "core/pep/specifierset.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::SpecifierSet;
using Akari::Version;

namespace
{
SpecifierSet set(const QString &text, std::optional<bool> prereleases = std::nullopt)
{
    const Akari::Result<SpecifierSet> parsed = SpecifierSet::parse(text, prereleases);
    if (!parsed)
        qFatal("test data does not parse: %s", qUtf8Printable(parsed.error().message()));
    return *parsed;
}

// Clauses are built from versions with release 1 or 1.1 and numbers up to 1. Every gap between
// their bounds that holds a version also holds one of \a releases with numbers up to 2 and one of
// four local labels (release extensions like 1.0.1 lie above all of 1's post releases, and
// labels below, between and above the one clauses use). So on sets of such clauses, "no pool
// version matches" must be exactly "unsatisfiable", and likewise for the relations.
QList<Version> versionPool(const QStringList &releases)
{
    QList<Version> pool;
    const QStringList pres = {QString(), u"a1"_s, u"a2"_s, u"rc1"_s};
    const QStringList numbers = {QString(), u"0"_s, u"1"_s, u"2"_s};
    const QStringList locals = {QString(), u"+abc"_s, u"+cpu"_s, u"+cpu.1"_s};
    for (const QString &release : releases)
        for (const QString &pre : pres)
            for (const QString &post : numbers)
                for (const QString &dev : numbers)
                    for (const QString &local : locals) {
                        const QString text = release + pre + (post.isNull() ? QString() : u".post"_s + post) +
                                             (dev.isNull() ? QString() : u".dev"_s + dev) + local;
                        pool.append(Version::parse(text).value());
                    }
    return pool;
}

QStringList clauseUniverse(const QStringList &releases, const QStringList &pres)
{
    QStringList clauses;
    const QStringList ops = {u"=="_s, u"!="_s, u"<="_s, u">="_s, u"<"_s, u">"_s, u"~="_s};
    for (const QString &release : releases) {
        clauses += {u"=="_s + release + u".*"_s, u"!="_s + release + u".*"_s};
        for (const QString &pre : pres)
            for (const QString &post : {QString(), u".post0"_s, u".post1"_s})
                for (const QString &dev : {QString(), u".dev0"_s, u".dev1"_s})
                    for (const QString &op : ops) {
                        const QString version =
                            (op == u"~=" && !release.contains(u'.') ? release + u".0"_s : release) + pre + post + dev;
                        clauses.append(op + version);
                        if ((op == u"==" || op == u"!=") && pre.isNull() && dev.isNull())
                            clauses.append(op + version + u"+cpu"_s);
                    }
    }
    return clauses;
}

SpecifierSet randomSet(std::mt19937 &random, const QStringList &universe, int most)
{
    QStringList clauses;
    const int count = std::uniform_int_distribution<int>(1, most)(random);
    for (int index = 0; index < count; ++index)
        clauses.append(universe.at(std::uniform_int_distribution<qsizetype>(0, universe.size() - 1)(random)));
    return set(clauses.join(u','));
}

struct Members
{
    bool any = false;
    bool final = false;
};

Members membersIn(const SpecifierSet &set, const QList<Version> &pool)
{
    Members members;
    for (const Version &version : pool) {
        if (set.contains(version, true)) {
            members.any = true;
            members.final = members.final || !version.isPrerelease();
            if (members.final)
                break;
        }
    }
    return members;
}

void expectSatisfiability(SpecifierSet set, const QList<Version> &pool)
{
    const Members members = membersIn(set, pool);
    QVERIFY2(set.isUnsatisfiable() == !members.any, qPrintable(set.toString()));
    set.setPrereleases(false);
    QVERIFY2(set.isUnsatisfiable() == !members.final, qPrintable(set.toString() + u" (no pre-releases)"_s));
}
} // namespace

class TestSpecifierSet final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseCommaSeparatedClauses();
    void shouldNameTheColumnWithinTheWholeText_data();
    void shouldNameTheColumnWithinTheWholeText();
    void shouldCompareAndHashIgnoringOrder();
    void shouldMatchPyTorchBuilds();
    void shouldAdmitInstalledPrereleases();
    void shouldCombineClausesAndOverrides();
    void shouldRefuseRelationsItCannotDecide();
    void shouldFindGapsBetweenVersions_data();
    void shouldFindGapsBetweenVersions();
    void shouldDecideSatisfiabilityOfEveryPair();
    void shouldAgreeWithContainsOnGeneratedSets();
    void shouldRelateGeneratedSetsConsistently();
};

void TestSpecifierSet::shouldParseCommaSeparatedClauses()
{
    const SpecifierSet parsed = set(u" >=2.6 , , <2.8,!=2.7.0,>=2.6 "_s);
    QCOMPARE(parsed.size(), 4);
    QCOMPARE(parsed.specifiers().constFirst().toString(), u">=2.6"_s);
    QCOMPARE(parsed.toString(), u"!=2.7.0,<2.8,>=2.6"_s);
    QStringList texts;
    for (const Akari::Specifier &spec : parsed)
        texts.append(spec.toString());
    QCOMPARE(texts, (QStringList{u">=2.6"_s, u"<2.8"_s, u"!=2.7.0"_s, u">=2.6"_s}));

    const SpecifierSet empty = set(u" , "_s);
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.toString(), QString());
    QCOMPARE(empty, SpecifierSet());
    QVERIFY(empty.contains(u"anything at all"));
    QVERIFY(!empty.isUnsatisfiable());
}

void TestSpecifierSet::shouldNameTheColumnWithinTheWholeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("clause");

    QTest::newRow("local in second clause") << u">=1.0, <2.0+x"_s << 12 << u"<2.0+x"_s;
    QTest::newRow("missing operator after comma") << u">=1.0,2.0"_s << 7 << u"2.0"_s;
    QTest::newRow("semicolon") << u"==1.0;python_version>'3'"_s << 6 << u"==1.0;python_version>'3'"_s;
}

void TestSpecifierSet::shouldNameTheColumnWithinTheWholeText()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, clause);
    const Akari::Result<SpecifierSet> parsed = SpecifierSet::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().column(), column);
    QVERIFY2(parsed.error().message().contains(clause), qPrintable(parsed.error().message()));
}

void TestSpecifierSet::shouldCompareAndHashIgnoringOrder()
{
    const SpecifierSet a = set(u">=1.0,!=1.5.0,<2"_s);
    const SpecifierSet b = set(u"<2.0, >=1, !=1.5, >=1.0.0"_s, true);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE((QSet<SpecifierSet>{a, b}).size(), 1);
    QVERIFY(a != set(u">=1.0,!=1.5.1,<2"_s));
    QVERIFY(set(u"~=1.0"_s) != set(u"~=1.0.0"_s));
}

void TestSpecifierSet::shouldMatchPyTorchBuilds()
{
    const SpecifierSet torch = set(u">=2.6,<2.8,!=2.7.0"_s);
    QVERIFY(torch.contains(u"2.7.1+cu128"));
    QVERIFY(torch.contains(u"2.6.0+cpu"));
    QVERIFY(!torch.contains(u"2.7.0+cu128"));
    QVERIFY(!torch.contains(u"2.8.0rc1"));
    QCOMPARE(torch.filter({u"2.5.1"_s, u"2.6.0+cpu"_s, u"2.7.0"_s, u"2.7.1+cu118"_s, u"2.8.0"_s}),
             (QStringList{u"2.6.0+cpu"_s, u"2.7.1+cu118"_s}));
    const SpecifierSet exact = set(u"==2.7.0+cu128"_s);
    QCOMPARE(exact.filter({u"2.7.0"_s, u"2.7.0+cpu"_s, u"2.7.0+cu128"_s}), QStringList{u"2.7.0+cu128"_s});
    QVERIFY(torch.isSuperset(set(u"==2.7.1+cu128"_s)).value());
    QVERIFY(torch.isDisjoint(set(u"==2.7.0"_s)).value());
    QVERIFY(!torch.isDisjoint(set(u"==2.7.*"_s)).value());
}

void TestSpecifierSet::shouldAdmitInstalledPrereleases()
{
    const SpecifierSet stable = set(u">=2.0"_s, false);
    const Version candidate = Version::parse(u"2.1rc1").value();
    QVERIFY(!stable.contains(candidate));
    QVERIFY(stable.contains(candidate, std::nullopt, true));
    QVERIFY(stable.contains(u"2.1rc1", false, true));
    QVERIFY(!stable.contains(u"1.9rc1", true, true)); // installed does not widen the range
    QVERIFY(set(u">=2.0"_s).contains(candidate));     // a lone pre-release is accepted by default
    QVERIFY(!set(u">=2.0"_s).contains(candidate, false));
}

void TestSpecifierSet::shouldCombineClausesAndOverrides()
{
    const Akari::Result<SpecifierSet> combined = set(u">=1.0"_s).combined(set(u"<2.0,!=1.5"_s, true));
    QVERIFY(combined.has_value());
    QCOMPARE(combined->toString(), u"!=1.5,<2.0,>=1.0"_s);
    QCOMPARE(combined->prereleases(), std::optional<bool>(true));
    const Akari::Result<SpecifierSet> conflict = set(u">=1.0"_s, false).combined(set(u"<2.0"_s, true));
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code(), Error::Code::InvalidArgument);
    QVERIFY(set(u">=1.0"_s, false).combined(set(u"<2.0"_s, false)).has_value());
}

void TestSpecifierSet::shouldRefuseRelationsItCannotDecide()
{
    QCOMPARE(set(u"===1.0"_s).isSubset(set(u">=1"_s)).error().code(), Error::Code::InvalidArgument);
    QCOMPARE(set(u">=1"_s).isDisjoint(set(u"===1.0"_s)).error().code(), Error::Code::InvalidArgument);
    QCOMPARE(set(u">=1"_s, true).isSubset(set(u">=0"_s)).error().code(), Error::Code::InvalidArgument);
    // With pre-releases forbidden on both sides, only final releases count.
    QVERIFY(set(u">=1.0rc1,<=1.0"_s, false).isSubset(set(u"==1.0"_s, false)).value());
    QVERIFY(!set(u">=1.0rc1,<=1.0"_s).isSubset(set(u"==1.0"_s)).value());
    QVERIFY(set(u"<1.0rc1"_s, false).isDisjoint(set(u">=1.0a1"_s, false)).value());
    QVERIFY(!set(u"<1.0rc1"_s).isDisjoint(set(u">=1.0a1"_s)).value());
}

void TestSpecifierSet::shouldFindGapsBetweenVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("prereleases"); // -1: none
    QTest::addColumn<bool>("unsatisfiable");

    QTest::newRow("PyTorch build pinned and excluded") << u"==2.7.0+cu128,!=2.7.0"_s << -1 << true;
    QTest::newRow("other build still allowed") << u"==2.7.0+cu128,!=2.7.0+cpu"_s << -1 << false;
    QTest::newRow("between a release and its first post") << u">2.7.0,<2.7.0.post0.dev0"_s << -1 << true;
    QTest::newRow("other local versions remain") << u">=2.7.0,<=2.7.0,!=2.7.0,==2.7.0+cu128"_s << -1 << true;
    QTest::newRow("local versions between bounds") << u">2.7.0.dev0,<=2.7.0,!=2.7.0+cpu,>=2.7.0"_s << -1 << false;
    QTest::newRow("> of a dev release leaves its locals out") << u">1.0.dev1,<1.0.dev2"_s << -1 << true;
    QTest::newRow("> of a final release: longer releases fit") << u">1.0,<1.0.1"_s << -1 << false;
    QTest::newRow("longer releases are finals too") << u">1.0,<1.0.0.0.1"_s << 0 << false;
    QTest::newRow("> of a pre-release: next pre-release") << u">1.0rc1,<1.0rc2.dev0"_s << -1 << true;
    QTest::newRow("> of a pre-release: its first dev release") << u">1.0rc1,<=1.0rc2.dev0"_s << -1 << false;
    QTest::newRow("> of a post release: the next one's dev") << u">1.0.post1,<=1.0.post2.dev0"_s << -1 << false;
    QTest::newRow("> of a dev release: the next dev") << u">1.0.dev1,<=1.0.dev2"_s << -1 << false;
    QTest::newRow("a wildcard starts at the first dev release") << u"==1!1.*,<1!1.0"_s << -1 << true;
    QTest::newRow("pre-releases only") << u">=2.0.dev0,<2.0rc2,!=2.0rc1"_s << -1 << false;
    QTest::newRow("pre-releases only, forbidden") << u">=2.0.dev0,<2.0rc2,!=2.0rc1"_s << 0 << true;
    QTest::newRow("a post release is final") << u">2.0rc1,<=2.0.post0,!=2.0"_s << 0 << false;
    QTest::newRow("below the lowest version") << u"<0.dev0"_s << -1 << true;
    QTest::newRow("the lowest version itself") << u"<=0.dev0"_s << -1 << false;
}

void TestSpecifierSet::shouldFindGapsBetweenVersions()
{
    QFETCH(QString, text);
    QFETCH(int, prereleases);
    QFETCH(bool, unsatisfiable);
    const std::optional<bool> override = prereleases < 0 ? std::nullopt : std::optional<bool>(prereleases != 0);
    QCOMPARE(set(text, override).isUnsatisfiable(), unsatisfiable);
}

void TestSpecifierSet::shouldDecideSatisfiabilityOfEveryPair()
{
    const QList<Version> pool = versionPool({u"0"_s, u"1"_s, u"1.0.1"_s, u"1.1"_s, u"2"_s});
    const QStringList universe = clauseUniverse({u"1"_s}, {QString(), u"a1"_s});
    for (qsizetype i = 0; i < universe.size(); ++i) {
        for (qsizetype j = i; j < universe.size(); ++j) {
            expectSatisfiability(set(universe[i] + u',' + universe[j]), pool);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

void TestSpecifierSet::shouldAgreeWithContainsOnGeneratedSets()
{
    const QList<Version> pool = versionPool({u"0"_s, u"1"_s, u"1.0.1"_s, u"1.1"_s, u"1.1.0.1"_s, u"1.2"_s, u"2"_s,
                                             u"1!0"_s, u"1!1"_s, u"1!1.0.1"_s, u"1!2"_s});
    const QStringList universe = clauseUniverse({u"1"_s, u"1.1"_s, u"1!1"_s}, {QString(), u"a1"_s, u"rc1"_s});
    std::mt19937 random(7);
    for (int round = 0; round < 600; ++round) {
        expectSatisfiability(randomSet(random, universe, 3), pool);
        if (QTest::currentTestFailed())
            return;
    }
    // A local version is exactly the singleton ==V+local: the intervals must agree with contains().
    for (int round = 0; round < 40; ++round) {
        const SpecifierSet generated = randomSet(random, universe, 2);
        for (const Version &version : pool) {
            if (!version.hasLocal())
                continue;
            const bool disjoint = generated.isDisjoint(set(u"=="_s + version.toString())).value();
            QVERIFY2(disjoint == !generated.contains(version, true),
                     qPrintable(generated.toString() + u" / "_s + version.toString()));
        }
    }
}

void TestSpecifierSet::shouldRelateGeneratedSetsConsistently()
{
    const QList<Version> pool = versionPool({u"0"_s, u"1"_s, u"1.0.1"_s, u"1.1"_s, u"1.1.0.1"_s, u"1.2"_s, u"2"_s,
                                             u"1!0"_s, u"1!1"_s, u"1!1.0.1"_s, u"1!2"_s});
    const QStringList universe = clauseUniverse({u"1"_s, u"1.1"_s, u"1!1"_s}, {QString(), u"a1"_s, u"rc1"_s});
    std::mt19937 random(11);
    for (int round = 0; round < 1000; ++round) {
        const SpecifierSet a = randomSet(random, universe, 2);
        const SpecifierSet b = randomSet(random, universe, 2);
        const QString name = a.toString() + u" | "_s + b.toString();
        bool counterexample = false;
        bool shared = false;
        for (const Version &version : pool) {
            const bool inA = a.contains(version, true);
            const bool inB = b.contains(version, true);
            counterexample = counterexample || (inA && !inB);
            shared = shared || (inA && inB);
        }
        QVERIFY2(a.isSubset(b).value() == !counterexample, qPrintable(name));
        QVERIFY2(b.isSuperset(a).value() == !counterexample, qPrintable(name));
        QVERIFY2(a.isDisjoint(b).value() == !shared, qPrintable(name));
        const SpecifierSet both = a.combined(b).value();
        QCOMPARE(both.isUnsatisfiable(), !shared);
        QVERIFY2(both.isSubset(a).value() && both.isSubset(b).value(), qPrintable(name));
    }
}

QTEST_APPLESS_MAIN(TestSpecifierSet)
#include "tst_specifierset.moc"
