// SPDX-License-Identifier: GPL-3.0-or-later
#include <QSet>
#include <QTest>
#include <QVariant>

#include "core/error.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;

namespace
{
constexpr int FirstCode = static_cast<int>(Error::Code::Unknown);
constexpr int LastCode = static_cast<int>(Error::Code::Internal);

Akari::Result<int> half(int value)
{
    if (value % 2 != 0)
        return Akari::fail({Error::Code::InvalidArgument, u"odd"_s});
    return value / 2;
}
} // namespace

class TestError final : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepCodeMessageAndLocation();
    void shouldDefaultToUnknownWithoutLocation();
    void shouldFormatKnownLocationParts_data();
    void shouldFormatKnownLocationParts();
    void shouldNameEveryCode_data();
    void shouldNameEveryCode();
    void shouldGiveEveryCodeItsOwnName();
    void shouldMakeCancellationError();
    void shouldCompareByValue();
    void shouldCarryValueOrErrorInResult();
    void shouldSurviveQVariantRoundTrip();
};

void TestError::shouldKeepCodeMessageAndLocation()
{
    const Error error(Error::Code::Parse, u"bad key"_s, u"/p/pyproject.toml"_s, 3, 7);
    QCOMPARE(error.code(), Error::Code::Parse);
    QCOMPARE(error.message(), u"bad key"_s);
    QCOMPARE(error.file(), u"/p/pyproject.toml"_s);
    QCOMPARE(error.line(), 3);
    QCOMPARE(error.column(), 7);
    QVERIFY(error.hasLocation());
}

void TestError::shouldDefaultToUnknownWithoutLocation()
{
    const Error empty;
    QCOMPARE(empty.code(), Error::Code::Unknown);
    QVERIFY(empty.message().isEmpty());
    QVERIFY(!empty.hasLocation());

    const Error plain(Error::Code::Network, u"timed out"_s);
    QVERIFY(!plain.hasLocation());
    QCOMPARE(plain.line(), 0);
    QCOMPARE(plain.column(), 0);
}

void TestError::shouldFormatKnownLocationParts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("no file") << QString() << 0 << 0 << u"boom"_s;
    QTest::newRow("no file, line ignored") << QString() << 4 << 2 << u"boom"_s;
    QTest::newRow("file only") << u"/a/b.toml"_s << 0 << 0 << u"/a/b.toml: boom"_s;
    QTest::newRow("file and line") << u"/a/b.toml"_s << 12 << 0 << u"/a/b.toml:12: boom"_s;
    QTest::newRow("file, line, column") << u"/a/b.toml"_s << 12 << 5 << u"/a/b.toml:12:5: boom"_s;
    QTest::newRow("column without line") << u"/a/b.toml"_s << 0 << 5 << u"/a/b.toml: boom"_s;
    QTest::newRow("message names the file") << u"boom"_s << 0 << 0 << u"boom"_s;
    QTest::newRow("message names the file, with a line") << u"boom"_s << 3 << 0 << u"boom:3: boom"_s;
    QTest::newRow("placeholder-like text") << u"/a/%1.toml"_s << 2 << 1 << u"/a/%1.toml:2:1: boom"_s;
}

void TestError::shouldFormatKnownLocationParts()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);

    const Error error(Error::Code::Parse, u"boom"_s, file, line, column);
    QCOMPARE(error.toString(), expected);
}

void TestError::shouldNameEveryCode_data()
{
    QTest::addColumn<int>("code");
    for (int code = FirstCode; code <= LastCode; ++code)
        QTest::addRow("code %d", code) << code;
}

void TestError::shouldNameEveryCode()
{
    QFETCH(int, code);
    QVERIFY(!Error::codeName(static_cast<Error::Code>(code)).trimmed().isEmpty());
}

void TestError::shouldGiveEveryCodeItsOwnName()
{
    QSet<QString> names;
    for (int code = FirstCode; code <= LastCode; ++code)
        names.insert(Error::codeName(static_cast<Error::Code>(code)));
    QCOMPARE(names.size(), LastCode - FirstCode + 1);
}

void TestError::shouldMakeCancellationError()
{
    const Error error = Error::cancelled();
    QCOMPARE(error.code(), Error::Code::Cancelled);
    QVERIFY(!error.message().isEmpty());
    QVERIFY(!error.hasLocation());
    QCOMPARE(error.toString(), error.message());
}

void TestError::shouldCompareByValue()
{
    const Error a(Error::Code::Io, u"x"_s, u"/f"_s, 1, 2);
    QCOMPARE(a, Error(Error::Code::Io, u"x"_s, u"/f"_s, 1, 2));
    QVERIFY(a != Error(Error::Code::Io, u"x"_s, u"/f"_s, 1, 3));
    QVERIFY(a != Error(Error::Code::Parse, u"x"_s, u"/f"_s, 1, 2));
    QVERIFY(a != Error(Error::Code::Io, u"y"_s, u"/f"_s, 1, 2));
}

void TestError::shouldCarryValueOrErrorInResult()
{
    const Akari::Result<int> good = half(8);
    QVERIFY(good.has_value());
    QCOMPARE(*good, 4);

    const Akari::Result<int> bad = half(7);
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().code(), Error::Code::InvalidArgument);
    QCOMPARE(bad.error().message(), u"odd"_s);

    const Akari::Result<QString> fromFail = Akari::fail(Error::cancelled());
    QVERIFY(!fromFail);
    QCOMPARE(fromFail.error(), Error::cancelled());
}

void TestError::shouldSurviveQVariantRoundTrip()
{
    const Error error(Error::Code::Parse, u"bad"_s, u"/f.toml"_s, 9, 1);
    const QVariant variant = QVariant::fromValue(error);
    QVERIFY(variant.canConvert<Error>());
    QCOMPARE(variant.value<Error>(), error);
}

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
