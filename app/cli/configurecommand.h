// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "core/error.h"

namespace Akari
{

/**
 * \brief `akari-cli configure [PROJECT] --backend … | --variants … [--packages …] [--dry-run | --diff]`.
 *
 * Builds a plan (PlanBuilder), writes it with TorchPlanWriter and saves through
 * PyProjectFile (atomic, with a backup). `--backend auto` asks the Advisor for this
 * machine's recommendation.
 */
class ConfigureCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ConfigureCommand)

public:
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString summary();

private:
    /// Replaces "auto" in backend specs with this machine's recommended backend.
    [[nodiscard]] static Result<QStringList> resolveAuto(const QStringList &specs);
};

} // namespace Akari
