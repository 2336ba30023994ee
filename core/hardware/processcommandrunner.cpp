// SPDX-License-Identifier: GPL-3.0-or-later
#include "processcommandrunner.h"

#include <memory>

#include <QDeadlineTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QSet>
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
// How long to wait for a killed process to be reaped. SIGKILL cannot be ignored, but a process
// stuck inside a driver call (uninterruptible sleep) only dies when that call returns, so the
// wait is short and bounded: run() never takes more than its timeout plus this.
constexpr int ReapTimeoutMs = 500;

/// Programs that ran past their timeout in this process; they are not started again.
struct HungPrograms
{
    QMutex mutex;
    QSet<QString> programs;
};

HungPrograms &hungPrograms()
{
    // Never destroyed on purpose: a detection job may still run on a worker thread while the
    // process exits, and must not meet a destroyed set.
    static auto *const hung = new HungPrograms;
    return *hung;
}

bool isKnownHung(const QString &program)
{
    HungPrograms &hung = hungPrograms();
    const QMutexLocker locker(&hung.mutex);
    return hung.programs.contains(program);
}

void rememberHung(const QString &program)
{
    HungPrograms &hung = hungPrograms();
    const QMutexLocker locker(&hung.mutex);
    hung.programs.insert(program);
}

/// Kills the process and its group; true when it was reaped within ReapTimeoutMs.
bool killProcess(QProcess &process)
{
#if defined(Q_OS_UNIX)
    // The child leads its own process group, so a shell's children (a wrapper script around
    // nvidia-smi, say) die with it instead of holding the output pipes open.
    if (const qint64 pid = process.processId(); pid > 0)
        ::kill(-static_cast<pid_t>(pid), SIGKILL);
#endif
    process.kill();
    return process.waitForFinished(ReapTimeoutMs) || process.state() == QProcess::NotRunning;
}

/// Stops \a process within ReapTimeoutMs whatever it does. A process that outlives SIGKILL (stuck
/// in the kernel) is left behind: ~QProcess() would wait up to 30 s for it, freezing detection.
void stop(std::unique_ptr<QProcess> process)
{
    if (process->state() == QProcess::NotRunning || killProcess(*process))
        return;
    // A deliberate, bounded leak: a hung program is never started again (rememberHung), so this
    // happens once per program (or once per caller that was already running it) per process.
    // Closing the channels and dropping connections leaves the object nothing to do.
    process->disconnect();
    process->closeReadChannel(QProcess::StandardOutput);
    process->closeReadChannel(QProcess::StandardError);
    process->closeWriteChannel();
    Q_UNUSED(process.release());
}
} // namespace

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
    // A program that hung once (a wedged driver behind nvidia-smi) would hang again: skip it at once.
    if (isKnownHung(program)) {
        return fail(Error(
            Error::Code::Io,
            tr("%1 is not started again: it did not finish earlier while Akari was running.").arg(program), program));
    }
    const QDeadlineTimer deadline(timeoutMs);
    // On the heap, so that a process that cannot be stopped can be left behind (see stop()).
    auto process = std::make_unique<QProcess>();
    process->setProgram(program);
    process->setArguments(arguments);
    // A probe never feeds input; a program that waits for some must see end-of-file at once.
    process->setStandardInputFile(QProcess::nullDevice());
#if defined(Q_OS_UNIX)
    process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    process->start(QIODevice::ReadOnly);
    if (!process->waitForStarted(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
        const QString reason = process->errorString();
        const bool timedOut = process->state() != QProcess::NotRunning;
        stop(std::move(process));
        if (timedOut)
            rememberHung(program);
        return fail(Error(Error::Code::Io, tr("Could not start %1: %2").arg(program, reason), program));
    }
    if (!process->waitForFinished(int(qMax<qint64>(deadline.remainingTime(), 1))) &&
        process->state() != QProcess::NotRunning) {
        stop(std::move(process));
        rememberHung(program);
        return fail(Error(Error::Code::Io,
                          tr("%1 did not finish within %n millisecond(s) and was stopped; it is not started again "
                             "while Akari runs.",
                             nullptr, timeoutMs)
                              .arg(program),
                          program));
    }
    if (process->exitStatus() == QProcess::CrashExit) {
        return fail(
            Error(Error::Code::Io, tr("%1 stopped unexpectedly: %2").arg(program, process->errorString()), program));
    }
    return CommandOutput{process->exitCode(), process->readAllStandardOutput(), process->readAllStandardError()};
}

} // namespace Akari
