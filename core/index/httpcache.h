// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include "../error.h"
#include "httpmessage.h"

namespace Akari
{

/**
 * \brief An on-disk HTTP cache for simple-API pages and metadata files, as RFC 9111 asks of a
 *        private cache (the parts indexes use).
 *
 * One file per URL (key: SHA-256 of the URL without userinfo and fragment), written atomically
 * (a temporary file renamed over it; not synced to disk), holding the status, the final URL,
 * the headers needed to revalidate and to judge freshness (ETag, Last-Modified, Cache-Control,
 * Date, Age, Expires, Content-Type) and the body. Never stores credentials or
 * Authorization/Set-Cookie headers. A corrupt or truncated entry counts as a miss and is removed.
 *
 * Freshness: `no-store` → not stored; `no-cache` or `max-age=0` → stored but always revalidated;
 * `max-age=N` (or `s-maxage` ignored: private cache) → fresh for N seconds after it was
 * stored, minus `Age`; otherwise `Expires - Date`; otherwise stale (heuristic freshness is
 * not used: indexes change). An override (uv's `cache-control`) replaces the server's header.
 *
 * Thread-safe: entries are whole files replaced atomically; concurrent writers of one URL
 * simply race to the last complete file.
 */
class HttpCache final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::HttpCache)

public:
    struct Entry
    {
        HttpResponse response; ///< fromCache = true
        QDateTime storedAt;    ///< UTC
        QByteArray etag;       ///< empty when none
        QByteArray lastModified;
        /// Seconds the entry is fresh for from storedAt (after the override, if any); 0: stale at once.
        qint64 freshSeconds = 0;
        bool mustRevalidate = false; ///< no-cache

        /// Fresh at \a now (UTC): used without asking the server.
        [[nodiscard]] bool isFresh(const QDateTime &now) const;
    };

    /// \a directory is created when needed.
    explicit HttpCache(QString directory);

    /// `$XDG_CACHE_HOME/akari/http` (XDG_CACHE_HOME honoured even where Qt would not, default
    /// `~/.cache`); on Windows and macOS QStandardPaths' cache location + `/http`.
    [[nodiscard]] static QString defaultDirectory();

    [[nodiscard]] QString directory() const { return m_directory; }

    /// The entry for \a url, or nullopt (miss, unreadable, corrupt).
    [[nodiscard]] std::optional<Entry> lookup(const QUrl &url) const;

    /// Stores \a response (a 200 answer to a GET without range) for \a url, unless its
    /// Cache-Control (or \a cacheControlOverride) says no-store. Fails only on I/O errors.
    Result<void> store(const QUrl &url, const HttpResponse &response, const QByteArray &cacheControlOverride = {});

    /// After a 304: the cached entry with its freshness renewed from \a notModified's headers.
    [[nodiscard]] std::optional<Entry> refresh(const QUrl &url, const HttpResponse &notModified,
                                               const QByteArray &cacheControlOverride = {});

    /// Removes every entry. For "Clear cache" and tests.
    Result<void> clear();

    /// Parses a Cache-Control header: freshness seconds (nullopt when it gives none) and flags.
    struct CacheControl
    {
        std::optional<qint64> maxAge;
        bool noStore = false;
        bool noCache = false;
    };
    [[nodiscard]] static CacheControl parseCacheControl(const QByteArray &header);

private:
    [[nodiscard]] QString pathFor(const QUrl &url) const;

    QString m_directory;
};

} // namespace Akari
