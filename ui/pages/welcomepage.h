// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Akari
{

class Settings;

/// Shown when no project is open: what Akari does, and the ways to open a project.
class WelcomePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;

signals:
    void openProjectRequested();
    void recentProjectRequested(const QString &directory);

protected:
    void retranslateUi() override;

private:
    void refreshRecent();

    Settings *m_settings;
    QLabel *m_logo;
    QLabel *m_intro;
    QPushButton *m_openButton;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
    QLabel *m_dropHint;
};

} // namespace Akari
