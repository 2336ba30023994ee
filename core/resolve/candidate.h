// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "../pep/requirement.h"
#include "../pep/version.h"

namespace Akari
{

/// The file a candidate would be installed from, as the index listed it.
struct DistributionFile
{
    QString filename;
    QUrl url;          ///< without userinfo
    QString indexName; ///< the `[[tool.uv.index]]` name; empty for unnamed indexes
    QString indexUrl;  ///< the index root without userinfo
    QString sha256;    ///< hex digest, empty when the index gives none
    qint64 size = -1;  ///< -1 when unknown

    friend bool operator==(const DistributionFile &, const DistributionFile &) = default;
};

/**
 * \brief One version of a package that a CandidateProvider offers for the target environment.
 *
 * The provider decides usability from the index's data (the target's tags, the files'
 * requires-python, options such as no-binary); the solver decides the rest (specifiers,
 * yanked, pre-releases) so it can explain its choices.
 */
struct Candidate
{
    enum class Usability : quint8
    {
        Usable,
        IncompatiblePython, ///< requires-python excludes the target Python (detail: the specifier)
        NoCompatibleWheel,  ///< wheels exist, none for the target's tags (detail: e.g. the tags seen)
        SourceOnly,         ///< only an sdist, which Akari does not build (detail: the sdist's name)
        Excluded,           ///< ruled out by an option (no-binary / no-build); detail says which
    };

    Version version;
    Usability usability = Usability::Usable;
    QString detail; ///< untranslated fact for the explanation (a specifier, a file name...)
    bool yanked = false;
    QString yankedReason;
    /// The chosen file (best wheel for the target); empty filename when none (e.g. packse without files).
    DistributionFile file;

    [[nodiscard]] bool isUsable() const { return usability == Usability::Usable; }
};

/// What a package's versions are, from the first index that has it (or the in-memory scenario).
struct PackageCandidates
{
    bool exists = true;        ///< false: no index has the package ("does not exist")
    QList<Candidate> versions; ///< newest first; may hold unusable ones (explanations need them)
    QString source;            ///< where they came from, for messages: the index URL or name
};

/// A candidate's core metadata as the resolver needs it.
struct CandidateMetadata
{
    QList<Requirement> requiresDist; ///< markers not yet evaluated
    QString requiresPython;          ///< empty when absent
    QStringList providesExtra;       ///< normalised
};

} // namespace Akari
