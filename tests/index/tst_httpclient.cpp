// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient against the loopback server: retries, timeouts, redirects, credentials,
// concurrency and cancellation. The cache is tested in tst_httpclientcache.cpp.
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include "core/index/httpclient.h"
#include "httpclientchecks.h"
#include "loopbackhttpserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::HttpClient;
using Akari::HttpRequest;
using Akari::HttpResponse;
using Akari::Result;

namespace
{
using Response = LoopbackHttpServer::Response;

/// A server delay no test waits for: cancelling must not depend on the server answering.
constexpr int NeverMs = 120000;
} // namespace

Q_DECLARE_METATYPE(LoopbackHttpServer::Response)

class TestHttpClient : public QObject
{
    Q_OBJECT

private slots:
    void answerWithHeaders();
    void wrongContentTypePassesThrough();
    void systemProxyIsUsed();
    void statusRetries_data();
    void statusRetries();
    void serverErrorThenSuccess();
    void transportFailures_data();
    void transportFailures();
    void resetThenSuccess();
    void connectionRefused();
    void redirectSameOriginKeepsCredentials();
    void redirectOtherHostDropsCredentials();
    void credentialsStayDroppedAfterRedirectBack();
    void tooManyRedirects();
    void userinfoNeverSentNorShown();
    void concurrencyIsBounded();
    void queueIsFifo();
    void cancelPending();
    void cancelCheckStopsFetch();
    void fetchFromWorkerThread();
    void destructorCancels();
};

void TestHttpClient::answerWithHeaders()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse(
        "/simple/",
        Response{200, "{\"name\": \"x\"}", {{"Content-Type", "Application/JSON; charset=utf-8"}, {"X-Custom", "Yes"}}});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/simple/"_s));
    request.accept = "application/vnd.pypi.simple.v1+json";

    const auto result = get(client, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->status, 200);
    QCOMPARE(result->url, server.url(u"/simple/"_s));
    QCOMPARE(result->contentType, QByteArray("application/json"));
    QCOMPARE(result->header("x-custom"), QByteArray("Yes"));
    QCOMPARE(result->header("content-length"), QByteArray("13"));
    QCOMPARE(result->body, QByteArray("{\"name\": \"x\"}"));
    QVERIFY(!result->fromCache);
    QCOMPARE(server.requests().size(), 1);
    const auto sent = server.requests().constFirst();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.headers.value("accept"), request.accept);
    QCOMPARE(sent.headers.value("user-agent"), QByteArray("akari-test"));
    QVERIFY(!sent.headers.contains("authorization"));
}

void TestHttpClient::wrongContentTypePassesThrough()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QByteArray html = "<!DOCTYPE html><html><body><a href=\"x.whl\">x.whl</a></body></html>";
    server.setResponse("/simple/x/", Response{200, html, {{"Content-Type", "text/html"}}});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/simple/x/"_s));
    request.accept = "application/vnd.pypi.simple.v1+json";

    const auto result = get(client, request);
    QVERIFY(result);
    QCOMPARE(result->contentType, QByteArray("text/html"));
    QCOMPARE(result->body, html);
}

void TestHttpClient::systemProxyIsUsed()
{
    // The loopback server plays the proxy named by http_proxy: it gets the absolute URL of a host
    // that does not exist, so the answer can only have come through it.
    LoopbackHttpServer proxy;
    QVERIFY(proxy.start());
    const QByteArray target = "http://akari-proxy-check.invalid/simple/x/";
    proxy.setResponse(target, Response{200, "through the proxy", {{"Content-Type", "text/plain"}}});
    const QByteArray before = qgetenv("http_proxy");
    qputenv("http_proxy", proxy.url().toString().toUtf8());
    HttpClient client(quickOptions());
    const auto result = get(client, requestFor(QUrl(QString::fromUtf8(target))));
    if (before.isEmpty())
        qunsetenv("http_proxy");
    else
        qputenv("http_proxy", before);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->body, QByteArray("through the proxy"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().path, target);
}

void TestHttpClient::statusRetries_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retried");
    QTest::newRow("404") << 404 << false;
    QTest::newRow("403") << 403 << false;
    QTest::newRow("400") << 400 << false;
    QTest::newRow("401") << 401 << false;
    QTest::newRow("500") << 500 << true;
    QTest::newRow("503") << 503 << true;
    QTest::newRow("429") << 429 << true;
}

void TestHttpClient::statusRetries()
{
    QFETCH(int, status);
    QFETCH(bool, retried);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/p", Response{status, "nope", {{"Content-Type", "text/plain"}}});
    HttpClient::Options options = quickOptions();
    options.retries = 3;
    options.backoffMs = 40;
    HttpClient client(options);

    QElapsedTimer clock;
    clock.start();
    const auto result = get(client, requestFor(server.url(u"/p"_s)));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    // The final answer is the status itself, not an Error.
    QCOMPARE(result->status, status);
    QCOMPARE(result->body, QByteArray("nope"));
    QCOMPARE(server.requests().size(), retried ? options.retries + 1 : 1);
    if (retried) // 40 + 80 + 160 ms at least
        QVERIFY2(clock.elapsed() >= 280, qPrintable(QString::number(clock.elapsed())));
}

void TestHttpClient::serverErrorThenSuccess()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/flaky", Response{500, "oops"});
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&server] {
        server.setResponse("/flaky", Response{200, "fine"});
    });
    HttpClient client(quickOptions());

    const auto result = get(client, requestFor(server.url(u"/flaky"_s)));
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QCOMPARE(result->body, QByteArray("fine"));
    QCOMPARE(server.requests().size(), 2);
}

void TestHttpClient::transportFailures_data()
{
    QTest::addColumn<Response>("response");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<QString>("expected");
    const QByteArray body(100, 'x');
    QTest::newRow("reset before the body")
        << Response{200, body, {}, 0, 0} << 5000 << u"cut off after 0 of 100 bytes"_s;
    QTest::newRow("truncated body") << Response{200, body, {}, 40, 0} << 5000 << u"cut off after 40 of 100 bytes"_s;
    QTest::newRow("slow server") << Response{200, body, {}, -1, NeverMs} << 1000 << u"for 1 s: the request timed out"_s;
}

void TestHttpClient::transportFailures()
{
    QFETCH(Response, response);
    QFETCH(int, timeoutMs);
    QFETCH(QString, expected);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/f", response);
    HttpClient::Options options = quickOptions();
    options.timeoutMs = timeoutMs;
    options.retries = 1;
    HttpClient client(options);

    const QUrl url = server.url(u"/f"_s);
    const auto result = get(client, requestFor(url));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    QCOMPARE(result.error().file(), url.toString());
    QVERIFY2(result.error().message().contains(expected), qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(url.toString()), qPrintable(result.error().message()));
    QCOMPARE(server.requests().size(), options.retries + 1);
}

void TestHttpClient::resetThenSuccess()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/reset", Response{200, QByteArray(64, 'a'), {}, 0, 0});
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&server] {
        server.setResponse("/reset", Response{200, QByteArray(64, 'b')});
    });
    HttpClient client(quickOptions());

    const auto result = get(client, requestFor(server.url(u"/reset"_s)));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->body, QByteArray(64, 'b'));
    QCOMPARE(server.requests().size(), 2);
}

void TestHttpClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    QUrl url(u"http://127.0.0.1/simple/"_s);
    url.setPort(port);
    HttpClient::Options options = quickOptions();
    options.retries = 2;
    options.backoffMs = 50;
    HttpClient client(options);

    QElapsedTimer clock;
    clock.start();
    const auto result = get(client, requestFor(url));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    QVERIFY2(result.error().message().contains(u"refused"_s), qPrintable(result.error().message()));
    QVERIFY(result.error().message().contains(url.toString()));
    QVERIFY2(clock.elapsed() >= 150, "connection errors are retried with backoff (50 + 100 ms)");
}

void TestHttpClient::redirectSameOriginKeepsCredentials()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/old", Response{301, {}, {{"Location", "/new"}}});
    server.setResponse("/new", Response{200, "here"});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/old"_s));
    request.credentials = Akari::HttpCredentials{u"alice"_s, u"s3cret"_s};

    const auto result = get(client, request);
    QVERIFY(result);
    QCOMPARE(result->status, 200);
    QCOMPARE(result->url, server.url(u"/new"_s));
    QCOMPARE(result->body, QByteArray("here"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 2);
    for (const auto &sent : requests)
        QCOMPARE(sent.headers.value("authorization"), basic("alice:s3cret"));
}

void TestHttpClient::redirectOtherHostDropsCredentials()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QUrl elsewhere = onLocalhost(server.url(u"/files/x.whl"_s));
    server.setResponse("/simple/x/", Response{302, {}, {{"Location", elsewhere.toEncoded()}}});
    server.setResponse("/files/x.whl", Response{200, "wheel"});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/simple/x/"_s));
    request.credentials = Akari::HttpCredentials{u"alice"_s, u"s3cret"_s};

    const auto result = get(client, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->url, elsewhere);
    QCOMPARE(result->body, QByteArray("wheel"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).headers.value("host").startsWith("127.0.0.1"));
    QCOMPARE(requests.at(0).headers.value("authorization"), basic("alice:s3cret"));
    QVERIFY(requests.at(1).headers.value("host").startsWith("localhost"));
    QVERIFY2(!requests.at(1).headers.contains("authorization"), "credentials reached another host");
}

void TestHttpClient::credentialsStayDroppedAfterRedirectBack()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    // 127.0.0.1 -> localhost -> 127.0.0.1: the other host could have chosen the last hop.
    const QUrl elsewhere = onLocalhost(server.url(u"/bounce"_s));
    server.setResponse("/start", Response{302, {}, {{"Location", elsewhere.toEncoded()}}});
    server.setResponse("/bounce", Response{302, {}, {{"Location", server.url(u"/end"_s).toEncoded()}}});
    server.setResponse("/end", Response{200, "end"});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/start"_s));
    request.credentials = Akari::HttpCredentials{u"alice"_s, u"s3cret"_s};

    const auto result = get(client, request);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->body, QByteArray("end"));
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).headers.value("authorization"), basic("alice:s3cret"));
    QVERIFY(!requests.at(1).headers.contains("authorization"));
    QVERIFY2(!requests.at(2).headers.contains("authorization"), "credentials came back after leaving the origin");
}

void TestHttpClient::tooManyRedirects()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/loop", Response{302, {}, {{"Location", "/loop"}}});
    HttpClient client(quickOptions());

    const auto result = get(client, requestFor(server.url(u"/loop"_s)));
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    QVERIFY2(result.error().message().contains(u"redirected more than 10"_s), qPrintable(result.error().message()));
    QCOMPARE(server.requests().size(), 11);
}

void TestHttpClient::userinfoNeverSentNorShown()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/private/", Response{200, "ok"});
    server.setResponse("/broken", Response{200, QByteArray(50, 'x'), {}, 10, 0});
    QUrl url = server.url(u"/private/"_s);
    url.setUserName(u"bob"_s);
    url.setPassword(u"hunter2"_s);
    HttpClient::Options options = quickOptions();
    options.retries = 0;
    HttpClient client(options);

    QCOMPARE(HttpClient::displayUrl(url), server.url(u"/private/"_s).toString());

    const auto result = get(client, requestFor(url));
    QVERIFY(result);
    QVERIFY(!result->url.toString().contains(u"hunter2"_s));
    QCOMPARE(result->url.userInfo(), QString());
    // Userinfo is sent as Basic credentials, never in the request line.
    QCOMPARE(server.requests().size(), 1);
    const auto sent = server.requests().constFirst();
    QCOMPARE(sent.path, QByteArray("/private/"));
    QCOMPARE(sent.headers.value("authorization"), basic("bob:hunter2"));

    url.setPath(u"/broken"_s);
    const auto failed = get(client, requestFor(url));
    QVERIFY(!failed);
    QVERIFY(!failed.error().message().contains(u"hunter2"_s));
    QVERIFY(!failed.error().message().contains(u"bob"_s));
    QVERIFY(!failed.error().file().contains(u"hunter2"_s));
    QVERIFY(failed.error().message().contains(server.url(u"/broken"_s).toString()));
    for (const auto &request : server.requests())
        QVERIFY(!request.path.contains("hunter2"));
}

void TestHttpClient::concurrencyIsBounded()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    constexpr int Count = 9;
    for (int i = 0; i < Count; ++i)
        server.setResponse("/slow/" + QByteArray::number(i), Response{200, QByteArray::number(i), {}, -1, 1500});
    // In flight = received but not yet answered; the peak is just before some answer.
    qsizetype served = 0;
    qsizetype peak = 0;
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&] {
        peak = std::max(peak, server.requests().size() - served);
        ++served;
    });
    HttpClient::Options options = quickOptions();
    options.maxConcurrent = 3;
    HttpClient client(options);

    std::vector<std::shared_ptr<HttpClient::Pending>> pendings;
    for (int i = 0; i < Count; ++i)
        pendings.push_back(client.start(requestFor(server.url(u"/slow/%1"_s.arg(i)))));
    QVERIFY(QTest::qWaitFor([&] { return std::ranges::all_of(pendings, [](auto &p) { return p->isFinished(); }); },
                            AnswerWaitMs));
    for (int i = 0; i < Count; ++i) {
        const auto result = pendings.at(i)->wait();
        QVERIFY(result);
        QCOMPARE(result->body, QByteArray::number(i));
    }
    QCOMPARE(served, Count);
    QCOMPARE(peak, options.maxConcurrent);
}

void TestHttpClient::queueIsFifo()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    HttpClient::Options options = quickOptions();
    options.maxConcurrent = 1;
    HttpClient client(options);
    QList<QByteArray> expected;
    std::vector<std::shared_ptr<HttpClient::Pending>> pendings;
    for (int i = 0; i < 6; ++i) {
        const QByteArray path = "/q/" + QByteArray::number((i * 7) % 6);
        server.setResponse(path, Response{200, path, {}, -1, 10});
        expected.append(path);
        pendings.push_back(client.start(requestFor(server.url(QString::fromLatin1(path)))));
    }
    QVERIFY(QTest::qWaitFor([&] { return pendings.back()->isFinished(); }, AnswerWaitMs));
    QList<QByteArray> order;
    for (const auto &request : server.requests())
        order.append(request.path);
    QCOMPARE(order, expected);
}

void TestHttpClient::cancelPending()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/slow", Response{200, "late", {}, -1, NeverMs});
    HttpClient::Options options = quickOptions();
    options.maxConcurrent = 1;
    HttpClient client(options);

    const auto onWire = client.start(requestFor(server.url(u"/slow"_s)));
    const auto queued = client.start(requestFor(server.url(u"/slow"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, AnswerWaitMs);

    QElapsedTimer clock;
    clock.start();
    queued->cancel();
    QVERIFY(queued->isFinished());
    QCOMPARE(queued->wait().error(), Error::cancelled());
    onWire->cancel();
    const auto result = onWire->wait();
    QVERIFY(!result);
    QCOMPARE(result.error(), Error::cancelled());
    QVERIFY(clock.elapsed() < NeverMs / 2);
    // The queued request never went out, not even after the slot freed up.
    QTest::qWait(200);
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpClient::cancelCheckStopsFetch()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/slow", Response{200, "late", {}, -1, NeverMs});
    HttpClient client(quickOptions());
    std::atomic<bool> cancelled = false;
    Result<HttpResponse> result;
    qint64 elapsed = -1;

    // The flag flips on this thread, once the request is on the wire, while fetch() blocks the other one.
    QTimer poll;
    connect(&poll, &QTimer::timeout, &server, [&] {
        if (!server.requests().isEmpty())
            cancelled = true;
    });
    poll.start(10);
    QVERIFY(runElsewhere([&] {
        QElapsedTimer clock;
        clock.start();
        result = client.fetch(requestFor(server.url(u"/slow"_s)), [&] { return cancelled.load(); });
        elapsed = clock.elapsed();
    }));
    QVERIFY(!result);
    QCOMPARE(result.error(), Error::cancelled());
    QVERIFY2(elapsed < NeverMs / 2, qPrintable(QString::number(elapsed)));
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpClient::fetchFromWorkerThread()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/page", Response{200, "body", {{"Content-Type", "text/html"}}});
    HttpClient client(quickOptions());
    Result<HttpResponse> result;
    QVERIFY(runElsewhere([&] { result = client.fetch(requestFor(server.url(u"/page"_s))); }));
    QVERIFY(result);
    QCOMPARE(result->body, QByteArray("body"));
}

void TestHttpClient::destructorCancels()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/slow", Response{200, "late", {}, -1, NeverMs});
    auto client = std::make_unique<HttpClient>(quickOptions());
    const auto pending = client->start(requestFor(server.url(u"/slow"_s)));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, AnswerWaitMs);
    QElapsedTimer clock;
    clock.start();
    client.reset();
    QVERIFY(pending->isFinished());
    QCOMPARE(pending->wait().error(), Error::cancelled());
    QVERIFY(clock.elapsed() < NeverMs / 2);
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
