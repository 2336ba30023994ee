// SPDX-License-Identifier: GPL-3.0-or-later
#include <QPoint>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include "core/settings/settings.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Language;
using Akari::Settings;
using Akari::Test::IsolatedProfile;
using Key = Akari::Settings::Key;

class TestSettings final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDeclareDefaultOfKeyType_data();
    void shouldDeclareDefaultOfKeyType();
    void shouldRoundTripAndPersist_data();
    void shouldRoundTripAndPersist();
    void shouldEmitChangedOnlyForRealChanges();
    void shouldRefuseUnconvertibleValue_data();
    void shouldRefuseUnconvertibleValue();
    void shouldListRecentProjectsNewestFirstWithoutDuplicates();
    void shouldTrimRecentProjectsToMaximum();
    void shouldClampMaxRecentProjects_data();
    void shouldClampMaxRecentProjects();
    void shouldStoreLanguageAsCode_data();
    void shouldStoreLanguageAsCode();
    void shouldFallBackToDefaultForCorruptValue_data();
    void shouldFallBackToDefaultForCorruptValue();
};

void TestSettings::shouldDeclareDefaultOfKeyType_data()
{
    QTest::addColumn<Key>("key");
    QSet<QString> names;
    for (const Key key : Settings::allKeys()) {
        QVERIFY2(!names.contains(Settings::keyName(key)), "two keys share a name");
        names.insert(Settings::keyName(key));
        QTest::newRow(qPrintable(Settings::keyName(key))) << key;
    }
}

void TestSettings::shouldDeclareDefaultOfKeyType()
{
    QFETCH(Key, key);
    const IsolatedProfile profile;
    QVERIFY(!Settings::keyName(key).isEmpty());
    QVERIFY(Settings::keyType(key).isValid());
    QCOMPARE(Settings::defaultValue(key).metaType(), Settings::keyType(key));

    const QVariant fresh = profile.settings().value(key);
    QCOMPARE(fresh.metaType(), Settings::keyType(key));
    QCOMPARE(fresh, Settings::defaultValue(key));
}

void TestSettings::shouldRoundTripAndPersist_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("language") << Key::Language << QVariant(u"ja"_s) << QVariant(u"ja"_s);
    QTest::newRow("recent projects") << Key::RecentProjects << QVariant(QStringList{u"/p/a"_s, u"/p/b, c"_s})
                                     << QVariant(QStringList{u"/p/a"_s, u"/p/b, c"_s});
    QTest::newRow("one recent project") << Key::RecentProjects << QVariant(QStringList{u"/p/日本語"_s})
                                        << QVariant(QStringList{u"/p/日本語"_s});
    QTest::newRow("max recent projects") << Key::MaxRecentProjects << QVariant(7) << QVariant(7);
    QTest::newRow("max recent projects from text") << Key::MaxRecentProjects << QVariant(u"12"_s) << QVariant(12);
    QTest::newRow("debug messages") << Key::ShowDebugMessages << QVariant(true) << QVariant(true);
}

void TestSettings::shouldRoundTripAndPersist()
{
    QFETCH(Key, key);
    QFETCH(QVariant, input);
    QFETCH(QVariant, expected);
    const IsolatedProfile profile;

    QVERIFY(profile.settings().setValue(key, input));
    QCOMPARE(profile.settings().value(key), expected);
    QVERIFY(profile.settings().sync());

    const Settings reopened(profile.settingsFile());
    QCOMPARE(reopened.filePath(), profile.settingsFile());
    const QVariant stored = reopened.value(key);
    QCOMPARE(stored.metaType(), Settings::keyType(key));
    QCOMPARE(stored, expected);
}

void TestSettings::shouldEmitChangedOnlyForRealChanges()
{
    const IsolatedProfile profile;
    Settings &settings = profile.settings();
    QSignalSpy changed(&settings, &Settings::changed);

    QVERIFY(settings.setValue(Key::MaxRecentProjects, 7));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().value<Key>(), Key::MaxRecentProjects);
    QVERIFY(settings.setValue(Key::MaxRecentProjects, 7));
    QVERIFY(settings.setValue(Key::MaxRecentProjects, u"7"_s));
    QCOMPARE(changed.count(), 1);

    settings.setShowDebugMessages(false); // already the default
    QCOMPARE(changed.count(), 1);
    settings.setShowDebugMessages(true);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<Key>(), Key::ShowDebugMessages);

    settings.reset(Key::MaxRecentProjects);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(settings.value(Key::MaxRecentProjects), Settings::defaultValue(Key::MaxRecentProjects));
    settings.reset(Key::MaxRecentProjects);
    QCOMPARE(changed.count(), 3);
}

void TestSettings::shouldRefuseUnconvertibleValue_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("good");
    QTest::addColumn<QVariant>("bad");

    QTest::newRow("point for language") << Key::Language << QVariant(u"en"_s) << QVariant::fromValue(QPoint(1, 2));
    QTest::newRow("point for recent projects")
        << Key::RecentProjects << QVariant(QStringList{u"/p"_s}) << QVariant::fromValue(QPoint(1, 2));
    QTest::newRow("words for max recent projects") << Key::MaxRecentProjects << QVariant(5) << QVariant(u"many"_s);
    QTest::newRow("point for max recent projects")
        << Key::MaxRecentProjects << QVariant(5) << QVariant::fromValue(QPoint(1, 2));
    QTest::newRow("point for debug messages")
        << Key::ShowDebugMessages << QVariant(true) << QVariant::fromValue(QPoint(1, 2));
    QTest::newRow("invalid variant for max recent projects") << Key::MaxRecentProjects << QVariant(5) << QVariant();
}

void TestSettings::shouldRefuseUnconvertibleValue()
{
    QFETCH(Key, key);
    QFETCH(QVariant, good);
    QFETCH(QVariant, bad);
    const IsolatedProfile profile;
    Settings &settings = profile.settings();
    QVERIFY(settings.setValue(key, good));
    QSignalSpy changed(&settings, &Settings::changed);

    QVERIFY(!settings.setValue(key, bad));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(settings.value(key).metaType(), Settings::keyType(key));
    QCOMPARE(settings.value(key), good);
}

void TestSettings::shouldListRecentProjectsNewestFirstWithoutDuplicates()
{
    const IsolatedProfile profile;
    Settings &settings = profile.settings();
    QVERIFY(settings.recentProjects().isEmpty());

    settings.addRecentProject(u"/p/a"_s);
    settings.addRecentProject(u"/p/b"_s);
    settings.addRecentProject(u"/p/c"_s);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/c"_s, u"/p/b"_s, u"/p/a"_s}));

    settings.addRecentProject(u"/p/a"_s);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/a"_s, u"/p/c"_s, u"/p/b"_s}));

    settings.addRecentProject(u"/p/./b/"_s); // the same folder spelt differently
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/b"_s, u"/p/a"_s, u"/p/c"_s}));

    settings.removeRecentProject(u"/p/a/"_s);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/b"_s, u"/p/c"_s}));

    QVERIFY(settings.sync());
    QCOMPARE(Settings(profile.settingsFile()).recentProjects(), (QStringList{u"/p/b"_s, u"/p/c"_s}));

    settings.clearRecentProjects();
    QVERIFY(settings.recentProjects().isEmpty());
}

void TestSettings::shouldTrimRecentProjectsToMaximum()
{
    const IsolatedProfile profile;
    Settings &settings = profile.settings();
    QCOMPARE(settings.maxRecentProjects(), Settings::defaultValue(Key::MaxRecentProjects).toInt());
    settings.setMaxRecentProjects(3);
    QCOMPARE(settings.maxRecentProjects(), 3);

    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s})
        settings.addRecentProject(u"/p/"_s + name);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/e"_s, u"/p/d"_s, u"/p/c"_s}));

    QSignalSpy changed(&settings, &Settings::changed);
    settings.setMaxRecentProjects(2);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/e"_s, u"/p/d"_s}));
    QCOMPARE(changed.count(), 2); // the maximum, then the list it trimmed

    settings.setMaxRecentProjects(5);
    QCOMPARE(settings.recentProjects(), (QStringList{u"/p/e"_s, u"/p/d"_s}));
}

void TestSettings::shouldClampMaxRecentProjects_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero") << 0 << 1;
    QTest::newRow("negative") << -4 << 1;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("ordinary") << 25 << 25;
    QTest::newRow("huge") << 100000 << 50;
}

void TestSettings::shouldClampMaxRecentProjects()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    const IsolatedProfile profile;
    profile.settings().setMaxRecentProjects(requested);
    QCOMPARE(profile.settings().maxRecentProjects(), expected);
}

void TestSettings::shouldStoreLanguageAsCode_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("system") << Language::System << u"system"_s;
    QTest::newRow("english") << Language::English << u"en"_s;
    QTest::newRow("japanese") << Language::Japanese << u"ja"_s;
}

void TestSettings::shouldStoreLanguageAsCode()
{
    QFETCH(Language, language);
    QFETCH(QString, code);
    const IsolatedProfile profile;
    // Start from a different language so that every row is a real change.
    profile.settings().setLanguage(language == Language::Japanese ? Language::English : Language::Japanese);
    profile.settings().setLanguage(language);
    QCOMPARE(profile.settings().language(), language);
    QCOMPARE(profile.settings().value(Key::Language).toString(), code);
    QVERIFY(profile.settings().sync());

    QCOMPARE(Settings(profile.settingsFile()).language(), language);
}

void TestSettings::shouldFallBackToDefaultForCorruptValue_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<Key>("key");

    QTest::newRow("words for a number") << QByteArray("[General]\nMaxRecentProjects=lots\n") << Key::MaxRecentProjects;
    QTest::newRow("number with junk") << QByteArray("[General]\nMaxRecentProjects=12abc\n") << Key::MaxRecentProjects;
    QTest::newRow("empty number") << QByteArray("[General]\nMaxRecentProjects=\n") << Key::MaxRecentProjects;
    QTest::newRow("serialised point for a number")
        << QByteArray("[General]\nMaxRecentProjects=@Point(1 2)\n") << Key::MaxRecentProjects;
    QTest::newRow("garbage for a flag") << QByteArray("[Log]\nShowDebugMessages=garbage\n") << Key::ShowDebugMessages;
    QTest::newRow("serialised point for a flag")
        << QByteArray("[Log]\nShowDebugMessages=@Point(1 2)\n") << Key::ShowDebugMessages;
    QTest::newRow("serialised point for a list")
        << QByteArray("[General]\nRecentProjects=@Point(1 2)\n") << Key::RecentProjects;
    static const char noise[] = "\x01\xff\xfe[General\nMaxRecentProjects\x00=\x02\n";
    QTest::newRow("binary noise") << QByteArray(noise, sizeof(noise) - 1) << Key::MaxRecentProjects;
}

void TestSettings::shouldFallBackToDefaultForCorruptValue()
{
    QFETCH(QByteArray, ini);
    QFETCH(Key, key);
    const IsolatedProfile profile;
    QVERIFY(Akari::Test::writeFile(profile.settingsFile(), ini));

    const Settings settings(profile.settingsFile());
    const QVariant value = settings.value(key);
    QCOMPARE(value.metaType(), Settings::keyType(key));
    QCOMPARE(value, Settings::defaultValue(key));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
