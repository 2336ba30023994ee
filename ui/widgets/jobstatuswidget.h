// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace Akari
{

class Job;
class JobTracker;

/**
 * \brief Status-bar view of the running jobs: the newest one's phase and progress, a count
 * of the others, and a Cancel button. Hidden while nothing runs.
 */
class JobStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobStatusWidget)

public:
    explicit JobStatusWidget(JobTracker *tracker, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void follow(Job *job);
    void refresh();

    JobTracker *m_tracker;
    QPointer<Job> m_current;
    QLabel *m_text;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace Akari
