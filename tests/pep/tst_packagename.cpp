// SPDX-License-Identifier: GPL-3.0-or-later
#include <QHash>
#include <QSet>
#include <QTest>

#include "core/pep/packagename.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::PackageName;

class TestPackageName final : public QObject
{
    Q_OBJECT

private slots:
    void shouldCanonicalizeAsPep503_data();
    void shouldCanonicalizeAsPep503();
    void shouldValidateCoreMetadataNames_data();
    void shouldValidateCoreMetadataNames();
    void shouldNameTheOffendingColumn();
    void shouldNormaliseInvalidNamesWithoutValidation();
    void shouldRecogniseNormalizedNames_data();
    void shouldRecogniseNormalizedNames();
    void shouldCompareAndHashByCanonicalName();
    void shouldKeepOriginalSpelling();
    void shouldSpellFileNameForm();
    void shouldOrderByCanonicalName();
};

void TestPackageName::shouldCanonicalizeAsPep503_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << u"torch"_s << u"torch"_s;
    QTest::newRow("upper case") << u"PyYAML"_s << u"pyyaml"_s;
    QTest::newRow("dots") << u"zope.interface"_s << u"zope-interface"_s;
    QTest::newRow("underscores") << u"typing_extensions"_s << u"typing-extensions"_s;
    QTest::newRow("mixed run") << u"a._-_.b"_s << u"a-b"_s;
    QTest::newRow("leading separator kept as one dash") << u"__init__"_s << u"-init-"_s;
    QTest::newRow("digits untouched") << u"Flash_Attn-3"_s << u"flash-attn-3"_s;
    QTest::newRow("pytorch triton") << u"pytorch_triton_rocm"_s << u"pytorch-triton-rocm"_s;
    QTest::newRow("non-ASCII lower-cased") << u"Foo_BÁR"_s << u"foo-bár"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestPackageName::shouldCanonicalizeAsPep503()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(PackageName::canonicalize(name), expected);
    QCOMPARE(PackageName::fromUnvalidated(name).canonical(), expected);
}

void TestPackageName::shouldValidateCoreMetadataNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("single letter") << u"a"_s << true;
    QTest::newRow("single digit") << u"7"_s << true;
    QTest::newRow("inner separators") << u"a.b_c-d"_s << true;
    QTest::newRow("repeated inner separators") << u"a--b"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading underscore") << u"_private"_s << false;
    QTest::newRow("trailing dot") << u"name."_s << false;
    QTest::newRow("space") << u"two words"_s << false;
    QTest::newRow("newline at end") << u"hi\n"_s << false;
    QTest::newRow("carriage return inside") << u"h\ri"_s << false;
    QTest::newRow("non-ASCII letter") << u"bár"_s << false;
    QTest::newRow("plus") << u"torch+cu128"_s << false;
}

void TestPackageName::shouldValidateCoreMetadataNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(PackageName::isValid(name), valid);
    const auto parsed = PackageName::parse(name);
    QCOMPARE(parsed.has_value(), valid);
    const auto canonical = PackageName::canonicalizeValidated(name);
    QCOMPARE(canonical.has_value(), valid);
    if (valid) {
        QCOMPARE(parsed->canonical(), PackageName::canonicalize(name));
        QCOMPARE(*canonical, PackageName::canonicalize(name));
    } else {
        QCOMPARE(parsed.error().code(), Error::Code::Parse);
        QVERIFY(parsed.error().message().contains(u"name is invalid"_s));
    }
}

void TestPackageName::shouldNameTheOffendingColumn()
{
    const auto parsed = PackageName::parse(u"good name"_s);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message().contains(u"column 5"_s), qPrintable(parsed.error().message()));

    const auto trailing = PackageName::parse(u"abc-"_s);
    QVERIFY(!trailing);
    QVERIFY2(trailing.error().message().contains(u"column 4"_s), qPrintable(trailing.error().message()));
}

void TestPackageName::shouldNormaliseInvalidNamesWithoutValidation()
{
    const PackageName name = PackageName::fromUnvalidated(u"_not_legal"_s);
    QCOMPARE(name.canonical(), u"-not-legal"_s);
    QCOMPARE(name.original(), u"_not_legal"_s);
    QVERIFY(!PackageName::parse(u"_not_legal"_s));
}

void TestPackageName::shouldRecogniseNormalizedNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("normalized");

    QTest::newRow("lower") << u"requests"_s << true;
    QTest::newRow("dashed") << u"typing-extensions"_s << true;
    QTest::newRow("digits") << u"1-1"_s << true;
    QTest::newRow("upper") << u"Django"_s << false;
    QTest::newRow("double dash") << u"a--b"_s << false;
    QTest::newRow("underscore") << u"foo_bar"_s << false;
    QTest::newRow("dot") << u"foo.bar"_s << false;
    QTest::newRow("leading dash") << u"-foo"_s << false;
    QTest::newRow("trailing dash") << u"foo-"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPackageName::shouldRecogniseNormalizedNames()
{
    QFETCH(QString, name);
    QFETCH(bool, normalized);
    QCOMPARE(PackageName::isNormalized(name), normalized);
    if (normalized)
        QCOMPARE(PackageName::canonicalize(name), name);
}

void TestPackageName::shouldCompareAndHashByCanonicalName()
{
    const PackageName a = *PackageName::parse(u"Typing_Extensions"_s);
    const PackageName b = *PackageName::parse(u"typing.extensions"_s);
    const PackageName c = *PackageName::parse(u"typing-extension"_s);
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QCOMPARE(qHash(a, 7), qHash(b, 7));

    QSet<PackageName> set{a, b, c};
    QCOMPARE(set.size(), 2);
    QHash<PackageName, int> hash;
    hash.insert(a, 1);
    QCOMPARE(hash.value(b), 1);
}

void TestPackageName::shouldKeepOriginalSpelling()
{
    const PackageName name = *PackageName::parse(u"Flash_Attn"_s);
    QCOMPARE(name.original(), u"Flash_Attn"_s);
    QCOMPARE(name.canonical(), u"flash-attn"_s);
    QVERIFY(!name.isEmpty());
    QVERIFY(PackageName().isEmpty());
}

void TestPackageName::shouldSpellFileNameForm()
{
    QCOMPARE(PackageName::parse(u"pytorch-triton.ROCm"_s)->fileNameForm(), u"pytorch_triton_rocm"_s);
}

void TestPackageName::shouldOrderByCanonicalName()
{
    const PackageName upper = *PackageName::parse(u"Zeta"_s);
    const PackageName lower = *PackageName::parse(u"alpha"_s);
    QVERIFY(lower < upper); // "alpha" < "zeta", although 'Z' < 'a' in the spellings
}

QTEST_APPLESS_MAIN(TestPackageName)

#include "tst_packagename.moc"
