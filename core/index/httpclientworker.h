// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>

#include <QObject>

#include "httpcache.h"
#include "httpclient.h"

class QNetworkAccessManager;
class QNetworkReply;

namespace Akari
{

/// The answer to one request, set once by whoever gets there first (the network thread or a
/// cancelling caller) and waited for by any thread.
struct HttpExchange
{
    /// Sets the result unless one is set; true when this call set it.
    bool complete(Result<HttpResponse> result);
    [[nodiscard]] bool isComplete() const;
    /// The result once set, or nullopt after \a timeout.
    [[nodiscard]] std::optional<Result<HttpResponse>> waitFor(std::chrono::milliseconds timeout);
    [[nodiscard]] Result<HttpResponse> wait();

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_finished;
    std::optional<Result<HttpResponse>> m_result;
};

/**
 * \brief HttpClient's private half: lives on the network thread and owns the
 *        QNetworkAccessManager, the queue and every reply.
 *
 * Other threads reach it only through a Link, which posts calls to the network thread and
 * stops posting once the client goes away.
 */
class HttpClientWorker final : public QObject
{
    Q_OBJECT

public:
    /// One request handed over by HttpClient::start().
    struct Job
    {
        quint64 id = 0;
        HttpRequest request; ///< url without userinfo
        /// What the cache holds for the URL (revalidated with If-None-Match/If-Modified-Since);
        /// nullopt when the cache is not to be used for this request.
        std::optional<HttpCache::Entry> entry;
        bool useCache = false; ///< store 200 answers, refresh on 304
        std::shared_ptr<HttpExchange> exchange;
    };

    /// Thread-safe way in, shared with every Pending so that they may outlive the worker.
    class Link
    {
    public:
        explicit Link(HttpClientWorker *worker)
            : m_worker(worker)
        {}
        void submit(Job job);
        void abort(quint64 id);
        /// After this, calls go nowhere (the client is being destroyed).
        void detach();

    private:
        std::mutex m_mutex;
        HttpClientWorker *m_worker;
    };

    explicit HttpClientWorker(HttpClient::Options options);
    ~HttpClientWorker() override;

    [[nodiscard]] std::shared_ptr<Link> link() const { return m_link; }

    /// Network thread only: cancels everything and lets go of the replies.
    void shutdown();

private:
    struct Transfer;

    void submit(Job job);
    void abort(quint64 id);
    void pump();
    void send(Transfer &transfer);
    void onFinished(quint64 id);
    void onTimer(quint64 id);
    void onReadyRead(quint64 id);
    /// Hands what \a reply holds to the request's sink (2xx) or keeps it (other answers);
    /// false when the sink refused and the transfer was finished (and destroyed).
    bool stream(Transfer &transfer, QNetworkReply *reply);
    void redirect(Transfer &transfer, const QByteArray &location);
    void retryOrFail(Transfer &transfer, const Error &error, bool retryable);
    void retryOrAnswer(Transfer &transfer, HttpResponse response);
    void answer(Transfer &transfer, HttpResponse response);
    void finish(Transfer &transfer, Result<HttpResponse> result);
    [[nodiscard]] QNetworkAccessManager *manager();

    HttpClient::Options m_options;
    std::shared_ptr<Link> m_link;
    QNetworkAccessManager *m_manager = nullptr;
    std::unordered_map<quint64, std::unique_ptr<Transfer>> m_transfers;
    std::deque<quint64> m_queue; ///< FIFO of jobs waiting for a free slot
    int m_active = 0;
};

} // namespace Akari
