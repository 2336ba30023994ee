// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <mutex>

#include <QList>
#include <QObject>
#include <QString>

#include "logentry.h"

namespace Akari
{

/**
 * \brief Keeps the newest log messages in a bounded ring so the Log page can show them live.
 *
 * append() may be called from any thread; messageAdded() is emitted in the buffer's own
 * thread (queued), so views connected to it never run on a worker. install() routes Qt's
 * message handler into one buffer and still forwards every message to the previous handler
 * (stderr), so nothing disappears from the terminal.
 */
class LogBuffer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogBuffer)

public:
    explicit LogBuffer(qsizetype capacity = 5000, QObject *parent = nullptr);
    ~LogBuffer() override;

    /// Thread-safe.
    void append(QtMsgType type, const QString &category, const QString &message);
    /// Thread-safe copy of the entries currently held, oldest first.
    [[nodiscard]] QList<LogEntry> entries() const;
    /// Thread-safe copy of the entries whose id is greater than \a afterId.
    [[nodiscard]] QList<LogEntry> entriesAfter(qint64 afterId) const;
    [[nodiscard]] qsizetype capacity() const { return m_capacity; }
    void clear();

    /// Makes this buffer receive every qDebug/qCWarning/... message of the process.
    void install();
    /// Restores the handler that was active before install(); also done by the destructor.
    void uninstall();

    /// Human-readable name of a message type ("Debug", "Warning", ...), translated.
    [[nodiscard]] static QString typeName(QtMsgType type);

signals:
    /// Emitted (in this object's thread) after new entries arrived; several appends may share one signal.
    void messagesAdded();
    void cleared();

private:
    void notify();

    const qsizetype m_capacity;
    mutable std::mutex m_mutex;
    std::deque<LogEntry> m_entries;
    qint64 m_nextId = 1;
    bool m_notifyPending = false;
    bool m_installed = false;
};

} // namespace Akari
