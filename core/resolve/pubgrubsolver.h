// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include "../error.h"
#include "incompatibility.h"
#include "partialsolution.h"
#include "resolver.h"
#include "solverpackages.h"

namespace Akari
{

/**
 * \brief PubGrub's main loop over SolverPackages: unit propagation (incompatibilities indexed
 *        by package, contradicted ones skipped until a backtrack), decisions (the undecided
 *        package with the fewest choosable candidates, newest version first), conflict
 *        resolution with learned incompatibilities and backjumping.
 *
 * Like uv, a package whose versions keep being rejected because of one earlier decision is
 * moved ahead of the others and the solver backjumps before that decision (packse's
 * wrong-backtracking scenarios): without it, the solver walks down to very old versions.
 */
class PubGrubSolver final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PubGrubSolver)

public:
    PubGrubSolver(SolverPackages &packages, const Resolver::CancelCheck &isCancelled,
                  const Resolver::ProgressCallback &progress, int maxDecisions);

    /// Runs to a solution or a terminal incompatibility; errors from the provider, cancellation
    /// and the decision guard.
    [[nodiscard]] Result<void> solve();

    [[nodiscard]] bool isSatisfiable() const { return m_failure < 0; }
    /// The terminal incompatibility when unsatisfiable.
    [[nodiscard]] int failure() const { return m_failure; }
    [[nodiscard]] const std::vector<Incompatibility> &incompatibilities() const { return m_incompatibilities; }
    [[nodiscard]] const PartialSolution &solution() const { return m_solution; }
    [[nodiscard]] int decisions() const { return m_decisions; }
    [[nodiscard]] int conflicts() const { return m_conflicts; }

private:
    /// Stores \a incompatibility; \a propagated also indexes it by package for unit propagation.
    int add(Incompatibility incompatibility, bool propagated = true);
    void index(int id);
    int addDependency(int package, int version, const SolverPackages::Dependency &dependency);
    void addUnavailable(int package, const VersionSet &set);
    void syncPackages();
    void backtrack(int level);
    /// Returns false when the problem turned out unsatisfiable.
    [[nodiscard]] bool propagate(int package);
    /// The learned incompatibility to propagate from, or -1 at a terminal failure.
    [[nodiscard]] int resolveConflict(int incompatibility);
    [[nodiscard]] bool isTerminal(const Incompatibility &incompatibility) const;
    [[nodiscard]] int pickPackage() const;
    void noteConflict(int package, int culprit);

    SolverPackages &m_packages;
    const Resolver::CancelCheck &m_isCancelled;
    const Resolver::ProgressCallback &m_progress;
    int m_maxDecisions;

    std::vector<Incompatibility> m_incompatibilities;
    std::vector<std::vector<int>> m_byPackage;
    std::vector<bool> m_superseded;
    std::vector<int> m_contradictedAt;            ///< per incompatibility: level it was found contradicted, -1
    std::vector<int> m_contradictedList;          ///< the ids marked, in marking order (levels ascend)
    QHash<quint64, QList<int>> m_dependencyIndex; ///< (depender, dependency) → incompatibilities
    PartialSolution m_solution;
    std::vector<int> m_conflictCounts;
    std::vector<bool> m_boosted;
    std::vector<int> m_firstSeen;
    int m_failure = -1;
    int m_decisions = 0;
    int m_conflicts = 0;
};

} // namespace Akari
