// SPDX-License-Identifier: GPL-3.0-or-later

#include <thread>
#include <vector>

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpcache.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HttpCache;
using Akari::HttpResponse;

namespace
{
const QString Base = u"https://"_s + u"pypi.example/simple/"_s;

HttpResponse response(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &body = "<html/>")
{
    HttpResponse answer;
    answer.status = 200;
    answer.url = QUrl(Base + u"torch/"_s);
    answer.contentType = "text/html";
    answer.headers = headers;
    answer.body = body;
    return answer;
}

QStringList entryFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

QByteArray httpDate(const QDateTime &when)
{
    return QLocale::c().toString(when.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}
} // namespace

class TestHttpCache final : public QObject
{
    Q_OBJECT

private slots:
    void parseCacheControl_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("maxAge"); // -1: none
        QTest::addColumn<bool>("noStore");
        QTest::addColumn<bool>("noCache");

        QTest::newRow("empty") << QByteArray() << qint64(-1) << false << false;
        QTest::newRow("max-age") << QByteArray("max-age=600") << qint64(600) << false << false;
        QTest::newRow("pypi") << QByteArray("max-age=600, public") << qint64(600) << false << false;
        QTest::newRow("case and spaces") << QByteArray("  Public ,MAX-AGE = 30 ") << qint64(30) << false << false;
        QTest::newRow("quoted value") << QByteArray("max-age=\"45\"") << qint64(45) << false << false;
        QTest::newRow("bad number ignored") << QByteArray("max-age=abc, no-cache") << qint64(-1) << false << true;
        QTest::newRow("negative ignored") << QByteArray("max-age=-5") << qint64(-1) << false << false;
        QTest::newRow("fraction ignored") << QByteArray("max-age=1.5") << qint64(-1) << false << false;
        QTest::newRow("empty value ignored") << QByteArray("max-age=") << qint64(-1) << false << false;
        QTest::newRow("first valid wins") << QByteArray("max-age=10, max-age=20") << qint64(10) << false << false;
        QTest::newRow("huge clamped") << QByteArray("max-age=99999999999999999999") << (qint64(1) << 31) << false
                                      << false;
        QTest::newRow("s-maxage ignored") << QByteArray("s-maxage=100") << qint64(-1) << false << false;
        QTest::newRow("no-store") << QByteArray("no-store") << qint64(-1) << true << false;
        QTest::newRow("no-cache and max-age") << QByteArray("no-cache, max-age=60") << qint64(60) << false << true;
        QTest::newRow("no-cache with field list")
            << QByteArray("no-cache=\"Set-Cookie\"") << qint64(-1) << false << false;
        QTest::newRow("NO-STORE upper") << QByteArray("private, NO-STORE") << qint64(-1) << true << false;
        QTest::newRow("stray commas") << QByteArray(",,max-age=5,,") << qint64(5) << false << false;
    }

    void parseCacheControl()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, maxAge);
        QFETCH(bool, noStore);
        QFETCH(bool, noCache);
        const HttpCache::CacheControl control = HttpCache::parseCacheControl(header);
        QCOMPARE(control.maxAge.value_or(-1), maxAge);
        QCOMPARE(control.noStore, noStore);
        QCOMPARE(control.noCache, noCache);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.filePath(u"cache"_s));
        const QUrl url(Base + u"torch/"_s);
        QVERIFY(!cache.lookup(url));
        QByteArray body(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < body.size(); ++i)
            body[i] = char(i * 7 % 256);
        QVERIFY(cache.store(url, response({{"etag", "\"abc\""},
                                           {"last-modified", "Tue, 01 Apr 2025 10:00:00 GMT"},
                                           {"cache-control", "max-age=600"},
                                           {"x-other", "dropped"}},
                                          body)));
        const std::optional<HttpCache::Entry> entry = cache.lookup(url);
        QVERIFY(entry);
        QCOMPARE(entry->response.body, body);
        QCOMPARE(entry->response.status, 200);
        QCOMPARE(entry->response.contentType, QByteArray("text/html"));
        QCOMPARE(entry->response.url, url);
        QVERIFY(entry->response.fromCache);
        QCOMPARE(entry->etag, QByteArray("\"abc\""));
        QCOMPARE(entry->lastModified, QByteArray("Tue, 01 Apr 2025 10:00:00 GMT"));
        QCOMPARE(entry->response.header("x-other"), QByteArray());
        QCOMPARE(entry->freshSeconds, 600);
        QVERIFY(!entry->mustRevalidate);
        QVERIFY(qAbs(entry->storedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(entry->isFresh(entry->storedAt.addSecs(599)));
        QVERIFY(!entry->isFresh(entry->storedAt.addSecs(600)));
        // The key ignores the fragment; another URL is another entry.
        QVERIFY(cache.lookup(QUrl(Base + u"torch/#frag"_s)));
        QVERIFY(!cache.lookup(QUrl(Base + u"torchvision/"_s)));
        QCOMPARE(entryFiles(cache.directory()).size(), 1);
    }

    void neverStoresSecrets()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl withUser(u"https://"_s + u"alice:Secr3tPass@idx.example/simple/torch/"_s);
        HttpResponse answer = response({{"authorization", "Basic QWxhZGRpbjpvcGVu"},
                                        {"set-cookie", "session=CookieValue42"},
                                        {"cache-control", "max-age=60"}});
        answer.url = withUser;
        QVERIFY(cache.store(withUser, answer));
        const QStringList files = entryFiles(dir.path());
        QCOMPARE(files.size(), 1);
        QFile file(files.first());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const QByteArray secret : {"Secr3tPass", "alice", "QWxhZGRpbjpvcGVu", "CookieValue42"})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        // The same URL without userinfo finds it; the answer carries no userinfo either.
        const std::optional<HttpCache::Entry> entry =
            cache.lookup(QUrl(u"https://"_s + u"idx.example/simple/torch/"_s));
        QVERIFY(entry);
        QVERIFY(entry->response.url.userInfo().isEmpty());
        QCOMPARE(entry->response.header("set-cookie"), QByteArray());
    }

    void freshness_data()
    {
        QTest::addColumn<QList<QByteArray>>("headers"); // name, value, name, value...
        QTest::addColumn<QByteArray>("override");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<qint64>("freshSeconds");
        QTest::addColumn<bool>("mustRevalidate");

        const QDateTime date = QDateTime(QDate(2025, 4, 1), QTime(10, 0), Qt::UTC);
        const QByteArray dateText = httpDate(date);
        QTest::newRow("none") << QList<QByteArray>{} << QByteArray() << true << qint64(0) << false;
        QTest::newRow("max-age") << QList<QByteArray>{"cache-control", "max-age=600"} << QByteArray() << true
                                 << qint64(600) << false;
        QTest::newRow("max-age minus age") << QList<QByteArray>{"cache-control", "max-age=600", "age", "100"}
                                           << QByteArray() << true << qint64(500) << false;
        QTest::newRow("age beyond max-age") << QList<QByteArray>{"cache-control", "max-age=60", "age", "100"}
                                            << QByteArray() << true << qint64(0) << false;
        QTest::newRow("max-age=0") << QList<QByteArray>{"cache-control", "max-age=0"} << QByteArray() << true
                                   << qint64(0) << false;
        QTest::newRow("no-cache") << QList<QByteArray>{"cache-control", "no-cache"} << QByteArray() << true << qint64(0)
                                  << true;
        QTest::newRow("no-store") << QList<QByteArray>{"cache-control", "no-store"} << QByteArray() << false
                                  << qint64(0) << false;
        QTest::newRow("expires minus date")
            << QList<QByteArray>{"date", dateText, "expires", httpDate(date.addSecs(3600))} << QByteArray() << true
            << qint64(3600) << false;
        QTest::newRow("expires in the past")
            << QList<QByteArray>{"date", dateText, "expires", httpDate(date.addSecs(-5))} << QByteArray() << true
            << qint64(0) << false;
        QTest::newRow("invalid expires") << QList<QByteArray>{"date", dateText, "expires", "0"} << QByteArray() << true
                                         << qint64(0) << false;
        QTest::newRow("max-age beats expires")
            << QList<QByteArray>{"cache-control", "max-age=10", "date",
                                 dateText,        "expires",    httpDate(date.addSecs(3600))}
            << QByteArray() << true << qint64(10) << false;
        QTest::newRow("asctime expires") << QList<QByteArray>{"date", dateText, "expires", "Tue Apr  1 10:01:00 2025"}
                                         << QByteArray() << true << qint64(60) << false;
        QTest::newRow("rfc 850 expires") << QList<QByteArray>{"date", dateText, "expires",
                                                              "Tuesday, 01-Apr-25 11:00:00 GMT"}
                                         << QByteArray() << true << qint64(3600) << false;
        QTest::newRow("numeric zone") << QList<QByteArray>{"date", dateText, "expires",
                                                           "Tue, 01 Apr 2025 12:00:00 +0100"}
                                      << QByteArray() << true << qint64(3600) << false;
        QTest::newRow("override replaces max-age") << QList<QByteArray>{"cache-control", "max-age=600"}
                                                   << QByteArray("max-age=3600") << true << qint64(3600) << false;
        QTest::newRow("override allows storing") << QList<QByteArray>{"cache-control", "no-store"}
                                                 << QByteArray("max-age=30") << true << qint64(30) << false;
        QTest::newRow("override forbids storing") << QList<QByteArray>{"cache-control", "max-age=600"}
                                                  << QByteArray("no-store") << false << qint64(0) << false;
        QTest::newRow("override no-cache")
            << QList<QByteArray>{"cache-control", "max-age=600"} << QByteArray("no-cache") << true << qint64(0) << true;
    }

    void freshness()
    {
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, override);
        QFETCH(bool, stored);
        QFETCH(qint64, freshSeconds);
        QFETCH(bool, mustRevalidate);
        QList<std::pair<QByteArray, QByteArray>> pairs;
        for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
            pairs.append({headers[i], headers[i + 1]});
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"numpy/"_s);
        QVERIFY(cache.store(url, response(pairs), override));
        const std::optional<HttpCache::Entry> entry = cache.lookup(url);
        QCOMPARE(bool(entry), stored);
        if (!entry)
            return;
        QCOMPARE(entry->freshSeconds, freshSeconds);
        QCOMPARE(entry->mustRevalidate, mustRevalidate);
        QCOMPARE(entry->isFresh(entry->storedAt.addSecs(1)), freshSeconds > 1 && !mustRevalidate);
    }

    // Without Date, Expires counts from when the answer was stored.
    void expiresWithoutDate()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"numpy/"_s);
        QVERIFY(cache.store(url, response({{"expires", httpDate(QDateTime::currentDateTimeUtc().addSecs(7200))}})));
        const std::optional<HttpCache::Entry> entry = cache.lookup(url);
        QVERIFY(entry);
        QVERIFY2(entry->freshSeconds > 7100 && entry->freshSeconds <= 7200,
                 QByteArray::number(entry->freshSeconds).constData());
    }

    void noStoreRemovesOlderEntry()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"numpy/"_s);
        QVERIFY(cache.store(url, response({{"cache-control", "max-age=60"}})));
        QVERIFY(cache.lookup(url));
        QVERIFY(cache.store(url, response({{"cache-control", "no-store"}})));
        QVERIFY(!cache.lookup(url));
    }

    void onlyOkIsStored()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        HttpResponse partial = response({{"cache-control", "max-age=60"}});
        partial.status = 206;
        QVERIFY(cache.store(QUrl(Base), partial));
        partial.status = 404;
        QVERIFY(cache.store(QUrl(Base), partial));
        QVERIFY(!cache.lookup(QUrl(Base)));
    }

    // Every truncation and a flipped byte anywhere: a miss, and the file is gone.
    void corruptEntries()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"torch/"_s);
        QVERIFY(cache.store(url, response({{"etag", "\"v1\""}, {"cache-control", "max-age=60"}}, "0123456789")));
        const QString path = entryFiles(dir.path()).value(0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray good = file.readAll();
        file.close();
        QVERIFY(good.size() > 40);

        const auto check = [&](const QByteArray &bad, const QByteArray &what) {
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bad);
            file.close();
            QVERIFY2(!cache.lookup(url), what.constData());
            QVERIFY2(!QFile::exists(path), what.constData());
        };
        for (qsizetype size = 0; size < good.size(); ++size)
            check(good.left(size), "truncated to " + QByteArray::number(size));
        for (qsizetype at = 0; at < good.size(); ++at) {
            QByteArray flipped = good;
            flipped[at] = char(flipped[at] ^ 0x20);
            check(flipped, "byte flipped at " + QByteArray::number(at));
        }
        check(good + "x", "trailing garbage");
        check("not a cache file at all", "garbage");
        check(QByteArray(good.size(), '\0'), "zeros");

        // A good entry is read again once rewritten.
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(good);
        file.close();
        QVERIFY(cache.lookup(url));
    }

    void refreshAfterNotModified()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"torch/"_s);
        QVERIFY(!cache.refresh(url, HttpResponse{}));
        QVERIFY(cache.store(url, response({{"etag", "\"v1\""}, {"cache-control", "no-cache"}}, "page")));
        QVERIFY(!cache.lookup(url)->isFresh(QDateTime::currentDateTimeUtc()));

        HttpResponse notModified;
        notModified.status = 304;
        notModified.url = url;
        notModified.headers = {{"etag", "\"v2\""}, {"cache-control", "max-age=120"}, {"set-cookie", "x=1"}};
        const std::optional<HttpCache::Entry> refreshed = cache.refresh(url, notModified);
        QVERIFY(refreshed);
        QCOMPARE(refreshed->response.body, QByteArray("page"));
        QCOMPARE(refreshed->etag, QByteArray("\"v2\""));
        QCOMPARE(refreshed->freshSeconds, 120);
        QVERIFY(!refreshed->mustRevalidate);
        QVERIFY(refreshed->isFresh(QDateTime::currentDateTimeUtc()));
        // Written back: a later lookup sees the renewed entry.
        const std::optional<HttpCache::Entry> again = cache.lookup(url);
        QVERIFY(again);
        QCOMPARE(again->etag, QByteArray("\"v2\""));
        QCOMPARE(again->freshSeconds, 120);
        QCOMPARE(again->response.header("set-cookie"), QByteArray());

        // An override applies to refreshes too.
        const std::optional<HttpCache::Entry> overridden = cache.refresh(url, notModified, "max-age=5");
        QVERIFY(overridden);
        QCOMPARE(overridden->freshSeconds, 5);
    }

    void clearRemovesOnlyEntries()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        for (int i = 0; i < 20; ++i)
            QVERIFY(cache.store(QUrl(Base + QString::number(i) + u'/'), response({})));
        QVERIFY(Akari::HttpCache(dir.path()).lookup(QUrl(Base + u"7/"_s)));
        QFile other(dir.filePath(u"keep-me.txt"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        QVERIFY(cache.clear());
        QVERIFY(!cache.lookup(QUrl(Base + u"7/"_s)));
        QCOMPARE(entryFiles(dir.path()), QStringList{other.fileName()});
    }

    void concurrentWriters()
    {
        QTemporaryDir dir;
        HttpCache cache(dir.path());
        const QUrl url(Base + u"torch/"_s);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&cache, &url, t] {
                for (int i = 0; i < 20; ++i)
                    (void)cache.store(url, response({}, QByteArray(1000 + t, char('a' + t))));
            });
        }
        for (int i = 0; i < 50; ++i) {
            // Readers never see a half-written entry.
            if (const std::optional<HttpCache::Entry> entry = cache.lookup(url))
                QVERIFY(entry->response.body.size() >= 1000 && entry->response.body.size() < 1004);
        }
        for (std::thread &thread : threads)
            thread.join();
        const std::optional<HttpCache::Entry> entry = cache.lookup(url);
        QVERIFY(entry);
        QCOMPARE(entry->response.body, QByteArray(entry->response.body.size(), entry->response.body.at(0)));
    }

    void defaultDirectory()
    {
#if defined(Q_OS_LINUX)
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", "/tmp/xdg-cache");
        QCOMPARE(HttpCache::defaultDirectory(), u"/tmp/xdg-cache/akari/http"_s);
        qputenv("XDG_CACHE_HOME", "relative/cache");
        QCOMPARE(HttpCache::defaultDirectory(), QDir::homePath() + u"/.cache/akari/http"_s);
        qunsetenv("XDG_CACHE_HOME");
        QCOMPARE(HttpCache::defaultDirectory(), QDir::homePath() + u"/.cache/akari/http"_s);
        if (!saved.isNull())
            qputenv("XDG_CACHE_HOME", saved);
#else
        QVERIFY(HttpCache::defaultDirectory().endsWith(u"/http"_s));
#endif
    }
};

QTEST_GUILESS_MAIN(TestHttpCache)
#include "tst_httpcache.moc"
