// SPDX-License-Identifier: GPL-3.0-or-later
#include "uvsync.h"

#include <deque>

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int StartTimeoutMs = 10000;
constexpr int PollMs = 50;             ///< how often cancellation is looked at while uv is quiet
constexpr int TerminateGraceMs = 3000; ///< uv cleans up its lock and temporary files on SIGTERM
constexpr int KillReapMs = 5000;
constexpr std::size_t TailLines = 12; ///< lines quoted in the message when uv fails

/// Splits what uv wrote into lines; a line is only passed on once its newline has arrived.
class LineSplitter
{
public:
    explicit LineSplitter(std::function<void(const QString &)> output)
        : m_output(std::move(output))
    {}

    void add(const QByteArray &bytes)
    {
        m_pending += bytes;
        qsizetype start = 0;
        for (qsizetype end = m_pending.indexOf('\n'); end >= 0; end = m_pending.indexOf('\n', start)) {
            emitLine(m_pending.mid(start, end - start));
            start = end + 1;
        }
        m_pending.remove(0, start);
    }

    void finish()
    {
        if (!m_pending.isEmpty())
            emitLine(m_pending);
        m_pending.clear();
    }

    [[nodiscard]] QStringList tail() const { return {m_tail.begin(), m_tail.end()}; }

private:
    void emitLine(QByteArray line)
    {
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line);
        m_tail.push_back(text);
        if (m_tail.size() > TailLines)
            m_tail.pop_front();
        if (m_output)
            m_output(text);
    }

    std::function<void(const QString &)> m_output;
    QByteArray m_pending;
    std::deque<QString> m_tail;
};

/// Asks uv to stop, then insists.
void stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(TerminateGraceMs)) {
        process.kill();
        process.waitForFinished(KillReapMs);
    }
}

} // namespace

QString UvSync::findUv(const QStringList &searchPath)
{
    return QStandardPaths::findExecutable(u"uv"_s, searchPath);
}

Job *UvSync::syncJob(QString uv, QString projectDirectory, QStringList extras, QString python,
                     std::function<void(const QString &)> output, QObject *parent)
{
    QStringList arguments{u"sync"_s};
    for (const QString &extra : extras)
        arguments << u"--extra"_s << extra;
    if (!python.isEmpty())
        arguments << u"--python"_s << python;
    return Job::create<int>(
        tr("Syncing with uv"),
        [uv = std::move(uv), directory = std::move(projectDirectory), arguments = std::move(arguments),
         output = std::move(output)](JobContext &context) -> Result<int> {
            // Created here so that it lives in the worker thread that waits on it.
            QProcess process;
            process.setProgram(uv);
            process.setArguments(arguments);
            process.setWorkingDirectory(directory);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.setStandardInputFile(QProcess::nullDevice());
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            // Plain lines for a log view: no colour codes, no redrawn progress bars.
            environment.insert(u"NO_COLOR"_s, u"1"_s);
            environment.insert(u"UV_NO_PROGRESS"_s, u"1"_s);
            process.setProcessEnvironment(environment);
            const QString command = QDir::toNativeSeparators(uv) + u' ' + arguments.join(u' ');
            context.reportProgress({.phase = tr("Syncing with uv"), .item = command});
            process.start();
            if (!process.waitForStarted(StartTimeoutMs))
                return fail(Error(Error::Code::Io,
                                  tr("Could not run “%1” in %2: %3")
                                      .arg(command, QDir::toNativeSeparators(directory), process.errorString())));

            LineSplitter lines(output);
            while (process.state() != QProcess::NotRunning) {
                if (context.isCancelled()) {
                    stop(process);
                    return fail(Error::cancelled());
                }
                if (process.waitForReadyRead(PollMs))
                    lines.add(process.readAll());
            }
            lines.add(process.readAll());
            lines.finish();

            const QString tail = lines.tail().join(u'\n');
            if (process.exitStatus() == QProcess::CrashExit)
                return fail(Error(Error::Code::Unknown, tr("“%1” in %2 crashed. Its last output:\n%3")
                                                            .arg(command, QDir::toNativeSeparators(directory), tail)));
            if (process.exitCode() != 0)
                return fail(Error(Error::Code::Unknown, tr("“%1” in %2 failed with exit code %3. Its last output:\n%4")
                                                            .arg(command, QDir::toNativeSeparators(directory),
                                                                 QString::number(process.exitCode()), tail)));
            return process.exitCode();
        },
        parent);
}

} // namespace Akari
