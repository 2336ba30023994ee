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

Job *JobTracker::runOrStart(JobTracker *tracker, Job *job, QObject *owner)
{
    if (tracker)
        return tracker->run(job);
    job->setParent(owner);
    connect(job, &Job::finished, job, &QObject::deleteLater);
    job->start();
    return job;
}

Job *JobTracker::run(Job *job)
{
    Q_ASSERT_X(job->state() == Job::State::Ready, "JobTracker::run", "the job was started elsewhere");
    if (job->state() != Job::State::Ready)
        return job;
    job->setParent(this);
    const bool wasIdle = m_running.isEmpty();
    m_running.append(job);
    connect(job, &Job::finished, this, [this, job] {
        forget(job);
        emit jobFinished(job);
        job->deleteLater();
    });
    // Someone else may delete a job before it finishes; it must not keep the tracker busy.
    connect(job, &QObject::destroyed, this, [this, job] { forget(job); });
    emit jobStarted(job);
    if (wasIdle)
        emit busyChanged(true);
    job->start(m_pool);
    return job;
}

void JobTracker::forget(Job *job)
{
    if (!m_running.removeOne(job))
        return;
    if (m_running.isEmpty())
        emit busyChanged(false);
}

QList<Job *> JobTracker::runningJobs() const
{
    return m_running;
}

void JobTracker::cancelAll()
{
    for (Job *job : std::as_const(m_running))
        job->cancel();
}

} // namespace Akari
