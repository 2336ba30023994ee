// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../error.h"
#include "../pep/packagename.h"
#include "candidate.h"

namespace Akari
{

/**
 * \brief Where the Resolver gets versions and dependencies from: package indexes
 *        (IndexCandidateProvider) or an in-memory scenario (the packse conformance runner).
 *
 * Called from the resolver's thread only. Errors (network, parse) abort the resolution and
 * are passed on as they are; "no such package" is PackageCandidates::exists = false, not an error.
 */
class CandidateProvider
{
public:
    virtual ~CandidateProvider() = default;

    [[nodiscard]] virtual Result<PackageCandidates> candidates(const PackageName &package) = 0;

    [[nodiscard]] virtual Result<CandidateMetadata> metadata(const PackageName &package,
                                                             const Candidate &candidate) = 0;

    /// A hint that metadata() will probably be asked for these soon (the solver's next likely
    /// choices); network providers start fetching them in parallel. Default: nothing.
    virtual void prefetch(const PackageName &package, const QList<Candidate> &likely)
    {
        Q_UNUSED(package)
        Q_UNUSED(likely)
    }

    /// A hint that candidates() will be asked for each of \a packages next (the dependencies of
    /// a version just read); network providers start fetching their pages in parallel.
    /// Default: nothing.
    virtual void prefetchCandidates(const QList<PackageName> &packages) { Q_UNUSED(packages) }
};

} // namespace Akari
