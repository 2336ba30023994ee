// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient with its on-disk cache: freshness, revalidation, offline mode, and what never
// comes from (or goes into) the cache. The transport itself is tested in tst_httpclient.cpp.
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpcache.h"
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

/// Every byte of every file under \a directory.
QByteArray allFileBytes(const QString &directory)
{
    QByteArray bytes;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}
} // namespace

class TestHttpClientCache : public QObject
{
    Q_OBJECT

private slots:
    void rangeHeader_data();
    void rangeHeader();
    void offlineMissFails();
    void freshEntryAnsweredFromCache();
    void revalidation_data();
    void revalidation();
    void changedAnswerReplacesEntry();
    void revalidatePolicyAlwaysAsks();
    void noStoreBypassesCache();
    void offlineServesStaleEntry();
    void credentialsNeverReachTheCache();
};

void TestHttpClientCache::rangeHeader_data()
{
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("closed") << qint64(0) << qint64(99) << QByteArray("bytes=0-99");
    QTest::newRow("to the end") << qint64(100) << qint64(-1) << QByteArray("bytes=100-");
    QTest::newRow("suffix") << qint64(-65536) << qint64(-1) << QByteArray("bytes=-65536");
}

void TestHttpClientCache::rangeHeader()
{
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    QFETCH(QByteArray, expected);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/x.whl", Response{206, "PK", {{"Content-Range", "bytes 0-1/2"}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    HttpRequest request = requestFor(server.url(u"/x.whl"_s));
    request.range = std::pair{first, last};

    for (int i = 0; i < 2; ++i) { // ranges never come from the cache
        const auto result = get(client, request);
        QVERIFY(result);
        QCOMPARE(result->status, 206);
        QVERIFY(!result->fromCache);
    }
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().constFirst().headers.value("range"), expected);
}

void TestHttpClientCache::offlineMissFails()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/", Response{200, "online"});
    QTemporaryDir dir;
    for (const bool withCache : {false, true}) {
        HttpClient::Options options = quickOptions();
        options.offline = true;
        if (withCache)
            options.cache = std::make_shared<Akari::HttpCache>(dir.path());
        HttpClient client(options);
        const QUrl url = server.url(u"/simple/x/"_s);
        const auto result = get(client, requestFor(url));
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::Network);
        QCOMPARE(result.error().file(), url.toString());
        QVERIFY2(result.error().message().contains(url.toString()), qPrintable(result.error().message()));
        QVERIFY2(result.error().message().contains(u"offline"_s), qPrintable(result.error().message()));
    }
    QCOMPARE(server.requests().size(), 0);
}

void TestHttpClientCache::freshEntryAnsweredFromCache()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/",
                       Response{200, "v1", {{"Cache-Control", "max-age=600"}, {"Content-Type", "text/html"}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    const HttpRequest request = requestFor(server.url(u"/simple/x/"_s));

    const auto first = get(client, request);
    QVERIFY(first);
    QVERIFY(!first->fromCache);
    server.setResponse("/simple/x/", Response{200, "v2"});
    const auto second = get(client, request);
    QVERIFY(second);
    QVERIFY(second->fromCache);
    QCOMPARE(second->status, 200);
    QCOMPARE(second->body, QByteArray("v1"));
    QCOMPARE(second->contentType, QByteArray("text/html"));
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpClientCache::revalidation_data()
{
    QTest::addColumn<QByteArray>("validator");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("conditional");
    QTest::newRow("etag") << QByteArray("ETag") << QByteArray("\"abc123\"") << QByteArray("if-none-match");
    QTest::newRow("last-modified") << QByteArray("Last-Modified") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT")
                                   << QByteArray("if-modified-since");
}

void TestHttpClientCache::revalidation()
{
    QFETCH(QByteArray, validator);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, conditional);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/", Response{200, "page", {{"Cache-Control", "max-age=0"}, {validator, value}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    const HttpRequest request = requestFor(server.url(u"/simple/x/"_s));

    const auto first = get(client, request);
    QVERIFY(first);
    QCOMPARE(first->body, QByteArray("page"));
    QVERIFY(!server.requests().at(0).headers.contains(conditional));

    server.setResponse("/simple/x/", Response{304, {}, {{validator, value}}});
    const auto second = get(client, request);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().message()));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).headers.value(conditional), value);
    QCOMPARE(second->status, 200);
    QCOMPARE(second->body, QByteArray("page"));
    QVERIFY(second->fromCache);
}

void TestHttpClientCache::changedAnswerReplacesEntry()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/", Response{200, "old", {{"Cache-Control", "no-cache"}, {"ETag", "\"1\""}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    const HttpRequest request = requestFor(server.url(u"/simple/x/"_s));

    QVERIFY(get(client, request));
    server.setResponse("/simple/x/", Response{200, "new", {{"Cache-Control", "no-cache"}, {"ETag", "\"2\""}}});
    const auto changed = get(client, request);
    QVERIFY(changed);
    QCOMPARE(changed->body, QByteArray("new"));
    QVERIFY(!changed->fromCache);
    QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("\"1\""));
    const auto third = get(client, request);
    QVERIFY(third);
    QCOMPARE(server.requests().at(2).headers.value("if-none-match"), QByteArray("\"2\""));
}

void TestHttpClientCache::revalidatePolicyAlwaysAsks()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/", Response{200, "page", {{"Cache-Control", "max-age=600"}, {"ETag", "\"e\""}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    HttpRequest request = requestFor(server.url(u"/simple/x/"_s));

    QVERIFY(get(client, request));
    server.setResponse("/simple/x/", Response{304, {}, {{"ETag", "\"e\""}}});
    request.cachePolicy = HttpRequest::CachePolicy::Revalidate;
    const auto result = get(client, request);
    QVERIFY(result);
    QCOMPARE(result->body, QByteArray("page"));
    QVERIFY(result->fromCache);
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("\"e\""));
}

void TestHttpClientCache::noStoreBypassesCache()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/x.whl", Response{200, "wheel", {{"Cache-Control", "max-age=600"}, {"ETag", "\"w\""}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    HttpRequest request = requestFor(server.url(u"/x.whl"_s));
    request.cachePolicy = HttpRequest::CachePolicy::NoStore;

    for (int i = 0; i < 2; ++i) {
        const auto result = get(client, request);
        QVERIFY(result);
        QVERIFY(!result->fromCache);
    }
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!server.requests().at(1).headers.contains("if-none-match"));
    QVERIFY(!options.cache->lookup(request.url));
}

void TestHttpClientCache::offlineServesStaleEntry()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/simple/x/", Response{200, "cached page", {{"Cache-Control", "no-cache"}, {"ETag", "\"s\""}}});
    QTemporaryDir dir;
    const auto cache = std::make_shared<Akari::HttpCache>(dir.path());
    const HttpRequest request = requestFor(server.url(u"/simple/x/"_s));
    {
        HttpClient::Options options = quickOptions();
        options.cache = cache;
        HttpClient online(options);
        QVERIFY(get(online, request));
    }
    HttpClient::Options options = quickOptions();
    options.cache = cache;
    options.offline = true;
    HttpClient offline(options);
    const auto result = get(offline, request);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
    QCOMPARE(result->body, QByteArray("cached page"));
    QVERIFY(result->fromCache);
    QCOMPARE(server.requests().size(), 1);
}

void TestHttpClientCache::credentialsNeverReachTheCache()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/private/x/", Response{200, "page", {{"Cache-Control", "max-age=600"}, {"ETag", "\"p\""}}});
    QTemporaryDir dir;
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    QUrl withUserInfo = server.url(u"/private/x/"_s);
    withUserInfo.setUserName(u"carol"_s);
    withUserInfo.setPassword(u"Pa55word"_s);

    const auto first = get(client, requestFor(withUserInfo));
    QVERIFY2(first, messageOf(first).constData());
    QCOMPARE(server.requests().constFirst().headers.value("authorization"), basic("carol:Pa55word"));
    // The entry is keyed by the URL without userinfo: the same page without it is a hit.
    const auto second = get(client, requestFor(server.url(u"/private/x/"_s)));
    QVERIFY2(second, messageOf(second).constData());
    QVERIFY(second->fromCache);
    QCOMPARE(server.requests().size(), 1);

    const QByteArray stored = allFileBytes(dir.path());
    QVERIFY(stored.contains("page"));
    for (const QByteArray secret : {"carol", "Pa55word", "Y2Fyb2w6UGE1NXdvcmQ="})
        QVERIFY2(!stored.contains(secret), secret.constData());
}

QTEST_GUILESS_MAIN(TestHttpClientCache)
#include "tst_httpclientcache.moc"
