// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/i18n/language.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Language;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void shouldSpellEveryLanguageAsCode_data();
    void shouldSpellEveryLanguageAsCode();
    void shouldReadCodes_data();
    void shouldReadCodes();
    void shouldResolveChoice_data();
    void shouldResolveChoice();
};

void TestLanguage::shouldSpellEveryLanguageAsCode_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("code");
    QTest::newRow("system") << Language::System << u"system"_s;
    QTest::newRow("english") << Language::English << u"en"_s;
    QTest::newRow("japanese") << Language::Japanese << u"ja"_s;
}

void TestLanguage::shouldSpellEveryLanguageAsCode()
{
    QFETCH(Language, language);
    QFETCH(QString, code);
    QCOMPARE(Akari::languageCode(language), code);
    // Every spelling reads back as the language it came from.
    const std::optional<Language> back = Akari::languageFromCode(Akari::languageCode(language));
    QVERIFY(back.has_value());
    QCOMPARE(*back, language);
}

void TestLanguage::shouldReadCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Language>("language");

    QTest::newRow("system") << u"system"_s << true << Language::System;
    QTest::newRow("en") << u"en"_s << true << Language::English;
    QTest::newRow("ja") << u"ja"_s << true << Language::Japanese;
    QTest::newRow("upper case") << u"JA"_s << true << Language::Japanese;
    QTest::newRow("surrounding space") << u"  en \n"_s << true << Language::English;
    QTest::newRow("english by name") << u"English"_s << true << Language::English;
    QTest::newRow("japanese by name") << u"japanese"_s << true << Language::Japanese;
    QTest::newRow("empty") << QString() << false << Language::System;
    QTest::newRow("unsupported language") << u"de"_s << false << Language::System;
    QTest::newRow("country instead of language") << u"jp"_s << false << Language::System;
    QTest::newRow("japanese name in japanese") << u"日本語"_s << false << Language::System;
    QTest::newRow("prefix only") << u"e"_s << false << Language::System;
}

void TestLanguage::shouldReadCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(Language, language);
    const std::optional<Language> parsed = Akari::languageFromCode(code);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, language);
}

void TestLanguage::shouldResolveChoice_data()
{
    QTest::addColumn<Language>("choice");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<Language>("expected");

    QTest::newRow("system, Japanese first")
        << Language::System << QStringList{u"ja-JP"_s, u"en-US"_s} << Language::Japanese;
    QTest::newRow("system, English first")
        << Language::System << QStringList{u"en-US"_s, u"ja-JP"_s} << Language::English;
    QTest::newRow("system, German then English")
        << Language::System << QStringList{u"de-DE"_s, u"en-US"_s} << Language::English;
    QTest::newRow("system, German then Japanese")
        << Language::System << QStringList{u"de-DE"_s, u"ja"_s} << Language::Japanese;
    QTest::newRow("system, German only") << Language::System << QStringList{u"de-DE"_s} << Language::English;
    QTest::newRow("system, nothing known") << Language::System << QStringList() << Language::English;
    QTest::newRow("system, underscore spelling") << Language::System << QStringList{u"ja_JP"_s} << Language::Japanese;
    QTest::newRow("system, C locale") << Language::System << QStringList{u"C"_s} << Language::English;
    QTest::newRow("english ignores desktop") << Language::English << QStringList{u"ja-JP"_s} << Language::English;
    QTest::newRow("japanese ignores desktop") << Language::Japanese << QStringList{u"en-US"_s} << Language::Japanese;
    QTest::newRow("japanese with no desktop list") << Language::Japanese << QStringList() << Language::Japanese;
}

void TestLanguage::shouldResolveChoice()
{
    QFETCH(Language, choice);
    QFETCH(QStringList, uiLanguages);
    QFETCH(Language, expected);
    const Language resolved = Akari::resolveLanguage(choice, uiLanguages);
    QCOMPARE(resolved, expected);
    QVERIFY(resolved != Language::System);
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
