// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include "../pep/version.h"
#include "incompatibility.h"
#include "solverpackages.h"

namespace Akari
{

/**
 * \brief Puts the derivation of a terminal incompatibility into words, the way pubgrub's
 *        DefaultStringReporter walks it: external facts first, derived ones numbered "(1)"
 *        when the tree uses them more than once, one translated sentence per line.
 *
 * Version sets print in PEP 440 form: the requirement's own text where the term came from
 * one, else runs of the listed candidates (`==1.0.0`, `>=2.0.0`, `>=1.0.0,<=1.2.0`, joined
 * by ` | `), or the bare name for every version.
 */
class ResolutionExplainer final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ResolutionExplainer)

public:
    ResolutionExplainer(const SolverPackages &packages, const std::vector<Incompatibility> &incompatibilities,
                        Version python);

    /// The explanation of \a failure, lines separated by "\n".
    [[nodiscard]] QString explain(int failure);
    /// The normalised names of the real packages the explanation is about, sorted.
    [[nodiscard]] QStringList packagesInvolved() const;

private:
    void countReferences(int id);
    void buildRecursive(int id);
    void buildHelper(int id);
    void reportOneEach(int derived, int external, int current);
    void addLineReference();
    [[nodiscard]] int lineReference(int id) const;
    [[nodiscard]] bool isExternal(int id) const;

    [[nodiscard]] QString setText(int package, const VersionSet &set, const QString &label) const;
    [[nodiscard]] QString termText(const Term &term) const;
    /// "P depends on Q" for a positive \a depender and a \a dependency term; \a withAvailability
    /// adds "which does not exist" / "for which there is no version" where that applies.
    [[nodiscard]] QString dependsText(const Term &depender, const Term &dependency, bool withAvailability) const;
    [[nodiscard]] QString externalText(int id) const;
    [[nodiscard]] QString unavailableText(const Incompatibility &incompatibility) const;
    [[nodiscard]] QString conclusionText(int id) const;

    const SolverPackages &m_packages;
    const std::vector<Incompatibility> &m_incompatibilities;
    Version m_python;
    QHash<int, int> m_references;
    QHash<int, int> m_lineReferences;
    QStringList m_lines;
    int m_lineCount = 0;
    QSet<int> m_involved;
};

} // namespace Akari
