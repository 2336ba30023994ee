// SPDX-License-Identifier: GPL-3.0-or-later
#include <QHash>
#include <QTest>

#include "memoryprovider.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;
using namespace Akari::Test;

namespace
{
// The wrong-backtracking-basic shape from packse: b's new versions all need a==1.0.0.
const QStringList wrongBacktracking{u"a 1.0.0"_s,
                                    u"a 2.0.0"_s,
                                    u"too-old 1.0.0"_s,
                                    u"b 1.0.0 : too-old"_s,
                                    u"b 2.0.0 : a==1.0.0"_s,
                                    u"b 2.0.1 : a==1.0.0"_s,
                                    u"b 2.0.2 : a==1.0.0"_s,
                                    u"b 2.0.3 : a==1.0.0"_s,
                                    u"b 2.0.4 : a==1.0.0"_s,
                                    u"b 2.0.5 : a==1.0.0"_s,
                                    u"b 2.0.6 : a==1.0.0"_s,
                                    u"b 2.0.7 : a==1.0.0"_s,
                                    u"b 2.0.8 : a==1.0.0"_s,
                                    u"b 2.0.9 : a==1.0.0"_s};
} // namespace

class TestResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolves_data();
    void resolves();
    void explainsFailures_data();
    void explainsFailures();
    void reportsWhatItResolved();
    void projectRequiresPython();
    void cancels();
    void stopsAtTheDecisionGuard();
    void countsDecisionsAndConflicts();
    void passesProviderErrorsOn();
    void backtracksThroughLongChains();
    void extraFollowsItsDecidedPackage();
};

void TestResolver::resolves_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("requirements");
    QTest::addColumn<QString>("platform");
    QTest::addColumn<QString>("python");
    QTest::addColumn<int>("prereleases");
    QTest::addColumn<QString>("expected");

    const int ifNecessary = int(Resolver::Options::Prereleases::IfNecessaryOrExplicit);
    const int allow = int(Resolver::Options::Prereleases::Allow);
    const QString linux = u"linux"_s;
    const QString py312 = u"3.12"_s;

    QTest::newRow("chain") << QStringList{u"a 1.0.0 : b>=1"_s, u"b 1.0.0"_s, u"b 2.0.0 : c<2"_s, u"c 1.0.0"_s,
                                          u"c 2.0.0"_s}
                           << QStringList{u"a"_s} << linux << py312 << ifNecessary << u"a==1.0.0 b==2.0.0 c==1.0.0"_s;
    QTest::newRow("newest wins") << QStringList{u"a 1.0.0"_s, u"a 1.10.0"_s, u"a 1.9.0"_s} << QStringList{u"a"_s}
                                 << linux << py312 << ifNecessary << u"a==1.10.0"_s;
    QTest::newRow("wrong-backtracking-basic")
        << wrongBacktracking << QStringList{u"a"_s, u"b"_s} << linux << py312 << ifNecessary << u"a==1.0.0 b==2.0.9"_s;
    QTest::newRow("backtrack over a missing package")
        << QStringList{u"a 1.0.0"_s, u"a 2.0.0"_s, u"b 1.0.0 : c"_s, u"b 2.0.0 : a==1.0.0"_s}
        << QStringList{u"a"_s, u"b"_s} << linux << py312 << ifNecessary << u"a==1.0.0 b==2.0.0"_s;
    QTest::newRow("backtrack to an older dependency")
        << QStringList{u"a 1.0.0 : c==1.0.0"_s, u"a 2.0.0 : c==2.0.0"_s, u"b 1.0.0 : c==1.0.0"_s, u"c 1.0.0"_s,
                       u"c 2.0.0"_s}
        << QStringList{u"a"_s, u"b"_s} << linux << py312 << ifNecessary << u"a==1.0.0 b==1.0.0 c==1.0.0"_s;
    QTest::newRow("extra") << QStringList{u"a 1.0.0 : b ; extra == 'cuda' | c ; extra == 'rocm'"_s, u"b 1.0.0"_s,
                                          u"c 1.0.0"_s}
                           << QStringList{u"a[CUDA]"_s} << linux << py312 << ifNecessary << u"a==1.0.0 b==1.0.0"_s;
    QTest::newRow("extra pins the version of its package")
        << QStringList{u"a 1.0.0 : b ; extra == 'x'"_s, u"a 2.0.0"_s, u"b 1.0.0"_s} << QStringList{u"a[x]"_s, u"a<2"_s}
        << linux << py312 << ifNecessary << u"a==1.0.0 b==1.0.0"_s;
    QTest::newRow("missing extra is ignored")
        << QStringList{u"a 1.0.0"_s} << QStringList{u"a[nope]"_s} << linux << py312 << ifNecessary << u"a==1.0.0"_s;
    const QStringList markers{u"a 1.0.0 : b ; sys_platform == 'linux' | c ; sys_platform == 'win32'"_s, u"b 1.0.0"_s,
                              u"c 1.0.0"_s};
    QTest::newRow("markers on linux") << markers << QStringList{u"a"_s} << linux << py312 << ifNecessary
                                      << u"a==1.0.0 b==1.0.0"_s;
    QTest::newRow("markers on windows") << markers << QStringList{u"a"_s} << u"windows"_s << py312 << ifNecessary
                                        << u"a==1.0.0 c==1.0.0"_s;
    QTest::newRow("root marker") << QStringList{u"a 1.0.0"_s} << QStringList{u"a ; python_version < '3.10'"_s} << linux
                                 << py312 << ifNecessary << QString();
    const QStringList pre{u"a 1.0.0"_s, u"a 2.0.0a1"_s};
    QTest::newRow("stable over pre-release")
        << pre << QStringList{u"a"_s} << linux << py312 << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("explicit pre-release")
        << pre << QStringList{u"a>=2.0.0a1"_s} << linux << py312 << ifNecessary << u"a==2.0.0a1"_s;
    QTest::newRow("pre-releases allowed") << pre << QStringList{u"a"_s} << linux << py312 << allow << u"a==2.0.0a1"_s;
    QTest::newRow("only pre-releases") << QStringList{u"a 1.0.0b1"_s, u"a 1.0.0b2"_s} << QStringList{u"a"_s} << linux
                                       << py312 << ifNecessary << u"a==1.0.0b2"_s;
    const QStringList yanked{u"a 0.9.0"_s, u"a 1.0.0 yanked"_s};
    QTest::newRow("yanked skipped") << yanked << QStringList{u"a"_s} << linux << py312 << ifNecessary << u"a==0.9.0"_s;
    QTest::newRow("yanked pinned") << yanked << QStringList{u"a==1.0.0"_s} << linux << py312 << ifNecessary
                                   << u"a==1.0.0"_s;
    QTest::newRow("yanked pinned transitively is not enough")
        << QStringList{u"a 0.9.0"_s, u"a 1.0.0 yanked"_s, u"b 1.0.0 : a==1.0.0"_s} << QStringList{u"b"_s} << linux
        << py312 << ifNecessary << u"UNSAT"_s;
    const QStringList torch{u"torch 2.7.1"_s, u"torch 2.8.0+cpu"_s, u"torch 2.8.0+cu128"_s, u"torch 2.8.0+cu126"_s};
    QTest::newRow("local version matches public pin")
        << torch << QStringList{u"torch==2.8.0"_s} << linux << py312 << ifNecessary << u"torch==2.8.0+cu128"_s;
    QTest::newRow("local version pinned")
        << torch << QStringList{u"torch==2.8.0+cpu"_s} << linux << py312 << ifNecessary << u"torch==2.8.0+cpu"_s;
    QTest::newRow("local version excluded by !=")
        << torch << QStringList{u"torch!=2.8.0"_s} << linux << py312 << ifNecessary << u"torch==2.7.1"_s;
    QTest::newRow("index requires-python") << QStringList{u"a 1.0.0 python=>=3.8"_s, u"a 2.0.0 python=>=3.13"_s}
                                           << QStringList{u"a"_s} << linux << py312 << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("metadata requires-python")
        << QStringList{u"a 1.0.0 meta-python=>=3.8"_s, u"a 2.0.0 meta-python=>=3.13"_s} << QStringList{u"a"_s} << linux
        << py312 << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("requires-python upper bound ignored")
        << QStringList{u"a 1.0.0 meta-python=<3.9"_s} << QStringList{u"a"_s} << linux << py312 << ifNecessary
        << u"a==1.0.0"_s;
    QTest::newRow("requires-python: the implied upper bound of ==X.* is ignored too")
        << QStringList{u"a 1.0.0 meta-python=>=3.6"_s, u"a 2.0.0 meta-python===3.8.*"_s} << QStringList{u"a"_s} << linux
        << py312 << ifNecessary << u"a==2.0.0"_s;
    QTest::newRow("requires-python: ~= counts as its lower bound")
        << QStringList{u"a 1.0.0 meta-python=~=3.8.0"_s, u"a 2.0.0 meta-python=~=3.13.0"_s} << QStringList{u"a"_s}
        << linux << py312 << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("requires-python: a release candidate target meets its own release")
        << QStringList{u"a 1.0.0"_s, u"a 2.0.0 meta-python=>=3.13"_s} << QStringList{u"a"_s} << linux << u"3.13.0rc1"_s
        << ifNecessary << u"a==2.0.0"_s;
    QTest::newRow("requires-python: > excludes the bound itself")
        << QStringList{u"a 1.0.0"_s, u"a 2.0.0 meta-python=>3.12"_s} << QStringList{u"a"_s} << linux << py312
        << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("no compatible wheel") << QStringList{u"a 1.0.0"_s, u"a 2.0.0 nowheel"_s} << QStringList{u"a"_s}
                                         << linux << py312 << ifNecessary << u"a==1.0.0"_s;
    QTest::newRow("missing package") << QStringList{} << QStringList{u"nope"_s} << linux << py312 << ifNecessary
                                     << u"UNSAT"_s;
    QTest::newRow("conflicting pins") << QStringList{u"a 1.0.0"_s, u"a 2.0.0"_s}
                                      << QStringList{u"a==1.0.0"_s, u"a==2.0.0"_s} << linux << py312 << ifNecessary
                                      << u"UNSAT"_s;
}

void TestResolver::resolves()
{
    QFETCH(QStringList, packages);
    QFETCH(QStringList, requirements);
    QFETCH(QString, platform);
    QFETCH(QString, python);
    QFETCH(int, prereleases);
    QFETCH(QString, expected);

    MemoryProvider provider(packages, Version::parse(python).value());
    Resolver::Options options;
    options.prereleases = Resolver::Options::Prereleases(prereleases);
    Resolver resolver(provider, target(platform, python), options);
    const Result<Resolution> resolution = resolver.resolve(parseAll(requirements));
    QVERIFY2(resolution.has_value(), qPrintable(resolution.error().toString()));
    if (expected == "UNSAT"_L1) {
        QVERIFY2(!resolution->satisfiable, qPrintable(pins(*resolution)));
        QVERIFY(!resolution->explanation.isEmpty());
        QVERIFY(resolution->packages.isEmpty());
        return;
    }
    QVERIFY2(resolution->satisfiable, qPrintable(resolution->explanation));
    QCOMPARE(pins(*resolution), expected);
}

void TestResolver::explainsFailures_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("requirements");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QStringList>("conflicting");

    QTest::newRow("missing package") << QStringList{} << QStringList{u"nope"_s}
                                     << QStringList{u"the project depends on nope, which does not exist"_s,
                                                    u"no solution exists"_s}
                                     << QStringList{u"nope"_s};
    QTest::newRow("header example") << QStringList{u"a 1.0.0 : c"_s, u"b 1.0.0 : a==1.0.0"_s, u"b 2.0.0 : a==1.0.0"_s}
                                    << QStringList{u"b"_s}
                                    << QStringList{u"every version of b depends on a==1.0.0"_s,
                                                   u"a==1.0.0 depends on c, which does not exist"_s,
                                                   u"the project depends on b"_s}
                                    << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("transitive conflict") << QStringList{u"a 1.0.0 : c==1.0.0"_s, u"b 1.0.0 : c==2.0.0"_s, u"c 1.0.0"_s,
                                                        u"c 2.0.0"_s}
                                         << QStringList{u"a"_s, u"b"_s}
                                         << QStringList{u"a==1.0.0 depends on c==1.0.0"_s,
                                                        u"b==1.0.0 depends on c==2.0.0"_s, u"no solution exists"_s}
                                         << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("no matching version") << QStringList{u"a 1.0.0"_s} << QStringList{u"a>=2"_s}
                                         << QStringList{u"a>=2, for which there is no version"_s}
                                         << QStringList{u"a"_s};
    QTest::newRow("requires-python") << QStringList{u"a 1.0.0 python=>=3.13"_s} << QStringList{u"a"_s}
                                     << QStringList{u"a==1.0.0 requires Python >=3.13 (the target has 3.12.0)"_s}
                                     << QStringList{u"a"_s};
    QTest::newRow("yanked") << QStringList{u"a 1.0.0 yanked"_s} << QStringList{u"a>=1"_s}
                            << QStringList{u"a==1.0.0 was yanked"_s} << QStringList{u"a"_s};
    QTest::newRow("pre-release") << QStringList{u"a 0.1.0"_s, u"a 1.0.0a1"_s} << QStringList{u"a>0.1.0"_s}
                                 << QStringList{u"a==1.0.0a1 is a pre-release"_s, u"the project depends on a>0.1.0"_s}
                                 << QStringList{u"a"_s};
    QTest::newRow("extras conflict") << QStringList{u"a 1.0.0 : b==1.0.0 ; extra == 'x' | b==2.0.0 ; extra == 'y'"_s,
                                                    u"b 1.0.0"_s, u"b 2.0.0"_s}
                                     << QStringList{u"a[x,y]"_s}
                                     << QStringList{u"a[x]==1.0.0 depends on b==1.0.0"_s,
                                                    u"a[y]==1.0.0 depends on b==2.0.0"_s}
                                     << QStringList{u"a"_s, u"b"_s};
}

void TestResolver::explainsFailures()
{
    QFETCH(QStringList, packages);
    QFETCH(QStringList, requirements);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, conflicting);

    MemoryProvider provider(packages, Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    const Result<Resolution> resolution = resolver.resolve(parseAll(requirements));
    QVERIFY(resolution.has_value());
    QVERIFY(!resolution->satisfiable);
    for (const QString &mention : mentions)
        QVERIFY2(resolution->explanation.contains(mention), qPrintable(resolution->explanation));
    QCOMPARE(resolution->conflictingPackages, conflicting);
    // One sentence per line, each ending with a full stop.
    for (const QString &line : resolution->explanation.split(u'\n'))
        QVERIFY2(line.contains(u'.') && line.at(0).isUpper(), qPrintable(line));
}

void TestResolver::reportsWhatItResolved()
{
    MemoryProvider provider(
        {u"a 1.0.0 : b | c ; extra == 'x' | d ; sys_platform == 'win32'"_s, u"b 1.0.0"_s, u"c 1.0.0"_s, u"d 1.0.0"_s},
        Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"A[X]"_s}));
    QVERIFY(resolution.has_value() && resolution->satisfiable);
    QCOMPARE(pins(*resolution), u"a==1.0.0 b==1.0.0 c==1.0.0"_s);
    const ResolvedPackage &a = resolution->packages.at(0);
    QCOMPARE(a.extras, QStringList{u"x"_s});
    QCOMPARE(a.dependencies, (QStringList{u"b"_s, u"c"_s}));
    QVERIFY(a.direct);
    QCOMPARE(a.file.filename, u"a-1.0.0-py3-none-any.whl"_s);
    QVERIFY(!resolution->packages.at(1).direct);
    QVERIFY(resolution->explanation.isEmpty());
}

void TestResolver::projectRequiresPython()
{
    MemoryProvider provider({u"a 1.0.0"_s}, Version::parse(u"3.12"_s).value());
    Resolver::Options options;
    options.projectRequiresPython = u">=3.13"_s;
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), options);
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"a"_s}));
    QVERIFY(resolution.has_value());
    QVERIFY(!resolution->satisfiable);
    QVERIFY2(resolution->explanation.contains(u">=3.13"_s) && resolution->explanation.contains(u"3.12.0"_s),
             qPrintable(resolution->explanation));
    QCOMPARE(provider.candidateCalls, 0); // decided before asking any index

    options.projectRequiresPython = u">=3.10"_s;
    Resolver admitted(provider, target(u"linux"_s, u"3.12"_s), options);
    QVERIFY(admitted.resolve(parseAll({u"a"_s}))->satisfiable);

    // A release candidate counts as its release (uv compares the release only).
    options.projectRequiresPython = u">=3.13"_s;
    Resolver candidate(provider, target(u"linux"_s, u"3.13.0rc2"_s), options);
    QVERIFY(candidate.resolve(parseAll({u"a"_s}))->satisfiable);
    options.projectRequiresPython = u">=3.13,<3.13.1"_s;
    Resolver later(provider, target(u"linux"_s, u"3.13.1"_s), options);
    QVERIFY(!later.resolve(parseAll({u"a"_s}))->satisfiable); // the project's upper bound counts
}

void TestResolver::cancels()
{
    MemoryProvider provider(wrongBacktracking, Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    int polls = 0;
    QStringList seen;
    const Result<Resolution> resolution = resolver.resolve(
        parseAll({u"a"_s, u"b"_s}), [&polls]() { return ++polls > 3; },
        [&seen](int, const QString &package) { seen.append(package); });
    QVERIFY(!resolution.has_value());
    QCOMPARE(resolution.error().code(), Error::Code::Cancelled);
    QCOMPARE(polls, 4);
    QVERIFY(!seen.isEmpty());
}

void TestResolver::stopsAtTheDecisionGuard()
{
    MemoryProvider provider(wrongBacktracking, Version::parse(u"3.12"_s).value());
    Resolver::Options options;
    options.maxDecisions = 1;
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), options);
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"a"_s, u"b"_s}));
    QVERIFY(!resolution.has_value());
    QVERIFY(!resolution.error().message().isEmpty());
}

void TestResolver::countsDecisionsAndConflicts()
{
    MemoryProvider provider(wrongBacktracking, Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    QList<int> progress;
    const Result<Resolution> resolution = resolver.resolve(
        parseAll({u"a"_s, u"b"_s}), {}, [&progress](int decided, const QString &) { progress.append(decided); });
    QVERIFY(resolution.has_value() && resolution->satisfiable);
    // The project, a and b at least; wrong-backtracking needs conflicts before it finds b 2.0.9.
    QVERIFY(resolution->decisions >= 3);
    QVERIFY(resolution->conflicts >= 1);
    QCOMPARE(progress.size(), resolution->decisions);
    QCOMPARE(progress.last(), resolution->decisions);

    MemoryProvider simple({u"a 1.0.0"_s}, Version::parse(u"3.12"_s).value());
    Resolver easy(simple, target(u"linux"_s, u"3.12"_s), {});
    const Result<Resolution> direct = easy.resolve(parseAll({u"a"_s}));
    QCOMPARE(direct->decisions, 2); // the project and a
    QCOMPARE(direct->conflicts, 0);
    QCOMPARE(simple.metadataCalls, 1);
}

void TestResolver::passesProviderErrorsOn()
{
    class FailingProvider final : public CandidateProvider
    {
    public:
        Result<PackageCandidates> candidates(const PackageName &) override
        {
            return fail(Error(Error::Code::Network, u"index down"_s));
        }
        Result<CandidateMetadata> metadata(const PackageName &, const Candidate &) override { return {}; }
    };
    FailingProvider provider;
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"a"_s}));
    QVERIFY(!resolution.has_value());
    QCOMPARE(resolution.error().code(), Error::Code::Network);
}

void TestResolver::backtracksThroughLongChains()
{
    // p0 .. p(n-1), versions 1..30; every pK==v needs p(K+1)>=v, and the project caps the last
    // one at <5: the cap has to travel up the whole chain through learned incompatibilities.
    const int chain = 150;
    QStringList lines;
    for (int package = 0; package < chain; ++package) {
        for (int version = 1; version <= 30; ++version) {
            const QString next = package + 1 < chain ? u"p%1>=%2"_s.arg(package + 1).arg(version) : QString();
            lines.append(u"p%1 %2 : %3"_s.arg(package).arg(version).arg(next));
        }
    }
    MemoryProvider provider(lines, Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    QElapsedTimer timer;
    timer.start();
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"p0"_s, u"p%1<5"_s.arg(chain - 1)}));
    QVERIFY(resolution.has_value() && resolution->satisfiable);
    QCOMPARE(resolution->packages.size(), chain);
    for (const ResolvedPackage &package : resolution->packages)
        QCOMPARE(package.version.toString(), u"4"_s);
    qInfo("%d packages: %d decisions, %d conflicts, %lld ms", chain, resolution->decisions, resolution->conflicts,
          timer.elapsed());
}

void TestResolver::extraFollowsItsDecidedPackage()
{
    // a is decided first (fewer choices); a[x] must then take a's version straight away instead
    // of trying 10, 9, ... and having each rejected through its `a==version` dependency.
    QStringList lines{u"b 1.0.0"_s};
    for (int version = 1; version <= 10; ++version)
        lines.append(u"a %1.0.0 : b ; extra == 'x'"_s.arg(version));
    MemoryProvider provider(lines, Version::parse(u"3.12"_s).value());
    Resolver resolver(provider, target(u"linux"_s, u"3.12"_s), {});
    const Result<Resolution> resolution = resolver.resolve(parseAll({u"a<=3"_s, u"a[x]"_s}));
    QVERIFY(resolution.has_value() && resolution->satisfiable);
    QCOMPARE(pins(*resolution), u"a==3.0.0 b==1.0.0"_s);
    QCOMPARE(resolution->conflicts, 0);
}

QTEST_GUILESS_MAIN(TestResolver)
#include "tst_resolver.moc"
