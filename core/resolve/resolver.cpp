// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolver.h"

#include <algorithm>

#include <QHash>

#include "pubgrubsolver.h"
#include "resolutionexplainer.h"
#include "solverpackages.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

Resolver::Resolver(CandidateProvider &provider, MarkerEnvironment target, Options options)
    : m_provider(provider)
    , m_target(std::move(target))
    , m_options(std::move(options))
{}

Result<Resolution> Resolver::resolve(const QList<Requirement> &requirements, const CancelCheck &isCancelled,
                                     const ProgressCallback &progress)
{
    Resolution resolution;
    const QString pythonText = m_target.value(MarkerEnvironment::Variable::PythonFullVersion);
    const Version python = Version::parse(pythonText).value_or(Version());
    if (!m_options.projectRequiresPython.trimmed().isEmpty()) {
        const Result<SpecifierSet> projectPython = SpecifierSet::parse(m_options.projectRequiresPython);
        if (!projectPython) {
            return fail(
                Error(Error::Code::Parse, tr("The project's requires-python \"%1\" is not valid: %2")
                                              .arg(m_options.projectRequiresPython, projectPython.error().message())));
        }
        // The project's own bound is checked whole (the user wrote it for this project), against
        // the release only, as uv does: a 3.14 release candidate is a Python 3.14.
        const Version release = Version::parse(python.baseVersion()).value_or(python);
        if (!projectPython->contains(release, true)) {
            resolution.explanation =
                tr("Because the project requires Python %1 and the target is Python %2, no solution exists.")
                    .arg(projectPython->toString(), pythonText);
            return resolution;
        }
    }

    SolverPackages packages(m_provider, m_target, m_options, requirements);
    PubGrubSolver solver(packages, isCancelled, progress, m_options.maxDecisions);
    if (const Result<void> solved = solver.solve(); !solved)
        return fail(solved.error());
    resolution.decisions = solver.decisions();
    resolution.conflicts = solver.conflicts();
    if (!solver.isSatisfiable()) {
        ResolutionExplainer explainer(packages, solver.incompatibilities(), python);
        resolution.explanation = explainer.explain(solver.failure());
        resolution.conflictingPackages = explainer.packagesInvolved();
        return resolution;
    }

    resolution.satisfiable = true;
    const PartialSolution &solution = solver.solution();
    QHash<int, qsizetype> positions; // real package id → index in resolution.packages
    for (int id = 1; id < packages.count(); ++id) {
        const SolverPackages::Package &entry = packages.package(id);
        const int index = solution.decidedVersion(id);
        if (index < 0 || !entry.extra.isEmpty())
            continue;
        const Candidate &candidate = entry.candidates.at(index);
        ResolvedPackage resolved;
        resolved.name = entry.name;
        resolved.version = candidate.version;
        resolved.file = candidate.file;
        resolved.dependencies = packages.dependencyNames(id, index);
        resolved.direct = packages.isDirect(id);
        positions.insert(id, resolution.packages.size());
        resolution.packages.append(resolved);
    }
    for (int id = 1; id < packages.count(); ++id) {
        const SolverPackages::Package &entry = packages.package(id);
        const int index = solution.decidedVersion(id);
        if (index < 0 || entry.extra.isEmpty() || !positions.contains(entry.base))
            continue;
        ResolvedPackage &resolved = resolution.packages[positions.value(entry.base)];
        resolved.extras.append(entry.extra);
        resolved.dependencies.append(packages.dependencyNames(id, index));
    }
    for (ResolvedPackage &resolved : resolution.packages) {
        std::ranges::sort(resolved.extras);
        resolved.dependencies.removeAll(resolved.name.canonical());
        resolved.dependencies.removeDuplicates();
        std::ranges::sort(resolved.dependencies);
    }
    std::ranges::sort(resolution.packages, [](const ResolvedPackage &a, const ResolvedPackage &b) {
        return a.name.canonical() < b.name.canonical();
    });
    return resolution;
}

} // namespace Akari
