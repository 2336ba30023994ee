// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace Akari
{

/**
 * \brief akari-cli: the command-line twin of the GUI, for servers without a screen.
 *
 * Messages follow the locale (LANG=ja_JP.UTF-8 gives Japanese). Exit codes: 0 ok,
 * 1 the operation failed, 2 bad usage or bad input. Subcommands register in run().
 */
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::CliApplication)
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    enum ExitCode
    {
        ExitOk = 0,
        ExitFailed = 1,
        ExitBadUsage = 2,
    };

    CliApplication() = default;

    /// Parses \a arguments (argv, program name first) and runs the chosen command.
    [[nodiscard]] int run(const QStringList &arguments);

private:
    [[nodiscard]] static QString helpText(const QCommandLineParser &parser);
};

} // namespace Akari
