// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace Akari
{

/**
 * \brief One distribution file listed on a simple-API project page (PEP 503 HTML or PEP 691 JSON).
 *
 * A plain value type, cheap to copy (implicitly shared Qt members) and safe to copy between
 * threads. HtmlIndexParser and JsonIndexParser fill it; both forms of the same page give equal
 * IndexFiles except where one form cannot say something (e.g. PyTorch's HTML has no upload time).
 *
 * Fields that the page leaves out keep their defaults: no hashes, an empty requiresPython, not
 * yanked, MetadataState::Unspecified, size -1 and an invalid uploadTime.
 */
struct IndexFile
{
    /// Whether the index serves the file's core metadata separately (PEP 658 / PEP 714).
    enum class MetadataState
    {
        Unspecified, ///< the page does not say
        Unavailable, ///< the page says there is none (`false`)
        Available,   ///< `true` or a hash; coreMetadataHashes holds the hash when one is given
    };

    /// The file name: the URL's last path segment, percent-decoded (the JSON `filename`).
    QString filename;
    /// Absolute URL of the file, resolved against the page (or its `<base href>`), without the
    /// hash fragment.
    QUrl url;
    /// Hash algorithm (lower case, e.g. `sha256`) → hex digest as the page wrote it.
    QMap<QString, QString> hashes;
    /**
     * The `Requires-Python` specifier text exactly as listed (HTML entities decoded, outer
     * white space trimmed); empty when absent. Deliberately not parsed here: the PEP 440
     * specifier-set parser in core/pep decides what is valid (uv, for instance, drops files
     * whose specifier is broken, such as ">=2.5,,<4", instead of failing the page).
     */
    QString requiresPython;
    bool yanked = false;
    /// PEP 592 reason; empty when none was given (or the file is not yanked).
    QString yankedReason;
    MetadataState coreMetadata = MetadataState::Unspecified;
    /// Hashes of the separate `.metadata` file, when the page gives them.
    QMap<QString, QString> coreMetadataHashes;
    /// Size in bytes (PEP 700); -1 when unknown.
    qint64 size = -1;
    /// Upload time in UTC (PEP 700); invalid when unknown.
    QDateTime uploadTime;

    [[nodiscard]] bool hasCoreMetadata() const { return coreMetadata == MetadataState::Available; }

    /**
     * \brief The lower-case name of the hash algorithm \a name, when a simple-API page may
     * name it; an empty string otherwise.
     *
     * Accepted are the names in Python's `hashlib.algorithms_guaranteed`, as PEP 503 allows,
     * in any case (`SHA256` gives `sha256`). The result shares static storage, so the call
     * does not allocate. Thread-safe.
     */
    [[nodiscard]] static QString canonicalHashAlgorithm(QStringView name);

    /// The last path segment of \a href's path (before any `?` or `#`), percent-decoded.
    [[nodiscard]] static QString filenameFromHref(QStringView href);

    friend bool operator==(const IndexFile &, const IndexFile &) = default;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::IndexFile)
