// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "core/i18n/language.h"
#include "core/settings/settings.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_languageNote(new QLabel(this))
    , m_recentLabel(new QLabel(this))
    , m_maxRecent(new QSpinBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setObjectName(u"settingsDialog"_s);
    m_language->setObjectName(u"languageCombo"_s);
    for (const Language language : {Language::System, Language::English, Language::Japanese})
        m_language->addItem(QString(), languageCode(language));
    m_languageLabel->setBuddy(m_language);
    m_languageNote->setWordWrap(true);
    m_languageNote->setForegroundRole(QPalette::PlaceholderText);
    m_maxRecent->setObjectName(u"maxRecentSpin"_s);
    m_maxRecent->setRange(1, 50);
    m_recentLabel->setBuddy(m_maxRecent);

    auto *form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_recentLabel, m_maxRecent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    retranslateUi();
    load();
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(m_language->findData(languageCode(m_settings->language())));
    m_maxRecent->setValue(m_settings->maxRecentProjects());
}

void SettingsDialog::apply()
{
    m_settings->setLanguage(languageFromCode(m_language->currentData().toString()).value_or(Language::System));
    m_settings->setMaxRecentProjects(m_maxRecent->value());
    m_settings->sync();
}

void SettingsDialog::restoreDefaults()
{
    m_language->setCurrentIndex(m_language->findData(Settings::defaultValue(Settings::Key::Language)));
    m_maxRecent->setValue(Settings::defaultValue(Settings::Key::MaxRecentProjects).toInt());
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    // Each language is named in itself, so it can be found whatever the current language is.
    m_language->setItemText(0, tr("System default"));
    m_language->setItemText(1, u"English"_s);
    m_language->setItemText(2, u"日本語"_s);
    m_language->setAccessibleName(tr("Language"));
    m_languageNote->setText(tr("The new language applies at once; no restart is needed."));
    m_recentLabel->setText(tr("&Recent projects to remember:"));
    m_maxRecent->setAccessibleName(tr("Recent projects to remember"));
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Akari
