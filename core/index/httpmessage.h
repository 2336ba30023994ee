// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace Akari
{

/// Basic-auth credentials. Never logged, never written to disk (the HTTP cache strips them).
struct HttpCredentials
{
    QString username;
    QString password;

    [[nodiscard]] bool isEmpty() const { return username.isEmpty() && password.isEmpty(); }
    friend bool operator==(const HttpCredentials &, const HttpCredentials &) = default;
};

/// One GET request for HttpClient. A plain value, safe to copy between threads.
struct HttpRequest
{
    enum class CachePolicy : quint8
    {
        /// Fresh cached answers are used without asking the server; stale ones are revalidated
        /// (If-None-Match / If-Modified-Since); a 304 refreshes the entry.
        UseCache,
        /// Always ask the server (revalidating when an entry exists) and store the answer.
        Revalidate,
        /// Neither read nor write the cache (range requests, large downloads).
        NoStore,
    };

    /// The URL without userinfo; HttpClient strips userinfo before sending (see credentials).
    QUrl url;
    /// The `Accept` header; empty: none.
    QByteArray accept;
    /// A byte range: `Range: bytes=first-last`; last < 0 means to the end. A negative first
    /// with last unset means the final -first bytes (`bytes=-N`).
    std::optional<std::pair<qint64, qint64>> range;
    /// Sent as Basic auth to the request's own scheme+host+port only, never after a
    /// redirect to another origin.
    std::optional<HttpCredentials> credentials;
    CachePolicy cachePolicy = CachePolicy::UseCache;
    /// Overrides the server's Cache-Control for this request (uv's `cache-control` setting);
    /// empty: use the server's.
    QByteArray cacheControlOverride;
};

/// What the server (or the cache) answered. A plain value, safe to copy between threads.
struct HttpResponse
{
    int status = 0;         ///< HTTP status, e.g. 200, 206, 404
    QUrl url;               ///< the final URL after redirects (without userinfo)
    QByteArray contentType; ///< the `Content-Type` header's media type, lower case, no parameters
    QList<std::pair<QByteArray, QByteArray>> headers; ///< raw headers, names lower-cased
    QByteArray body;
    bool fromCache = false; ///< served from the on-disk cache (fresh, revalidated, or offline)

    /// The first value of header \a name (lower case), or empty.
    [[nodiscard]] QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers)
            if (key == name)
                return value;
        return {};
    }
    [[nodiscard]] bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::HttpResponse)
