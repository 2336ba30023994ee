// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "differentialdice.h"

// The restrictions R1..R13 cited here are explained in differentialcases.h.
namespace Akari::Differential
{

/// A version built from its parts; the text is spelled from them at random, and normalised() is
/// what packaging's str() must give (checked against the oracle as the generator's self-test).
struct GenVersion
{
    quint64 epoch = 0;
    QList<quint64> release{0};
    int pre = -1; // -1 none, 0 a, 1 b, 2 rc
    quint64 preNumber = 0;
    std::optional<quint64> post;
    std::optional<quint64> dev;
    QStringList local; // segments as spelled

    [[nodiscard]] bool hasSuffix() const { return pre >= 0 || post || dev || !local.isEmpty(); }
    /// The release without trailing zeros (at least one number).
    [[nodiscard]] QList<quint64> trimmedRelease() const;
    /// Same epoch and release, trailing zeros aside.
    [[nodiscard]] bool sameBase(const GenVersion &other) const;
    /// The normalised text; with \a trimZeros without the release's trailing zeros.
    [[nodiscard]] QString text(bool trimZeros) const;
    [[nodiscard]] QString normalised() const { return text(false); }
};

/// A random but realistic version; local segments only with \a allowLocal.
GenVersion randomVersion(Dice &dice, bool allowLocal);
/// One or two small changes, to get versions next to \a v: the interesting cases for ordering and
/// for specifier bounds.
GenVersion tweak(GenVersion v, Dice &dice, bool allowLocal);
/// \a v in one of the spellings PEP 440 allows (see R1, R2).
QString spell(const GenVersion &v, Dice &dice, bool allowWhitespace);
/// \a text with one random change (an inserted, removed or replaced character, a wildcard, a
/// known bad spelling, ...); mostly invalid afterwards.
QString mutate(QString text, Dice &dice);
/// R1: whether a mutation made a release, pre, post or dev number of 2^63 or more (19 digits
/// without leading zeros, to be safe). Local labels may hold any number.
bool hasHugeNumber(QStringView text);

} // namespace Akari::Differential
