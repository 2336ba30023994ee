// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclientworker.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include "../logging/logcategories.h"
#include "httpretrypolicy.h"
#include "httpurl.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int MaxRedirects = 10;
/// What a streamed reply may hold before the sink takes it: a slow sink slows the socket
/// instead of growing memory.
constexpr qint64 StreamBufferBytes = 1024 * 1024;
/// Chunk size handed to a sink.
constexpr qint64 StreamChunkBytes = 256 * 1024;
/// Error pages of streamed requests are kept up to this size (they are only for messages).
constexpr qsizetype StreamOtherBodyLimit = 1024 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QByteArray basicAuthorization(const HttpCredentials &credentials)
{
    return "Basic " + (credentials.username + u':' + credentials.password).toUtf8().toBase64();
}

/// Qt reports 4xx/5xx answers as errors too; only these mean that no whole answer arrived.
bool isTransportError(QNetworkReply::NetworkError error, bool hasStatus)
{
    if (error == QNetworkReply::NoError)
        return false;
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure || !hasStatus;
}

HttpResponse responseFrom(QNetworkReply *reply, const QUrl &url, QByteArray body)
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.url = url;
    const auto pairs = reply->rawHeaderPairs();
    response.headers.reserve(pairs.size());
    for (const auto &[name, value] : pairs)
        response.headers.append({name.toLower(), value});
    response.contentType = response.header("content-type").split(';').first().trimmed().toLower();
    response.body = std::move(body);
    return response;
}
} // namespace

// --- HttpExchange ---

bool HttpExchange::complete(Result<HttpResponse> result)
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_result)
            return false;
        m_result = std::move(result);
    }
    m_finished.notify_all();
    return true;
}

bool HttpExchange::isComplete() const
{
    const std::lock_guard lock(m_mutex);
    return m_result.has_value();
}

std::optional<Result<HttpResponse>> HttpExchange::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    if (!m_finished.wait_for(lock, timeout, [this] { return m_result.has_value(); }))
        return std::nullopt;
    return m_result;
}

Result<HttpResponse> HttpExchange::wait()
{
    std::unique_lock lock(m_mutex);
    m_finished.wait(lock, [this] { return m_result.has_value(); });
    return *m_result;
}

// --- Link ---

void HttpClientWorker::Link::submit(Job job)
{
    const std::lock_guard lock(m_mutex);
    if (!m_worker) {
        job.exchange->complete(fail(Error::cancelled()));
        return;
    }
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job = std::move(job)]() mutable { worker->submit(std::move(job)); },
        Qt::QueuedConnection);
}

void HttpClientWorker::Link::abort(quint64 id)
{
    const std::lock_guard lock(m_mutex);
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, id] { worker->abort(id); }, Qt::QueuedConnection);
}

void HttpClientWorker::Link::detach()
{
    const std::lock_guard lock(m_mutex);
    m_worker = nullptr;
}

// --- Transfer ---

struct HttpClientWorker::Transfer
{
    Job job;
    QUrl url;                 ///< where the next request goes (after redirects), without userinfo
    QByteArray authorization; ///< empty once a redirect left the original origin
    int retries = 0;          ///< retries made so far
    int redirects = 0;
    bool holdsSlot = false;
    bool timedOut = false;
    QNetworkReply *reply = nullptr;
    QTimer *timer = nullptr; ///< the transfer timeout while a reply runs, the backoff between tries
    // Streaming (HttpRequest::bodySink) only:
    qint64 delivered = 0;     ///< body bytes handed to the sink by this try; > 0 forbids retries
    bool bodyStarted = false; ///< bodyStart was called for this try
    QByteArray otherBody;     ///< the body of a non-2xx answer, kept for the response

    [[nodiscard]] bool streams() const { return static_cast<bool>(job.request.bodySink); }

    ~Transfer()
    {
        // Either may be emitting right now: let the event loop delete them.
        if (reply) {
            reply->disconnect();
            reply->abort();
            reply->deleteLater();
        }
        if (timer) {
            timer->disconnect();
            timer->stop();
            timer->deleteLater();
        }
    }
};

// --- HttpClientWorker ---

HttpClientWorker::HttpClientWorker(HttpClient::Options options)
    : m_options(std::move(options))
    , m_link(std::make_shared<Link>(this))
{
    m_options.maxConcurrent = std::max(1, m_options.maxConcurrent);
}

HttpClientWorker::~HttpClientWorker() = default;

QNetworkAccessManager *HttpClientWorker::manager()
{
    // Made on the network thread, on first use, so that all its internals live there.
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager;
}

void HttpClientWorker::shutdown()
{
    for (auto &[id, transfer] : m_transfers)
        transfer->job.exchange->complete(fail(Error::cancelled()));
    m_transfers.clear();
    m_queue.clear();
    m_active = 0;
}

void HttpClientWorker::submit(Job job)
{
    if (job.exchange->isComplete())
        return; // cancelled before it got here
    auto transfer = std::make_unique<Transfer>();
    transfer->url = job.request.url;
    if (job.request.credentials && !job.request.credentials->isEmpty())
        transfer->authorization = basicAuthorization(*job.request.credentials);
    transfer->job = std::move(job);
    const quint64 id = transfer->job.id;
    m_transfers.emplace(id, std::move(transfer));
    m_queue.push_back(id);
    pump();
}

void HttpClientWorker::abort(quint64 id)
{
    const auto found = m_transfers.find(id);
    if (found == m_transfers.end())
        return;
    finish(*found->second, fail(Error::cancelled()));
}

void HttpClientWorker::pump()
{
    while (m_active < m_options.maxConcurrent && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        const auto found = m_transfers.find(id);
        if (found == m_transfers.end())
            continue;
        Transfer &transfer = *found->second;
        if (transfer.job.exchange->isComplete()) {
            m_transfers.erase(found);
            continue;
        }
        transfer.holdsSlot = true;
        ++m_active;
        send(transfer);
    }
}

void HttpClientWorker::send(Transfer &transfer)
{
    const HttpRequest &request = transfer.job.request;
    QNetworkRequest networkRequest(transfer.url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setRawHeader("User-Agent", m_options.userAgent);
    if (!request.accept.isEmpty())
        networkRequest.setRawHeader("Accept", request.accept);
    if (request.range) {
        const auto [first, last] = *request.range;
        const QByteArray spec = first < 0
                                    ? QByteArray::number(first)
                                    : QByteArray::number(first) + '-' + (last >= 0 ? QByteArray::number(last) : "");
        networkRequest.setRawHeader("Range", "bytes=" + spec);
        // Ranges count bytes of the file itself, not of a compressed transfer of it.
        networkRequest.setRawHeader("Accept-Encoding", "identity");
    }
    if (transfer.streams())
        networkRequest.setRawHeader("Accept-Encoding", "identity"); // the sink wants the file's bytes
    if (!transfer.authorization.isEmpty())
        networkRequest.setRawHeader("Authorization", transfer.authorization);
    if (const auto &entry = transfer.job.entry) {
        if (!entry->etag.isEmpty())
            networkRequest.setRawHeader("If-None-Match", entry->etag);
        if (!entry->lastModified.isEmpty())
            networkRequest.setRawHeader("If-Modified-Since", entry->lastModified);
    }

    const quint64 id = transfer.job.id;
    if (!transfer.timer) {
        transfer.timer = new QTimer(this);
        transfer.timer->setSingleShot(true);
        connect(transfer.timer, &QTimer::timeout, this, [this, id] { onTimer(id); });
    }
    transfer.timedOut = false;
    transfer.delivered = 0;
    transfer.bodyStarted = false;
    transfer.otherBody.clear();
    transfer.reply = manager()->get(networkRequest);
    if (transfer.streams()) {
        transfer.reply->setReadBufferSize(StreamBufferBytes);
        connect(transfer.reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    }
    qCDebug(lcNet) << "GET" << HttpClient::displayUrl(transfer.url) << "try" << transfer.retries + 1;
    // Any sign of life restarts the transfer timeout.
    if (m_options.timeoutMs > 0) {
        const auto alive = [timer = transfer.timer, ms = m_options.timeoutMs] { timer->start(ms); };
        connect(transfer.reply, &QNetworkReply::metaDataChanged, transfer.timer, alive);
        connect(transfer.reply, &QNetworkReply::downloadProgress, transfer.timer, alive);
        transfer.timer->start(m_options.timeoutMs);
    }
    connect(transfer.reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HttpClientWorker::onTimer(quint64 id)
{
    const auto found = m_transfers.find(id);
    if (found == m_transfers.end())
        return;
    Transfer &transfer = *found->second;
    if (transfer.reply) {
        transfer.timedOut = true;
        transfer.reply->abort(); // finished() follows at once and sees timedOut
    } else {
        send(transfer); // the backoff is over
    }
}

void HttpClientWorker::onFinished(quint64 id)
{
    const auto found = m_transfers.find(id);
    if (found == m_transfers.end())
        return;
    Transfer &transfer = *found->second;
    QNetworkReply *reply = std::exchange(transfer.reply, nullptr);
    if (!reply)
        return;
    reply->disconnect();
    reply->deleteLater();
    transfer.timer->stop();
    if (transfer.job.exchange->isComplete()) {
        finish(transfer, fail(Error::cancelled())); // cancelled meanwhile: just let go
        return;
    }

    const QString where = HttpClient::displayUrl(transfer.url);
    if (transfer.timedOut) {
        const QString seconds = QLocale().toString(m_options.timeoutMs / 1000.0, 'g', 3);
        retryOrFail(transfer,
                    Error(Error::Code::Network,
                          tr("No data arrived from %1 for %2 s: the request timed out.").arg(where, seconds), where),
                    true);
        return;
    }

    const QNetworkReply::NetworkError error = reply->error();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const bool hasStatus = statusAttribute.isValid() && statusAttribute.toInt() > 0;
    QByteArray body;
    if (transfer.streams()) {
        // The rest of the body goes where the rest went; then `body` stands for what arrived.
        if (!stream(transfer, reply))
            return; // the sink refused: the transfer is finished
        body = transfer.otherBody;
    } else {
        body = reply->readAll();
    }
    const qint64 received = transfer.bodyStarted ? transfer.delivered : body.size();
    const QByteArray lengthHeader = reply->rawHeader("Content-Length");
    bool lengthKnown = false;
    const qint64 expected = lengthHeader.trimmed().toLongLong(&lengthKnown);
    // Qt inflates gzip bodies: then Content-Length counts other bytes than we hold.
    const bool comparable = lengthKnown && reply->rawHeader("Content-Encoding").isEmpty();
    const auto truncated = [&] {
        const QString receivedText = QLocale().toString(received);
        return comparable ? Error(Error::Code::Network,
                                  tr("The download of %1 was cut off after %2 of %3 bytes.")
                                      .arg(where, receivedText, QLocale().toString(expected)),
                                  where)
                          : Error(Error::Code::Network,
                                  tr("The download of %1 was cut off after %2 bytes.").arg(where, receivedText), where);
    };

    if (isTransportError(error, hasStatus)) {
        const bool retryable = HttpRetryPolicy::isRetryableError(error);
        if (hasStatus && (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ProtocolFailure)) {
            retryOrFail(transfer, truncated(), true);
            return;
        }
        QString message;
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            message = tr("Could not connect to %1: the connection was refused.").arg(where);
            break;
        case QNetworkReply::RemoteHostClosedError:
            message = tr("The server of %1 closed the connection before answering.").arg(where);
            break;
        case QNetworkReply::HostNotFoundError:
            message = tr("Could not download %1: the host was not found.").arg(where);
            break;
        default:
            message = tr("Could not download %1: %2").arg(where, reply->errorString());
            break;
        }
        retryOrFail(transfer, Error(Error::Code::Network, message, where), retryable);
        return;
    }

    HttpResponse response = responseFrom(reply, transfer.url, body);
    // Qt reports a reset mid-body as RemoteHostClosedError (above); this catches a clean close.
    const bool hasBody = response.status != 304 && response.status != 204 && response.status >= 200;
    if (hasBody && comparable && received < expected) {
        retryOrFail(transfer, truncated(), true);
        return;
    }
    if (isRedirect(response.status) && !response.header("location").isEmpty()) {
        redirect(transfer, response.header("location"));
        return;
    }
    retryOrAnswer(transfer, std::move(response));
}

void HttpClientWorker::redirect(Transfer &transfer, const QByteArray &location)
{
    const QString where = HttpClient::displayUrl(transfer.url);
    if (++transfer.redirects > MaxRedirects) {
        finish(transfer,
               fail(Error(Error::Code::Network,
                          tr("%1 redirected more than %n time(s).", nullptr, MaxRedirects).arg(where), where)));
        return;
    }
    const QUrl target = HttpUrl::withoutCredentials(transfer.url.resolved(QUrl::fromEncoded(location)));
    if (!target.isValid() || (target.scheme() != "http"_L1 && target.scheme() != "https"_L1)) {
        finish(transfer,
               fail(Error(
                   Error::Code::Network,
                   tr("%1 redirected to an address that is not HTTP: %2").arg(where, HttpClient::displayUrl(target)),
                   where)));
        return;
    }
    // Credentials belong to the origin they were given for; once gone they stay gone.
    if (!HttpUrl::sameOrigin(target, transfer.job.request.url))
        transfer.authorization.clear();
    qCDebug(lcNet) << "redirect" << where << "->" << HttpClient::displayUrl(target);
    transfer.url = target;
    send(transfer);
}

void HttpClientWorker::onReadyRead(quint64 id)
{
    const auto found = m_transfers.find(id);
    if (found == m_transfers.end() || !found->second->reply)
        return;
    Transfer &transfer = *found->second;
    if (transfer.job.exchange->isComplete()) {
        finish(transfer, fail(Error::cancelled())); // cancelled meanwhile: stop reading
        return;
    }
    stream(transfer, transfer.reply);
}

bool HttpClientWorker::stream(Transfer &transfer, QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status < 200 || status >= 300) {
        // Not the file (an error page, a redirect): keep a bounded amount for the response.
        const QByteArray data = reply->readAll();
        transfer.otherBody += data.left(std::max<qsizetype>(0, StreamOtherBodyLimit - transfer.otherBody.size()));
        return true;
    }
    const HttpRequest &request = transfer.job.request;
    const QString where = HttpClient::displayUrl(transfer.url);
    const auto refused = [&] {
        finish(transfer,
               fail(Error(Error::Code::Io,
                          tr("The download of %1 was stopped: its data could not be stored.").arg(where), where)));
        return false;
    };
    if (!transfer.bodyStarted) {
        transfer.bodyStarted = true;
        if (request.bodyStart && !request.bodyStart(responseFrom(reply, transfer.url, {})))
            return refused();
    }
    bool any = false;
    while (reply->bytesAvailable() > 0) {
        const QByteArray chunk = reply->read(StreamChunkBytes);
        if (chunk.isEmpty())
            break;
        transfer.delivered += chunk.size();
        any = true;
        if (!request.bodySink(chunk))
            return refused();
    }
    if (any && request.downloadProgress) {
        bool known = false;
        const qint64 total = reply->rawHeader("Content-Length").trimmed().toLongLong(&known);
        request.downloadProgress(transfer.delivered, known ? total : -1);
    }
    return true;
}

void HttpClientWorker::retryOrFail(Transfer &transfer, const Error &error, bool retryable)
{
    // Bytes already in the sink cannot be taken back: its owner resumes, not us.
    if (transfer.delivered > 0)
        retryable = false;
    if (!retryable || transfer.retries >= m_options.retries) {
        qCDebug(lcNet).noquote() << error.message();
        finish(transfer, fail(error));
        return;
    }
    const int delay = HttpRetryPolicy::backoffMs(m_options.backoffMs, ++transfer.retries);
    qCInfo(lcNet).noquote() << error.message() << "- retry" << transfer.retries << "in" << delay << "ms";
    transfer.timer->start(delay);
}

void HttpClientWorker::retryOrAnswer(Transfer &transfer, HttpResponse response)
{
    if (HttpRetryPolicy::isRetryableStatus(response.status) && transfer.retries < m_options.retries) {
        const int delay = HttpRetryPolicy::backoffMs(m_options.backoffMs, ++transfer.retries);
        qCInfo(lcNet).noquote() << "HTTP" << response.status << HttpClient::displayUrl(transfer.url) << "- retry"
                                << transfer.retries << "in" << delay << "ms";
        transfer.timer->start(delay);
        return;
    }
    answer(transfer, std::move(response));
}

void HttpClientWorker::answer(Transfer &transfer, HttpResponse response)
{
    const Job &job = transfer.job;
    const std::shared_ptr<HttpCache> &cache = m_options.cache;
    if (cache && job.useCache) {
        if (response.status == 304 && job.entry) {
            if (auto refreshed = cache->refresh(job.request.url, response, job.request.cacheControlOverride)) {
                refreshed->response.fromCache = true;
                finish(transfer, std::move(refreshed->response));
                return;
            }
            // The entry went away meanwhile: ask again, without conditions.
            transfer.job.entry.reset();
            send(transfer);
            return;
        }
        if (response.status == 200) {
            if (auto stored = cache->store(job.request.url, response, job.request.cacheControlOverride); !stored)
                qCWarning(lcNet).noquote() << stored.error().toString();
        }
    }
    finish(transfer, std::move(response));
}

void HttpClientWorker::finish(Transfer &transfer, Result<HttpResponse> result)
{
    transfer.job.exchange->complete(std::move(result));
    if (transfer.holdsSlot)
        --m_active;
    m_transfers.erase(transfer.job.id); // destroys transfer
    pump();
}

} // namespace Akari
