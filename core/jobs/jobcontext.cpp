// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobcontext.h"

#include <utility>

#include <QMetaObject>

#include "job.h"
#include "jobshared.h"

namespace Akari
{

JobContext::JobContext(std::shared_ptr<JobShared> shared)
    : m_shared(std::move(shared))
{}

bool JobContext::isCancelled() const
{
    return m_shared->cancelRequested.load(std::memory_order_relaxed);
}

void JobContext::reportProgress(const JobProgress &progress)
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->latestProgress = progress;
    if (m_shared->progressDeliveryPending || !m_shared->owner)
        return;
    m_shared->progressDeliveryPending = true;
    QMetaObject::invokeMethod(m_shared->owner, &Job::deliverProgress, Qt::QueuedConnection);
}

} // namespace Akari
