// SPDX-License-Identifier: GPL-3.0-or-later
#include "job.h"

#include <exception>
#include <utility>

#include <QMetaObject>
#include <QThreadPool>

#include "../logging/logcategories.h"
#include "../system/threadpriority.h"
#include "jobcontext.h"
#include "jobshared.h"

namespace Akari
{

Job::Job(QString title, Work work, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_work(std::move(work))
    , m_shared(std::make_shared<JobShared>())
{
    m_shared->owner = this;
}

Job::~Job()
{
    m_shared->cancelRequested = true;
    const std::lock_guard lock(m_shared->mutex);
    m_shared->owner = nullptr;
}

bool Job::isFinished() const
{
    return m_state == State::Succeeded || m_state == State::Failed || m_state == State::Cancelled;
}

bool Job::isCancellationRequested() const
{
    return m_shared->cancelRequested.load();
}

void Job::start(QThreadPool *pool)
{
    if (m_state != State::Ready)
        return;
    m_state = State::Running;
    emit started();
    qCDebug(lcJobs) << "starting" << m_title;

    if (m_shared->cancelRequested) {
        complete(fail(Error::cancelled()), true);
        return;
    }

    (pool ? pool : QThreadPool::globalInstance())->start([shared = m_shared, work = m_work, title = m_title] {
        ThreadPriority::makeCurrentThreadBackground();
        // A job cancelled while it waited in the pool never runs its work.
        const bool cancelledInQueue = shared->cancelRequested;
        JobContext context(shared);
        Result<QVariant> outcome = cancelledInQueue ? fail(Error::cancelled()) : runGuarded(title, work, context);
        // Decided here, when the work ended: a cancel arriving while the result is on its way
        // to the owner's thread must not throw the finished result away.
        const bool cancelledBeforeEnd = shared->cancelRequested;
        const std::lock_guard lock(shared->mutex);
        if (!shared->owner)
            return; // the Job is gone; nobody is listening
        QMetaObject::invokeMethod(
            shared->owner,
            [owner = shared->owner, outcome = std::move(outcome), cancelledBeforeEnd] {
                owner->complete(outcome, cancelledBeforeEnd);
            },
            Qt::QueuedConnection);
    });
}

Result<QVariant> Job::runGuarded(const QString &title, const Work &work, JobContext &context)
{
    try {
        return work(context);
    } catch (const std::exception &exception) {
        qCDebug(lcJobs) << "job" << title << "threw" << exception.what();
        return fail({Error::Code::Internal, tr("“%1” stopped because of an unexpected error: %2")
                                                .arg(title, QString::fromLocal8Bit(exception.what()))});
    } catch (...) {
        qCDebug(lcJobs) << "job" << title << "threw an unknown exception";
        return fail({Error::Code::Internal, tr("“%1” stopped because of an unexpected error.").arg(title)});
    }
}

void Job::cancel()
{
    m_shared->cancelRequested = true;
}

void Job::deliverProgress()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->progressDeliveryPending = false;
        m_progress = m_shared->latestProgress;
    }
    if (m_state == State::Running)
        emit progressChanged(m_progress);
}

void Job::complete(const Result<QVariant> &outcome, bool cancelledBeforeEnd)
{
    if (cancelledBeforeEnd || (!outcome && outcome.error().code() == Error::Code::Cancelled)) {
        m_state = State::Cancelled;
        m_error = (!outcome && outcome.error().code() == Error::Code::Cancelled) ? outcome.error() : Error::cancelled();
        qCDebug(lcJobs) << "cancelled" << m_title;
        emit cancelled();
    } else if (outcome) {
        m_state = State::Succeeded;
        m_result = *outcome;
        qCDebug(lcJobs) << "succeeded" << m_title;
        emit succeeded(m_result);
    } else {
        m_state = State::Failed;
        m_error = outcome.error();
        qCWarning(lcJobs).noquote() << tr("“%1” failed: %2").arg(m_title, m_error.toString());
        emit failed(m_error);
    }
    emit finished(m_state);
}

} // namespace Akari
