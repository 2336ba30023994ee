// SPDX-License-Identifier: GPL-3.0-or-later
#include "probecommand.h"

#include "hardwarereport.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// Programs put their complaint on either stream (nvidia-smi on standard output); the first
/// line of the first stream that has one.
QString firstMessageLine(const CommandOutput &output)
{
    for (const QByteArray &stream : {output.standardError, output.standardOutput}) {
        const QString line = QString::fromUtf8(stream).trimmed().section(u'\n', 0, 0).trimmed();
        if (!line.isEmpty())
            return line.left(300);
    }
    return {};
}
} // namespace

QString ProbeCommand::commandLine(const QString &program, const QStringList &arguments)
{
    QStringList words{program};
    words += arguments;
    return words.join(u' ');
}

Result<CommandOutput> ProbeCommand::start(const CommandRunner &runner, HardwareReport &report, const QString &program,
                                          const QStringList &arguments)
{
    report.commandsRun.append(commandLine(program, arguments));
    return runner.run(program, arguments);
}

Result<QByteArray> ProbeCommand::run(const CommandRunner &runner, HardwareReport &report, const QString &program,
                                     const QStringList &arguments)
{
    Result<CommandOutput> output = start(runner, report, program, arguments);
    if (!output)
        return fail(output.error());
    if (output->exitCode != 0)
        return fail(exitError(program, *output));
    return std::move(output->standardOutput);
}

Error ProbeCommand::exitError(const QString &program, const CommandOutput &output)
{
    const QString detail = firstMessageLine(output);
    const QString code = QString::number(output.exitCode);
    // One multi-argument arg(): a "%1" inside the program's message must stay as it is.
    return Error(Error::Code::Io,
                 detail.isEmpty() ? tr("%1 exited with code %2.").arg(program, code)
                                  : tr("%1 exited with code %2: %3").arg(program, code, detail),
                 program);
}

} // namespace Akari
