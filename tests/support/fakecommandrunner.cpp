// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakecommandrunner.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{
QString baseName(const QString &program)
{
    return QFileInfo(program).fileName();
}

// Extra directories may be given with or without a trailing slash.
QString normalisedDirectory(const QString &directory)
{
    return QDir::cleanPath(QDir::fromNativeSeparators(directory));
}
} // namespace

void FakeCommandRunner::addExecutable(const QString &logicalPath, bool onPath)
{
    const QMutexLocker locker(&m_mutex);
    m_executables.append({logicalPath, onPath});
}

void FakeCommandRunner::setAnswer(const QString &program, std::optional<QStringList> arguments, Answer answer)
{
    const QMutexLocker locker(&m_mutex);
    for (Entry &entry : m_entries) {
        if (entry.program == program && entry.arguments == arguments) {
            entry.answer = std::move(answer);
            return;
        }
    }
    m_entries.append({program, std::move(arguments), std::move(answer)});
}

int FakeCommandRunner::longestTimeoutMs() const
{
    const QMutexLocker locker(&m_mutex);
    return m_longestTimeoutMs;
}

QStringList FakeCommandRunner::runs() const
{
    const QMutexLocker locker(&m_mutex);
    return m_runs;
}

QString FakeCommandRunner::findExecutable(const QString &program, const QStringList &extraDirectories) const
{
    const QMutexLocker locker(&m_mutex);
    const QString wanted = baseName(program);
    // PATH first, as the real lookup does; then the extra directories in the order given.
    for (const Executable &executable : m_executables) {
        if (executable.onPath && baseName(executable.logicalPath) == wanted)
            return executable.logicalPath;
    }
    for (const QString &directory : extraDirectories) {
        const QString dir = normalisedDirectory(directory);
        for (const Executable &executable : m_executables) {
            if (baseName(executable.logicalPath) == wanted &&
                normalisedDirectory(QFileInfo(executable.logicalPath).path()) == dir)
                return executable.logicalPath;
        }
    }
    return {};
}

std::optional<FakeCommandRunner::Answer> FakeCommandRunner::answerFor(const QString &program,
                                                                      const QStringList &arguments) const
{
    // Most specific first: same path and exact arguments, then basename, then any arguments.
    const QString base = baseName(program);
    const auto find = [&](bool byPath, bool exactArguments) -> std::optional<Answer> {
        for (const Entry &entry : m_entries) {
            const bool programMatches = byPath ? entry.program == program : entry.program == base;
            const bool argumentsMatch = exactArguments ? entry.arguments == arguments : !entry.arguments.has_value();
            if (programMatches && argumentsMatch)
                return entry.answer;
        }
        return std::nullopt;
    };
    for (const bool exactArguments : {true, false}) {
        for (const bool byPath : {true, false}) {
            if (auto answer = find(byPath, exactArguments))
                return answer;
        }
    }
    return std::nullopt;
}

Result<CommandOutput> FakeCommandRunner::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    const QMutexLocker locker(&m_mutex);
    QStringList words{program};
    words += arguments;
    m_runs.append(words.join(u' '));
    m_longestTimeoutMs = std::max(m_longestTimeoutMs, timeoutMs);
    const std::optional<Answer> answer = answerFor(program, arguments);
    if (!answer || answer->failToStart)
        return fail(Error(Error::Code::Io, u"Could not start %1 (fake runner)."_s.arg(program)));
    if (answer->hang)
        return fail(
            Error(Error::Code::Io,
                  u"%1 did not finish within %2 ms and was stopped (fake runner)."_s.arg(program).arg(timeoutMs)));
    return CommandOutput{answer->exitCode, answer->standardOutput, answer->standardError};
}

} // namespace Akari::Test
