// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QSet>
#include <QTest>

#include "core/pep/tag.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Tag;

namespace
{
QStringList texts(QList<Tag> tags, bool sorted)
{
    if (sorted)
        std::sort(tags.begin(), tags.end());
    QStringList result;
    for (const Tag &tag : tags)
        result.append(tag.toString());
    return result;
}
} // namespace

class TestTag final : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitIntoParts();
    void shouldLowerCaseParts();
    void shouldExpandCompressedSets_data();
    void shouldExpandCompressedSets();
    void shouldRejectMalformedTags_data();
    void shouldRejectMalformedTags();
    void shouldRejectUnsortedSetsOnlyWhenAsked_data();
    void shouldRejectUnsortedSetsOnlyWhenAsked();
    void shouldEnforceTagLimit();
    void shouldParseSingleTagOnly();
    void shouldCompareAndHashByValue();
};

void TestTag::shouldSplitIntoParts()
{
    const Tag tag(u"cp312", u"cp312t", u"manylinux_2_28_x86_64");
    QCOMPARE(tag.interpreter(), u"cp312");
    QCOMPARE(tag.abi(), u"cp312t");
    QCOMPARE(tag.platform(), u"manylinux_2_28_x86_64");
    QCOMPARE(tag.toString(), u"cp312-cp312t-manylinux_2_28_x86_64"_s);

    const Tag empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.interpreter().isEmpty());
    QVERIFY(empty.abi().isEmpty());
    QVERIFY(empty.platform().isEmpty());
}

void TestTag::shouldLowerCaseParts()
{
    const Tag tag(u"PY3", u"None", u"ANY");
    QCOMPARE(tag.toString(), u"py3-none-any"_s);
    QCOMPARE(tag, Tag(u"py3", u"none", u"any"));
}

void TestTag::shouldExpandCompressedSets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // in generation order

    QTest::newRow("single") << u"py3-none-any"_s << QStringList{u"py3-none-any"_s};
    QTest::newRow("two interpreters") << u"py2.py3-none-any"_s << QStringList{u"py2-none-any"_s, u"py3-none-any"_s};
    QTest::newRow("manylinux aliases") << u"cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64"_s
                                       << QStringList{u"cp310-cp310-manylinux_2_17_x86_64"_s,
                                                      u"cp310-cp310-manylinux2014_x86_64"_s};
    QTest::newRow("triton's two glibc levels")
        << u"cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64"_s
        << QStringList{u"cp313-cp313-manylinux_2_27_x86_64"_s, u"cp313-cp313-manylinux_2_28_x86_64"_s};
    QTest::newRow("every combination") << u"a.b-c.d-e"_s << QStringList{u"a-c-e"_s, u"a-d-e"_s, u"b-c-e"_s, u"b-d-e"_s};
    QTest::newRow("duplicates after lower-casing") << u"PY3.py3-none-any"_s << QStringList{u"py3-none-any"_s};
    QTest::newRow("underscore interpreter") << u"_custom-none-any"_s << QStringList{u"_custom-none-any"_s};
    QTest::newRow("non-ASCII identifier") << u"pÿ3-none-any"_s << QStringList{u"pÿ3-none-any"_s};
}

void TestTag::shouldExpandCompressedSets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const auto tags = Tag::parseSet(text);
    QVERIFY2(tags, qPrintable(tags ? QString() : tags.error().message()));
    QCOMPARE(texts(*tags, false), expected);
}

void TestTag::shouldRejectMalformedTags_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("column");

    QTest::newRow("empty interpreter") << u"-none-any"_s << u"empty component"_s << 1;
    QTest::newRow("empty abi") << u"py3--any"_s << u"empty component"_s << 5;
    QTest::newRow("empty platform") << u"py3-none-"_s << u"empty component"_s << 10;
    QTest::newRow("empty dotted part") << u"py3.-none-any"_s << u"empty component"_s << 5;
    QTest::newRow("empty string") << QString() << u"empty component"_s << 1;
    QTest::newRow("digit first") << u"2-none-any"_s << u"invalid interpreter"_s << 1;
    QTest::newRow("version with dots") << u"2.7.6-none-any"_s << u"invalid interpreter"_s << 1;
    QTest::newRow("second interpreter") << u"py3.2-none-any"_s << u"invalid interpreter"_s << 5;
    QTest::newRow("plus") << u"py+3-none-any"_s << u"invalid interpreter"_s << 1;
    QTest::newRow("two components") << u"py3-none"_s << u"exactly three components"_s << 0;
    QTest::newRow("four components") << u"py3-none-any-extra"_s << u"exactly three components"_s << 0;
}

void TestTag::shouldRejectMalformedTags()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(int, column);
    const auto tags = Tag::parseSet(text);
    QVERIFY(!tags);
    QCOMPARE(tags.error().code(), Error::Code::Parse);
    QVERIFY2(tags.error().message().contains(kind), qPrintable(tags.error().message()));
    if (column > 0) {
        const QString where = u"column %1)"_s.arg(column);
        QVERIFY2(tags.error().message().contains(where), qPrintable(tags.error().message()));
    }
}

void TestTag::shouldRejectUnsortedSetsOnlyWhenAsked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("sorted");

    QTest::newRow("sorted interpreters") << u"py2.py3-none-any"_s << true;
    QTest::newRow("unsorted interpreters") << u"py3.py2-none-any"_s << false;
    QTest::newRow("unsorted platforms") << u"cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64"_s << false;
    QTest::newRow("sorted platforms") << u"cp310-cp310-manylinux2014_x86_64.manylinux_2_17_x86_64"_s << true;
}

void TestTag::shouldRejectUnsortedSetsOnlyWhenAsked()
{
    QFETCH(QString, text);
    QFETCH(bool, sorted);
    QVERIFY(Tag::parseSet(text));
    const auto strict = Tag::parseSet(text, Tag::Order::Sorted);
    QCOMPARE(strict.has_value(), sorted);
    if (!sorted)
        QVERIFY(strict.error().message().contains(u"sorted order"_s));
}

void TestTag::shouldEnforceTagLimit()
{
    QVERIFY(Tag::parseSet(u"a.b-c.d-e.f"_s, Tag::Order::Any, 8));
    const auto tooMany = Tag::parseSet(u"a.b-c.d-e.f"_s, Tag::Order::Any, 7);
    QVERIFY(!tooMany);
    QVERIFY(tooMany.error().message().contains(u"exceeding limit 7"_s));
}

void TestTag::shouldParseSingleTagOnly()
{
    const auto tag = Tag::parse(u"cp312-abi3-win_amd64"_s);
    QVERIFY(tag);
    QCOMPARE(*tag, Tag(u"cp312", u"abi3", u"win_amd64"));
    QVERIFY(!Tag::parse(u"py2.py3-none-any"_s));
    QVERIFY(!Tag::parse(u"py3-none"_s));
}

void TestTag::shouldCompareAndHashByValue()
{
    const Tag a(u"cp312", u"cp312", u"win_amd64");
    const Tag b = *Tag::parse(u"CP312-cp312-WIN_AMD64"_s);
    const Tag c(u"cp312", u"cp312t", u"win_amd64");
    QCOMPARE(a, b);
    QVERIFY(a != c);
    QCOMPARE(qHash(a, 11), qHash(b, 11));
    QSet<Tag> set{a, b, c};
    QCOMPARE(set.size(), 2);
    QVERIFY(a < c); // "...-cp312-..." before "...-cp312t-..."
}

QTEST_APPLESS_MAIN(TestTag)

#include "tst_tag.moc"
