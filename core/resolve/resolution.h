// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "../pep/packagename.h"
#include "candidate.h"

namespace Akari
{

/// One package of a solution.
struct ResolvedPackage
{
    PackageName name;
    Version version;
    QStringList extras;       ///< extras of it that were asked for, normalised, sorted
    DistributionFile file;    ///< empty filename when the provider has no files
    QStringList dependencies; ///< normalised names of the packages it pulled in (markers applied)
    bool direct = false;      ///< required by the project itself
};

/**
 * \brief The outcome of a resolution: either the packages to install (sorted by name) or,
 *        when no solution exists, an explanation in words (translated, one sentence per line).
 */
struct Resolution
{
    bool satisfiable = false;
    QList<ResolvedPackage> packages;
    QString explanation;             ///< unsatisfiable only
    QStringList conflictingPackages; ///< normalised names the explanation is about
    int decisions = 0;               ///< solver statistics, for the benchmark and logs
    int conflicts = 0;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Resolution)
