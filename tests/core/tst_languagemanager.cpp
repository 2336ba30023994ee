// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

#include "core/error.h"
#include "core/i18n/languagemanager.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Language;
using Akari::LanguageManager;

namespace
{
bool hasJapaneseCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool kana = u >= 0x3040 && u <= 0x30ff;
        const bool kanji = u >= 0x4e00 && u <= 0x9fff;
        if (kana || kanji)
            return true;
    }
    return false;
}

// A QtCore string that Qt's own qtbase_ja catalog translates (QCommandLineParser's --help).
QString qtCoreString()
{
    return QCoreApplication::translate("QCommandLineParser", "Displays this help.");
}

const QString EnglishCancelled = u"Cancelled"_s;
const QString EnglishQtString = u"Displays this help."_s;
} // namespace

class TestLanguageManager final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void shouldStartInEnglish();
    void shouldFindQtCatalogForJapanese();
    void shouldTranslateQtStringsInJapanese();
    void shouldTranslateCoreStringsInJapanese();
    void shouldShowEnglishText();
    void shouldRestoreEnglishAfterJapanese();
    void shouldResolveSystemChoiceAgainstDesktopLanguages_data();
    void shouldResolveSystemChoiceAgainstDesktopLanguages();
    void shouldRemoveCatalogsWhenDestroyed();

private:
    std::unique_ptr<LanguageManager> m_manager = std::make_unique<LanguageManager>();
};

void TestLanguageManager::cleanup()
{
    m_manager = std::make_unique<LanguageManager>();
}

void TestLanguageManager::shouldStartInEnglish()
{
    QCOMPARE(m_manager->effectiveLanguage(), Language::English);
    QCOMPARE(Error::codeName(Error::Code::Cancelled), EnglishCancelled);
    QCOMPARE(qtCoreString(), EnglishQtString);
}

void TestLanguageManager::shouldFindQtCatalogForJapanese()
{
    const QString directory = LanguageManager::qtTranslationsPath();
    QVERIFY2(QDir(directory).exists(u"qtbase_ja.qm"_s),
             qPrintable(u"qtbase_ja.qm is missing from %1 (Debian: qt6-translations-l10n)"_s.arg(directory)));
    QSignalSpy changed(m_manager.get(), &LanguageManager::languageChanged);
    m_manager->apply(Language::Japanese, {});
    QVERIFY(m_manager->hasQtCatalog());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Language>(), Language::Japanese);
    QCOMPARE(m_manager->choice(), Language::Japanese);
    QCOMPARE(m_manager->effectiveLanguage(), Language::Japanese);
}

void TestLanguageManager::shouldTranslateQtStringsInJapanese()
{
    m_manager->apply(Language::Japanese, {u"en-US"_s});
    const QString translated = qtCoreString();
    QVERIFY2(translated != EnglishQtString && hasJapaneseCharacters(translated), qPrintable(translated));
}

void TestLanguageManager::shouldTranslateCoreStringsInJapanese()
{
    // Needs translations/akari_ja.ts to carry the Akari::Error messages.
    m_manager->apply(Language::Japanese, {});
    const QString translated = Error::codeName(Error::Code::Cancelled);
    QVERIFY2(translated != EnglishCancelled && hasJapaneseCharacters(translated),
             qPrintable(u"codeName(Cancelled) in Japanese is \"%1\""_s.arg(translated)));
}

void TestLanguageManager::shouldShowEnglishText()
{
    QSignalSpy changed(m_manager.get(), &LanguageManager::languageChanged);
    m_manager->apply(Language::English, {u"ja-JP"_s});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_manager->effectiveLanguage(), Language::English);
    QVERIFY(m_manager->hasQtCatalog());
    QCOMPARE(Error::codeName(Error::Code::Cancelled), EnglishCancelled);
    QCOMPARE(qtCoreString(), EnglishQtString);
}

void TestLanguageManager::shouldRestoreEnglishAfterJapanese()
{
    QSignalSpy changed(m_manager.get(), &LanguageManager::languageChanged);
    m_manager->apply(Language::Japanese, {});
    QVERIFY(qtCoreString() != EnglishQtString);

    m_manager->apply(Language::English, {});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.last().first().value<Language>(), Language::English);
    QCOMPARE(m_manager->effectiveLanguage(), Language::English);
    QCOMPARE(Error::codeName(Error::Code::Cancelled), EnglishCancelled);
    QCOMPARE(qtCoreString(), EnglishQtString);

    m_manager->apply(Language::Japanese, {});
    QCOMPARE(changed.count(), 3);
    QVERIFY(qtCoreString() != EnglishQtString);
}

void TestLanguageManager::shouldResolveSystemChoiceAgainstDesktopLanguages_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<Language>("expected");
    QTest::newRow("Japanese desktop") << QStringList{u"ja-JP"_s, u"en-US"_s} << Language::Japanese;
    QTest::newRow("German desktop with English") << QStringList{u"de-DE"_s, u"en-US"_s} << Language::English;
    QTest::newRow("German desktop only") << QStringList{u"de-DE"_s} << Language::English;
}

void TestLanguageManager::shouldResolveSystemChoiceAgainstDesktopLanguages()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(Language, expected);
    // Start from the other language, so that applying System is a real switch.
    m_manager->apply(expected == Language::Japanese ? Language::English : Language::Japanese, {});
    QSignalSpy changed(m_manager.get(), &LanguageManager::languageChanged);

    m_manager->apply(Language::System, uiLanguages);
    QCOMPARE(m_manager->choice(), Language::System);
    QCOMPARE(m_manager->effectiveLanguage(), expected);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().value<Language>(), expected);
    QCOMPARE(qtCoreString() == EnglishQtString, expected == Language::English);
}

void TestLanguageManager::shouldRemoveCatalogsWhenDestroyed()
{
    m_manager->apply(Language::Japanese, {});
    QVERIFY(qtCoreString() != EnglishQtString);
    m_manager.reset();
    QCOMPARE(qtCoreString(), EnglishQtString);
    QCOMPARE(Error::codeName(Error::Code::Cancelled), EnglishCancelled);
}

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
