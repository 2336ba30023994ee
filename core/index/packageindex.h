// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Akari
{

/**
 * \brief One package index as uv sees it: a `[[tool.uv.index]]` entry, PyPI, or one given by
 *        the environment (`UV_INDEX`, `UV_DEFAULT_INDEX`). A plain value.
 */
struct PackageIndex
{
    enum class Format : quint8
    {
        Simple, ///< PEP 503/691 simple API root
        Flat,   ///< a find-links page or a local directory of files
    };
    enum class Authenticate : quint8
    {
        Auto,
        Always,
        Never,
    };

    QString name; ///< empty for unnamed indexes
    /// Root URL as written (credentials included when the user wrote them); local paths become file: URLs.
    QUrl url;
    bool isExplicit = false;
    bool isDefault = false;
    Format format = Format::Simple;
    Authenticate authenticate = Authenticate::Auto;
    /// `ignore-error-codes`; empty: uv's default rule (see ignoresStatus).
    QList<int> ignoreErrorCodes;
    /// `cache-control.api` / `cache-control.files`; empty: the server's.
    QByteArray apiCacheControl;
    QByteArray filesCacheControl;

    /// The URL without userinfo, for display and cache keys.
    [[nodiscard]] QString displayUrl() const;

    /**
     * \brief Whether an answer with HTTP \a status for a project page means "this index does
     *        not have the package; go on to the next index" (uv's rules).
     *
     * 404 always (uv: "cannot be overridden"); the codes in ignore-error-codes when set;
     * without them also 403 from download.pytorch.org (it answers 403 for projects it does not
     * host). Anything else (401, 403, 5xx...) stops the search with an error.
     */
    [[nodiscard]] bool ignoresStatus(int status) const;

    friend bool operator==(const PackageIndex &, const PackageIndex &) = default;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::PackageIndex)
