// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "commandrunner.h"

namespace Akari
{

/**
 * \brief The real runner: QStandardPaths for lookup, QProcess with a timeout and kill for running.
 *
 * run() returns within its timeout plus half a second, even when the program cannot be killed
 * (stuck inside a driver call): such a process is left behind rather than waited for. A program
 * that ran past its timeout is remembered for the rest of the process (shared by every instance)
 * and fails at once when asked for again, so a hung nvidia-smi costs one timeout, not one per
 * detection.
 */
class ProcessCommandRunner final : public CommandRunner
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProcessCommandRunner)

public:
    [[nodiscard]] QString findExecutable(const QString &program,
                                         const QStringList &extraDirectories = {}) const override;
    [[nodiscard]] Result<CommandOutput> run(const QString &program, const QStringList &arguments,
                                            int timeoutMs = DefaultTimeoutMs) const override;
};

} // namespace Akari
