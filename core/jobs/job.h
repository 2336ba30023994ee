// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QVariant>

#include "../error.h"
#include "jobprogress.h"

class QThreadPool;

namespace Akari
{

class JobContext;
class JobShared;

/**
 * \brief A slow operation that runs on a worker thread and reports back to the thread that owns it.
 *
 * The work is a function given at construction; it owns everything it touches (capture by
 * value), so the Job object itself may be deleted at any time, even while the work runs:
 * deleting requests cancellation and never waits. Signals are emitted in the Job's own
 * thread (normally the GUI thread), in this order: started(), any number of
 * progressChanged(), then exactly one of succeeded(), failed() or cancelled(), then finished().
 *
 * An exception escaping the work becomes failed() with Error::Code::Internal; it never
 * reaches the event loop. If cancel() was called before the work ended, the job ends in
 * cancelled() whatever the work returned; a cancel that arrives after the work ended does
 * not change the outcome. A job cancelled while it still waits for a thread never runs.
 *
 * \code
 * auto *job = Job::create<int>(tr("Counting"), [](JobContext &context) -> Result<int> {
 *     for (int i = 0; i < 100; ++i) {
 *         if (context.isCancelled())
 *             return fail(Error::cancelled());
 *         context.reportProgress({.stepsDone = i, .stepsTotal = 100});
 *     }
 *     return 100;
 * }, this);
 * connect(job, &Job::succeeded, this, [](const QVariant &value) { ... });
 * job->start();
 * \endcode
 */
class Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    enum class State
    {
        Ready,
        Running,
        Succeeded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    using Work = std::function<Result<QVariant>(JobContext &)>;

    Job(QString title, Work work, QObject *parent = nullptr);
    ~Job() override;

    /// Wraps a work function with a typed result; the result arrives as QVariant::fromValue(T).
    template<typename T, typename Function>
    [[nodiscard]] static Job *create(QString title, Function function, QObject *parent = nullptr)
    {
        return new Job(
            std::move(title),
            [function = std::move(function)](JobContext &context) mutable -> Result<QVariant> {
                Result<T> result = function(context);
                if (!result)
                    return fail(result.error());
                return QVariant::fromValue(std::move(*result));
            },
            parent);
    }

    /// Starts the work on \a pool (the global pool when null). Does nothing unless the job is Ready.
    void start(QThreadPool *pool = nullptr);
    /// Thread-safe; the work sees it through JobContext::isCancelled().
    void cancel();

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    [[nodiscard]] bool isFinished() const;
    [[nodiscard]] bool isCancellationRequested() const;
    [[nodiscard]] JobProgress progress() const { return m_progress; }
    /// Valid after succeeded().
    [[nodiscard]] QVariant result() const { return m_result; }
    /// Valid after failed() or cancelled().
    [[nodiscard]] Error error() const { return m_error; }

signals:
    void started();
    void progressChanged(const Akari::JobProgress &progress);
    void succeeded(const QVariant &result);
    void failed(const Akari::Error &error);
    void cancelled();
    void finished(Akari::Job::State state);

private:
    friend class JobContext;
    void deliverProgress();
    void complete(const Result<QVariant> &outcome, bool cancelledBeforeEnd);
    static Result<QVariant> runGuarded(const QString &title, const Work &work, JobContext &context);

    QString m_title;
    Work m_work;
    std::shared_ptr<JobShared> m_shared;
    State m_state = State::Ready;
    JobProgress m_progress;
    QVariant m_result;
    Error m_error;
};

} // namespace Akari
