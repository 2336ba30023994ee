// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"

#include <atomic>
#include <mutex>

#include <QDateTime>
#include <QNetworkProxyFactory>
#include <QThread>

#include "../system/threadpriority.h"
#include "httpcache.h"
#include "httpclientworker.h"
#include "httpurl.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// How often wait() asks its CancelCheck.
constexpr std::chrono::milliseconds CancelPoll{20};

std::atomic<quint64> nextId{1};

class PendingTransfer final : public HttpClient::Pending
{
public:
    PendingTransfer(std::shared_ptr<HttpExchange> exchange, std::shared_ptr<HttpClientWorker::Link> link, quint64 id)
        : m_exchange(std::move(exchange))
        , m_link(std::move(link))
        , m_id(id)
    {}

    [[nodiscard]] bool isFinished() const override { return m_exchange->isComplete(); }

    [[nodiscard]] Result<HttpResponse> wait(const HttpClient::CancelCheck &isCancelled) override
    {
        if (!isCancelled)
            return m_exchange->wait();
        for (;;) {
            if (auto result = m_exchange->waitFor(CancelPoll))
                return *result;
            if (isCancelled()) {
                cancel();
                return m_exchange->wait();
            }
        }
    }

    void cancel() override
    {
        if (m_exchange->complete(fail(Error::cancelled())) && m_link)
            m_link->abort(m_id); // free the slot and the connection
    }

private:
    std::shared_ptr<HttpExchange> m_exchange;
    std::shared_ptr<HttpClientWorker::Link> m_link; ///< null when answered without the network
    quint64 m_id;
};

std::shared_ptr<HttpClient::Pending> answered(Result<HttpResponse> result)
{
    auto exchange = std::make_shared<HttpExchange>();
    exchange->complete(std::move(result));
    return std::make_shared<PendingTransfer>(std::move(exchange), nullptr, 0);
}
} // namespace

HttpClient::HttpClient(Options options)
    : m_options(std::move(options))
{
    // Process-wide, so set once: http_proxy, https_proxy and no_proxy on Linux.
    static std::once_flag proxies;
    std::call_once(proxies, [] { QNetworkProxyFactory::setUseSystemConfiguration(true); });

    m_thread = new QThread;
    m_thread->setObjectName(u"akari-http"_s);
    m_worker = new HttpClientWorker(m_options);
    m_worker->moveToThread(m_thread);
    // Streamed downloads hash and write on this thread: it must not keep the GUI thread waiting.
    QObject::connect(m_thread, &QThread::started, m_thread, &ThreadPriority::makeCurrentThreadBackground,
                     Qt::DirectConnection);
    m_thread->start();
}

HttpClient::~HttpClient()
{
    m_worker->link()->detach();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->shutdown();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString HttpClient::displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

std::shared_ptr<HttpClient::Pending> HttpClient::start(const HttpRequest &request)
{
    HttpRequest sent = request;
    // Userinfo in the URL is a way to give credentials, never something to send or show.
    if (!sent.credentials && (!request.url.userName().isEmpty() || !request.url.password().isEmpty()))
        sent.credentials =
            HttpCredentials{request.url.userName(QUrl::FullyDecoded), request.url.password(QUrl::FullyDecoded)};
    sent.url = HttpUrl::withoutCredentials(request.url);

    // The cache is read here, on the caller's thread: warm runs then never queue behind the
    // network thread, and a fresh hit is answered at once.
    const std::shared_ptr<HttpCache> &cache = m_options.cache;
    // A streamed body is never kept, so it can be neither stored nor answered from the cache.
    const bool streamed = static_cast<bool>(sent.bodySink);
    const bool useCache = cache && !sent.range && !streamed && sent.cachePolicy != HttpRequest::CachePolicy::NoStore;
    std::optional<HttpCache::Entry> entry;
    if (cache && !sent.range && !streamed && (useCache || m_options.offline))
        entry = cache->lookup(sent.url);

    if (m_options.offline) {
        if (!entry) {
            const QString where = displayUrl(sent.url);
            return answered(fail(
                Error(Error::Code::Network, tr("%1 is not in the cache and Akari is offline.").arg(where), where)));
        }
        entry->response.fromCache = true;
        return answered(std::move(entry->response));
    }
    if (entry && sent.cachePolicy == HttpRequest::CachePolicy::UseCache &&
        entry->isFresh(QDateTime::currentDateTimeUtc())) {
        entry->response.fromCache = true;
        return answered(std::move(entry->response));
    }

    HttpClientWorker::Job job;
    job.id = nextId.fetch_add(1, std::memory_order_relaxed);
    job.request = std::move(sent);
    job.entry = std::move(entry);
    job.useCache = useCache;
    job.exchange = std::make_shared<HttpExchange>();
    auto pending = std::make_shared<PendingTransfer>(job.exchange, m_worker->link(), job.id);
    m_worker->link()->submit(std::move(job));
    return pending;
}

Result<HttpResponse> HttpClient::fetch(const HttpRequest &request, const CancelCheck &isCancelled)
{
    if (QThread::currentThread() == m_thread)
        return fail(Error(Error::Code::Internal, tr("HttpClient::fetch() was called on the network thread.")));
    return start(request)->wait(isCancelled);
}

} // namespace Akari
