// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

/**
 * \brief `akari-cli resolve [PROJECT] [--python X.Y|PATH] [--platform linux|windows|macos]
 *        [--arch A] [--extra NAME]... [--group NAME]... [--offline] [--json]`: the packages
 *        the project resolves to for one target environment, through its indexes.
 *
 * Exit codes: 0 resolved, 1 no solution or the indexes could not be read, 2 bad usage or input.
 */
class ResolveCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ResolveCommand)

public:
    /// \a arguments are the program name, "resolve" and its options. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString summary();
};

} // namespace Akari
