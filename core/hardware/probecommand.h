// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "commandrunner.h"

namespace Akari
{

struct HardwareReport;

/**
 * \brief Runs a probe's program the one way every probe does: recorded, timed out, checked.
 *
 * Each run is added to HardwareReport::commandsRun as "program arg1 arg2" before it starts, so
 * the report shows every process detection started. Errors name the program and carry the
 * first line it printed, where programs such as nvidia-smi explain what went wrong.
 */
class ProbeCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProbeCommand)

public:
    /// Runs \a program and records it. Fails only when it cannot start or runs past the timeout;
    /// a non-zero exit comes back as output (a probe may want to read it).
    [[nodiscard]] static Result<CommandOutput> start(const CommandRunner &runner, HardwareReport &report,
                                                     const QString &program, const QStringList &arguments);
    /// start(), and a non-zero exit is a failure too (exitError()); the standard output on success.
    [[nodiscard]] static Result<QByteArray> run(const CommandRunner &runner, HardwareReport &report,
                                                const QString &program, const QStringList &arguments);
    /// "nvidia-smi exited with code 9: NVIDIA-SMI has failed …": the first line of standard error,
    /// else of standard output, where there is one.
    [[nodiscard]] static Error exitError(const QString &program, const CommandOutput &output);
    /// "program arg1 arg2", as recorded in commandsRun.
    [[nodiscard]] static QString commandLine(const QString &program, const QStringList &arguments);
};

} // namespace Akari
