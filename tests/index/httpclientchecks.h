// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <thread>

#include <QTest>
#include <QUrl>

#include "core/index/httpclient.h"

namespace Akari::Test
{

/// Generous bound for one answer from the loopback server: the tests run on busy machines, and
/// the client's own timeouts end a hung request long before this.
constexpr int AnswerWaitMs = 60000;

/// Short retry delays so that retry tests stay quick; timeouts stay generous.
inline HttpClient::Options quickOptions()
{
    HttpClient::Options options;
    options.timeoutMs = 5000;
    options.retries = 2;
    options.backoffMs = 10;
    options.userAgent = "akari-test";
    return options;
}

inline HttpRequest requestFor(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

/// start() and spin the event loop (the server lives in this thread) until the answer.
inline Result<HttpResponse> get(HttpClient &client, const HttpRequest &request, int timeoutMs = AnswerWaitMs)
{
    const auto pending = client.start(request);
    if (!QTest::qWaitFor([&] { return pending->isFinished(); }, timeoutMs))
        pending->cancel();
    return pending->wait();
}

/// The same URL on another host name: "localhost" is another origin than "127.0.0.1".
inline QUrl onLocalhost(QUrl url)
{
    url.setHost(QStringLiteral("localhost"));
    return url;
}

inline QByteArray basic(const QByteArray &userColonPassword)
{
    return "Basic " + userColonPassword.toBase64();
}

/// Runs \a work on another thread (blocking calls must not block the server's thread); false
/// when it did not end within \a timeoutMs (it is still joined).
template<typename Work>
bool runElsewhere(Work work, int timeoutMs = AnswerWaitMs)
{
    std::atomic<bool> done = false;
    std::thread thread([&] {
        work();
        done = true;
    });
    const bool finished = QTest::qWaitFor([&] { return done.load(); }, timeoutMs);
    thread.join();
    return finished;
}

/// The error's message for QVERIFY2, or an empty string for a success.
template<typename T>
QByteArray messageOf(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message().toUtf8();
}

} // namespace Akari::Test
