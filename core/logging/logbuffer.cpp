// SPDX-License-Identifier: GPL-3.0-or-later
#include "logbuffer.h"

#include <QMetaObject>

namespace Akari
{

namespace
{
// Held while a message is handed to the buffer and while the buffer is uninstalled, so a
// buffer being destroyed is never written to by another thread. Recursive: appending may log.
std::recursive_mutex s_handlerMutex;
LogBuffer *s_installedBuffer = nullptr;       // guarded by s_handlerMutex
QtMessageHandler s_previousHandler = nullptr; // guarded by s_handlerMutex

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QtMessageHandler previous = nullptr;
    {
        const std::lock_guard lock(s_handlerMutex);
        if (s_installedBuffer)
            s_installedBuffer->append(type, QString::fromUtf8(context.category ? context.category : "default"),
                                      message);
        previous = s_previousHandler;
    }
    if (previous)
        previous(type, context, message);
}
} // namespace

LogBuffer::LogBuffer(qsizetype capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax<qsizetype>(1, capacity))
{}

LogBuffer::~LogBuffer()
{
    uninstall();
}

void LogBuffer::append(QtMsgType type, const QString &category, const QString &message)
{
    bool mustNotify = false;
    {
        const std::lock_guard lock(m_mutex);
        m_entries.push_back({m_nextId++, QDateTime::currentDateTime(), type, category, message});
        while (std::ssize(m_entries) > m_capacity)
            m_entries.pop_front();
        // Coalesce: a burst of messages from a worker becomes one queued notification.
        mustNotify = !m_notifyPending;
        m_notifyPending = true;
    }
    if (mustNotify)
        QMetaObject::invokeMethod(this, &LogBuffer::notify, Qt::QueuedConnection);
}

void LogBuffer::notify()
{
    {
        const std::lock_guard lock(m_mutex);
        m_notifyPending = false;
    }
    emit messagesAdded();
}

QList<LogEntry> LogBuffer::entries() const
{
    return entriesAfter(0);
}

QList<LogEntry> LogBuffer::entriesAfter(qint64 afterId) const
{
    const std::lock_guard lock(m_mutex);
    QList<LogEntry> result;
    for (const LogEntry &entry : m_entries) {
        if (entry.id > afterId)
            result.append(entry);
    }
    return result;
}

void LogBuffer::clear()
{
    {
        const std::lock_guard lock(m_mutex);
        m_entries.clear();
    }
    emit cleared();
}

void LogBuffer::install()
{
    const std::lock_guard lock(s_handlerMutex);
    if (m_installed || s_installedBuffer)
        return; // already installed, or another buffer owns the process handler
    s_installedBuffer = this;
    s_previousHandler = qInstallMessageHandler(messageHandler);
    m_installed = true;
}

void LogBuffer::uninstall()
{
    const std::lock_guard lock(s_handlerMutex);
    if (!m_installed)
        return;
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
    s_installedBuffer = nullptr;
    m_installed = false;
}

QString LogBuffer::typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("Debug");
    case QtInfoMsg:
        return tr("Info");
    case QtWarningMsg:
        return tr("Warning");
    case QtCriticalMsg:
        return tr("Critical");
    case QtFatalMsg:
        return tr("Fatal");
    }
    return tr("Info");
}

} // namespace Akari
