// SPDX-License-Identifier: GPL-3.0-or-later
// The cases of the differential test (tst_packagingdifferential.cpp): random but realistic
// versions, ordering pairs, specifier sets and membership pairs, markers with the environments to
// evaluate them in, and requirements, all from one Dice.
//
// Debian 12 ships packaging 23.0; Akari follows packaging 26 (the vectors' version). The generator
// keeps to behaviour that did not change between the two. Each restriction, and why:
//  R1 Numbers stay below 2^63 (Akari's documented limit for version numbers; packaging takes any
//     size), also after a mutation. Local labels may hold longer numbers (compared as integers).
//  R2 Only ASCII letters: 23's patterns use re.IGNORECASE on Unicode, where U+017F matches "s" and
//     U+212A matches "k" ("poſt"); 26 made those groups ASCII-only. Non-ASCII appears only as
//     whitespace (both strip what str.isspace() calls whitespace) or as a plainly invalid character.
//  R3 `<V` and `>V`: no (set, version) pair where the version has V's epoch and release (trailing
//     zeros aside) and a pre, post, dev or local part. 26 re-modelled these exclusions as version
//     ranges and differs from 23 there: 23 says `>9.1.dev0` excludes 9.1.post0 and 9.1+xpu, and
//     `<3.13.post2` excludes 3.13.0a3 (also as `python_full_version < "3.13.r2"`); outside V's
//     family both are a plain comparison. The same holds for `<`/`>` in markers.
//  R4 `~=` clauses are written in normalised form: 23 cuts the prefix from the text as written,
//     so `~=1.0.preview1` or `~=1.0.RC1` keep the pre-release segment as a release number.
//  R5 `===`: membership candidates are written in normalised form. 23 compares str(Version(item)),
//     26 the item's text; they agree exactly when the text is normalised.
//  R6 Prefix matching (`==V.*`, `!=V.*`, and `~=`, which 23 implements with it) only with epoch 0
//     on both sides: 23 splits "1!2.0" as one segment "1!2", so `==3!4.0.*` rejects 3!4.0,
//     `!=2!3.*` admits 2!3rc2 and `==0.*` admits 1!0.5; 26 compares epochs.
//  R7 Specifier sets print their clauses deduplicated: 23 keeps the first of two equivalent
//     clauses (a frozenset), 26 the first in sorted order; and 23 counts `===1.0` and `===1.0.0` as
//     equivalent, 26 compares `===` text. Set strings are compared only when no two clauses are
//     equivalent with different text (`==1.0` and `==1.0.0`), and membership only without two
//     such `===` clauses (23 drops one of them).
//  R8 Markers: no `extras`/`dependency_groups` (new in 26); the environment is complete and its
//     version variables are valid, normalised versions (23 raises InvalidVersion where 26 answers
//     false); no python_full_version ending in "+" (26 repairs it, 23 does not).
//  R9 Marker comparisons keep to what both versions decide alike. 23 compares any variable as a
//     version when `op + value` makes a specifier, 26 only python_version, python_full_version,
//     implementation_version and platform_release; 23 compares other strings with Python's `<`,
//     26 says false. So: version variables use a valid specifier for their operator (or `==`/
//     `!=`/`in`/`not in` with other text); the other variables use `==`, `!=`, `in`, `not in`
//     (and `~=`, undefined in both) with values that are never versions; a version literal on the
//     left of a version variable is itself a valid version; `===` only on version variables with
//     normalised values (R5).
//  R10 No invalid marker whose only fault is trailing text: 23's Marker() stops reading after the
//     last complete expression ("os_name == 'a' )" is valid there), 26 requires the end.
//  R11 Marker strings are compared only when every `extra` value is already normalised: 23
//     normalises the value of the first comparison only, 26 all of them (evaluation normalises
//     both sides in both, so evaluation is compared regardless). Values hold no quotes or
//     backslashes (26 may print single quotes).
//  R12 Requirements: whole strings only without a URL (23 prints "name@ url"), no `===` clauses
//     (23's tokenizer lets an arbitrary version run over the following commas), and specifier and
//     marker strings under R7, R11 and R13.
//  R13 Marker strings are not compared for doubled parentheses around several comparisons,
//     `a and ((b or c))`: packaging (23 and 26 alike) prints that as `a and b or c`, which means
//     something else; Akari keeps one pair, as its Marker documents ("grouping kept").
#pragma once

#include <utility>

#include <QList>
#include <QString>
#include <QStringList>

#include "differentialdice.h"
#include "differentialmarkers.h"

namespace Akari::Differential
{

/// Everything the test asks packaging and Akari, with what the generator knows about each case;
/// `restricted` counts the cases left out by the restrictions above.
struct Cases
{
    QStringList versions;
    QStringList expectedNormalised; // empty where the text was mutated
    QList<QStringList> orderings;
    QStringList sets;
    QList<bool> setsPrintAlike;
    QList<QStringList> memberships;
    QList<GenMarker> markers;
    QList<GenEnvironment> environments;
    QList<std::pair<qsizetype, qsizetype>> evaluations;
    QStringList requirements;
    QList<bool> requirementsPrintAlike; // R12: whole string
    QList<bool> requirementSpecifiersPrintAlike;
    QList<bool> requirementMarkersPrintAlike;
    qsizetype restricted = 0;
};

/// Versions (some mutated, see hasHugeNumber()) and ordering pairs.
void generateVersions(Cases &cases, Dice &dice);
/// Specifier sets (a few invalid) and membership pairs for the valid ones.
void generateSpecifiers(Cases &cases, Dice &dice);
/// Environments, markers, and evaluations of the valid markers.
void generateMarkers(Cases &cases, Dice &dice);
/// Requirements: names, extras, a URL or specifiers, a marker; a few odd, mostly invalid ones.
void generateRequirements(Cases &cases, Dice &dice);

} // namespace Akari::Differential
