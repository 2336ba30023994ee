// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobstatuswidget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

JobStatusWidget::JobStatusWidget(JobTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_tracker(tracker)
    , m_text(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(u"jobStatus"_s);
    m_text->setObjectName(u"jobStatusText"_s);
    m_bar->setObjectName(u"jobStatusProgress"_s);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_bar->setTextVisible(false);
    m_cancel->setObjectName(u"jobStatusCancel"_s);
    m_cancel->setAutoRaise(true);
    m_cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_current)
            m_current->cancel();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);

    connect(tracker, &JobTracker::jobStarted, this, &JobStatusWidget::follow);
    connect(tracker, &JobTracker::jobFinished, this, [this] {
        const QList<Job *> running = m_tracker->runningJobs();
        follow(running.isEmpty() ? nullptr : running.last());
    });
    follow(nullptr);
}

void JobStatusWidget::follow(Job *job)
{
    if (m_current)
        disconnect(m_current, nullptr, this, nullptr);
    m_current = job;
    if (job)
        connect(job, &Job::progressChanged, this, &JobStatusWidget::refresh);
    refresh();
}

void JobStatusWidget::refresh()
{
    setVisible(m_current != nullptr);
    if (!m_current) {
        m_text->clear(); // no stale job title while hidden, nor when shown again
        m_cancel->setToolTip(QString());
        return;
    }
    const JobProgress progress = m_current->progress();
    const qsizetype others = m_tracker->runningJobs().size() - 1;
    QString text = progress.phase.isEmpty() ? m_current->title()
                                            : tr("%1: %2", "job title: phase").arg(m_current->title(), progress.phase);
    if (others > 0)
        text = tr("%1 (+%n more)", "running jobs", static_cast<int>(others)).arg(text);
    m_text->setText(text);
    m_text->setToolTip(progress.item);
    const double fraction = progress.fraction();
    if (fraction < 0) {
        m_bar->setRange(0, 0); // busy indicator: the total is unknown
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(static_cast<int>(fraction * 1000));
    }
    m_cancel->setToolTip(tr("Cancel “%1”").arg(m_current->title()));
    m_cancel->setAccessibleName(tr("Cancel"));
}

void JobStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Akari
