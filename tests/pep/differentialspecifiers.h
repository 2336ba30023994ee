// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "differentialdice.h"
#include "differentialversions.h"

// The restrictions R1..R13 cited here are explained in differentialcases.h.
namespace Akari::Differential
{

/// One clause of a specifier set: its operator (`==` and `!=` without the `.*`, see wildcard),
/// its version and the text it is written with.
struct GenClause
{
    QString op;
    GenVersion version;
    bool wildcard = false;
    bool arbitraryText = false; // `===` with text that is no version
    QString versionText;
};

/// A random clause with a version near \a anchor (mostly a tweak of it); `===` only with
/// \a allowArbitrary. Keeps to R4, R5 and R6.
GenClause clauseNear(const GenVersion &anchor, Dice &dice, bool allowArbitrary);
/// R7: whether the set's printed form is the same in 23 and 26.
bool printsAlike(const QList<GenClause> &clauses);
/// R3, R6 and R7: whether 23 and 26 may disagree on \a candidate in a set of \a clauses.
bool membershipRestricted(const QList<GenClause> &clauses, const GenVersion &candidate);
/// \a clauses as a specifier set's text, with random spaces around operators and versions.
QString joinClauses(const QList<GenClause> &clauses, Dice &dice);

} // namespace Akari::Differential
