// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexsession.h"

#include <mutex>

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>

#include "../buildinfo.h"
#include "../logging/logcategories.h"
#include "httpcache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

struct SessionState
{
    QMutex mutex;
    std::shared_ptr<SimpleIndexClient> client;
    bool offline = false;
};

SessionState &state()
{
    static SessionState session;
    return session;
}

/// uv's boolean environment values.
bool isTrue(const QString &value)
{
    const QString folded = value.trimmed().toLower();
    return folded == "1"_L1 || folded == "true"_L1 || folded == "yes"_L1 || folded == "on"_L1;
}

/// A positive whole number from \a value, or nullopt.
std::optional<int> positiveNumber(const QString &value, int maximum)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < 0 || number > maximum)
        return std::nullopt;
    return number;
}

} // namespace

std::shared_ptr<SimpleIndexClient> IndexSession::shared()
{
    // The client's network thread and QNetworkAccessManager must be gone before Qt's own
    // globals are: drop the shared client when the application object is destroyed, not at
    // static destruction (which would run after QtNetwork's globals are torn down).
    static std::once_flag cleanup;
    std::call_once(cleanup, [] { qAddPostRoutine(&IndexSession::reset); });

    SessionState &session = state();
    QMutexLocker lock(&session.mutex);
    if (!session.client) {
        HttpClient::Options options = optionsFrom(QProcessEnvironment::systemEnvironment());
        options.offline = options.offline || session.offline;
        options.cache = std::make_shared<HttpCache>(HttpCache::defaultDirectory());
        qCDebug(lcNet) << "index session: cache" << options.cache->directory() << "offline" << options.offline
                       << "timeout" << options.timeoutMs << "ms, retries" << options.retries;
        session.client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(std::move(options)),
                                                             IndexCredentials::fromSystem());
    }
    return session.client;
}

void IndexSession::setOffline(bool offline)
{
    SessionState &session = state();
    QMutexLocker lock(&session.mutex);
    session.offline = offline;
}

void IndexSession::reset()
{
    std::shared_ptr<SimpleIndexClient> dropped;
    SessionState &session = state();
    QMutexLocker lock(&session.mutex);
    dropped = std::move(session.client); // destroyed after unlocking: it waits for its network thread
    lock.unlock();
}

HttpClient::Options IndexSession::optionsFrom(const QProcessEnvironment &environment)
{
    HttpClient::Options options;
    options.offline = isTrue(environment.value(u"UV_OFFLINE"_s));
    // Akari's own variable wins over uv's; both are in seconds.
    for (const QString &name : {u"AKARI_HTTP_TIMEOUT"_s, u"UV_HTTP_TIMEOUT"_s}) {
        if (const std::optional<int> seconds = positiveNumber(environment.value(name), 24 * 3600);
            seconds && *seconds > 0) {
            options.timeoutMs = *seconds * 1000;
            break;
        }
    }
    if (const std::optional<int> retries = positiveNumber(environment.value(u"UV_HTTP_RETRIES"_s), 100))
        options.retries = *retries;
    options.userAgent = "akari/" + applicationVersion().toUtf8();
    return options;
}

} // namespace Akari
