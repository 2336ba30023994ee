// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobtracker.h"

#include <QThreadPool>

#include "job.h"

namespace Akari
{

JobTracker::JobTracker(QObject *parent)
    : QObject(parent)
    , m_pool(new QThreadPool(this))
{}

JobTracker::~JobTracker()
{
    // Ask running work to stop; the pool (a child) then waits for it, which only happens at
    // shutdown, and cancellation keeps that wait short.
    cancelAll();
}

Job *JobTracker::run(Job *job)
{
    job->setParent(this);
    m_running.append(job);
    connect(job, &Job::finished, this, [this, job] {
        m_running.removeAll(job);
        emit jobFinished(job);
        job->deleteLater();
        if (m_running.isEmpty())
            emit busyChanged(false);
    });
    const bool wasIdle = m_running.size() == 1;
    emit jobStarted(job);
    if (wasIdle)
        emit busyChanged(true);
    job->start(m_pool);
    return job;
}

QList<Job *> JobTracker::runningJobs() const
{
    QList<Job *> jobs;
    for (const QPointer<Job> &job : m_running) {
        if (job)
            jobs.append(job);
    }
    return jobs;
}

void JobTracker::cancelAll()
{
    for (const QPointer<Job> &job : std::as_const(m_running)) {
        if (job)
            job->cancel();
    }
}

} // namespace Akari
