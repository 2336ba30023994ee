// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include "loopbackhttpserver.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Test::LoopbackHttpServer;

namespace
{
constexpr int ReplyTimeoutMs = 10'000;
} // namespace

class TestLoopbackHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldListenOnLoopback();
    void shouldServeBodyStatusAndHeaders();
    void shouldAnswerWithConfiguredStatus_data();
    void shouldAnswerWithConfiguredStatus();
    void shouldAnswerUnknownPathWith404();
    void shouldRecordRequests();
    void shouldMatchPathWithoutQuery();
    void shouldCutConnectionAfterSomeBodyBytes();
    void shouldDelayAnswer();
    void shouldHonourRangesWhenAsked_data();
    void shouldHonourRangesWhenAsked();
    void shouldIgnoreRangesByDefault();
    void shouldCountBodyBytesSent();

private:
    std::unique_ptr<QNetworkReply> get(const QString &path,
                                       const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    bool waitFor(QNetworkReply *reply);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestLoopbackHttpServer::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->start());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_network->setProxy(QNetworkProxy::NoProxy); // a proxy from the environment must not intercept 127.0.0.1
}

void TestLoopbackHttpServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<QNetworkReply> TestLoopbackHttpServer::get(const QString &path,
                                                           const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_server->url(path));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    return std::unique_ptr<QNetworkReply>(m_network->get(request));
}

bool TestLoopbackHttpServer::waitFor(QNetworkReply *reply)
{
    if (reply->isFinished())
        return true;
    QSignalSpy finished(reply, &QNetworkReply::finished);
    return finished.wait(ReplyTimeoutMs);
}

void TestLoopbackHttpServer::shouldListenOnLoopback()
{
    const QUrl url = m_server->url(u"/x"_s);
    QCOMPARE(url.scheme(), u"http"_s);
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    QCOMPARE(url.path(), u"/x"_s);
}

void TestLoopbackHttpServer::shouldServeBodyStatusAndHeaders()
{
    m_server->setResponse("/simple/torch/",
                          {200, "<html>torch</html>", {{"Content-Type", "text/html"}, {"X-Akari", "yes"}}});
    QSignalSpy served(m_server.get(), &LoopbackHttpServer::requestServed);
    const std::unique_ptr<QNetworkReply> reply = get(u"/simple/torch/"_s);
    QVERIFY(waitFor(reply.get()));

    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), "<html>torch</html>"_ba);
    QCOMPARE(reply->rawHeader("X-Akari"), "yes"_ba);
    QCOMPARE(reply->header(QNetworkRequest::ContentTypeHeader).toString(), u"text/html"_s);
    QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(), 18);
    QCOMPARE(served.count(), 1);
    QCOMPARE(served.first().first().toByteArray(), "/simple/torch/"_ba);
}

void TestLoopbackHttpServer::shouldAnswerWithConfiguredStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QNetworkReply::NetworkError>("error");
    QTest::newRow("206") << 206 << QNetworkReply::NoError;
    QTest::newRow("403") << 403 << QNetworkReply::ContentAccessDenied;
    QTest::newRow("500") << 500 << QNetworkReply::InternalServerError;
    QTest::newRow("503") << 503 << QNetworkReply::ServiceUnavailableError;
}

void TestLoopbackHttpServer::shouldAnswerWithConfiguredStatus()
{
    QFETCH(int, status);
    QFETCH(QNetworkReply::NetworkError, error);
    m_server->setResponse("/status", {status, "body", {}});
    const std::unique_ptr<QNetworkReply> reply = get(u"/status"_s);
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->error(), error);
    QCOMPARE(reply->readAll(), "body"_ba);
}

void TestLoopbackHttpServer::shouldAnswerUnknownPathWith404()
{
    m_server->setResponse("/known", {200, "yes", {}});
    const std::unique_ptr<QNetworkReply> reply = get(u"/unknown"_s);
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    QCOMPARE(reply->error(), QNetworkReply::ContentNotFoundError);
}

void TestLoopbackHttpServer::shouldRecordRequests()
{
    m_server->setResponse("/wheel.whl", {206, "abc", {}});
    m_server->setResponse("/upload", {200, {}, {}});
    const std::unique_ptr<QNetworkReply> first = get(u"/wheel.whl"_s, {{"Range", "bytes=100-"}, {"X-Trace", "1"}});
    QVERIFY(waitFor(first.get()));
    QNetworkRequest post(m_server->url(u"/upload"_s));
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const std::unique_ptr<QNetworkReply> second(m_network->post(post, R"({"a": 1})"_ba));
    QVERIFY(waitFor(second.get()));

    const QList<LoopbackHttpServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).method, "GET"_ba);
    QCOMPARE(requests.at(0).path, "/wheel.whl"_ba);
    QCOMPARE(requests.at(0).headers.value("range"), "bytes=100-"_ba);
    QCOMPARE(requests.at(0).headers.value("x-trace"), "1"_ba);
    QVERIFY(requests.at(0).headers.value("host").startsWith("127.0.0.1"));
    QVERIFY(requests.at(0).body.isEmpty());
    QCOMPARE(requests.at(1).method, "POST"_ba);
    QCOMPARE(requests.at(1).path, "/upload"_ba);
    QCOMPARE(requests.at(1).headers.value("content-type"), "application/json"_ba);
    QCOMPARE(requests.at(1).body, R"({"a": 1})"_ba);
}

void TestLoopbackHttpServer::shouldMatchPathWithoutQuery()
{
    m_server->setResponse("/simple/numpy/", {200, "numpy", {}});
    QUrl url = m_server->url(u"/simple/numpy/"_s);
    url.setQuery(u"format=json"_s);
    const std::unique_ptr<QNetworkReply> reply(m_network->get(QNetworkRequest(url)));
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), "numpy"_ba);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, "/simple/numpy/?format=json"_ba);
}

void TestLoopbackHttpServer::shouldCutConnectionAfterSomeBodyBytes()
{
    const QByteArray body(1000, 'w');
    m_server->setResponse("/big.whl", {200, body, {}, 100, 0});
    const std::unique_ptr<QNetworkReply> reply = get(u"/big.whl"_s);
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(reply->error() != QNetworkReply::NoError, "a cut connection must not look like a complete download");
    const QByteArray received = reply->readAll();
    QVERIFY(received.size() < body.size());
    QVERIFY(body.startsWith(received));
}

void TestLoopbackHttpServer::shouldDelayAnswer()
{
    constexpr int DelayMs = 300;
    m_server->setResponse("/slow", {200, "late", {}, -1, DelayMs});
    QElapsedTimer clock;
    clock.start();
    const std::unique_ptr<QNetworkReply> reply = get(u"/slow"_s);
    // The request arrives (and is recorded) well before the answer leaves.
    QTRY_COMPARE(m_server->requests().size(), 1);
    QVERIFY(!reply->isFinished());
    QVERIFY(waitFor(reply.get()));
    QVERIFY2(clock.elapsed() >= DelayMs, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), "late"_ba);
}

void TestLoopbackHttpServer::shouldHonourRangesWhenAsked_data()
{
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentRange");
    // Body "0123456789": RFC 9110 section 14 semantics.
    QTest::newRow("closed") << "bytes=2-4"_ba << 206 << "234"_ba
                            << "bytes 2-4/10"_ba;
    QTest::newRow("open end") << "bytes=7-"_ba << 206 << "789"_ba
                              << "bytes 7-9/10"_ba;
    QTest::newRow("suffix") << "bytes=-3"_ba << 206 << "789"_ba
                            << "bytes 7-9/10"_ba;
    QTest::newRow("suffix longer than body") << "bytes=-20"_ba << 206 << "0123456789"_ba
                                             << "bytes 0-9/10"_ba;
    QTest::newRow("last past the end") << "bytes=5-100"_ba << 206 << "56789"_ba
                                       << "bytes 5-9/10"_ba;
    QTest::newRow("first past the end") << "bytes=10-"_ba << 416 << QByteArray() << "bytes */10"_ba;
    QTest::newRow("empty suffix") << "bytes=-0"_ba << 416 << QByteArray() << "bytes */10"_ba;
    QTest::newRow("several ranges") << "bytes=1-2,4-5"_ba << 200 << "0123456789"_ba << QByteArray();
    QTest::newRow("other unit") << "items=1-2"_ba << 200 << "0123456789"_ba << QByteArray();
    QTest::newRow("no range") << QByteArray() << 200 << "0123456789"_ba << QByteArray();
}

void TestLoopbackHttpServer::shouldHonourRangesWhenAsked()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentRange);
    LoopbackHttpServer::Response response{200, "0123456789", {{"Content-Type", "application/zip"}}};
    response.honourRanges = true;
    m_server->setResponse("/file.whl", response);
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    const std::unique_ptr<QNetworkReply> reply = get(u"/file.whl"_s, headers);
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->readAll(), body);
    QCOMPARE(reply->rawHeader("Content-Range"), contentRange);
    QCOMPARE(reply->rawHeader("Accept-Ranges"), "bytes"_ba);
    QCOMPARE(reply->rawHeader("Content-Type"), "application/zip"_ba);
}

void TestLoopbackHttpServer::shouldIgnoreRangesByDefault()
{
    m_server->setResponse("/file.whl", {200, "0123456789", {}});
    const std::unique_ptr<QNetworkReply> reply = get(u"/file.whl"_s, {{"Range", "bytes=2-4"}});
    QVERIFY(waitFor(reply.get()));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), "0123456789"_ba);
    QVERIFY(!reply->hasRawHeader("Content-Range"));
    QVERIFY(!reply->hasRawHeader("Accept-Ranges"));
}

void TestLoopbackHttpServer::shouldCountBodyBytesSent()
{
    LoopbackHttpServer::Response response{200, QByteArray(1000, 'z'), {}};
    response.honourRanges = true;
    m_server->setResponse("/big.whl", response);
    m_server->setResponse("/cut.whl", {200, QByteArray(500, 'c'), {}, 100, 0});
    QCOMPARE(m_server->bodyBytesSent(), 0);
    const std::unique_ptr<QNetworkReply> part = get(u"/big.whl"_s, {{"Range", "bytes=-64"}});
    QVERIFY(waitFor(part.get()));
    QCOMPARE(m_server->bodyBytesSent(), 64);
    const std::unique_ptr<QNetworkReply> whole = get(u"/big.whl"_s);
    QVERIFY(waitFor(whole.get()));
    QCOMPARE(m_server->bodyBytesSent(), 64 + 1000);
    const std::unique_ptr<QNetworkReply> cut = get(u"/cut.whl"_s);
    QVERIFY(waitFor(cut.get()));
    QCOMPARE(m_server->bodyBytesSent(), 64 + 1000 + 100);
}

QTEST_GUILESS_MAIN(TestLoopbackHttpServer)
#include "tst_loopbackhttpserver.moc"
