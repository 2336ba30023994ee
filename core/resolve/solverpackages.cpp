// SPDX-License-Identifier: GPL-3.0-or-later
#include "solverpackages.h"

#include <algorithm>

#include "candidateprovider.h"
#include "requirespython.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
quint64 cacheKey(int id, int index)
{
    return (quint64(quint32(id)) << 32) | quint32(index);
}

Incompatibility::Reason reasonFor(Candidate::Usability usability)
{
    switch (usability) {
    case Candidate::Usability::Usable:
        return Incompatibility::Reason::None;
    case Candidate::Usability::IncompatiblePython:
        return Incompatibility::Reason::IncompatiblePython;
    case Candidate::Usability::NoCompatibleWheel:
        return Incompatibility::Reason::NoCompatibleWheel;
    case Candidate::Usability::SourceOnly:
        return Incompatibility::Reason::SourceOnly;
    case Candidate::Usability::Excluded:
        return Incompatibility::Reason::Excluded;
    }
    return Incompatibility::Reason::None;
}
} // namespace

SolverPackages::SolverPackages(CandidateProvider &provider, const MarkerEnvironment &target,
                               const Resolver::Options &options, const QList<Requirement> &projectRequirements)
    : m_provider(provider)
    , m_target(target)
    , m_python(Version::parse(target.value(MarkerEnvironment::Variable::PythonFullVersion)).value_or(Version()))
    , m_options(options)
    , m_projectRequirements(projectRequirements)
{
    for (const Requirement &requirement : projectRequirements) {
        if (requirement.specifier().prereleases().value_or(false))
            m_explicitPrereleases.insert(requirement.packageName().canonical());
    }
    Package project;
    project.candidates.append(Candidate{});
    project.blocked.assign(1, Incompatibility::Reason::None);
    project.selectable = VersionSet::full(1);
    m_packages.push_back(std::move(project));
}

QString SolverPackages::displayName(int id) const
{
    const Package &entry = package(id);
    if (id == Project)
        return {};
    return entry.extra.isEmpty() ? entry.name.canonical() : u"%1[%2]"_s.arg(entry.name.canonical(), entry.extra);
}

const Version &SolverPackages::version(int id, int index) const
{
    return package(id).candidates.at(index).version;
}

QString SolverPackages::detail(int id, int index) const
{
    const Candidate &candidate = package(id).candidates.at(index);
    return candidate.yanked && candidate.isUsable() ? candidate.yankedReason : candidate.detail;
}

Result<int> SolverPackages::packageId(const PackageName &name, const QString &extra)
{
    const QString key = extra.isEmpty() ? name.canonical() : u"%1[%2]"_s.arg(name.canonical(), extra);
    if (const auto found = m_ids.constFind(key); found != m_ids.constEnd())
        return *found;
    if (!extra.isEmpty()) {
        const Result<int> base = packageId(name, {});
        if (!base)
            return fail(base.error());
        Package virtualPackage = package(*base);
        virtualPackage.extra = extra;
        const int id = count();
        m_packages.push_back(std::move(virtualPackage));
        m_ids.insert(key, id);
        return id;
    }
    Result<PackageCandidates> listed = m_provider.candidates(name);
    if (!listed)
        return fail(listed.error());
    Package entry;
    entry.name = name;
    entry.exists = listed->exists;
    entry.candidates = listed->versions;
    std::ranges::stable_sort(entry.candidates,
                             [](const Candidate &a, const Candidate &b) { return a.version < b.version; });
    const int id = count();
    entry.base = id;
    computeBlocked(entry);
    m_packages.push_back(std::move(entry));
    m_ids.insert(key, id);
    return id;
}

void SolverPackages::computeBlocked(Package &entry) const
{
    const QString canonical = entry.name.canonical();
    bool prereleasesAllowed = false;
    switch (m_options.prereleases) {
    case Resolver::Options::Prereleases::Allow:
        prereleasesAllowed = true;
        break;
    case Resolver::Options::Prereleases::Disallow:
        break;
    case Resolver::Options::Prereleases::IfNecessaryOrExplicit:
        prereleasesAllowed =
            m_explicitPrereleases.contains(canonical) ||
            (!entry.candidates.isEmpty() && std::ranges::all_of(entry.candidates, [](const Candidate &candidate) {
                return candidate.version.isPrerelease();
            }));
        break;
    }
    const int size = int(entry.candidates.size());
    entry.blocked.assign(size_t(size), Incompatibility::Reason::None);
    entry.selectable = VersionSet(size);
    for (int i = 0; i < size; ++i) {
        const Candidate &candidate = entry.candidates.at(i);
        Incompatibility::Reason reason = reasonFor(candidate.usability);
        if (reason == Incompatibility::Reason::None && candidate.yanked && !yankAllowed(canonical, candidate.version))
            reason = Incompatibility::Reason::Yanked;
        if (reason == Incompatibility::Reason::None && candidate.version.isPrerelease() && !prereleasesAllowed)
            reason = Incompatibility::Reason::Prerelease;
        entry.blocked[size_t(i)] = reason;
        if (reason == Incompatibility::Reason::None)
            entry.selectable.insert(i);
    }
}

bool SolverPackages::yankAllowed(const QString &canonical, const Version &version) const
{
    // uv's rule: a yanked version is used only when the project pins it with `==`.
    for (const Requirement &requirement : m_projectRequirements) {
        if (requirement.packageName().canonical() != canonical)
            continue;
        for (const Specifier &clause : requirement.specifier()) {
            const bool exact = (clause.op() == Specifier::Operator::Equal && !clause.isWildcard()) ||
                               clause.op() == Specifier::Operator::Arbitrary;
            if (exact && clause.contains(version, true))
                return true;
        }
    }
    return false;
}

VersionSet SolverPackages::setFor(int id, const SpecifierSet &specifier)
{
    const int base = package(id).base;
    QHash<SpecifierSet, VersionSet> &cache = m_setCache[base];
    if (const auto found = cache.constFind(specifier); found != cache.constEnd())
        return *found;
    const QList<Candidate> &candidates = package(base).candidates;
    VersionSet set(int(candidates.size()));
    for (int i = 0; i < candidates.size(); ++i) {
        // Pre-releases are a policy of the package (blocked candidates), not of the specifier.
        if (specifier.isEmpty() || specifier.contains(candidates.at(i).version, true))
            set.insert(i);
    }
    cache.insert(specifier, set);
    return set;
}

Result<QList<SolverPackages::Dependency>> SolverPackages::fromRequirements(int depender,
                                                                           const QList<Requirement> &requirements,
                                                                           const QString &extra, QStringList &names)
{
    MarkerEnvironment withExtra = m_target;
    withExtra.setExtra(extra);
    // The real package's own dependencies are those that apply with no extra at all.
    MarkerEnvironment withoutExtra = m_target;
    withoutExtra.setExtra({});
    const QString dependerName = depender == Project ? QString() : package(depender).name.canonical();
    QList<Dependency> result;
    QHash<int, qsizetype> positions;
    auto add = [&](int id, const VersionSet &set, const QString &label) {
        if (const auto found = positions.constFind(id); found != positions.constEnd()) {
            Dependency &existing = result[*found];
            existing.set = existing.set.intersected(set);
            if (!label.isEmpty())
                existing.label = existing.label.isEmpty() ? label : u"%1,%2"_s.arg(existing.label, label);
            return;
        }
        positions.insert(id, result.size());
        result.append({id, set, label});
    };
    QList<const Requirement *> applicable;
    QList<PackageName> unknown;
    for (const Requirement &requirement : requirements) {
        // A marker that cannot be evaluated (packaging would raise) does not apply.
        if (!requirement.appliesTo(withExtra).value_or(false))
            continue;
        if (!extra.isEmpty() && requirement.appliesTo(withoutExtra).value_or(true))
            continue; // the real package's own dependency, not the extra's
        if (requirement.packageName().canonical() == dependerName && requirement.extras().isEmpty())
            continue; // a package needing itself adds nothing
        applicable.append(&requirement);
        if (!m_ids.contains(requirement.packageName().canonical()) && !unknown.contains(requirement.packageName()))
            unknown.append(requirement.packageName());
    }
    // Their pages are read one by one below: let the provider fetch them all at once first.
    if (unknown.size() > 1)
        m_provider.prefetchCandidates(unknown);
    for (const Requirement *each : std::as_const(applicable)) {
        const Requirement &requirement = *each;
        const QString canonical = requirement.packageName().canonical();
        const Result<int> id = packageId(requirement.packageName(), {});
        if (!id)
            return fail(id.error());
        const VersionSet set = setFor(*id, requirement.specifier());
        const QString label = requirement.specifier().toString();
        if (canonical != dependerName)
            add(*id, set, label);
        for (const QString &extraName : requirement.extras()) {
            const Result<int> virtualId = packageId(requirement.packageName(), PackageName::canonicalize(extraName));
            if (!virtualId)
                return fail(virtualId.error());
            add(*virtualId, set, label);
        }
        if (depender == Project)
            m_direct.insert(*id);
        if (canonical != dependerName)
            names.append(canonical);
    }
    names.removeDuplicates();
    return result;
}

Result<SolverPackages::Dependencies> SolverPackages::dependencies(int id, int index)
{
    const quint64 key = cacheKey(id, index);
    if (const auto found = m_dependencyCache.constFind(key); found != m_dependencyCache.constEnd())
        return *found;
    Dependencies result;
    QStringList names;
    if (id == Project) {
        Result<QList<Dependency>> list = fromRequirements(Project, m_projectRequirements, {}, names);
        if (!list)
            return fail(list.error());
        result.dependencies = std::move(*list);
    } else {
        const Package &entry = package(id);
        const int base = entry.base;
        const QString extra = entry.extra;
        const PackageName name = entry.name;
        const Candidate candidate = entry.candidates.at(index);
        Result<CandidateMetadata> metadata = m_provider.metadata(name, candidate);
        if (!metadata)
            return fail(metadata.error());
        if (!metadata->requiresPython.isEmpty() && !RequiresPython::admits(metadata->requiresPython, m_python)) {
            result.incompatiblePython = metadata->requiresPython;
        } else {
            if (!extra.isEmpty()) {
                result.dependencies.append({base, VersionSet::single(int(entry.candidates.size()), index),
                                            u"==%1"_s.arg(candidate.version.toString())});
            }
            Result<QList<Dependency>> list = fromRequirements(id, metadata->requiresDist, extra, names);
            if (!list)
                return fail(list.error());
            result.dependencies.append(std::move(*list));
        }
    }
    m_dependencyNames.insert(key, names);
    m_dependencyCache.insert(key, result);
    return result;
}

QStringList SolverPackages::dependencyNames(int id, int index) const
{
    return m_dependencyNames.value(cacheKey(id, index));
}

void SolverPackages::prefetch(int id)
{
    const Package &entry = package(id);
    if (id == Project || !entry.extra.isEmpty())
        return;
    // Only the newest selectable version, the one the solver tries first: a second
    // guess cost a third more requests on a plain resolve, and backtracking is rare.
    const int newest = entry.selectable.last();
    if (newest >= 0)
        m_provider.prefetch(entry.name, {entry.candidates.at(newest)});
}

} // namespace Akari
