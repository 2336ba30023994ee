// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/backend/targetplatform.h"
#include "core/system/systeminfo.h"

using namespace Qt::Literals::StringLiterals;
using Akari::SystemInfo;
using Akari::TargetPlatform;

class TestTargetPlatform final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParseCommandLineNames_data();
    void shouldParseCommandLineNames();
    void shouldDescribeTheHost_data();
    void shouldDescribeTheHost();
};

void TestTargetPlatform::shouldParseCommandLineNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("os");

    QTest::newRow("linux") << u"linux"_s << true << int(TargetPlatform::Os::Linux);
    QTest::newRow("windows") << u"windows"_s << true << int(TargetPlatform::Os::Windows);
    QTest::newRow("macos") << u"macos"_s << true << int(TargetPlatform::Os::MacOs);
    QTest::newRow("capitalised") << u"Windows"_s << true << int(TargetPlatform::Os::Windows);
    QTest::newRow("darwin is not a name here") << u"darwin"_s << false << 0;
    QTest::newRow("win32") << u"win32"_s << false << 0;
    QTest::newRow("trailing space") << u"linux "_s << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
}

void TestTargetPlatform::shouldParseCommandLineNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QFETCH(int, os);

    const std::optional<TargetPlatform> platform = TargetPlatform::fromName(name);
    QCOMPARE(platform.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(int(platform->os), os);
    QVERIFY(!platform->musl);
    QCOMPARE(platform->name(), name.toLower());
    QCOMPARE(TargetPlatform::fromName(platform->name()), platform);
}

void TestTargetPlatform::shouldDescribeTheHost_data()
{
    QTest::addColumn<int>("family");
    QTest::addColumn<bool>("musl");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<bool>("targetMusl");

    QTest::newRow("glibc Linux") << int(SystemInfo::OsFamily::Linux) << false << u"linux"_s << u"Linux"_s << false;
    QTest::newRow("musl Linux") << int(SystemInfo::OsFamily::Linux) << true << u"linux"_s << u"Linux (musl)"_s << true;
    QTest::newRow("Windows") << int(SystemInfo::OsFamily::Windows) << false << u"windows"_s << u"Windows"_s << false;
    QTest::newRow("macOS") << int(SystemInfo::OsFamily::MacOs) << false << u"macos"_s << u"macOS"_s << false;
    QTest::newRow("other systems count as Linux")
        << int(SystemInfo::OsFamily::Other) << false << u"linux"_s << u"Linux"_s << false;
}

void TestTargetPlatform::shouldDescribeTheHost()
{
    QFETCH(int, family);
    QFETCH(bool, musl);
    QFETCH(QString, name);
    QFETCH(QString, displayName);
    QFETCH(bool, targetMusl);

    SystemInfo machine;
    machine.osFamily = SystemInfo::OsFamily(family);
    machine.musl = musl;
    const TargetPlatform platform = TargetPlatform::host(machine);
    QCOMPARE(platform.name(), name);
    QCOMPARE(platform.displayName(), displayName);
    QCOMPARE(platform.musl, targetMusl);
}

QTEST_GUILESS_MAIN(TestTargetPlatform)
#include "tst_targetplatform.moc"
