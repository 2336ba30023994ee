// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

/**
 * \brief `akari-cli sync [PROJECT] [--extra NAME]... [--group NAME]... [--python PATH|X.Y]
 *        [--no-verify] [--dry-run] [--offline] [--json]`: resolve the project, show the change
 *        to `.venv`, carry it out (all or nothing) and verify the PyTorch packages import.
 *
 * Exit codes: 0 the environment is complete (and verified unless --no-verify), 1 the sync
 * failed, was cancelled (Ctrl+C) or a PyTorch package did not import, 2 bad usage or input.
 */
class SyncCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SyncCommand)

public:
    /// \a arguments are the program name, "sync" and its options. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString summary();
};

} // namespace Akari
