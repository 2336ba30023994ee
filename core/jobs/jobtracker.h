// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QThreadPool;

namespace Akari
{

class Job;

/**
 * \brief Starts jobs and keeps the list of those still running, for status displays and quitting.
 *
 * run() takes ownership of the job: it is deleted (deleteLater) after finished(). Lives in
 * the main thread; the jobs' work runs on the tracker's own thread pool.
 */
class JobTracker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobTracker)

public:
    explicit JobTracker(QObject *parent = nullptr);
    ~JobTracker() override;

    /// Starts \a job (which must be Ready) and tracks it until it finishes or is destroyed.
    /// Returns the job for chaining connects.
    Job *run(Job *job);
    /// Runs \a job through \a tracker when there is one; otherwise starts it on its own, owned
    /// by \a owner and deleted after it finished (widgets used outside a main window, tests).
    static Job *runOrStart(JobTracker *tracker, Job *job, QObject *owner);
    [[nodiscard]] QList<Job *> runningJobs() const;
    [[nodiscard]] bool isBusy() const { return !m_running.isEmpty(); }
    void cancelAll();

signals:
    void jobStarted(Akari::Job *job);
    void jobFinished(Akari::Job *job);
    void busyChanged(bool busy);

private:
    void forget(Job *job);

    QThreadPool *m_pool;
    QList<Job *> m_running; ///< started and not yet finished or destroyed
};

} // namespace Akari
