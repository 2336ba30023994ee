// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandrunner.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QStandardPaths>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// How long to wait for a killed process to be reaped; SIGKILL cannot be ignored, so this is short.
constexpr int ReapTimeoutMs = 1000;

void killProcess(QProcess &process)
{
#if defined(Q_OS_UNIX)
    // The child leads its own process group, so a shell's children (a wrapper script around
    // nvidia-smi, say) die with it instead of holding the output pipes open.
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    process.waitForFinished(ReapTimeoutMs);
}
} // namespace

CommandRunner::~CommandRunner() = default;

QString ProcessCommandRunner::findExecutable(const QString &program, const QStringList &extraDirectories) const
{
    const QString onPath = QStandardPaths::findExecutable(program);
    if (!onPath.isEmpty() || extraDirectories.isEmpty())
        return onPath;
    return QStandardPaths::findExecutable(program, extraDirectories);
}

Result<CommandOutput> ProcessCommandRunner::run(const QString &program, const QStringList &arguments,
                                                int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    // A probe never feeds input; a program that waits for some must see end-of-file at once.
    process.setStandardInputFile(QProcess::nullDevice());
#if defined(Q_OS_UNIX)
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
        const QString reason = process.errorString();
        if (process.state() != QProcess::NotRunning)
            killProcess(process);
        return fail(Error(Error::Code::Io, tr("Could not start %1: %2").arg(program, reason), program));
    }
    if (!process.waitForFinished(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
        if (process.state() != QProcess::NotRunning) {
            killProcess(process);
            return fail(Error(
                Error::Code::Io,
                tr("%1 did not finish within %n millisecond(s) and was stopped.", nullptr, timeoutMs).arg(program),
                program));
        }
    }
    if (process.exitStatus() == QProcess::CrashExit) {
        return fail(
            Error(Error::Code::Io, tr("%1 stopped unexpectedly: %2").arg(program, process.errorString()), program));
    }
    return CommandOutput{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace Akari
