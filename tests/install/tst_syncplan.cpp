// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QProcess>
#include <QSet>
#include <QTest>

#include "core/install/syncplan.h"
#include "core/install/syncprogress.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

using Kind = SyncAction::Kind;

ResolvedPackage resolved(const QString &name, const QString &version, const QString &sha256 = {})
{
    ResolvedPackage package;
    package.name = PackageName::fromUnvalidated(name);
    package.version = Version::parse(version).value();
    package.file.sha256 = sha256;
    return package;
}

InstalledDistribution installed(const QString &name, const QString &version, const QString &sha256 = {})
{
    InstalledDistribution distribution;
    distribution.name = PackageName::fromUnvalidated(name);
    distribution.version = Version::parse(version).value();
    distribution.distInfoPath = u"/venv/lib/python3.11/site-packages/"_s + name + u"-"_s + version + u".dist-info"_s;
    distribution.archiveSha256 = sha256;
    return distribution;
}

Resolution resolutionOf(const QList<ResolvedPackage> &packages)
{
    Resolution resolution;
    resolution.satisfiable = true;
    resolution.packages = packages;
    return resolution;
}

QString kindWord(Kind kind)
{
    static const QStringList Words = {u"install"_s,   u"upgrade"_s, u"downgrade"_s,
                                      u"reinstall"_s, u"remove"_s,  u"keep"_s};
    return Words.at(int(kind));
}

} // namespace

class TestSyncPlan : public QObject
{
    Q_OBJECT

private slots:
    void oneRow_data();
    void oneRow();
    void agreesWithPackaging();
    void removesWhatTheResolutionLacks();
    void rowsAreSortedAndCarryTheirPackages();
    void summary_data();
    void summary();
    void emptyPlan();
    void namesAreTranslatable();
};

void TestSyncPlan::oneRow_data()
{
    QTest::addColumn<QString>("installedVersion"); // empty: not installed
    QTest::addColumn<QString>("installedSha");
    QTest::addColumn<QString>("targetVersion");
    QTest::addColumn<QString>("targetSha");
    QTest::addColumn<Kind>("expected");

    QTest::newRow("new") << QString() << QString() << u"1.0"_s << QString() << Kind::Install;
    QTest::newRow("older installed") << u"1.0"_s << QString() << u"1.1"_s << QString() << Kind::Upgrade;
    QTest::newRow("newer installed") << u"2.0"_s << QString() << u"1.9.9"_s << QString() << Kind::Downgrade;
    QTest::newRow("post release") << u"1.0"_s << QString() << u"1.0.post1"_s << QString() << Kind::Upgrade;
    QTest::newRow("pre to final") << u"2.0rc1"_s << QString() << u"2.0"_s << QString() << Kind::Upgrade;
    QTest::newRow("same") << u"1.0"_s << QString() << u"1.0"_s << QString() << Kind::Keep;
    QTest::newRow("same, other spelling") << u"1.0.0"_s << QString() << u"1.0"_s << QString() << Kind::Keep;
    QTest::newRow("cpu to cu128") << u"2.8.0+cpu"_s << QString() << u"2.8.0+cu128"_s << QString() << Kind::Reinstall;
    QTest::newRow("cu128 to cpu") << u"2.8.0+cu128"_s << QString() << u"2.8.0+cpu"_s << QString() << Kind::Reinstall;
    QTest::newRow("plain to local") << u"2.8.0"_s << QString() << u"2.8.0+rocm6.4"_s << QString() << Kind::Reinstall;
    QTest::newRow("local to plain") << u"2.8.0+cpu"_s << QString() << u"2.8.0"_s << QString() << Kind::Reinstall;
    QTest::newRow("older local build") << u"2.7.1+cu126"_s << QString() << u"2.8.0+cu128"_s << QString()
                                       << Kind::Upgrade;
    QTest::newRow("same local") << u"2.8.0+cu128"_s << QString() << u"2.8.0+cu128"_s << QString() << Kind::Keep;
    QTest::newRow("other archive") << u"1.0"_s << u"aa"_s.repeated(32) << u"1.0"_s << u"bb"_s.repeated(32)
                                   << Kind::Reinstall;
    QTest::newRow("same archive, other case")
        << u"1.0"_s << u"AB"_s.repeated(32) << u"1.0"_s << u"ab"_s.repeated(32) << Kind::Keep;
    QTest::newRow("archive unknown here") << u"1.0"_s << QString() << u"1.0"_s << u"bb"_s.repeated(32) << Kind::Keep;
    QTest::newRow("archive unknown there") << u"1.0"_s << u"aa"_s.repeated(32) << u"1.0"_s << QString() << Kind::Keep;
}

void TestSyncPlan::oneRow()
{
    QFETCH(QString, installedVersion);
    QFETCH(QString, installedSha);
    QFETCH(QString, targetVersion);
    QFETCH(QString, targetSha);
    QFETCH(Kind, expected);

    QList<InstalledDistribution> present;
    if (!installedVersion.isEmpty())
        present.append(installed(u"Demo_Package"_s, installedVersion, installedSha));
    const QList<SyncAction> actions =
        SyncPlan::compare(resolutionOf({resolved(u"demo-package"_s, targetVersion, targetSha)}), present);

    QCOMPARE(actions.size(), 1);
    const SyncAction &action = actions.first();
    QCOMPARE(kindWord(action.kind), kindWord(expected));
    QCOMPARE(action.name.canonical(), u"demo-package"_s);
    QCOMPARE(action.targetVersion->toString(), Version::parse(targetVersion)->toString());
    QCOMPARE(action.installedVersion.has_value(), !installedVersion.isEmpty());
    QCOMPARE(action.installed.has_value(), !installedVersion.isEmpty());
    QCOMPARE(action.package.has_value(), expected != Kind::Keep);
    QCOMPARE(action.changes(), expected != Kind::Keep);
}

// packaging decides the same way: public versions ordered by PEP 440, then local labels.
void TestSyncPlan::agreesWithPackaging()
{
    const QStringList versions = {u"1.0"_s,       u"1.0.0"_s,       u"1.0+cpu"_s, u"1.0+cu128"_s,    u"1.0.post1"_s,
                                  u"1.0rc1"_s,    u"1.0.dev3"_s,    u"1!0.5"_s,   u"1.1+cpu"_s,      u"0.9+local.7"_s,
                                  u"2.8.0+cpu"_s, u"2.8.0+cu128"_s, u"2.8.0"_s,   u"2.7.1+rocm6.3"_s};
    const QString script = u"import sys\nfrom packaging.version import Version as V\n"
                           "vs = sys.argv[1:]\n"
                           "for a in vs:\n"
                           "  for b in vs:\n"
                           "    x, y = V(a), V(b)\n"
                           "    p, q = V(x.public), V(y.public)\n"
                           "    k = 'upgrade' if p < q else 'downgrade' if p > q else "
                           "('keep' if x.local == y.local else 'reinstall')\n"
                           "    print(a, b, k)\n"_s;
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), QStringList{u"-c"_s, script} + versions);
    QVERIFY(python.waitForFinished(30000));
    QCOMPARE(python.exitCode(), 0);
    const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), versions.size() * versions.size());
    for (const QString &line : lines) {
        const QStringList fields = line.split(u' ');
        const QList<SyncAction> actions =
            SyncPlan::compare(resolutionOf({resolved(u"p"_s, fields[1])}), {installed(u"p"_s, fields[0])});
        QCOMPARE(actions.size(), 1);
        QVERIFY2(kindWord(actions.first().kind) == fields[2], qPrintable(line));
    }
}

void TestSyncPlan::removesWhatTheResolutionLacks()
{
    // uv sync is exact: pip and setuptools go too when the project does not ask for them.
    const QList<SyncAction> actions =
        SyncPlan::compare(resolutionOf({resolved(u"torch"_s, u"2.8.0+cu128"_s)}),
                          {installed(u"pip"_s, u"25.1"_s), installed(u"torch"_s, u"2.8.0+cu128"_s),
                           installed(u"SetupTools"_s, u"80.0"_s)});
    QCOMPARE(actions.size(), 3);
    QCOMPARE(actions[0].name.canonical(), u"pip"_s);
    QCOMPARE(kindWord(actions[0].kind), u"remove"_s);
    QVERIFY(!actions[0].package);
    QVERIFY(!actions[0].targetVersion);
    QCOMPARE(actions[0].installedVersion->toString(), u"25.1"_s);
    QCOMPARE(actions[0].installed->distInfoPath, installed(u"pip"_s, u"25.1"_s).distInfoPath);
    QCOMPARE(actions[1].name.canonical(), u"setuptools"_s);
    QCOMPARE(kindWord(actions[1].kind), u"remove"_s);
    QCOMPARE(actions[2].name.canonical(), u"torch"_s);
    QCOMPARE(kindWord(actions[2].kind), u"keep"_s);
}

void TestSyncPlan::rowsAreSortedAndCarryTheirPackages()
{
    ResolvedPackage numpy = resolved(u"numpy"_s, u"2.3.1"_s, u"cd"_s.repeated(32));
    numpy.file.filename = u"numpy-2.3.1-cp311-cp311-manylinux_2_28_x86_64.whl"_s;
    const QList<SyncAction> actions =
        SyncPlan::compare(resolutionOf({resolved(u"zeta"_s, u"1"_s), numpy, resolved(u"alpha"_s, u"3"_s)}),
                          {installed(u"numpy"_s, u"2.2.0"_s), installed(u"beta"_s, u"1"_s)});
    QStringList names;
    for (const SyncAction &action : actions)
        names.append(action.name.canonical());
    QCOMPARE(names, (QStringList{u"alpha"_s, u"beta"_s, u"numpy"_s, u"zeta"_s}));
    QCOMPARE(kindWord(actions[2].kind), u"upgrade"_s);
    QCOMPARE(actions[2].package->file.filename, numpy.file.filename);
    QCOMPARE(actions[2].installedVersion->toString(), u"2.2.0"_s);
}

void TestSyncPlan::summary_data()
{
    QTest::addColumn<QList<int>>("counts"); // install, upgrade, downgrade, reinstall, remove, keep
    QTest::addColumn<QString>("expected");
    QTest::newRow("header example") << QList<int>{3, 1, 0, 0, 2, 40}
                                    << u"3 to install, 1 to upgrade, 2 to remove, 40 unchanged"_s;
    QTest::newRow("all kinds") << QList<int>{1, 2, 3, 4, 5, 6}
                               << u"1 to install, 2 to upgrade, 3 to downgrade, 4 to reinstall, 5 to remove, "
                                  "6 unchanged"_s;
    QTest::newRow("only kept") << QList<int>{0, 0, 0, 0, 0, 7} << u"7 unchanged"_s;
    QTest::newRow("only reinstall") << QList<int>{0, 0, 0, 1, 0, 0} << u"1 to reinstall"_s;
    QTest::newRow("nothing") << QList<int>{0, 0, 0, 0, 0, 0} << u"No packages to install"_s;
}

void TestSyncPlan::summary()
{
    QFETCH(QList<int>, counts);
    QFETCH(QString, expected);
    SyncPlan plan;
    int serial = 0;
    for (int kind = 0; kind < counts.size(); ++kind) {
        for (int i = 0; i < counts[kind]; ++i) {
            SyncAction action;
            action.kind = Kind(kind);
            action.name = PackageName::fromUnvalidated(QString(u"p"_s + QString::number(serial++)));
            plan.actions.append(action);
        }
        QCOMPARE(plan.count(Kind(kind)), counts[kind]);
    }
    QCOMPARE(plan.summary(), expected);
    const bool changes = std::any_of(counts.begin(), counts.end() - 1, [](int n) { return n > 0; });
    QCOMPARE(plan.isEmpty(), !changes);
}

void TestSyncPlan::emptyPlan()
{
    SyncPlan plan;
    QVERIFY(plan.isEmpty());
    plan.createEnvironment = true; // a new environment is a change even with no packages
    QVERIFY(!plan.isEmpty());
}

void TestSyncPlan::namesAreTranslatable()
{
    for (int kind = 0; kind <= int(Kind::Keep); ++kind)
        QCOMPARE(SyncAction::kindName(Kind(kind)), kindWord(Kind(kind)));
    QSet<QString> phases;
    for (int phase = 0; phase <= int(SyncProgress::Phase::Verifying); ++phase)
        phases.insert(SyncProgress::phaseName(SyncProgress::Phase(phase)));
    QCOMPARE(phases.size(), int(SyncProgress::Phase::Verifying) + 1);
    QVERIFY(!phases.contains(QString()));
    QSet<QString> stages;
    for (int stage = 0; stage <= int(SyncPackageProgress::Stage::Failed); ++stage)
        stages.insert(SyncProgress::stageName(SyncPackageProgress::Stage(stage)));
    QCOMPARE(stages.size(), int(SyncPackageProgress::Stage::Failed) + 1);
    QVERIFY(!stages.contains(QString()));
    QCOMPARE(SyncProgress::phaseName(SyncProgress::Phase::Downloading), u"Downloading"_s);
    QCOMPARE(SyncProgress::stageName(SyncPackageProgress::Stage::Unpacking), u"Unpacking"_s);
}

QTEST_GUILESS_MAIN(TestSyncPlan)
#include "tst_syncplan.moc"
