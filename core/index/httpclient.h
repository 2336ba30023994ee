// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "httpmessage.h"

class QThread;

namespace Akari
{

class HttpCache;
class HttpClientWorker; // private: lives on the network thread and owns the QNetworkAccessManager

/**
 * \brief The one HTTP client of Akari: a QNetworkAccessManager on its own thread, used from
 *        any thread through blocking or asynchronous calls.
 *
 * Jobs call fetch() from their worker thread; it blocks that thread (never the GUI thread,
 * never the network thread) until the answer, an error, or cancellation. start() returns at
 * once and lets a caller run many requests in parallel (e.g. prefetching metadata).
 *
 * - System proxies are honoured (QNetworkProxyFactory::setUseSystemConfiguration; on Linux
 *   `http_proxy`, `https_proxy`, `no_proxy`).
 * - At most Options::maxConcurrent requests are on the wire; the rest wait in FIFO order.
 * - A request that gets no bytes for Options::timeoutMs fails (transfer timeout).
 * - Connection errors, timeouts and 5xx/429 answers are retried up to Options::retries times
 *   with exponential backoff (Options::backoffMs, doubled each time, plus jitter); 4xx are not.
 * - Redirects are followed by hand (at most 10): credentials and the Authorization header
 *   are dropped when the redirect leaves the request's origin (scheme, host, port).
 * - Credentials are never written to the log or to the cache; URLs in messages have their
 *   userinfo removed.
 * - With a cache, GETs without a range use it per HttpRequest::cachePolicy. In offline mode
 *   only the cache answers; a miss fails with Error::Code::Network ("not in the cache").
 *   Entries are keyed by the URL alone (not by Accept, not by credentials): a caller must
 *   send one Accept for a given URL (SimpleIndexClient does).
 * - A body truncated by the server (fewer bytes than Content-Length) is an error, not a
 *   short answer.
 * - With HttpRequest::bodySink the body is streamed instead of kept (large downloads; see
 *   HttpRequest): no cache, a bounded read buffer, and no retry once body bytes were
 *   delivered (the sink's owner resumes with a range request).
 *
 * Errors are Error::Code::Network (file = the URL without userinfo) with a translated
 * message that names the URL and what happened; cancellation gives Error::cancelled().
 * HTTP error statuses are not Errors: the response carries them (callers decide; a 404 on an
 * index means "not here").
 *
 * Thread-safe. The destructor cancels what is in flight and waits for the network thread.
 */
class HttpClient final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::HttpClient)

public:
    struct Options
    {
        int maxConcurrent = 16;
        int timeoutMs = 30000; ///< without any bytes arriving; uv's UV_HTTP_TIMEOUT is 30 s
        int retries = 3;       ///< uv's UV_HTTP_RETRIES default
        int backoffMs = 250;
        bool offline = false;
        /// Null: no cache.
        std::shared_ptr<HttpCache> cache;
        /// Sent as User-Agent.
        QByteArray userAgent = QByteArrayLiteral("akari");
    };

    /// Cancellation check, polled while waiting (e.g. `[&] { return context.isCancelled(); }`).
    using CancelCheck = std::function<bool()>;

    /// A request in flight. wait() blocks until the answer; cancel() is thread-safe.
    class Pending
    {
    public:
        virtual ~Pending() = default;
        [[nodiscard]] virtual bool isFinished() const = 0;
        /// Blocks until finished or \a isCancelled returns true (then cancels the request).
        [[nodiscard]] virtual Result<HttpResponse> wait(const CancelCheck &isCancelled = {}) = 0;
        virtual void cancel() = 0;
    };

    explicit HttpClient(Options options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    [[nodiscard]] const Options &options() const { return m_options; }

    /// Starts \a request; never blocks.
    [[nodiscard]] std::shared_ptr<Pending> start(const HttpRequest &request);

    /// start() then wait(). Must not be called on the network thread.
    [[nodiscard]] Result<HttpResponse> fetch(const HttpRequest &request, const CancelCheck &isCancelled = {});

    /// \a url without userinfo, for messages and logs.
    [[nodiscard]] static QString displayUrl(const QUrl &url);

private:
    Options m_options;
    QThread *m_thread = nullptr;
    HttpClientWorker *m_worker = nullptr;
};

} // namespace Akari
