// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "page.h"

class QCheckBox;
class QPushButton;
class QTableView;

namespace Akari
{

class LogBuffer;
class LogModel;
class Settings;

/// The application's log, live: what every module reported, newest at the bottom.
class LogPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPage)

public:
    LogPage(LogBuffer *buffer, Settings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    [[nodiscard]] LogModel *model() const { return m_model; }

protected:
    void retranslateUi() override;

private:
    void copyAll();

    LogBuffer *m_buffer;
    Settings *m_settings;
    LogModel *m_model;
    QTableView *m_view;
    QCheckBox *m_showDebug;
    QPushButton *m_copyButton;
    QPushButton *m_clearButton;
    bool m_followTail = true;
};

} // namespace Akari
