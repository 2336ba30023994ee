// SPDX-License-Identifier: GPL-3.0-or-later
#include "pythonindexserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

PythonIndexServer::PythonIndexServer()
    : m_script(script())
{}

PythonIndexServer::PythonIndexServer(const QString &script, const QStringList &defaultArguments)
    : m_script(script)
    , m_defaultArguments(defaultArguments)
{}

PythonIndexServer::~PythonIndexServer()
{
    stop();
}

QString PythonIndexServer::python()
{
#ifdef AKARI_PYTHON3
    return QStringLiteral(AKARI_PYTHON3);
#else
    return u"/usr/bin/python3"_s;
#endif
}

QString PythonIndexServer::script()
{
    return QStringLiteral(AKARI_LOOPBACK_INDEX_SCRIPT);
}

bool PythonIndexServer::start(const QStringList &extraArguments, int timeoutMs)
{
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder: %1"_s.arg(m_dir.errorString());
        return false;
    }
    stop();
    QFile::remove(m_dir.filePath(u"requests.jsonl"_s));
    // Tracebacks reach the test's output; stdout carries the port line only.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(python(), QStringList{u"-u"_s, m_script, u"serve"_s, u"--generate"_s, u"--root"_s,
                                          m_dir.filePath(u"index"_s), u"--log"_s, m_dir.filePath(u"requests.jsonl"_s)} +
                                  m_defaultArguments + extraArguments);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1 %2: %3"_s.arg(python(), m_script, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!m_process.canReadLine()) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired() ||
            !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.canReadLine())
                break;
            m_error = u"%1 did not print its port (exit code %2)"_s.arg(m_script).arg(m_process.exitCode());
            stop();
            return false;
        }
    }
    const QByteArray line = m_process.readLine().trimmed();
    bool ok = false;
    m_port = line.startsWith("PORT ") ? line.mid(5).toInt(&ok) : 0;
    if (!ok || m_port <= 0) {
        m_error = u"%1 printed %2 instead of PORT <n>"_s.arg(m_script, QString::fromUtf8(line));
        stop();
        return false;
    }
    return true;
}

void PythonIndexServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    m_port = 0;
}

QUrl PythonIndexServer::url(const QString &path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path));
}

QUrl PythonIndexServer::indexUrl(const QString &index) const
{
    return index == "pypi"_L1 ? url(u"/pypi/simple/"_s) : url(u"/whl/%1/"_s.arg(index));
}

QString PythonIndexServer::root() const
{
    return m_dir.filePath(u"index"_s);
}

QList<PythonIndexServer::LoggedRequest> PythonIndexServer::requestLog() const
{
    QList<LoggedRequest> requests;
    QFile file(m_dir.filePath(u"requests.jsonl"_s));
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        if (entry.isEmpty())
            continue; // the last line, or one the server is still writing
        requests.append({entry.value("method"_L1).toString().toLatin1(), entry.value("path"_L1).toString(),
                         entry.value("host"_L1).toString(), entry.value("authorization"_L1).toBool(),
                         entry.value("range"_L1).toString(), entry.value("status"_L1).toInt()});
    }
    return requests;
}

void PythonIndexServer::clearRequestLog()
{
    QFile file(m_dir.filePath(u"requests.jsonl"_s));
    if (file.exists())
        file.resize(0);
}

} // namespace Akari::Test
