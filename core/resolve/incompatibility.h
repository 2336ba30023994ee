// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "term.h"

namespace Akari
{

/**
 * \brief A set of terms that must not all be true, and why (PubGrub's incompatibility).
 *
 * External causes come from the problem (the project must be selected, a version is
 * unavailable, a version depends on something); derived ones from conflict resolution,
 * pointing at the two incompatibilities they were derived from.
 */
struct Incompatibility
{
    enum class Kind : quint8
    {
        Root,        ///< {not project}: the project must be selected
        Unavailable, ///< {P in S}: those versions cannot be used (reason, detail)
        Dependency,  ///< {P in R, not Q in S}: P depends on Q
        Derived,     ///< from cause1 and cause2
    };

    /// Why versions are unavailable.
    enum class Reason : quint8
    {
        None,
        IncompatiblePython, ///< the index's or the metadata's Requires-Python (detail: specifier)
        NoCompatibleWheel,
        SourceOnly,
        Excluded,
        Yanked,
        Prerelease,
    };

    QList<Term> terms;
    Kind kind = Kind::Derived;
    Reason reason = Reason::None;
    QString detail;
    int cause1 = -1;
    int cause2 = -1;

    /// The term for \a package, or nullptr.
    [[nodiscard]] const Term *termFor(int package) const;
};

} // namespace Akari
