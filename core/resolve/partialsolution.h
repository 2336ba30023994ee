// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include "incompatibility.h"

namespace Akari
{

/**
 * \brief PubGrub's partial solution: the ordered decisions and derivations so far, with the
 *        intersection of each package's assignments kept up to date.
 *
 * Decision levels: derivations before any decision are level 0, the project's decision
 * opens level 1.
 */
class PartialSolution final
{
public:
    struct Assignment
    {
        Term term;
        int level = 0;
        int cause = -1;   ///< the incompatibility it was derived from; -1 for a decision
        int version = -1; ///< the decided candidate, for decisions
        /// The package's assignments up to and including this one, intersected: kept so the
        /// satisfier search scans instead of re-intersecting (as pubgrub's dated derivations do).
        Term accumulated;
    };

    /// Where an incompatibility stands against the partial solution.
    struct Relation
    {
        enum class Kind : quint8
        {
            Satisfied,
            Contradicted,
            AlmostSatisfied, ///< all terms but `term` are satisfied, that one is inconclusive
            Inconclusive,
        };
        Kind kind = Kind::Inconclusive;
        int term = -1;
    };

    /// The assignment that made an incompatibility satisfied, and where to backjump.
    struct Satisfier
    {
        int assignment = -1;
        int termIndex = -1;
        int previousLevel = 0;
    };

    /// Makes room for \a package (ids are dense) with \a size candidates.
    void addPackage(int package, int size);

    void decide(int package, int version);
    void derive(const Term &term, int cause);
    void backtrack(int level);

    [[nodiscard]] int level() const { return m_level; }
    [[nodiscard]] const Assignment &assignment(int index) const { return m_assignments[size_t(index)]; }
    /// Everything known of \a package: the intersection of its assignments ("any" when none).
    [[nodiscard]] const Term &accumulated(int package) const { return m_packages[size_t(package)].accumulated; }
    [[nodiscard]] bool isDecided(int package) const { return m_packages[size_t(package)].decided >= 0; }
    [[nodiscard]] int decidedVersion(int package) const { return m_packages[size_t(package)].decided; }
    [[nodiscard]] int packageCount() const { return int(m_packages.size()); }
    /// How many decisions the current level stack holds.
    [[nodiscard]] int decisionLevelOf(int package) const;

    [[nodiscard]] Relation relation(const Incompatibility &incompatibility) const;
    /// For a satisfied \a incompatibility: its satisfier and the previous satisfier's level.
    [[nodiscard]] Satisfier satisfier(const Incompatibility &incompatibility) const;

private:
    struct PackageState
    {
        int size = 0;
        std::vector<int> assignments;
        Term accumulated;
        int decided = -1;
    };

    // The index of the first assignment of the term's package (below \a before) after which
    // the package's intersection, with \a extra when given, satisfies \a term; -1 when nothing
    // (or \a extra alone) does already.
    [[nodiscard]] int firstSatisfying(const Term &term, const Term *extra, int before) const;

    std::vector<Assignment> m_assignments;
    std::vector<PackageState> m_packages;
    int m_level = 0;
};

} // namespace Akari
