// SPDX-License-Identifier: GPL-3.0-or-later
// The About dialog: name, version and libraries, in the current language.
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

#include "aboutdialog.h"
#include "core/buildinfo.h"
#include "core/i18n/languagemanager.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
QString allLabelText(const QWidget &dialog)
{
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts.append(label->text());
    return texts.join(u'\n');
}
} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void init() { QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); }

    void shouldShowTheApplicationVersion()
    {
        const QString version = Akari::applicationVersion();
        QVERIFY(!version.isEmpty());
        Akari::AboutDialog dialog;
        QCOMPARE(dialog.windowTitle(), u"About Akari"_s);
        QVERIFY2(allLabelText(dialog).contains(u"Akari %1"_s.arg(version)), qPrintable(allLabelText(dialog)));
        QVERIFY(allLabelText(dialog).contains(Akari::libraryVersions()));
    }

    void shouldCloseFromItsButton()
    {
        Akari::AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Close)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void shouldRetranslateWhileOpen()
    {
        Akari::AboutDialog dialog;
        dialog.show();
        const QString englishTitle = dialog.windowTitle();
        const QString englishText = allLabelText(dialog);
        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        const QString japaneseTitle = QCoreApplication::translate("Akari::AboutDialog", "About Akari");
        QVERIFY(japaneseTitle != englishTitle); // the catalog has it
        // LanguageChange arrives through the event loop.
        QTRY_COMPARE(dialog.windowTitle(), japaneseTitle);
        const QString japaneseText = allLabelText(dialog);
        QVERIFY(japaneseText != englishText);
        QVERIFY(!japaneseText.contains(u"desktop environment manager"_s));
        QVERIFY(japaneseText.contains(Akari::applicationVersion()));
        QVERIFY(japaneseText.contains(Akari::libraryVersions()));
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QTRY_COMPARE(dialog.windowTitle(), englishTitle);
        QCOMPARE(allLabelText(dialog), englishText);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
