// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialsolution.h"

#include <algorithm>
#include <limits>

namespace Akari
{

void PartialSolution::addPackage(int package, int size)
{
    if (package >= int(m_packages.size()))
        m_packages.resize(size_t(package) + 1);
    PackageState &state = m_packages[size_t(package)];
    state.size = size;
    state.accumulated = Term::any(package, size);
}

void PartialSolution::decide(int package, int version)
{
    ++m_level;
    PackageState &state = m_packages[size_t(package)];
    Term term{package, true, VersionSet::single(state.size, version), {}};
    state.accumulated = state.accumulated.intersected(term);
    state.decided = version;
    state.assignments.push_back(int(m_assignments.size()));
    m_assignments.push_back({std::move(term), m_level, -1, version, state.accumulated});
}

void PartialSolution::derive(const Term &term, int cause)
{
    PackageState &state = m_packages[size_t(term.package)];
    state.accumulated = state.accumulated.intersected(term);
    state.assignments.push_back(int(m_assignments.size()));
    m_assignments.push_back({Term{term.package, term.positive, term.set, {}}, m_level, cause, -1, state.accumulated});
}

void PartialSolution::backtrack(int level)
{
    while (!m_assignments.empty() && m_assignments.back().level > level) {
        const int package = m_assignments.back().term.package;
        PackageState &state = m_packages[size_t(package)];
        state.assignments.pop_back();
        if (m_assignments.back().cause < 0)
            state.decided = -1;
        m_assignments.pop_back();
        state.accumulated = state.assignments.empty() ? Term::any(package, state.size)
                                                      : m_assignments[size_t(state.assignments.back())].accumulated;
    }
    m_level = level;
}

int PartialSolution::decisionLevelOf(int package) const
{
    for (const int index : m_packages[size_t(package)].assignments) {
        if (m_assignments[size_t(index)].cause < 0)
            return m_assignments[size_t(index)].level;
    }
    return -1;
}

PartialSolution::Relation PartialSolution::relation(const Incompatibility &incompatibility) const
{
    Relation result{Relation::Kind::Satisfied, -1};
    for (int i = 0; i < incompatibility.terms.size(); ++i) {
        const Term &term = incompatibility.terms.at(i);
        switch (term.relationFrom(accumulated(term.package))) {
        case Term::Relation::Satisfied:
            break;
        case Term::Relation::Contradicted:
            return {Relation::Kind::Contradicted, i};
        case Term::Relation::Inconclusive:
            if (result.term >= 0)
                return {Relation::Kind::Inconclusive, -1};
            result = {Relation::Kind::AlmostSatisfied, i};
            break;
        }
    }
    return result;
}

int PartialSolution::firstSatisfying(const Term &term, const Term *extra, int before) const
{
    if (extra ? extra->isSubsetOf(term) : term.isAlwaysTrue())
        return -1;
    for (const int index : m_packages[size_t(term.package)].assignments) {
        if (index >= before)
            break;
        const Term &accumulated = m_assignments[size_t(index)].accumulated;
        if (extra ? accumulated.intersected(*extra).isSubsetOf(term) : accumulated.isSubsetOf(term))
            return index;
    }
    return std::numeric_limits<int>::max(); // not satisfied (callers only ask for satisfied ones)
}

PartialSolution::Satisfier PartialSolution::satisfier(const Incompatibility &incompatibility) const
{
    Satisfier result;
    std::vector<int> indexes;
    indexes.reserve(size_t(incompatibility.terms.size()));
    for (int i = 0; i < incompatibility.terms.size(); ++i) {
        const Term &term = incompatibility.terms.at(i);
        const int index = firstSatisfying(term, nullptr, std::numeric_limits<int>::max());
        indexes.push_back(index);
        if (index > result.assignment) {
            result.assignment = index;
            result.termIndex = i;
        }
    }
    if (result.termIndex < 0)
        return result;
    int previous = -1;
    for (int i = 0; i < int(indexes.size()); ++i) {
        if (i != result.termIndex)
            previous = std::max(previous, indexes[size_t(i)]);
    }
    // The satisfier's own package may have been partly satisfied by an earlier assignment.
    const Term &term = incompatibility.terms.at(result.termIndex);
    const int own = firstSatisfying(term, &m_assignments[size_t(result.assignment)].term, result.assignment);
    previous = std::max(previous, own);
    result.previousLevel = previous >= 0 ? m_assignments[size_t(previous)].level : 0;
    return result;
}

} // namespace Akari
