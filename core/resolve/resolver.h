// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include "../error.h"
#include "../pep/markerenvironment.h"
#include "../pep/requirement.h"
#include "resolution.h"

namespace Akari
{

class CandidateProvider;

/**
 * \brief A PubGrub resolver for one target environment (Natalie Weizenbaum's algorithm as
 *        uv and Dart's pub use it: unit propagation, conflict resolution with learned
 *        incompatibilities, backjumping), over the finite sets of versions the provider lists.
 *
 * - Markers of requirements are evaluated against the target's MarkerEnvironment (with
 *   `extra` set per extra); extras are modelled as virtual packages `name[extra]` that depend
 *   on `name` at the same version.
 * - Pre-releases as uv's default `if-necessary-or-explicit`: a package's pre-releases are
 *   considered when a requirement of the project names a pre-release in its specifier, or when
 *   every version of it is a pre-release; Options::prereleases = Allow considers them always.
 * - Yanked versions are used only when a requirement pins them exactly (`==`).
 * - PEP 440 local versions: `torch==2.8.0` matches `2.8.0+cu128` (the specifier rules).
 * - Requires-Python of the metadata (besides the index's) is checked against the target.
 *
 * When no solution exists, Resolution::explanation walks the derivation of the final
 * incompatibility in human words (translated), e.g. "Because every version of b depends on
 * a==1.0.0 and a==1.0.0 depends on c, which does not exist, b cannot be used. And because
 * the project depends on b, no solution exists."
 */
class Resolver final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Resolver)

public:
    struct Options
    {
        enum class Prereleases : quint8
        {
            IfNecessaryOrExplicit,
            Allow,
            Disallow,
        };
        Prereleases prereleases = Prereleases::IfNecessaryOrExplicit;
        /// Stop with an error after this many decisions (a guard against pathological inputs).
        int maxDecisions = 200000;
        /// The project's own Requires-Python; checked against the target first (empty: none).
        QString projectRequiresPython;
    };

    /// Polled between steps; true cancels (Error::cancelled()).
    using CancelCheck = std::function<bool()>;
    /// Progress: packages decided so far, and the package being looked at.
    using ProgressCallback = std::function<void(int decided, const QString &package)>;

    Resolver(CandidateProvider &provider, MarkerEnvironment target, Options options);

    /**
     * \brief Resolves \a requirements (the project's, markers not yet evaluated).
     *
     * Errors only for failures of the provider, cancellation, or the decision guard; an
     * unsatisfiable request is a Resolution with satisfiable = false.
     */
    [[nodiscard]] Result<Resolution> resolve(const QList<Requirement> &requirements,
                                             const CancelCheck &isCancelled = {},
                                             const ProgressCallback &progress = {});

private:
    CandidateProvider &m_provider;
    MarkerEnvironment m_target;
    Options m_options;
};

} // namespace Akari
