// SPDX-License-Identifier: GPL-3.0-or-later
// The resolver tests' in-memory package index and checks on resolutions (tst_resolver, tst_resolverrandom).
#pragma once

#include <algorithm>

#include <QHash>
#include <QStringList>

#include "core/resolve/candidateprovider.h"
#include "core/resolve/resolver.h"

namespace Akari::Test
{

using namespace Qt::Literals::StringLiterals;

/**
 * Packages from lines "name version [flags] : requirement | requirement ...". Flags:
 * `yanked`, `python=<spec>` (the index's requires-python: the candidate is IncompatiblePython
 * when the target is outside), `meta-python=<spec>` (only the metadata says it),
 * `nowheel` (NoCompatibleWheel).
 */
class MemoryProvider final : public CandidateProvider
{
public:
    MemoryProvider(const QStringList &lines, const Version &python)
    {
        for (const QString &line : lines) {
            const QString head = line.section(u':', 0, 0).trimmed();
            const QString tail = line.section(u':', 1).trimmed();
            const QStringList words = head.split(u' ', Qt::SkipEmptyParts);
            Entry entry;
            entry.candidate.version = Version::parse(words.at(1)).value();
            entry.candidate.file.filename = u"%1-%2-py3-none-any.whl"_s.arg(words.at(0), words.at(1));
            for (const QString &flag : words.mid(2)) {
                if (flag == "yanked"_L1) {
                    entry.candidate.yanked = true;
                } else if (flag == "nowheel"_L1) {
                    entry.candidate.usability = Candidate::Usability::NoCompatibleWheel;
                } else if (flag.startsWith("python="_L1)) {
                    entry.metadata.requiresPython = flag.mid(7);
                    if (!SpecifierSet::parse(flag.mid(7)).value().contains(python, true)) {
                        entry.candidate.usability = Candidate::Usability::IncompatiblePython;
                        entry.candidate.detail = flag.mid(7);
                    }
                } else if (flag.startsWith("meta-python="_L1)) {
                    entry.metadata.requiresPython = flag.mid(12);
                }
            }
            for (const QString &text : tail.split(u'|', Qt::SkipEmptyParts))
                entry.metadata.requiresDist.append(Requirement::parse(text.trimmed()).value());
            m_packages[PackageName::canonicalize(words.at(0))].prepend(entry);
        }
    }

    Result<PackageCandidates> candidates(const PackageName &package) override
    {
        ++candidateCalls;
        PackageCandidates result;
        const auto found = m_packages.constFind(package.canonical());
        result.exists = found != m_packages.constEnd();
        if (result.exists) {
            for (const Entry &entry : *found)
                result.versions.append(entry.candidate);
            std::ranges::sort(result.versions,
                              [](const Candidate &a, const Candidate &b) { return a.version > b.version; });
        }
        return result;
    }

    Result<CandidateMetadata> metadata(const PackageName &package, const Candidate &candidate) override
    {
        ++metadataCalls;
        const auto found = m_packages.constFind(package.canonical());
        if (found == m_packages.constEnd())
            return fail(Error(Error::Code::NotFound, u"no package"_s));
        for (const Entry &entry : *found) {
            if (entry.candidate.version == candidate.version)
                return entry.metadata;
        }
        return fail(Error(Error::Code::NotFound, u"no metadata"_s));
    }

    int candidateCalls = 0;
    int metadataCalls = 0;

private:
    struct Entry
    {
        Candidate candidate;
        CandidateMetadata metadata;
    };
    QHash<QString, QList<Entry>> m_packages;
};

inline QList<Requirement> parseAll(const QStringList &texts)
{
    QList<Requirement> requirements;
    for (const QString &text : texts)
        requirements.append(Requirement::parse(text).value());
    return requirements;
}

inline QString pins(const Resolution &resolution)
{
    QStringList parts;
    for (const ResolvedPackage &package : resolution.packages)
        parts.append(u"%1==%2"_s.arg(package.name.canonical(), package.version.toString()));
    return parts.join(u' ');
}

/// What a satisfiable resolution gets wrong, checked against the provider's own data: a
/// requirement (the project's or a resolved package's, markers applied) that no resolved
/// version meets. Empty when the resolution is a real solution.
inline QStringList violations(CandidateProvider &provider, const MarkerEnvironment &environment,
                              const QList<Requirement> &requirements, const Resolution &resolution)
{
    QHash<QString, const ResolvedPackage *> byName;
    for (const ResolvedPackage &package : resolution.packages)
        byName.insert(package.name.canonical(), &package);
    QStringList problems;
    auto check = [&](const QString &who, const Requirement &requirement, const QString &extra) {
        MarkerEnvironment withExtra = environment;
        withExtra.setExtra(extra);
        if (!requirement.appliesTo(withExtra).value_or(false))
            return;
        const ResolvedPackage *found = byName.value(requirement.packageName().canonical());
        if (!found || !requirement.specifier().contains(found->version, true)) {
            problems.append(u"%1 needs %2, got %3"_s.arg(who, requirement.toString(),
                                                         found ? found->version.toString() : u"nothing"_s));
        }
    };
    for (const Requirement &requirement : requirements)
        check(u"project"_s, requirement, {});
    for (const ResolvedPackage &package : resolution.packages) {
        Candidate candidate;
        candidate.version = package.version;
        const Result<CandidateMetadata> metadata = provider.metadata(package.name, candidate);
        if (!metadata) {
            problems.append(metadata.error().toString());
            continue;
        }
        const QString who = u"%1 %2"_s.arg(package.name.canonical(), package.version.toString());
        for (const Requirement &requirement : metadata->requiresDist) {
            check(who, requirement, {});
            for (const QString &extra : package.extras)
                check(who, requirement, extra);
        }
    }
    return problems;
}

inline MarkerEnvironment target(const QString &platform, const QString &python)
{
    const MarkerEnvironment::TargetPlatform os = platform == "windows"_L1 ? MarkerEnvironment::TargetPlatform::Windows
                                                                          : MarkerEnvironment::TargetPlatform::Linux;
    return MarkerEnvironment::forTarget(os, Version::parse(python).value());
}

} // namespace Akari::Test
