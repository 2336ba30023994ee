// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pep/supportedtags.h"
#include "core/pep/version.h"
#include "core/resolve/candidateprovider.h"
#include "packsescenario.h"

namespace Akari::Conformance
{

/**
 * \brief Candidates and metadata from a packse scenario, judged for one target Python and
 *        platform the way uv judges index files.
 *
 * A version is usable when a wheel of it fits the target's tags (SupportedTags; a version
 * without `wheel_tags` has one `py3-none-any` wheel) or when it has an sdist. Sdists count as
 * usable here, unlike with real indexes, because a scenario states their metadata statically,
 * so nothing has to be built (uv reads such static metadata too). `no_binary` removes a
 * package's wheels and `no_build` its sdists (Usability::Excluded when that leaves nothing).
 * A version whose requires_python (default ">=3.12") excludes the target Python is
 * IncompatiblePython, with upper bounds ignored as uv does (RequiresPython).
 */
class PackseCandidateProvider final : public CandidateProvider
{
public:
    PackseCandidateProvider(const PackseScenario &scenario, Version python, SupportedTags tags);

    [[nodiscard]] Result<PackageCandidates> candidates(const PackageName &package) override;
    [[nodiscard]] Result<CandidateMetadata> metadata(const PackageName &package, const Candidate &candidate) override;

private:
    [[nodiscard]] Candidate candidateFor(const PackageName &package, const PackseScenario::PackageVersion &entry,
                                         const Version &version) const;

    const PackseScenario &m_scenario;
    Version m_python;
    SupportedTags m_tags;
};

} // namespace Akari::Conformance
