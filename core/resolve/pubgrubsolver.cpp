// SPDX-License-Identifier: GPL-3.0-or-later
#include "pubgrubsolver.h"

#include <algorithm>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// uv's threshold: after this many rejections caused by one decision, decide the rejected package first.
constexpr int ConflictThreshold = 5;

quint64 pairKey(int a, int b)
{
    return (quint64(quint32(a)) << 32) | quint32(b);
}
} // namespace

PubGrubSolver::PubGrubSolver(SolverPackages &packages, const Resolver::CancelCheck &isCancelled,
                             const Resolver::ProgressCallback &progress, int maxDecisions)
    : m_packages(packages)
    , m_isCancelled(isCancelled)
    , m_progress(progress)
    , m_maxDecisions(maxDecisions)
{}

void PubGrubSolver::syncPackages()
{
    const int first = m_solution.packageCount();
    for (int id = first; id < m_packages.count(); ++id) {
        m_solution.addPackage(id, int(m_packages.package(id).candidates.size()));
        m_byPackage.emplace_back();
        m_conflictCounts.push_back(0);
        m_boosted.push_back(false);
    }
    for (int id = std::max(first, 1); id < m_packages.count(); ++id)
        m_packages.prefetch(id);
}

int PubGrubSolver::add(Incompatibility incompatibility, bool propagated)
{
    const int id = int(m_incompatibilities.size());
    m_incompatibilities.push_back(std::move(incompatibility));
    m_superseded.push_back(false);
    m_contradictedAt.push_back(-1);
    if (propagated)
        index(id);
    return id;
}

void PubGrubSolver::index(int id)
{
    for (const Term &term : m_incompatibilities[size_t(id)].terms)
        m_byPackage[size_t(term.package)].push_back(id);
}

int PubGrubSolver::addDependency(int package, int version, const SolverPackages::Dependency &dependency)
{
    // Versions with the same dependency share one incompatibility ("a>=2 depends on b"), as
    // pubgrub merges them: fewer, more general incompatibilities and shorter explanations.
    QList<int> &known = m_dependencyIndex[pairKey(package, dependency.package)];
    for (qsizetype i = 0; i < known.size(); ++i) {
        const Incompatibility &existing = m_incompatibilities[size_t(known.at(i))];
        const Term &dependencyTerm = existing.terms.at(1);
        if (dependencyTerm.set != dependency.set || dependencyTerm.label != dependency.label)
            continue;
        if (existing.terms.at(0).set.contains(version))
            return known.at(i);
        Incompatibility merged = existing;
        merged.terms[0].set.insert(version);
        m_superseded[size_t(known.at(i))] = true;
        const int id = add(std::move(merged));
        known[i] = id;
        return id;
    }
    const int size = int(m_packages.package(package).candidates.size());
    Incompatibility incompatibility;
    incompatibility.kind = Incompatibility::Kind::Dependency;
    incompatibility.terms = {Term{package, true, VersionSet::single(size, version), {}},
                             Term{dependency.package, false, dependency.set, dependency.label}};
    const int id = add(std::move(incompatibility));
    known.append(id);
    return id;
}

void PubGrubSolver::addUnavailable(int package, const VersionSet &set)
{
    // One incompatibility per run of versions blocked for the same reason.
    const SolverPackages::Package &entry = m_packages.package(package);
    const int size = int(entry.candidates.size());
    VersionSet run(size);
    Incompatibility::Reason reason = Incompatibility::Reason::None;
    QString detail;
    auto flush = [&]() {
        if (run.isEmpty())
            return;
        Incompatibility incompatibility;
        incompatibility.kind = Incompatibility::Kind::Unavailable;
        incompatibility.reason = reason;
        incompatibility.detail = detail;
        incompatibility.terms = {Term{package, true, run, {}}};
        add(std::move(incompatibility));
        run = VersionSet(size);
    };
    for (int index = 0; index < size; ++index) {
        if (!set.contains(index))
            continue;
        const Incompatibility::Reason blocked = entry.blocked[size_t(index)];
        const QString blockedDetail = m_packages.detail(package, index);
        if (blocked != reason || blockedDetail != detail)
            flush();
        reason = blocked;
        detail = blockedDetail;
        run.insert(index);
    }
    flush();
}

void PubGrubSolver::backtrack(int level)
{
    m_solution.backtrack(level);
    while (!m_contradictedList.empty() && m_contradictedAt[size_t(m_contradictedList.back())] > level) {
        m_contradictedAt[size_t(m_contradictedList.back())] = -1;
        m_contradictedList.pop_back();
    }
}

bool PubGrubSolver::isTerminal(const Incompatibility &incompatibility) const
{
    int remaining = 0;
    bool projectOnly = true;
    for (const Term &term : incompatibility.terms) {
        if (term.isAlwaysTrue())
            continue;
        ++remaining;
        if (term.package != SolverPackages::Project || !term.positive)
            projectOnly = false;
    }
    return remaining == 0 || (remaining == 1 && projectOnly);
}

bool PubGrubSolver::propagate(int package)
{
    std::vector<int> changed{package};
    while (!changed.empty()) {
        const int current = changed.back();
        changed.pop_back();
        for (qsizetype i = qsizetype(m_byPackage[size_t(current)].size()) - 1; i >= 0; --i) {
            const int id = m_byPackage[size_t(current)][size_t(i)];
            if (m_superseded[size_t(id)] || m_contradictedAt[size_t(id)] >= 0)
                continue;
            const PartialSolution::Relation relation = m_solution.relation(m_incompatibilities[size_t(id)]);
            if (relation.kind == PartialSolution::Relation::Kind::Satisfied) {
                const int learned = resolveConflict(id);
                if (learned < 0)
                    return false;
                changed.clear();
                const PartialSolution::Relation after = m_solution.relation(m_incompatibilities[size_t(learned)]);
                if (after.kind == PartialSolution::Relation::Kind::AlmostSatisfied) {
                    const Term &term = m_incompatibilities[size_t(learned)].terms.at(after.term);
                    m_solution.derive(term.negated(), learned);
                    changed.push_back(term.package);
                }
                break;
            }
            if (relation.kind == PartialSolution::Relation::Kind::AlmostSatisfied) {
                const Term &term = m_incompatibilities[size_t(id)].terms.at(relation.term);
                m_solution.derive(term.negated(), id);
                if (std::ranges::find(changed, term.package) == changed.end())
                    changed.push_back(term.package);
            } else if (relation.kind == PartialSolution::Relation::Kind::Contradicted) {
                m_contradictedAt[size_t(id)] = m_solution.level();
                m_contradictedList.push_back(id);
            }
        }
    }
    return true;
}

int PubGrubSolver::resolveConflict(int incompatibility)
{
    ++m_conflicts;
    int current = incompatibility;
    while (true) {
        const Incompatibility &conflict = m_incompatibilities[size_t(current)];
        if (isTerminal(conflict)) {
            m_failure = current;
            return -1;
        }
        const PartialSolution::Satisfier satisfier = m_solution.satisfier(conflict);
        const PartialSolution::Assignment &assignment = m_solution.assignment(satisfier.assignment);
        if (assignment.cause < 0 || satisfier.previousLevel < assignment.level) {
            backtrack(satisfier.previousLevel);
            if (current != incompatibility)
                index(current); // only the learned one takes part in propagation, as in pubgrub
            return current;
        }
        // Resolve the conflict with the satisfier's cause (the resolution rule).
        const Term &term = conflict.terms.at(satisfier.termIndex);
        const Incompatibility &cause = m_incompatibilities[size_t(assignment.cause)];
        const int satisfied = term.package;
        QList<Term> terms;
        auto merge = [&terms](const Term &next) {
            for (Term &existing : terms) {
                if (existing.package == next.package) {
                    existing = existing.intersected(next);
                    return;
                }
            }
            terms.append(Term{next.package, next.positive, next.set, {}});
        };
        for (const Term &other : conflict.terms) {
            if (other.package != satisfied)
                merge(other);
        }
        for (const Term &other : cause.terms) {
            if (other.package != satisfied)
                merge(other);
        }
        if (!assignment.term.isSubsetOf(term))
            merge(assignment.term.intersected(term.negated()).negated());
        terms.removeIf([](const Term &candidate) { return candidate.isAlwaysTrue(); });
        Incompatibility derived;
        derived.terms = std::move(terms);
        derived.kind = Incompatibility::Kind::Derived;
        derived.cause1 = current;
        derived.cause2 = assignment.cause;
        // The steps in between are kept for the explanation only: indexing them all for
        // propagation made every later propagation walk a dozen redundant incompatibilities.
        current = add(std::move(derived), false);
    }
}

int PubGrubSolver::pickPackage() const
{
    int best = -1;
    std::tuple<bool, int, int> bestKey;
    for (int id = 0; id < m_solution.packageCount(); ++id) {
        const Term &term = m_solution.accumulated(id);
        if (!term.positive || m_solution.isDecided(id))
            continue;
        const int choosable = term.set.intersectionCount(m_packages.package(id).selectable);
        const std::tuple<bool, int, int> key{!m_boosted[size_t(id)], choosable, id};
        if (best < 0 || key < bestKey) {
            best = id;
            bestKey = key;
        }
    }
    return best;
}

void PubGrubSolver::noteConflict(int package, int culprit)
{
    if (culprit < 0 || m_boosted[size_t(package)])
        return;
    if (++m_conflictCounts[size_t(package)] < ConflictThreshold)
        return;
    m_boosted[size_t(package)] = true;
    const int level = m_solution.decisionLevelOf(culprit);
    if (level > 0)
        backtrack(level - 1);
}

Result<void> PubGrubSolver::solve()
{
    syncPackages();
    Incompatibility root;
    root.kind = Incompatibility::Kind::Root;
    root.terms = {Term{SolverPackages::Project, false, VersionSet::full(1), {}}};
    add(std::move(root));
    int next = SolverPackages::Project;
    while (true) {
        if (m_isCancelled && m_isCancelled())
            return fail(Error::cancelled());
        if (!propagate(next))
            return {};
        const int package = pickPackage();
        if (package < 0)
            return {};
        next = package;
        const VersionSet set = m_solution.accumulated(package).set;
        const VersionSet choosable = set.intersected(m_packages.package(package).selectable);
        if (choosable.isEmpty()) {
            addUnavailable(package, set);
            continue;
        }
        int version = choosable.last();
        // An extra's virtual package takes its package's decided version: every other version
        // would only be rejected through `name==version`, one conflict at a time.
        const int base = m_packages.package(package).base;
        if (base != package && m_solution.isDecided(base) && choosable.contains(m_solution.decidedVersion(base)))
            version = m_solution.decidedVersion(base);
        const Result<SolverPackages::Dependencies> dependencies = m_packages.dependencies(package, version);
        if (!dependencies)
            return fail(dependencies.error());
        syncPackages();
        if (!dependencies->incompatiblePython.isEmpty()) {
            Incompatibility python;
            python.kind = Incompatibility::Kind::Unavailable;
            python.reason = Incompatibility::Reason::IncompatiblePython;
            python.detail = dependencies->incompatiblePython;
            python.terms = {Term{package, true, VersionSet::single(set.size(), version), {}}};
            add(std::move(python));
            continue;
        }
        int culprit = -1;
        for (const SolverPackages::Dependency &dependency : dependencies->dependencies) {
            const int id = addDependency(package, version, dependency);
            const Term &dependencyTerm = m_incompatibilities[size_t(id)].terms.at(1);
            if (culprit < 0 && m_solution.accumulated(dependency.package).isSubsetOf(dependencyTerm))
                culprit = dependency.package;
        }
        if (culprit >= 0) {
            // The version's dependencies contradict what is already known: do not decide it,
            // propagation rules it out.
            ++m_conflicts;
            noteConflict(package, culprit);
            continue;
        }
        m_solution.decide(package, version);
        ++m_decisions;
        if (m_progress)
            m_progress(m_decisions, m_packages.displayName(package));
        if (m_decisions > m_maxDecisions)
            return fail(
                Error(Error::Code::Unknown, tr("The resolver gave up after %n decision(s) without finding an answer.",
                                               nullptr, m_maxDecisions)));
    }
}

} // namespace Akari
