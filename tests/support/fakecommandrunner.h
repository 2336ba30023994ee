// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include "core/hardware/commandrunner.h"

namespace Akari::Test
{

/**
 * \brief A CommandRunner that answers from a script instead of starting processes.
 *
 * Tests declare which programs exist (on PATH or in an extra directory such as
 * /usr/lib/wsl/lib) and what each command prints, how it exits, or whether it hangs or
 * cannot start. Every run() is recorded, so tests can also assert that nothing was started.
 * Safe to use from several threads.
 */
class FakeCommandRunner final : public Akari::CommandRunner
{
public:
    struct Answer
    {
        int exitCode = 0;
        QByteArray standardOutput;
        QByteArray standardError;
        bool failToStart = false;
        bool hang = false; ///< run() fails as a timeout would
    };

    /// Makes findExecutable(basename) answer logicalPath when onPath, or when its directory is in extraDirectories.
    void addExecutable(const QString &logicalPath, bool onPath = true);
    /// The answer for program (basename or logical path) run with exactly arguments; arguments
    /// std::nullopt = any arguments. A later answer for the same program and arguments replaces the earlier one.
    void setAnswer(const QString &program, std::optional<QStringList> arguments, Answer answer);
    /// "program arg1 arg2" for every run() so far, in order (thread-safe).
    [[nodiscard]] QStringList runs() const;
    /// The longest timeout any run() was given (0 before the first run): probes must bound every command.
    [[nodiscard]] int longestTimeoutMs() const;

    [[nodiscard]] QString findExecutable(const QString &program,
                                         const QStringList &extraDirectories = {}) const override;
    /// Answers from setAnswer(); a program without an answer fails like a failed start.
    [[nodiscard]] Result<CommandOutput> run(const QString &program, const QStringList &arguments,
                                            int timeoutMs = DefaultTimeoutMs) const override;

private:
    struct Executable
    {
        QString logicalPath;
        bool onPath = true;
    };
    struct Entry
    {
        QString program;
        std::optional<QStringList> arguments;
        Answer answer;
    };

    [[nodiscard]] std::optional<Answer> answerFor(const QString &program, const QStringList &arguments) const;

    mutable QMutex m_mutex;
    QList<Executable> m_executables;
    QList<Entry> m_entries;
    mutable QStringList m_runs;
    mutable int m_longestTimeoutMs = 0;
};

} // namespace Akari::Test
