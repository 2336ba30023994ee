// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
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

struct HttpResponse;

/// One GET request for HttpClient. A plain value, safe to copy between threads (the streaming
/// callbacks are shared by the copies).
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

    /**
     * \name Streaming (large downloads)
     *
     * With a bodySink, the body of a 2xx answer is handed over chunk by chunk as it arrives
     * instead of being kept: HttpResponse::body stays empty (status and headers are still
     * returned), the cache is neither read nor written, `Accept-Encoding: identity` is sent
     * (the sink sees the file's own bytes) and at most ~1 MiB waits in the reply's buffer, so
     * memory stays flat however large the file. Bodies of other answers (error pages,
     * redirects) are not streamed; they end up in HttpResponse::body as usual.
     *
     * The callbacks run on the network thread, one transfer at a time; they must be quick and
     * must keep their own state alive (capture a shared_ptr): they may still be called briefly
     * after Pending::cancel() or wait() returned, so guard that state and return false once it
     * is closed.
     *
     * Retries: failures before the first body byte reached the sink (connection errors,
     * 5xx/429, a drop right after the headers) are retried as usual, and bodyStart is then
     * called again. Once bytes were delivered the client no longer retries: the request fails
     * (e.g. "cut off after N of M bytes") and the sink's owner continues with a `Range`
     * request from what it holds.
     * \{
     */
    /// Called once per try when a 2xx answer's status and headers are known, before its first
    /// chunk (\a head has an empty body): e.g. to tell a 206 from a 200 that starts over.
    /// Returning false aborts the request with Error::Code::Io.
    std::function<bool(const HttpResponse &head)> bodyStart;
    /// Called for each chunk of a 2xx answer's body; returning false aborts the request with
    /// Error::Code::Io (the sink's owner knows and keeps the real reason).
    std::function<bool(QByteArrayView chunk)> bodySink;
    /// Bytes of the body delivered to the sink by this try, and the try's Content-Length
    /// (-1 when unknown). Called after each batch of chunks.
    std::function<void(qint64 received, qint64 total)> downloadProgress;
    /// \}
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
