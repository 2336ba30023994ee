// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language at run time: every visible string of every window follows, and no English
// is left in the Japanese UI.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

#include "aboutdialog.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/jobtracker.h"
#include "core/logging/logbuffer.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "testenvironment.h"
#include "widgets/factsview.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
// Names that stay as they are in Japanese (the glossary keeps code, product and file names).
const QStringList KeptWords{u"Akari"_s, u"PyTorch"_s,    u"pyproject.toml"_s,
                            u"toml"_s,  u"uv"_s,         u"Python"_s,
                            u"Qt"_s,    u"GPU"_s,        u"CPU"_s,
                            u"GNU"_s,   u"venv"_s,       u"English"_s,
                            u"https"_s, u"github.com"_s, u"akari_project"_s,
                            u"akari"_s};

QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append(text);
    };
    add(root->windowTitle());
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        // Fact values are data (host names, versions), not interface text.
        if (qobject_cast<Akari::FactsView *>(label->parentWidget()) && !label->objectName().endsWith(u"Label"_s))
            continue;
        add(label->text());
    }
    for (const QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        add(button->text());
        add(button->toolTip());
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        if (action->menu())
            add(action->menu()->title());
        else if (!action->text().startsWith(u'&') || !action->text().at(1).isDigit()) // recent-project paths
            add(action->text());
    }
    for (const QListWidget *list : root->findChildren<QListWidget *>()) {
        if (list->objectName() == u"sidebar"_s || list->objectName() == u"recentProjectList"_s) {
            for (int row = 0; row < list->count(); ++row)
                add(list->item(row)->text());
        }
    }
    for (const QComboBox *combo : root->findChildren<QComboBox *>()) {
        for (int index = 0; index < combo->count(); ++index)
            add(combo->itemText(index));
    }
    return texts;
}

// What is left of a text once kept words, markup, entities and numbers are removed.
QString englishLeftIn(QString text)
{
    text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    text.remove(QRegularExpression(u"&[a-z]+;"_s));
    text.remove(QRegularExpression(u"https?://\\S+"_s));
    for (const QString &word : KeptWords)
        text.remove(QRegularExpression(u"\\b%1\\b"_s.arg(QRegularExpression::escape(word))));
    const QRegularExpressionMatch match = QRegularExpression(u"[A-Za-z]{3,}"_s).match(text);
    return match.hasMatch() ? match.captured() : QString();
}
} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveNoEnglishInTheJapaneseUi()
    {
        Akari::Test::IsolatedProfile profile;
        Akari::LogBuffer log;
        Akari::LanguageManager languages;
        languages.apply(Akari::Language::English, {});
        Akari::MainWindow window(&profile.settings(), &profile.state(), &log);
        Akari::SettingsDialog settingsDialog(&profile.settings(), &window);
        Akari::AboutDialog about(&window);
        window.show();
        QTRY_VERIFY(!window.jobs()->isBusy());
        const QList<QWidget *> roots{&window, &settingsDialog, &about};
        QList<QStringList> english;
        for (QWidget *root : roots)
            english.append(visibleTexts(root));

        languages.apply(Akari::Language::Japanese, {});
        QVERIFY(languages.hasQtCatalog());
        // LanguageChange arrives through the event loop.
        QTRY_COMPARE(window.findChild<QListWidget *>(u"sidebar"_s)->item(0)->text(), u"ハードウェア"_s);
        for (qsizetype index = 0; index < roots.size(); ++index) {
            const QStringList japanese = visibleTexts(roots.at(index));
            QCOMPARE(japanese.size(), english.at(index).size());
            for (const QString &text : japanese) {
                const QString left = englishLeftIn(text);
                QVERIFY2(left.isEmpty(), qPrintable(u"English “%1” left in “%2” (%3)"_s.arg(
                                             left, text, roots.at(index)->objectName())));
            }
        }
        // Qt's own buttons follow through qtbase_ja.
        auto *buttons = settingsDialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->text() != u"&Cancel"_s);

        languages.apply(Akari::Language::English, {});
        QTRY_COMPARE(visibleTexts(&window), english.first());
        for (qsizetype index = 0; index < roots.size(); ++index)
            QCOMPARE(visibleTexts(roots.at(index)), english.at(index));
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
