// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>

#include "projectsync.h"

namespace Akari
{

/**
 * \brief ProjectSync::execute()'s work (private to core/install): fetch every changing wheel
 *        into the cache (downloads and unpacking overlap), install in an EnvironmentTransaction,
 *        commit, verify, reporting SyncProgress snapshots throttled to 20 per second.
 */
class SyncExecutor final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SyncExecutor)

public:
    [[nodiscard]] static Result<ProjectSync::Outcome> run(const SyncPlan &plan, const ProjectSync::Settings &settings,
                                                          const std::shared_ptr<SimpleIndexClient> &client,
                                                          JobContext *context);
};

} // namespace Akari
