// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "versionset.h"

namespace Akari
{

/**
 * \brief A PubGrub term: "package P is selected at a version in S" (positive) or "P is not
 *        selected at a version in S" (negative, also true when P is not selected at all).
 *
 * \a label keeps the specifier text a term was made from (`>=2,<3`) so explanations can
 * quote the requirement even when no listed candidate matches it; derived terms drop it.
 */
struct Term
{
    enum class Relation : quint8
    {
        Satisfied,
        Contradicted,
        Inconclusive,
    };

    int package = -1;
    bool positive = true;
    VersionSet set;
    QString label;

    [[nodiscard]] static Term any(int package, int size) { return {package, false, VersionSet(size), {}}; }

    /// The negation (same package).
    [[nodiscard]] Term negated() const { return {package, !positive, set, {}}; }
    [[nodiscard]] Term intersected(const Term &other) const;
    [[nodiscard]] Term united(const Term &other) const;
    /// Whether every assignment this term allows is allowed by \a other.
    [[nodiscard]] bool isSubsetOf(const Term &other) const;
    [[nodiscard]] bool isDisjointFrom(const Term &other) const;
    /// How \a accumulated (what the partial solution knows of the package) relates to this term.
    [[nodiscard]] Relation relationFrom(const Term &accumulated) const;
    /// A negative term over the empty set: always true, it constrains nothing.
    [[nodiscard]] bool isAlwaysTrue() const { return !positive && set.isEmpty(); }
    /// A positive term over the empty set: never true.
    [[nodiscard]] bool isNeverTrue() const { return positive && set.isEmpty(); }
};

} // namespace Akari
