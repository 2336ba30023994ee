// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclogqueue.h"

#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

/// What the sinks share with the queue; kept alive by them after the queue has gone.
struct SyncLogQueue::Shared
{
    QMutex mutex;
    QStringList lines;
    bool flushQueued = false;
    QPointer<SyncLogQueue> queue; ///< cleared (under the mutex) when the queue goes
};

SyncLogQueue::SyncLogQueue(QPlainTextEdit *view, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_view(view)
{
    m_shared->queue = this;
}

SyncLogQueue::~SyncLogQueue()
{
    const QMutexLocker locker(&m_shared->mutex);
    m_shared->queue = nullptr;
    m_shared->lines.clear();
}

std::function<void(const QString &)> SyncLogQueue::sink() const
{
    return [shared = m_shared](const QString &line) {
        const QMutexLocker locker(&shared->mutex);
        if (!shared->queue)
            return;
        shared->lines.append(line);
        if (shared->flushQueued)
            return;
        shared->flushQueued = true;
        // The queue is alive while the mutex is held (its destructor takes it first); a queued
        // call to a queue deleted before delivery is dropped by Qt.
        QMetaObject::invokeMethod(shared->queue.data(), &SyncLogQueue::flush, Qt::QueuedConnection);
    };
}

void SyncLogQueue::flush()
{
    QStringList lines;
    {
        const QMutexLocker locker(&m_shared->mutex);
        lines.swap(m_shared->lines);
        m_shared->flushQueued = false;
    }
    if (!lines.isEmpty())
        m_view->appendPlainText(lines.join(u'\n'));
}

} // namespace Akari
