// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include "../index/indexconfiguration.h"
#include "../index/simpleindexclient.h"
#include "candidateprovider.h"
#include "targetenvironment.h"

namespace Akari
{

/**
 * \brief Candidates from real indexes, by uv's index rules: the package's pinned index, or
 *        the configuration's indexes in order with the configured strategy (first-index: the
 *        first index that has the package, and only its versions).
 *
 * Each version's best file is the wheel with the best tag rank for the target; sdist-only
 * versions are SourceOnly. Metadata comes from SimpleIndexClient::wheelMetadata; prefetch()
 * starts those fetches on a small pool of threads so they overlap with the solver's work, and
 * prefetchCandidates() does the same for the project pages of a version's dependencies.
 * Results are memoised per provider. Use from one thread (the resolver's).
 */
class IndexCandidateProvider final : public CandidateProvider
{
    Q_DECLARE_TR_FUNCTIONS(Akari::IndexCandidateProvider)

public:
    IndexCandidateProvider(std::shared_ptr<SimpleIndexClient> client, IndexConfiguration configuration,
                           TargetEnvironment target, HttpClient::CancelCheck isCancelled = {});
    ~IndexCandidateProvider() override;

    [[nodiscard]] Result<PackageCandidates> candidates(const PackageName &package) override;
    [[nodiscard]] Result<CandidateMetadata> metadata(const PackageName &package, const Candidate &candidate) override;
    void prefetch(const PackageName &package, const QList<Candidate> &likely) override;
    void prefetchCandidates(const QList<PackageName> &packages) override;

    /// Pages and metadata files asked for so far.
    [[nodiscard]] int requestCount() const;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace Akari
