// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

namespace Akari
{

class Settings;

/**
 * \brief Edits the user's preferences; Apply and OK write them to Settings at once.
 *
 * A language change takes effect immediately (the application listens to Settings), and
 * the dialog itself retranslates while open.
 */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);

    /// Writes the controls' values to Settings.
    void apply();
    /// Shows Settings' current values in the controls.
    void load();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void restoreDefaults();

    Settings *m_settings;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLabel *m_recentLabel;
    QSpinBox *m_maxRecent;
    QDialogButtonBox *m_buttons;
};

} // namespace Akari
