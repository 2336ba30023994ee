// SPDX-License-Identifier: GPL-3.0-or-later
// The settings dialog edits Settings; a language choice takes effect without a restart.
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "core/settings/settings.h"
#include "settingsdialog.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Settings;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowAndApplySettings()
    {
        Akari::Test::IsolatedProfile profile;
        profile.settings().setMaxRecentProjects(7);
        Akari::SettingsDialog dialog(&profile.settings());
        auto *language = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        auto *maxRecent = dialog.findChild<QSpinBox *>(u"maxRecentSpin"_s);
        QCOMPARE(language->currentData().toString(), u"system"_s);
        QCOMPARE(maxRecent->value(), 7);

        language->setCurrentIndex(language->findData(u"ja"_s));
        maxRecent->setValue(3);
        QSignalSpy changed(&profile.settings(), &Settings::changed);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(profile.settings().language(), Akari::Language::Japanese);
        QCOMPARE(profile.settings().maxRecentProjects(), 3);
        QCOMPARE(changed.count(), 2);

        // Written to the injected file, readable by a fresh instance.
        Settings reread(profile.settingsFile());
        QCOMPARE(reread.language(), Akari::Language::Japanese);
    }

    void shouldNotApplyOnCancel()
    {
        Akari::Test::IsolatedProfile profile;
        Akari::SettingsDialog dialog(&profile.settings());
        dialog.findChild<QComboBox *>(u"languageCombo"_s)->setCurrentIndex(2);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(profile.settings().language(), Akari::Language::System);
    }

    void shouldRestoreDefaultsInTheControls()
    {
        Akari::Test::IsolatedProfile profile;
        profile.settings().setLanguage(Akari::Language::English);
        profile.settings().setMaxRecentProjects(20);
        Akari::SettingsDialog dialog(&profile.settings());
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageCombo"_s)->currentData().toString(), u"system"_s);
        QCOMPARE(dialog.findChild<QSpinBox *>(u"maxRecentSpin"_s)->value(), 10);
        QCOMPARE(profile.settings().maxRecentProjects(), 20); // not applied yet
    }

    void shouldRetranslateWhileOpen()
    {
        Akari::Test::IsolatedProfile profile;
        Akari::LanguageManager languages;
        languages.apply(Akari::Language::English, {});
        Akari::SettingsDialog dialog(&profile.settings());
        dialog.show();
        const QString englishTitle = dialog.windowTitle();
        const QString englishSystem = dialog.findChild<QComboBox *>(u"languageCombo"_s)->itemText(0);
        languages.apply(Akari::Language::Japanese, {});
        // Qt delivers QEvent::LanguageChange through the event loop.
        QTRY_VERIFY(dialog.windowTitle() != englishTitle);
        QVERIFY(dialog.findChild<QComboBox *>(u"languageCombo"_s)->itemText(0) != englishSystem);
        // Languages are named in themselves whatever the UI language.
        QCOMPARE(dialog.findChild<QComboBox *>(u"languageCombo"_s)->itemText(2), u"日本語"_s);
        languages.apply(Akari::Language::English, {});
        QTRY_COMPARE(dialog.windowTitle(), englishTitle);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
