// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/pep/wheelfilename.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Tag;
using Akari::WheelFileName;

namespace
{
QStringList sortedTexts(QList<Tag> tags)
{
    std::sort(tags.begin(), tags.end());
    QStringList result;
    for (const Tag &tag : tags)
        result.append(tag.toString());
    return result;
}
} // namespace

class TestWheelFileName final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseParts_data();
    void shouldParseParts();
    void shouldRejectMalformedNames_data();
    void shouldRejectMalformedNames();
    void shouldCheckTagOrderOnlyWhenAsked();
    void shouldOrderBuildTagsLikePython();
    void shouldCompareByContent();
    void shouldParseEveryRealPytorchWheel();
};

void TestWheelFileName::shouldParseParts_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("buildNumber"); // -1: no build tag
    QTest::addColumn<QString>("buildSuffix");
    QTest::addColumn<QStringList>("tags"); // sorted

    QTest::newRow("pure") << u"six-1.16.0-py2.py3-none-any.whl"_s << u"six"_s << u"1.16.0"_s << -1 << QString()
                          << QStringList{u"py2-none-any"_s, u"py3-none-any"_s};
    QTest::newRow("torch cuda local version")
        << u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_x86_64.whl"_s << u"torch"_s << u"2.7.0+cu128"_s << -1
        << QString() << QStringList{u"cp312-cp312-manylinux_2_28_x86_64"_s};
    QTest::newRow("torch free-threaded") << u"torch-2.9.1+cu128-cp314-cp314t-manylinux_2_28_x86_64.whl"_s << u"torch"_s
                                         << u"2.9.1+cu128"_s << -1 << QString()
                                         << QStringList{u"cp314-cp314t-manylinux_2_28_x86_64"_s};
    QTest::newRow("torch nightly") << u"torch-2.8.0.dev20250608+rocm6.4-cp313-cp313t-manylinux_2_28_x86_64.whl"_s
                                   << u"torch"_s << u"2.8.0.dev20250608+rocm6.4"_s << -1 << QString()
                                   << QStringList{u"cp313-cp313t-manylinux_2_28_x86_64"_s};
    QTest::newRow("escaped name") << u"pytorch_triton_rocm-3.3.1-cp312-cp312-linux_x86_64.whl"_s
                                  << u"pytorch-triton-rocm"_s << u"3.3.1"_s << -1 << QString()
                                  << QStringList{u"cp312-cp312-linux_x86_64"_s};
    QTest::newRow("build tag") << u"foo-1.0-1000abc-py3-none-any.whl"_s << u"foo"_s << u"1.0"_s << 1000 << u"abc"_s
                               << QStringList{u"py3-none-any"_s};
    QTest::newRow("build number only") << u"foo-1.0-7-py3-none-any.whl"_s << u"foo"_s << u"1.0"_s << 7 << QString()
                                       << QStringList{u"py3-none-any"_s};
    QTest::newRow("non-normalised version") << u"Foo.Bar-1.0.DEV1-py3-none-any.whl"_s << u"foo-bar"_s << u"1.0.dev1"_s
                                            << -1 << QString() << QStringList{u"py3-none-any"_s};
    QTest::newRow("upper-case tags") << u"foo-1.0-PY3-NONE-ANY.whl"_s << u"foo"_s << u"1.0"_s << -1 << QString()
                                     << QStringList{u"py3-none-any"_s};
    QTest::newRow("non-ASCII name") << u"foo_bár-1.0-py3-none-any.whl"_s << u"foo-bár"_s << u"1.0"_s << -1 << QString()
                                    << QStringList{u"py3-none-any"_s};
}

void TestWheelFileName::shouldParseParts()
{
    QFETCH(QString, fileName);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(int, buildNumber);
    QFETCH(QString, buildSuffix);
    QFETCH(QStringList, tags);

    const auto wheel = WheelFileName::parse(fileName);
    QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().message()));
    QCOMPARE(wheel->fileName(), fileName);
    QCOMPARE(wheel->name().canonical(), name);
    QCOMPARE(wheel->version().toString(), version);
    if (buildNumber < 0) {
        QVERIFY(!wheel->buildTag());
    } else {
        QVERIFY(wheel->buildTag());
        QCOMPARE(wheel->buildTag()->number, quint64(buildNumber));
        QCOMPARE(wheel->buildTag()->suffix, buildSuffix);
    }
    QCOMPARE(sortedTexts(wheel->tags()), tags);
    QVERIFY(fileName.contains(wheel->tagText()));
    QVERIFY(fileName.endsWith(wheel->tagText() + u".whl"_s));
}

void TestWheelFileName::shouldRejectMalformedNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("extension") << u"foo-1.0-py3-none-any.zip"_s << u"extension"_s;
    QTest::newRow("too few parts") << u"foo-1.0.whl"_s << u"wrong number of parts"_s;
    QTest::newRow("too many parts") << u"foo-1.0-200-py3-none-any-junk.whl"_s << u"wrong number of parts"_s;
    QTest::newRow("double underscore") << u"foo__bar-1.0-py3-none-any.whl"_s << u"invalid project name"_s;
    QTest::newRow("hash in name") << u"foo#bar-1.0-py3-none-any.whl"_s << u"column 4"_s;
    QTest::newRow("empty name") << u"-1.0-py3-none-any.whl"_s << u"invalid project name"_s;
    QTest::newRow("bad version") << u"foobar-1.x-py3-none-any.whl"_s << u"invalid version"_s;
    QTest::newRow("bad build") << u"foo-1.0-abc-py3-none-any.whl"_s << u"invalid build number"_s;
    QTest::newRow("empty tag part") << u"foo-1.0--none-any.whl"_s << u"empty component"_s;
    QTest::newRow("dotted python version") << u"playlyfe-0.1.1-2.7.6-none-any.whl"_s << u"invalid interpreter"_s;
    QTest::newRow("huge build number") << u"foo-1.0-99999999999999999999999-py3-none-any.whl"_s << u"too large"_s;
}

void TestWheelFileName::shouldRejectMalformedNames()
{
    QFETCH(QString, fileName);
    QFETCH(QString, reason);
    const auto wheel = WheelFileName::parse(fileName);
    QVERIFY(!wheel);
    QCOMPARE(wheel.error().code(), Error::Code::Parse);
    QVERIFY2(wheel.error().message().startsWith(u"Invalid wheel filename"_s), qPrintable(wheel.error().message()));
    QVERIFY2(wheel.error().message().contains(reason), qPrintable(wheel.error().message()));
}

void TestWheelFileName::shouldCheckTagOrderOnlyWhenAsked()
{
    const QString unsorted = u"pyvirtualcam-0.13.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"_s;
    QVERIFY(WheelFileName::parse(unsorted));
    const auto strict = WheelFileName::parse(unsorted, Tag::Order::Sorted);
    QVERIFY(!strict);
    QVERIFY(strict.error().message().contains(u"sorted order"_s));
    QVERIFY(WheelFileName::parse(u"foo-1.0-py2.py3-none-any.whl"_s, Tag::Order::Sorted));
}

void TestWheelFileName::shouldOrderBuildTagsLikePython()
{
    using Build = WheelFileName::BuildTag;
    QVERIFY((Build{1, u""_s}) < (Build{1, u"a"_s}));
    QVERIFY((Build{1, u"z"_s}) < (Build{2, u""_s}));
    QVERIFY((Build{10, u""_s}) > (Build{9, u"zzz"_s}));
    const std::optional<Build> none;
    QVERIFY(none < std::optional<Build>(Build{0, u""_s}));
}

void TestWheelFileName::shouldCompareByContent()
{
    const auto a = WheelFileName::parse(u"Foo-1.0-py2.py3-none-any.whl"_s);
    const auto b = WheelFileName::parse(u"foo-1.0.0-py3.py2-none-any.whl"_s);
    const auto c = WheelFileName::parse(u"foo-1.0-1-py2.py3-none-any.whl"_s);
    QVERIFY(a && b && c);
    QVERIFY(*a == *b);
    QVERIFY(!(*a == *c));
}

void TestWheelFileName::shouldParseEveryRealPytorchWheel()
{
    QFile file(Akari::Test::sharedPath(u"corpus/index-pages/pytorch-index-files-from-uvlocks.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject registries = QJsonDocument::fromJson(file.readAll()).object().value(u"registries"_s).toObject();
    int parsed = 0;
    for (const QJsonValue &packages : registries) {
        const QJsonObject byName = packages.toObject();
        for (auto package = byName.begin(); package != byName.end(); ++package) {
            const QJsonObject byVersion = package.value().toObject();
            for (auto release = byVersion.begin(); release != byVersion.end(); ++release) {
                for (const QJsonValue &entry : release.value().toArray()) {
                    const QString fileName = entry.toObject().value(u"filename"_s).toString();
                    const auto wheel = WheelFileName::parse(fileName);
                    QVERIFY2(wheel, qPrintable(wheel ? QString() : wheel.error().message()));
                    // The lock files group files by normalised name and version as written.
                    QCOMPARE(wheel->name().canonical(), package.key());
                    QCOMPARE(wheel->version().toString(), release.key());
                    QVERIFY(!wheel->tags().isEmpty());
                    ++parsed;
                }
            }
        }
    }
    QCOMPARE(parsed, 572);
}

QTEST_APPLESS_MAIN(TestWheelFileName)

#include "tst_wheelfilename.moc"
