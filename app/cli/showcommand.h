// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

/**
 * \brief `akari-cli show [PROJECT] [--json]`: the project's PyTorch plan, what a plan cannot
 *        express, and uv's rules it breaks.
 */
class ShowCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ShowCommand)

public:
    /// \a arguments are the program name, "show" and its options. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString summary();
};

} // namespace Akari
