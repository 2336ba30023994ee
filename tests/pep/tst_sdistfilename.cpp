// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/pep/sdistfilename.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::SdistFileName;

class TestSdistFileName final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseNameAndVersion_data();
    void shouldParseNameAndVersion();
    void shouldRejectMalformedNames_data();
    void shouldRejectMalformedNames();
    void shouldCompareByNameAndVersion();
};

void TestSdistFileName::shouldParseNameAndVersion_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("zip");

    QTest::newRow("tar.gz") << u"flash_attn-2.8.3.tar.gz"_s << u"flash-attn"_s << u"2.8.3"_s << false;
    QTest::newRow("zip") << u"foo-1.0.zip"_s << u"foo"_s << u"1.0"_s << true;
    QTest::newRow("dashes in the name") << u"typing-extensions-4.12.2.tar.gz"_s << u"typing-extensions"_s << u"4.12.2"_s
                                        << false;
    QTest::newRow("local version") << u"torch-2.7.0+cu128.tar.gz"_s << u"torch"_s << u"2.7.0+cu128"_s << false;
    QTest::newRow("version normalised") << u"Foo.Bar-1.0RC1.tar.gz"_s << u"foo-bar"_s << u"1.0rc1"_s << false;
    QTest::newRow("last hyphen splits") << u"foo-1.0-1.tar.gz"_s << u"foo-1-0"_s << u"1"_s << false;
    QTest::newRow("legacy name spelling") << u"foo bar-1.0.tar.gz"_s << u"foo bar"_s << u"1.0"_s << false;
}

void TestSdistFileName::shouldParseNameAndVersion()
{
    QFETCH(QString, fileName);
    QFETCH(QString, name);
    QFETCH(QString, version);
    QFETCH(bool, zip);
    const auto sdist = SdistFileName::parse(fileName);
    QVERIFY2(sdist, qPrintable(sdist ? QString() : sdist.error().message()));
    QCOMPARE(sdist->fileName(), fileName);
    QCOMPARE(sdist->name().canonical(), name);
    QCOMPARE(sdist->version().toString(), version);
    QCOMPARE(sdist->format(), zip ? SdistFileName::Format::Zip : SdistFileName::Format::TarGz);
}

void TestSdistFileName::shouldRejectMalformedNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("reason");

    QTest::newRow("extension") << u"foo-1.0.xz"_s << u"extension"_s;
    QTest::newRow("wheel") << u"foo-1.0-py3-none-any.whl"_s << u"extension"_s;
    QTest::newRow("no hyphen") << u"foo1.0.tar.gz"_s << u"hyphen"_s;
    QTest::newRow("bad version") << u"foo-1.x.tar.gz"_s << u"invalid version '1.x' at column 5"_s;
    QTest::newRow("empty name tar.gz") << u"-1.0.tar.gz"_s << u"empty project name"_s;
    QTest::newRow("empty name zip") << u"-1.0.zip"_s << u"empty project name"_s;
}

void TestSdistFileName::shouldRejectMalformedNames()
{
    QFETCH(QString, fileName);
    QFETCH(QString, reason);
    const auto sdist = SdistFileName::parse(fileName);
    QVERIFY(!sdist);
    QCOMPARE(sdist.error().code(), Error::Code::Parse);
    QVERIFY2(sdist.error().message().contains(reason), qPrintable(sdist.error().message()));
}

void TestSdistFileName::shouldCompareByNameAndVersion()
{
    QVERIFY(*SdistFileName::parse(u"Foo_Bar-1.0.tar.gz"_s) == *SdistFileName::parse(u"foo.bar-1.0.0.zip"_s));
    QVERIFY(!(*SdistFileName::parse(u"foo-1.0.tar.gz"_s) == *SdistFileName::parse(u"foo-1.1.tar.gz"_s)));
}

QTEST_APPLESS_MAIN(TestSdistFileName)

#include "tst_sdistfilename.moc"
