// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsecandidateprovider.h"

#include "core/pep/tag.h"
#include "core/resolve/requirespython.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{
bool listed(const QStringList &names, const PackageName &package)
{
    for (const QString &name : names) {
        if (name == ":all:"_L1 || PackageName::canonicalize(name) == package.canonical())
            return true;
    }
    return false;
}
} // namespace

PackseCandidateProvider::PackseCandidateProvider(const PackseScenario &scenario, Version python, SupportedTags tags)
    : m_scenario(scenario)
    , m_python(std::move(python))
    , m_tags(std::move(tags))
{}

Candidate PackseCandidateProvider::candidateFor(const PackageName &package, const PackseScenario::PackageVersion &entry,
                                                const Version &version) const
{
    Candidate candidate;
    candidate.version = version;
    candidate.yanked = entry.yanked;
    const QStringList tags = entry.wheelTags.isEmpty() ? QStringList{u"py3-none-any"_s} : entry.wheelTags;
    QString bestTag;
    qsizetype bestRank = -1;
    for (const QString &tagText : tags) {
        const Result<QList<Tag>> parsed = Tag::parseSet(tagText);
        if (!parsed)
            continue;
        const std::optional<qsizetype> rank = m_tags.rank(*parsed);
        if (rank && (bestRank < 0 || *rank < bestRank)) {
            bestRank = *rank;
            bestTag = tagText;
        }
    }
    const bool noBinary = listed(m_scenario.noBinary, package);
    const bool noBuild = listed(m_scenario.noBuild, package);
    const bool wheelUsable = entry.wheel && !noBinary && bestRank >= 0;
    const bool sdistUsable = entry.sdist && !noBuild;
    const QString stem = u"%1-%2"_s.arg(package.fileNameForm(), entry.version);
    if (!RequiresPython::admits(entry.requiresPython, m_python)) {
        candidate.usability = Candidate::Usability::IncompatiblePython;
        candidate.detail = entry.requiresPython;
    } else if (wheelUsable) {
        candidate.file.filename = u"%1-%2.whl"_s.arg(stem, bestTag);
    } else if (sdistUsable) {
        candidate.file.filename = u"%1.tar.gz"_s.arg(stem);
    } else if ((entry.sdist && noBuild) || (entry.wheel && bestRank >= 0 && noBinary)) {
        candidate.usability = Candidate::Usability::Excluded;
        candidate.detail = entry.sdist && noBuild ? u"no-build"_s : u"no-binary"_s;
    } else {
        candidate.usability = Candidate::Usability::NoCompatibleWheel;
        candidate.detail = entry.wheel ? tags.join(u", "_s) : u"no files"_s;
    }
    candidate.file.indexName = m_scenario.name;
    return candidate;
}

Result<PackageCandidates> PackseCandidateProvider::candidates(const PackageName &package)
{
    PackageCandidates result;
    result.source = m_scenario.file;
    const QList<PackseScenario::PackageVersion> *versions = m_scenario.versionsOf(package.canonical());
    if (!versions) {
        result.exists = false;
        return result;
    }
    for (const PackseScenario::PackageVersion &entry : *versions) {
        const Result<Version> version = Version::parse(entry.version);
        if (!version) {
            return fail(Error(Error::Code::Parse,
                              u"%1: version \"%2\" of %3: %4"_s.arg(m_scenario.name, entry.version, package.original(),
                                                                    version.error().message()),
                              m_scenario.file));
        }
        result.versions.append(candidateFor(package, entry, *version));
    }
    std::ranges::sort(result.versions, [](const Candidate &a, const Candidate &b) { return a.version > b.version; });
    return result;
}

Result<CandidateMetadata> PackseCandidateProvider::metadata(const PackageName &package, const Candidate &candidate)
{
    const QList<PackseScenario::PackageVersion> *versions = m_scenario.versionsOf(package.canonical());
    if (!versions)
        return fail(Error(Error::Code::NotFound, u"no package %1"_s.arg(package.original()), m_scenario.file));
    for (const PackseScenario::PackageVersion &entry : *versions) {
        if (Version::parse(entry.version).value_or(Version()) != candidate.version)
            continue; // the comparison includes the local label
        CandidateMetadata metadata;
        metadata.requiresPython = entry.requiresPython;
        QList<std::pair<QString, QString>> texts; // requirement text, extra
        for (const QString &text : entry.requirements)
            texts.append({text, QString()});
        for (const auto &[extra, requirements] : entry.extras) {
            metadata.providesExtra.append(PackageName::canonicalize(extra));
            for (const QString &text : requirements)
                texts.append({text, extra});
        }
        for (const auto &[text, extra] : texts) {
            QString full = text;
            if (!extra.isEmpty()) {
                // The extra's requirements as core metadata writes them: `; extra == "name"`.
                const qsizetype semicolon = text.indexOf(u';');
                full = semicolon < 0 ? u"%1 ; extra == \"%2\""_s.arg(text, extra)
                                     : u"%1 ; (%2) and extra == \"%3\""_s.arg(text.left(semicolon),
                                                                              text.mid(semicolon + 1).trimmed(), extra);
            }
            const Result<Requirement> requirement = Requirement::parse(full);
            if (!requirement) {
                return fail(
                    Error(Error::Code::Parse,
                          u"%1: %2 %3 requires \"%4\": %5"_s.arg(m_scenario.name, package.original(), entry.version,
                                                                 text, requirement.error().message()),
                          m_scenario.file));
            }
            metadata.requiresDist.append(*requirement);
        }
        return metadata;
    }
    return fail(Error(Error::Code::NotFound,
                      u"no version %1 of %2"_s.arg(candidate.version.toString(), package.original()), m_scenario.file));
}

} // namespace Akari::Conformance
