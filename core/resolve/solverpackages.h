// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include "../error.h"
#include "../pep/markerenvironment.h"
#include "../pep/requirement.h"
#include "candidate.h"
#include "incompatibility.h"
#include "resolver.h"
#include "versionset.h"

namespace Akari
{

class CandidateProvider;

/**
 * \brief The solver's packages: the project (id 0), real packages and their `name[extra]`
 *        virtual packages, each with its candidates oldest first (the VersionSet domain),
 *        which candidates may be chosen and why not, and their dependencies as version sets.
 *
 * Talks to the CandidateProvider: candidates when a package is first named, metadata when
 * a version's dependencies are first asked for; both are memoised. Specifier → set
 * conversions are cached per package.
 */
class SolverPackages final
{
public:
    static constexpr int Project = 0;

    struct Package
    {
        PackageName name;   ///< the real package (empty for the project)
        QString extra;      ///< normalised; empty for real packages
        int base = Project; ///< the real package's id (itself for real packages)
        bool exists = true;
        QList<Candidate> candidates;                  ///< oldest first (shared with the base)
        std::vector<Incompatibility::Reason> blocked; ///< why each candidate cannot be chosen
        VersionSet selectable;                        ///< candidates with no reason against them
    };

    struct Dependency
    {
        int package = -1;
        VersionSet set;
        QString label; ///< the specifier text(s), for explanations
    };

    /// What choosing a version brings.
    struct Dependencies
    {
        QList<Dependency> dependencies;
        QString incompatiblePython; ///< the metadata's Requires-Python when it excludes the target
    };

    SolverPackages(CandidateProvider &provider, const MarkerEnvironment &target, const Resolver::Options &options,
                   const QList<Requirement> &projectRequirements);

    [[nodiscard]] int count() const { return int(m_packages.size()); }
    [[nodiscard]] const Package &package(int id) const { return m_packages[size_t(id)]; }
    /// "a", "a[extra]"; empty for the project.
    [[nodiscard]] QString displayName(int id) const;
    [[nodiscard]] const Version &version(int id, int index) const;
    /// The detail the provider gave for an unusable candidate (a specifier, tags...).
    [[nodiscard]] QString detail(int id, int index) const;

    /// The package's dependencies at candidate \a index (the project: its requirements).
    [[nodiscard]] Result<Dependencies> dependencies(int id, int index);
    /// The base package's direct dependency names at \a index (markers applied), for the result.
    [[nodiscard]] QStringList dependencyNames(int id, int index) const;
    /// Whether the project requires the real package \a id directly.
    [[nodiscard]] bool isDirect(int id) const { return m_direct.contains(id); }
    /// Asks the provider to prefetch the likely choice of \a id.
    void prefetch(int id);

private:
    [[nodiscard]] Result<int> packageId(const PackageName &name, const QString &extra);
    [[nodiscard]] VersionSet setFor(int id, const SpecifierSet &specifier);
    [[nodiscard]] Result<QList<Dependency>> fromRequirements(int depender, const QList<Requirement> &requirements,
                                                             const QString &extra, QStringList &names);
    void computeBlocked(Package &package) const;
    [[nodiscard]] bool yankAllowed(const QString &canonical, const Version &version) const;

    CandidateProvider &m_provider;
    MarkerEnvironment m_target;
    Version m_python;
    Resolver::Options m_options;
    QList<Requirement> m_projectRequirements;
    QSet<QString> m_explicitPrereleases; ///< packages whose project requirement names a pre-release
    std::vector<Package> m_packages;
    QHash<QString, int> m_ids;                              ///< "name" or "name[extra]" → id
    QHash<int, QHash<SpecifierSet, VersionSet>> m_setCache; ///< per real package
    QHash<quint64, Dependencies> m_dependencyCache;
    QHash<quint64, QStringList> m_dependencyNames;
    QSet<int> m_direct;
};

} // namespace Akari
