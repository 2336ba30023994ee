// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QObject>

class QPlainTextEdit;

namespace Akari
{

/**
 * \brief Log lines from worker threads on their way to a log view in the GUI thread.
 *
 * The sink may be called from any thread. Lines wait under a mutex and one flush at a time is
 * queued to the GUI thread, so a burst of lines becomes a single append there (one layout of the
 * view, not one per line). The sink outlives the queue safely: lines for a queue that is gone are
 * dropped.
 */
class SyncLogQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncLogQueue)

public:
    /// Appends to \a view, which must outlive the queue (make the view or its owner the parent).
    explicit SyncLogQueue(QPlainTextEdit *view, QObject *parent = nullptr);
    ~SyncLogQueue() override;

    /// A thread-safe sink for log lines.
    [[nodiscard]] std::function<void(const QString &)> sink() const;
    /// Appends the lines waiting now (the GUI thread only).
    void flush();

private:
    struct Shared;

    std::shared_ptr<Shared> m_shared;
    QPlainTextEdit *m_view;
};

} // namespace Akari
