// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "../error.h"

namespace Akari
{

/// What a finished command printed and how it ended.
struct CommandOutput
{
    int exitCode = 0;
    QByteArray standardOutput;
    QByteArray standardError;
};

/**
 * \brief Finds and runs the external programs the hardware probes ask about.
 *
 * An interface so tests answer with captured real outputs, exit codes and timeouts instead
 * of starting processes. Implementations must be safe to call from a worker thread.
 */
class CommandRunner
{
public:
    /// The longest any probe command may run before it is killed (a hung nvidia-smi must not hang Akari).
    static constexpr int DefaultTimeoutMs = 3000;

    virtual ~CommandRunner();

    /// The full path of \a program found on PATH, else in \a extraDirectories; empty when absent.
    [[nodiscard]] virtual QString findExecutable(const QString &program,
                                                 const QStringList &extraDirectories = {}) const = 0;
    /// Runs \a program and waits at most \a timeoutMs. Fails (Error::Code::Io) when it cannot
    /// start or does not finish in time (it is then killed); a non-zero exit is not a failure here.
    [[nodiscard]] virtual Result<CommandOutput> run(const QString &program, const QStringList &arguments,
                                                    int timeoutMs = DefaultTimeoutMs) const = 0;
};

} // namespace Akari
