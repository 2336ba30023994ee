// SPDX-License-Identifier: GPL-3.0-or-later
// Version beyond pypa/packaging's vectors (the conformance tool runs those): error columns,
// PyTorch local versions, hashing, parts, and ordering properties over many generated versions.
#include <algorithm>
#include <random>

#include <QSet>
#include <QTest>

#include "core/pep/version.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Version;

namespace
{
Version version(const QString &text)
{
    const Akari::Result<Version> parsed = Version::parse(text);
    if (!parsed)
        qFatal("test data does not parse: %s", qUtf8Printable(parsed.error().message()));
    return *parsed;
}

// A random version from parts, biased towards small numbers so that neighbours collide.
Version randomVersion(std::mt19937 &random)
{
    const auto pick = [&](int bound) { return quint64(std::uniform_int_distribution<int>(0, bound)(random)); };
    Version::Parts parts;
    parts.epoch = pick(8) == 0 ? 1 : 0;
    const int length = int(pick(3)) + 1;
    for (int index = 0; index < length; ++index)
        parts.release.append(pick(2));
    if (pick(2) == 0)
        parts.pre = Version::PreRelease{static_cast<Version::PreRelease::Kind>(pick(2)), pick(2)};
    if (pick(2) == 0)
        parts.post = pick(2);
    if (pick(2) == 0)
        parts.dev = pick(2);
    static const QStringList locals = {u"cpu"_s, u"cu118"_s, u"cu128"_s, u"1"_s, u"01.a"_s, u"abc.2"_s, u"0a"_s};
    if (pick(3) == 0)
        parts.local = locals.at(qsizetype(pick(int(locals.size()) - 1)));
    return Version::fromParts(parts).value();
}
} // namespace

class TestVersion final : public QObject
{
    Q_OBJECT

private slots:
    void shouldNormaliseEverySpelling_data();
    void shouldNormaliseEverySpelling();
    void shouldNameTheOffendingColumn_data();
    void shouldNameTheOffendingColumn();
    void shouldRejectNumbersBeyond63Bits();
    void shouldOrderPyTorchLocalVersions();
    void shouldHashEqualVersionsAlike_data();
    void shouldHashEqualVersionsAlike();
    void shouldExposeEverySegment();
    void shouldCompareOnlyTheRequestedScope();
    void shouldRoundTripThroughParts();
    void shouldRejectMalformedParts();
    void shouldOrderGeneratedVersionsConsistently();
};

void TestVersion::shouldNormaliseEverySpelling_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("PyTorch CUDA build") << u"2.7.0+cu128"_s << u"2.7.0+cu128"_s;
    QTest::newRow("upper-case local with dashes") << u"2.7.0+CU128-Linux_x86"_s << u"2.7.0+cu128.linux.x86"_s;
    QTest::newRow("numeric local loses leading zeros") << u"1.0+ubuntu-01"_s << u"1.0+ubuntu.1"_s;
    QTest::newRow("everything at once") << u" V01!02.03-Preview_4.REV-5-dev.6+Abc \n"_s << u"1!2.3rc4.post5.dev6+abc"_s;
    QTest::newRow("implicit post after pre") << u"1.0a-1"_s << u"1.0a1"_s;
    QTest::newRow("separator left after pre letter") << u"1.0a.-1"_s << u"1.0a0.post1"_s;
    QTest::newRow("trailing separator after letter") << u"1.0rc_"_s << u"1.0rc0"_s;
    QTest::newRow("post word without number, then dev") << u"1.0.post-dev"_s << u"1.0.post0.dev0"_s;
    QTest::newRow("largest 63-bit number") << u"9223372036854775807"_s << u"9223372036854775807"_s;
}

void TestVersion::shouldNormaliseEverySpelling()
{
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    const Akari::Result<Version> parsed = Version::parse(input);
    QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().message()));
    QCOMPARE(parsed->toString(), normalised);
    QVERIFY(Version::isValid(input));
    QCOMPARE(version(normalised), *parsed);
}

void TestVersion::shouldNameTheOffendingColumn_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("shown");

    QTest::newRow("empty") << QString() << 1 << u"end"_s;
    QTest::newRow("only whitespace") << u"   "_s << 4 << u"end"_s;
    QTest::newRow("words") << u"french toast"_s << 1 << u"'f'"_s;
    QTest::newRow("second plus in local") << u"1.0+a+"_s << 6 << u"'+'"_s;
    QTest::newRow("local starting with separator") << u"1.0+_foobar"_s << 5 << u"'_'"_s;
    QTest::newRow("empty local") << u"1.0+"_s << 5 << u"end"_s;
    QTest::newRow("double dot") << u"1..0"_s << 2 << u"'.'"_s;
    QTest::newRow("trailing dot") << u"1.0."_s << 4 << u"'.'"_s;
    QTest::newRow("space inside") << u"1.0 a1"_s << 4 << u"' '"_s;
    QTest::newRow("epoch without release") << u"1!"_s << 3 << u"end"_s;
    QTest::newRow("v alone") << u"v"_s << 2 << u"end"_s;
    QTest::newRow("Arabic-Indic digits") << u"\u0661.0"_s << 1 << u"'\u0661'"_s;
    QTest::newRow("dotted capital I in local") << u"1.0+\u0130"_s << 5 << u"'\u0130'"_s;
    QTest::newRow("columns count code points") << u"1.0+a\U0001F600x"_s << 6 << u"'\U0001F600'"_s;
    QTest::newRow("leading whitespace counts") << u"  1.0-"_s << 6 << u"'-'"_s;
}

void TestVersion::shouldNameTheOffendingColumn()
{
    QFETCH(QString, input);
    QFETCH(int, column);
    QFETCH(QString, shown);
    const Akari::Result<Version> parsed = Version::parse(input);
    QVERIFY(!parsed);
    QVERIFY(!Version::isValid(input));
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().column(), column);
    QVERIFY2(parsed.error().message().contains(u"column %1"_s.arg(column)), qPrintable(parsed.error().message()));
    QVERIFY2(parsed.error().message().contains(shown), qPrintable(parsed.error().message()));
    QVERIFY(parsed.error().message().contains(input));
}

void TestVersion::shouldRejectNumbersBeyond63Bits()
{
    QVERIFY(!Version::parse(u"9223372036854775808"_s));
    QVERIFY(!Version::parse(u"1.0.post99999999999999999999"_s));
    const Akari::Result<Version> dev = Version::parse(u"1.0.dev99999999999999999999"_s);
    QVERIFY(!dev);
    QCOMPARE(dev.error().column(), 8);
    QVERIFY2(dev.error().message().contains(u"too large"_s), qPrintable(dev.error().message()));
}

void TestVersion::shouldOrderPyTorchLocalVersions()
{
    // PEP 440: a local label sorts after its public version; labels compare segment by segment,
    // numbers above text and numerically.
    const QStringList ascending = {u"2.7.0rc1"_s,         u"2.7.0"_s,       u"2.7.0+abc"_s,       u"2.7.0+cpu"_s,
                                   u"2.7.0+cpu.cxx11"_s,  u"2.7.0+cu118"_s, u"2.7.0+cu128"_s,     u"2.7.0+1"_s,
                                   u"2.7.0+1.cpu"_s,      u"2.7.0+1.1"_s,   u"2.7.0+2"_s,         u"2.7.0+10"_s,
                                   u"2.7.0.post0.dev0"_s, u"2.7.0.post0"_s, u"2.7.0.post0+cpu"_s, u"2.7.1.dev0"_s};
    for (qsizetype i = 0; i < ascending.size(); ++i) {
        for (qsizetype j = 0; j < ascending.size(); ++j) {
            const Version a = version(ascending[i]);
            const Version b = version(ascending[j]);
            QVERIFY2((a < b) == (i < j) && (a == b) == (i == j),
                     qPrintable(u"%1 vs %2"_s.arg(ascending[i], ascending[j])));
        }
    }
    QCOMPARE(version(u"2.7.0+cu128"_s).local(), u"cu128"_s);
    QCOMPARE(version(u"2.7.0+cu128"_s).publicVersion(), u"2.7.0"_s);
    QVERIFY(version(u"2.7.0+cu128"_s) != version(u"2.7.0+cpu"_s));
    QCOMPARE(version(u"2.7.0+cpu"_s).compare(version(u"2.7.0+cu128"_s), Version::Scope::Public), 0);
}

void TestVersion::shouldHashEqualVersionsAlike_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("trailing zeros") << u"1.0"_s << u"1.0.0.0"_s;
    QTest::newRow("zero release") << u"0"_s << u"0.0"_s;
    QTest::newRow("leading zeros") << u"01.02"_s << u"1.2"_s;
    QTest::newRow("c is rc") << u"1.0c1"_s << u"1.0rc1"_s;
    QTest::newRow("implicit epoch") << u"0!1.0"_s << u"1.0"_s;
    QTest::newRow("numeric local zeros") << u"1.0+01"_s << u"1.0.0+1"_s;
    QTest::newRow("local separators and case") << u"1.0+Ubuntu-1"_s << u"1.0+ubuntu.1"_s;
}

void TestVersion::shouldHashEqualVersionsAlike()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(version(a), version(b));
    QCOMPARE(qHash(version(a)), qHash(version(b)));
    QCOMPARE(qHash(version(a), 7), qHash(version(b), 7));
    QCOMPARE(version(a).canonicalString(), version(b).canonicalString());
    const QSet<Version> set = {version(a), version(b)};
    QCOMPARE(set.size(), 1);
}

void TestVersion::shouldExposeEverySegment()
{
    const Version v = version(u"3!1.20.0rc4.post5.dev6+Ubuntu.2"_s);
    QCOMPARE(v.epoch(), 3u);
    QCOMPARE(QList<quint64>(v.release().begin(), v.release().end()), (QList<quint64>{1, 20, 0}));
    QVERIFY(v.pre().has_value());
    QCOMPARE(v.pre()->kind, Version::PreRelease::Kind::ReleaseCandidate);
    QCOMPARE(v.pre()->letter(), u"rc"_s);
    QCOMPARE(v.pre()->number, 4u);
    QCOMPARE(v.post(), std::optional<quint64>(5));
    QCOMPARE(v.dev(), std::optional<quint64>(6));
    QCOMPARE(v.local(), u"ubuntu.2"_s);
    QCOMPARE(v.publicVersion(), u"3!1.20.0rc4.post5.dev6"_s);
    QCOMPARE(v.baseVersion(), u"3!1.20.0"_s);
    QCOMPARE(v.canonicalString(), u"3!1.20rc4.post5.dev6+ubuntu.2"_s);
    QVERIFY(v.isPrerelease() && v.isDevrelease() && v.isPostrelease());

    const Version plain;
    QCOMPARE(plain.toString(), u"0"_s);
    QVERIFY(!plain.isPrerelease() && !plain.hasLocal() && !plain.pre() && !plain.post() && !plain.dev());
    QVERIFY(version(u"1.0.dev1"_s).isPrerelease());
    QVERIFY(!version(u"1.0.dev1"_s).pre());
    QVERIFY(!version(u"1.0.post1"_s).isPrerelease());
}

void TestVersion::shouldCompareOnlyTheRequestedScope()
{
    const Version a = version(u"1.0a1.post1+x"_s);
    const Version b = version(u"1.0a1.post2"_s);
    QCOMPARE(a.compare(b, Version::Scope::ReleaseAndPre), 0);
    QVERIFY(a.compare(b, Version::Scope::Public) < 0);
    QVERIFY(a.compare(b) < 0);
    QCOMPARE(version(u"1.0+x"_s).compare(version(u"1.0"_s), Version::Scope::Public), 0);
    QVERIFY(version(u"1.0+x"_s).compare(version(u"1.0"_s)) > 0);
    // Dev-only releases come before every pre-release of the same release.
    QVERIFY(version(u"1.0.dev5"_s).compare(version(u"1.0a0"_s), Version::Scope::ReleaseAndPre) < 0);
}

void TestVersion::shouldRoundTripThroughParts()
{
    for (const QString &text : {u"1!2.0b3.post4.dev5+a.b"_s, u"0"_s, u"1.0.0"_s, u"7.dev0"_s}) {
        const Version original = version(text);
        const Akari::Result<Version> rebuilt = Version::fromParts(original.parts());
        QVERIFY(rebuilt.has_value());
        QCOMPARE(rebuilt->toString(), original.toString());
    }
    Version::Parts parts;
    parts.release = {2, 7};
    parts.pre = Version::PreRelease{*Version::PreRelease::kindFromLetter(u"PREVIEW"), 1};
    parts.local = u"CU128-x"_s;
    QCOMPARE(Version::fromParts(parts)->toString(), u"2.7rc1+cu128.x"_s);
    QCOMPARE(Version::PreRelease::kindFromLetter(u"Alpha"), std::optional(Version::PreRelease::Kind::Alpha));
    QVERIFY(!Version::PreRelease::kindFromLetter(u"post"));
    QVERIFY(!Version::PreRelease::kindFromLetter(u"al"));
}

void TestVersion::shouldRejectMalformedParts()
{
    QCOMPARE(Version::fromParts({}).error().code(), Error::Code::InvalidArgument);
    for (const QString &local : {u"a+b"_s, u".a"_s, u"a."_s, u"a..b"_s, u"\u00e9"_s}) {
        Version::Parts parts;
        parts.release = {1};
        parts.local = local;
        QVERIFY2(!Version::fromParts(parts), qPrintable(local));
    }
}

void TestVersion::shouldOrderGeneratedVersionsConsistently()
{
    std::mt19937 random(20240517);
    QList<Version> versions;
    for (int index = 0; index < 600; ++index)
        versions.append(randomVersion(random));
    std::ranges::sort(versions);
    for (qsizetype i = 0; i < versions.size(); ++i) {
        const Version &a = versions[i];
        // The normalised text parses back to an equal version with the same text.
        const Version again = version(a.toString());
        QCOMPARE(again.toString(), a.toString());
        QCOMPARE(again, a);
        for (qsizetype j = i; j < versions.size(); ++j) {
            const Version &b = versions[j];
            const int order = a.compare(b);
            QVERIFY2(order <= 0, qPrintable(a.toString() + u" after "_s + b.toString()));
            QCOMPARE(b.compare(a), -order);
            QCOMPARE(a == b, order == 0);
            if (order == 0)
                QCOMPARE(qHash(a), qHash(b));
            // Scopes are coarser views of the same order.
            QVERIFY(a.compare(b, Version::Scope::Public) <= 0);
            QVERIFY(a.compare(b, Version::Scope::ReleaseAndPre) <= 0);
        }
    }
}

QTEST_APPLESS_MAIN(TestVersion)
#include "tst_version.moc"
