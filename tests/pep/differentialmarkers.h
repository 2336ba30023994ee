// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "differentialdice.h"
#include "differentialversions.h"

// The restrictions R1..R13 cited here are explained in differentialcases.h.
namespace Akari::Differential
{

/// How the generator treats a marker variable (R9).
enum class VariableKind : quint8
{
    Version,
    Plain,
    Extra,
};

/// A marker variable, its spellings and, for plain ones, the values the generator uses.
struct MarkerVariable
{
    QString name;
    QStringList spellings; // PEP 508 first, then legacy spellings packaging reads
    VariableKind kind;
    QStringList values; // for Plain and Extra: realistic values, none of them a version (R9)
};

/// One comparison of a marker: a variable, an operator and a literal, in either order.
struct GenAtom
{
    QString variable;
    QString op;
    QString literal;
    std::optional<GenVersion> literalVersion; // for version comparisons
    bool variableOnLeft = true;
};

/// A marker environment: the values as packaging reads them, and the version variables' values
/// as versions (for R3).
struct GenEnvironment
{
    QJsonObject values;
    QHash<QString, GenVersion> versions;
};

/// A generated marker: its text, its comparisons, whether it was meant to be valid, and whether
/// packaging 23 and 26 print it alike.
struct GenMarker
{
    QString text;
    QList<GenAtom> atoms;
    bool valid = true;
    bool printsAlike = true; // R11, R13
};

/// The variables the generator uses (no `extras` or `dependency_groups`, R8); `extra` last.
const QList<MarkerVariable> &markerVariables();
/// Whitespace between tokens: never empty when \a required, otherwise empty a third of the time.
QString whitespace(Dice &dice, bool required);
/// A random marker, valid with nested groups, or (rarely) one invalid before its end (R10).
GenMarker randomMarker(Dice &dice);
/// A complete environment with valid, normalised version values (R8).
GenEnvironment randomEnvironment(Dice &dice);
/// R3 for markers: whether \a marker has a `<`/`>` comparison of a version variable inside V's
/// family in \a env.
bool evaluationRestricted(const GenMarker &marker, const GenEnvironment &env);

} // namespace Akari::Differential
