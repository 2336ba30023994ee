// SPDX-License-Identifier: GPL-3.0-or-later
// The resolver on generated problems: small ones checked against an exhaustive search, and a
// large ecosystem-shaped one that must resolve at all.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include "memoryprovider.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;
using namespace Akari::Test;

namespace
{
/// A small random problem: packages p0..p(n-1) with versions 1..m, each version needing a few
/// others within [low, high] (high > m: up to any; low > m: a version that does not exist).
struct RandomProblem
{
    struct Need
    {
        int package;
        int low;
        int high;
    };
    int packages = 0;
    int versions = 0;
    QList<Need> root;
    QList<QList<QList<Need>>> needs; // [package][version - 1]

    static QString text(const Need &need) { return u"p%1>=%2,<=%3"_s.arg(need.package).arg(need.low).arg(need.high); }

    QStringList lines() const
    {
        QStringList result;
        for (int package = 0; package < packages; ++package) {
            for (int version = 1; version <= versions; ++version) {
                QStringList texts;
                for (const Need &need : needs[package][version - 1])
                    texts.append(text(need));
                result.append(u"p%1 %2 : %3"_s.arg(package).arg(version).arg(texts.join(u" | "_s)));
            }
        }
        return result;
    }

    QStringList rootTexts() const
    {
        QStringList result;
        for (const Need &need : root)
            result.append(text(need));
        return result;
    }

    /// Whether some choice (each package absent or at one version) meets every need.
    bool solvable() const
    {
        QList<int> choice(packages, 0); // 0: absent
        auto meets = [&](const Need &need) {
            const int chosen = choice[need.package];
            return chosen >= need.low && chosen <= need.high;
        };
        while (true) {
            bool good = std::ranges::all_of(root, meets);
            for (int package = 0; good && package < packages; ++package) {
                if (choice[package] > 0)
                    good = std::ranges::all_of(needs[package][choice[package] - 1], meets);
            }
            if (good)
                return true;
            int digit = 0;
            while (digit < packages && ++choice[digit] > versions)
                choice[digit++] = 0;
            if (digit == packages)
                return false;
        }
    }

    static RandomProblem generate(QRandomGenerator &random, int packages, int versions, int maxNeeds)
    {
        RandomProblem problem;
        problem.packages = packages;
        problem.versions = versions;
        auto need = [&]() {
            const int low = random.bounded(1, versions + 2);
            const int high = random.bounded(low, versions + 2);
            return Need{random.bounded(packages), low, high};
        };
        const int rootNeeds = random.bounded(1, 3);
        for (int i = 0; i < rootNeeds; ++i)
            problem.root.append(need());
        for (int package = 0; package < packages; ++package) {
            problem.needs.append(QList<QList<Need>>());
            for (int version = 1; version <= versions; ++version) {
                QList<Need> list;
                const int count = random.bounded(maxNeeds + 1);
                for (int i = 0; i < count; ++i) {
                    Need next = need();
                    if (next.package != package)
                        list.append(next);
                }
                problem.needs[package].append(list);
            }
        }
        return problem;
    }
};
} // namespace

class TestResolverRandom : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithExhaustiveSearch_data();
    void agreesWithExhaustiveSearch();
    void solvesALargeRandomProblem();
};

void TestResolverRandom::agreesWithExhaustiveSearch_data()
{
    QTest::addColumn<int>("packages");
    QTest::addColumn<int>("versions");
    QTest::addColumn<int>("maxNeeds");
    QTest::addColumn<int>("rounds");
    QTest::newRow("5 packages x 3 versions") << 5 << 3 << 3 << 500;
    // Many versions: rejections pile up, so the conflict-count heuristic backtracks too.
    QTest::newRow("4 packages x 9 versions") << 4 << 9 << 4 << 150;
}

void TestResolverRandom::agreesWithExhaustiveSearch()
{
    // Random small problems against an exhaustive search: a solver that misses solutions (wrong
    // learning or backjumping) or returns non-solutions (missed propagation) fails here.
    QFETCH(int, packages);
    QFETCH(int, versions);
    QFETCH(int, maxNeeds);
    QFETCH(int, rounds);
    QRandomGenerator random(20240607);
    int satisfiable = 0;
    for (int round = 0; round < rounds; ++round) {
        const RandomProblem problem = RandomProblem::generate(random, packages, versions, maxNeeds);
        MemoryProvider provider(problem.lines(), Version::parse(u"3.12"_s).value());
        const QList<Requirement> requirements = parseAll(problem.rootTexts());
        const MarkerEnvironment environment = target(u"linux"_s, u"3.12"_s);
        Resolver resolver(provider, environment, {});
        const Result<Resolution> resolution = resolver.resolve(requirements);
        QVERIFY2(resolution.has_value(), qPrintable(resolution.error().toString()));
        const QString context = u"round %1: root %2\n%3\n%4"_s.arg(round).arg(
            problem.rootTexts().join(u", "_s), problem.lines().join(u'\n'),
            resolution->satisfiable ? pins(*resolution) : resolution->explanation);
        QVERIFY2(resolution->satisfiable == problem.solvable(), qPrintable(context));
        if (resolution->satisfiable) {
            ++satisfiable;
            const QStringList problems = violations(provider, environment, requirements, *resolution);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s) + u'\n' + context));
        } else {
            QVERIFY2(!resolution->explanation.isEmpty(), qPrintable(context));
        }
    }
    // Both outcomes must be well represented, or the comparison proves little.
    QVERIFY2(satisfiable > rounds / 5 && satisfiable < rounds * 4 / 5, qPrintable(QString::number(satisfiable)));
}

void TestResolverRandom::solvesALargeRandomProblem()
{
    // 300 packages x 50 versions shaped like a real ecosystem: pK depends on three packages
    // further down the stack, newer versions on newer versions of them, and one dependency in
    // six is capped (`<N`), which forces backtracking. One hidden assignment (every package at
    // hidden[K]) meets every need of its own versions, so a solution exists. Uniformly random
    // ranges would instead make a random constraint problem, hard for any resolver.
    // AKARI_STRESS_PACKAGES overrides the size, for profiling.
    const int packages = qEnvironmentVariableIntValue("AKARI_STRESS_PACKAGES") > 0
                             ? qEnvironmentVariableIntValue("AKARI_STRESS_PACKAGES")
                             : 300;
    const int versions = 50;
    QRandomGenerator random(7);
    QList<int> hidden;
    for (int package = 0; package < packages; ++package)
        hidden.append(random.bounded(versions / 2, versions + 1));
    QStringList lines;
    for (int package = 0; package < packages; ++package) {
        for (int version = 1; version <= versions; ++version) {
            QStringList needs;
            for (int i = 0; i < 3 && package + 1 < packages; ++i) {
                const int other = random.bounded(package + 1, std::min(packages, package + 40));
                int low = std::clamp(version - 5 - random.bounded(15), 1, versions);
                int high = random.bounded(3) == 0 ? std::min(versions, low + 3 + random.bounded(12)) : versions;
                if (version == hidden[package]) {
                    low = std::min(low, hidden[other]);
                    high = std::max(high, hidden[other]);
                }
                needs.append(high < versions ? u"p%1>=%2,<%3"_s.arg(other).arg(low).arg(high + 1)
                                             : u"p%1>=%2"_s.arg(other).arg(low));
            }
            lines.append(u"p%1 %2 : %3"_s.arg(package).arg(version).arg(needs.join(u" | "_s)));
        }
    }
    MemoryProvider provider(lines, Version::parse(u"3.12"_s).value());
    QStringList rootTexts;
    for (int package = 0; package < std::min(packages, 10); ++package)
        rootTexts.append(u"p%1"_s.arg(package));
    const QList<Requirement> requirements = parseAll(rootTexts);
    const MarkerEnvironment environment = target(u"linux"_s, u"3.12"_s);
    Resolver resolver(provider, environment, {});
    QElapsedTimer timer;
    timer.start();
    const Result<Resolution> resolution = resolver.resolve(requirements);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(resolution.has_value(), qPrintable(resolution.error().toString()));
    QVERIFY2(resolution->satisfiable, qPrintable(resolution->explanation.left(2000)));
    const QStringList problems = violations(provider, environment, requirements, *resolution);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(resolution->conflicts > 0); // the caps must have made it backtrack, or this tests little
    qInfo("%d x %d: %lld packages resolved, %d decisions, %d conflicts, %d metadata reads, %lld ms", packages, versions,
          qint64(resolution->packages.size()), resolution->decisions, resolution->conflicts, provider.metadataCalls,
          elapsed);
}

QTEST_GUILESS_MAIN(TestResolverRandom)
#include "tst_resolverrandom.moc"
