// SPDX-License-Identifier: GPL-3.0-or-later
// Specifier beyond pypa/packaging's vectors (the conformance tool runs those): PyTorch local
// versions, error columns, text kept as written, equality and hashing, pre-release overrides.
#include <QSet>
#include <QTest>

#include "core/pep/specifier.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Specifier;
using Akari::Version;

namespace
{
Specifier specifier(const QString &text, std::optional<bool> prereleases = std::nullopt)
{
    const Akari::Result<Specifier> parsed = Specifier::parse(text, prereleases);
    if (!parsed)
        qFatal("test data does not parse: %s", qUtf8Printable(parsed.error().message()));
    return *parsed;
}

std::optional<bool> tristate(int value)
{
    return value < 0 ? std::nullopt : std::optional<bool>(value != 0);
}
} // namespace

class TestSpecifier final : public QObject
{
    Q_OBJECT

private slots:
    void shouldApplyLocalVersionRules_data();
    void shouldApplyLocalVersionRules();
    void shouldNameTheOffendingColumn_data();
    void shouldNameTheOffendingColumn();
    void shouldKeepVersionAsWritten();
    void shouldCompareNormalisedVersions_data();
    void shouldCompareNormalisedVersions();
    void shouldResolvePrereleaseOverrides_data();
    void shouldResolvePrereleaseOverrides();
    void shouldKeepPrereleasesOnlyWithoutFinals();
    void shouldMatchArbitraryTextCaseInsensitively();
};

void TestSpecifier::shouldApplyLocalVersionRules_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    QTest::newRow("== ignores the local label") << u"==2.7.0"_s << u"2.7.0+cu128"_s << true;
    QTest::newRow("== with label admits it") << u"==2.7.0+cu128"_s << u"2.7.0+cu128"_s << true;
    QTest::newRow("== with label, other label") << u"==2.7.0+cu128"_s << u"2.7.0+cpu"_s << false;
    QTest::newRow("== with label, no label") << u"==2.7.0+cu128"_s << u"2.7.0"_s << false;
    QTest::newRow("== with label, normalised label") << u"==2.7.0+CU128"_s << u"2.7+cu128"_s << true;
    QTest::newRow("!= ignores the local label") << u"!=2.7.0"_s << u"2.7.0+cpu"_s << false;
    QTest::newRow("!= with label keeps others") << u"!=2.7.0+cu128"_s << u"2.7.0+cpu"_s << true;
    QTest::newRow("<= admits local versions") << u"<=2.7.0"_s << u"2.7.0+cu128"_s << true;
    QTest::newRow(">= admits local versions") << u">=2.7.0"_s << u"2.7.0+cpu"_s << true;
    QTest::newRow("> leaves out local versions") << u">2.7.0"_s << u"2.7.0+cu128"_s << false;
    QTest::newRow("> leaves out post releases") << u">2.7.0"_s << u"2.7.0.post1+cpu"_s << false;
    QTest::newRow("> of a post release admits later posts") << u">2.7.0.post1"_s << u"2.7.0.post2+cpu"_s << true;
    QTest::newRow("> of a post release, its local") << u">2.7.0.post1"_s << u"2.7.0.post1+cpu"_s << false;
    QTest::newRow("< leaves out local versions") << u"<2.7.0"_s << u"2.7.0+cpu"_s << false;
    QTest::newRow("< leaves out pre-releases of V") << u"<2.7.0"_s << u"2.7.0rc1"_s << false;
    QTest::newRow("< of a pre-release") << u"<2.7.0rc2"_s << u"2.7.0rc1+cpu"_s << true;
    QTest::newRow("~= with local") << u"~=2.7.0"_s << u"2.7.5+cu128"_s << true;
    QTest::newRow("~= upper bound") << u"~=2.7.0"_s << u"2.8.0.dev0+cpu"_s << false;
    QTest::newRow("wildcard with local") << u"==2.7.*"_s << u"2.7.0+cu128"_s << true;
    QTest::newRow("wildcard on a shorter release") << u"==2.0.*"_s << u"2"_s << true;
    QTest::newRow("wildcard other epoch") << u"==2.7.*"_s << u"1!2.7.0"_s << false;
    QTest::newRow("!= wildcard") << u"!=2.7.*"_s << u"2.7.1+cpu"_s << false;
}

void TestSpecifier::shouldApplyLocalVersionRules()
{
    QFETCH(QString, spec);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const Specifier parsed = specifier(spec);
    QCOMPARE(parsed.contains(version), expected);
    QCOMPARE(parsed.contains(Version::parse(version).value()), expected);
    QCOMPARE(parsed.filter(QStringList{version}).size(), expected ? 1 : 0);
}

void TestSpecifier::shouldNameTheOffendingColumn_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("column");

    QTest::newRow("empty") << QString() << 1;
    QTest::newRow("no operator") << u"2.0"_s << 1;
    QTest::newRow("reversed operator") << u"=>2.0"_s << 1;
    QTest::newRow("no version") << u"=="_s << 3;
    QTest::newRow("local with >=") << u">=1.0+deadbeef"_s << 6;
    QTest::newRow("local with ~=, spaces") << u" ~= 1.0+5"_s << 8;
    QTest::newRow("wildcard with >=") << u">=1.0.*"_s << 6;
    QTest::newRow("text after wildcard") << u"==1.0.*.5"_s << 8;
    QTest::newRow("wildcard after pre-release") << u"==2.0a1.*"_s << 8;
    QTest::newRow("single number with ~=") << u"~=1"_s << 3;
    QTest::newRow("second version") << u">= 1.0 2.0"_s << 8;
    QTest::newRow("=== with a space") << u"===foo bar"_s << 8;
    QTest::newRow("dotless i") << u"~=1.2.3prev\u0131ew1"_s << 11;
}

void TestSpecifier::shouldNameTheOffendingColumn()
{
    QFETCH(QString, spec);
    QFETCH(int, column);
    const Akari::Result<Specifier> parsed = Specifier::parse(spec);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().column(), column);
    QVERIFY2(parsed.error().message().contains(u"column %1"_s.arg(column)), qPrintable(parsed.error().message()));
}

void TestSpecifier::shouldKeepVersionAsWritten()
{
    const Specifier spec = specifier(u"  ==  v1.0.0POST1 \t"_s);
    QCOMPARE(spec.op(), Specifier::Operator::Equal);
    QCOMPARE(spec.operatorString(), u"=="_s);
    QCOMPARE(spec.version(), u"v1.0.0POST1"_s);
    QCOMPARE(spec.toString(), u"==v1.0.0POST1"_s);
    QCOMPARE(spec.parsedVersion().toString(), u"1.0.0.post1"_s);
    QVERIFY(!spec.isWildcard());

    const Specifier wildcard = specifier(u"!= 2.1.*"_s);
    QVERIFY(wildcard.isWildcard());
    QCOMPARE(wildcard.version(), u"2.1.*"_s);
    QCOMPARE(wildcard.parsedVersion().toString(), u"2.1"_s);

    // packaging's === text stops at whitespace, ';' and ')'; it may even be empty.
    QCOMPARE(specifier(u"=== "_s).version(), QString());
    QVERIFY(!Specifier::parse(u"===a;b"_s));
    QCOMPARE(specifier(u"====1.0"_s).version(), u"=1.0"_s);
    QCOMPARE(specifier(u"===1.0-x"_s).parsedVersion().toString(), u"0"_s);
    QCOMPARE(specifier(u"===1.0-1"_s).parsedVersion().toString(), u"1.0.post1"_s);
}

void TestSpecifier::shouldCompareNormalisedVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("trailing zeros") << u"==1.0"_s << u"== 1.0.0"_s << true;
    QTest::newRow("spelling") << u">=1.0c1"_s << u">=v1.0.0rc1"_s << true;
    QTest::newRow("local label") << u"==2.7.0+CU128"_s << u"==2.7+cu128"_s << true;
    QTest::newRow("other local label") << u"==2.7.0+cu128"_s << u"==2.7.0+cpu"_s << false;
    QTest::newRow("~= keeps zeros") << u"~=1.0"_s << u"~=1.0.0"_s << false;
    QTest::newRow("~= same") << u"~=1.0"_s << u"~= 1.0"_s << true;
    QTest::newRow("operators differ") << u"<=1.0"_s << u">=1.0"_s << false;
    QTest::newRow("=== is case-sensitive text") << u"===Foo"_s << u"===foo"_s << false;
    QTest::newRow("wildcards are text") << u"==1.0.*"_s << u"==1.0.0.*"_s << false;
}

void TestSpecifier::shouldCompareNormalisedVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(specifier(a) == specifier(b), equal);
    QCOMPARE(specifier(a, true) == specifier(b, false), equal); // the override does not count
    if (equal) {
        QCOMPARE(qHash(specifier(a)), qHash(specifier(b)));
        QCOMPARE((QSet<Specifier>{specifier(a), specifier(b)}).size(), 1);
    }
}

void TestSpecifier::shouldResolvePrereleaseOverrides_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("constructed"); // -1: none
    QTest::addColumn<int>("argument");    // -1: none
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("expected");

    QTest::newRow("default accepts a lone pre-release") << u">=1.0"_s << -1 << -1 << u"2.0a1"_s << true;
    QTest::newRow("constructed false") << u">=1.0"_s << 0 << -1 << u"2.0a1"_s << false;
    QTest::newRow("argument false") << u">=1.0"_s << -1 << 0 << u"2.0a1"_s << false;
    QTest::newRow("argument beats constructed") << u">=1.0"_s << 0 << 1 << u"2.0a1"_s << true;
    QTest::newRow("argument false beats constructed") << u">=1.0"_s << 1 << 0 << u"2.0.dev1"_s << false;
    QTest::newRow("finals unaffected") << u">=1.0"_s << 0 << 0 << u"2.0.post1"_s << true;
    QTest::newRow("range still applies") << u"<2.0"_s << -1 << 1 << u"2.0a1"_s << false;
}

void TestSpecifier::shouldResolvePrereleaseOverrides()
{
    QFETCH(QString, spec);
    QFETCH(int, constructed);
    QFETCH(int, argument);
    QFETCH(QString, version);
    QFETCH(bool, expected);
    const Specifier parsed = specifier(spec, tristate(constructed));
    QCOMPARE(parsed.contains(version, tristate(argument)), expected);
    QCOMPARE(parsed.contains(Version::parse(version).value(), tristate(argument)), expected);
}

void TestSpecifier::shouldKeepPrereleasesOnlyWithoutFinals()
{
    const Specifier spec = specifier(u">=2.0"_s);
    QCOMPARE(spec.filter({u"2.1rc1"_s, u"not a version"_s, u"2.1"_s, u"1.9"_s}), QStringList{u"2.1"_s});
    QCOMPARE(spec.filter({u"2.1rc1"_s, u"2.2.dev0"_s, u"1.9"_s}), (QStringList{u"2.1rc1"_s, u"2.2.dev0"_s}));
    QCOMPARE(spec.filter({u"2.1rc1"_s, u"2.1"_s}, true), (QStringList{u"2.1rc1"_s, u"2.1"_s}));
    QCOMPARE(spec.filter({u"2.1rc1"_s}, false), QStringList());

    const QList<Version> versions = {Version::parse(u"2.1rc1").value(), Version::parse(u"2.1").value()};
    QCOMPARE(spec.filter(versions).size(), 1);
    QCOMPARE(spec.filter(versions).constFirst().toString(), u"2.1"_s);

    // A clause that names a pre-release accepts pre-releases.
    QCOMPARE(specifier(u">=2.0b1"_s).prereleases(), std::optional<bool>(true));
    QCOMPARE(specifier(u">=2.0b1"_s).filter({u"2.1rc1"_s, u"2.1"_s}), (QStringList{u"2.1rc1"_s, u"2.1"_s}));
    Specifier overridden = specifier(u">=2.0b1"_s);
    overridden.setPrereleases(false);
    QCOMPARE(overridden.prereleases(), std::optional<bool>(false));
    QCOMPARE(overridden.filter({u"2.1rc1"_s, u"2.1"_s}), QStringList{u"2.1"_s});
}

void TestSpecifier::shouldMatchArbitraryTextCaseInsensitively()
{
    const Specifier spec = specifier(u"===Foo-Bar"_s);
    QVERIFY(spec.contains(u"foo-BAR"));
    QVERIFY(!spec.contains(u"foo_bar"));
    QCOMPARE(spec.prereleases(), std::nullopt);
    // A parsed version is matched by its normalised text.
    const Specifier exact = specifier(u"===1.0.post1"_s);
    QVERIFY(exact.contains(Version::parse(u"1.0-1").value()));
    QVERIFY(!exact.contains(u"1.0-1"));
    QCOMPARE(specifier(u"===1.0a1"_s).prereleases(), std::optional<bool>(true));
}

QTEST_APPLESS_MAIN(TestSpecifier)
#include "tst_specifier.moc"
