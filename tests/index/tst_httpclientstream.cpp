// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient with a body sink: chunks instead of a body, no cache, no retry once bytes were
// delivered, refusal by the sink, and flat memory for a 200 MiB body.
#include <mutex>

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpcache.h"
#include "core/index/httpclient.h"
#include "core/system/processmemory.h"
#include "httpclientchecks.h"
#include "loopbackhttpserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::HttpClient;
using Akari::HttpRequest;
using Akari::HttpResponse;

namespace
{
using Response = LoopbackHttpServer::Response;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

/// What the callbacks saw, filled on the network thread.
struct Received
{
    std::mutex mutex;
    QByteArray body;
    QList<int> startStatuses;
    int chunks = 0;
    qint64 lastProgress = -1;
    qint64 lastTotal = -2;
};

void attach(HttpRequest &request, const std::shared_ptr<Received> &received, qint64 refuseAfter = -1)
{
    request.bodyStart = [received](const HttpResponse &head) {
        const std::lock_guard lock(received->mutex);
        received->startStatuses.append(head.status);
        return head.body.isEmpty();
    };
    request.bodySink = [received, refuseAfter](QByteArrayView chunk) {
        const std::lock_guard lock(received->mutex);
        received->body += chunk;
        ++received->chunks;
        return refuseAfter < 0 || received->body.size() <= refuseAfter;
    };
    request.downloadProgress = [received](qint64 done, qint64 total) {
        const std::lock_guard lock(received->mutex);
        received->lastProgress = done;
        received->lastTotal = total;
    };
}

/// A file of \a blocks MiB made on the fly by a Python process, so that its memory is not ours.
const char *const BigBodyServer = "import http.server, sys\n"
                                  "BLOCK = bytes(range(256)) * 4096\n"
                                  "COUNT = int(sys.argv[1])\n"
                                  "class Handler(http.server.BaseHTTPRequestHandler):\n"
                                  "    def do_GET(self):\n"
                                  "        self.send_response(200)\n"
                                  "        self.send_header('Content-Length', str(len(BLOCK) * COUNT))\n"
                                  "        self.end_headers()\n"
                                  "        for _ in range(COUNT):\n"
                                  "            self.wfile.write(BLOCK)\n"
                                  "    def log_message(self, *args):\n"
                                  "        pass\n"
                                  "server = http.server.ThreadingHTTPServer(('127.0.0.1', 0), Handler)\n"
                                  "print('PORT', server.server_address[1], flush=True)\n"
                                  "server.serve_forever()\n";
} // namespace

class TestHttpClientStream : public QObject
{
    Q_OBJECT

private slots:
    void bodyGoesToTheSink_data();
    void bodyGoesToTheSink();
    void errorPagesAreNotStreamed();
    void serverErrorIsRetriedBeforeAnyByte();
    void noRetryAfterBytesWereDelivered();
    void sinkRefusalStops();
    void rangeIsStreamed();
    void cacheIsNotUsed();
    void memoryStaysFlat();
};

void TestHttpClientStream::bodyGoesToTheSink_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("empty") << qsizetype(0);
    QTest::newRow("small") << qsizetype(1000);
    QTest::newRow("3 MiB") << qsizetype(3 * 1024 * 1024 + 17);
}

void TestHttpClientStream::bodyGoesToTheSink()
{
    QFETCH(qsizetype, size);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QByteArray body = randomBytes(size, 7);
    server.setResponse("/file.whl", Response{200, body, {{"X-Kind", "wheel"}}});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/file.whl"_s));
    const auto received = std::make_shared<Received>();
    attach(request, received);

    const auto result = get(client, request);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(result->header("x-kind"), QByteArray("wheel"));
    QVERIFY(result->body.isEmpty());
    const std::lock_guard lock(received->mutex);
    QCOMPARE(received->startStatuses, QList<int>{200});
    QCOMPARE(received->body.size(), body.size());
    QVERIFY(received->body == body);
    if (size > 0) {
        QCOMPARE(received->lastProgress, qint64(size));
        QCOMPARE(received->lastTotal, qint64(size));
    }
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().constFirst().headers.value("accept-encoding"), QByteArray("identity"));
}

void TestHttpClientStream::errorPagesAreNotStreamed()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/missing.whl", Response{404, "no such file\n", {}});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/missing.whl"_s));
    const auto received = std::make_shared<Received>();
    attach(request, received);

    const auto result = get(client, request);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->status, 404);
    QCOMPARE(result->body, QByteArray("no such file\n"));
    const std::lock_guard lock(received->mutex);
    QVERIFY(received->startStatuses.isEmpty());
    QCOMPARE(received->chunks, 0);
}

void TestHttpClientStream::serverErrorIsRetriedBeforeAnyByte()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QByteArray body = randomBytes(50000, 3);
    server.setResponse("/f.whl", Response{503, "busy", {}});
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&] {
        server.setResponse("/f.whl", Response{200, body, {}});
    });
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/f.whl"_s));
    const auto received = std::make_shared<Received>();
    attach(request, received);

    const auto result = get(client, request);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->status, 200);
    QCOMPARE(server.requests().size(), 2);
    const std::lock_guard lock(received->mutex);
    QVERIFY(received->body == body); // the 503's body never reached the sink
    QCOMPARE(received->startStatuses, QList<int>{200});
}

void TestHttpClientStream::noRetryAfterBytesWereDelivered()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QByteArray body = randomBytes(200000, 5);
    server.setResponse("/f.whl", Response{200, body, {}, 1000, 0});
    HttpClient client(quickOptions()); // retries = 2: a non-streamed request would try 3 times
    HttpRequest request = requestFor(server.url(u"/f.whl"_s));
    const auto received = std::make_shared<Received>();
    attach(request, received);

    const auto result = get(client, request);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    QVERIFY2(result.error().message().contains(server.url(u"/f.whl"_s).toString()), messageOf(result).constData());
    QCOMPARE(server.requests().size(), 1);
    const std::lock_guard lock(received->mutex);
    QVERIFY(received->body.size() > 0);
    QVERIFY(received->body.size() <= 1000);
    QVERIFY(received->body == body.left(received->body.size()));
}

void TestHttpClientStream::sinkRefusalStops()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/f.whl", Response{200, randomBytes(4 * 1024 * 1024, 9), {}});
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/f.whl"_s));
    const auto received = std::make_shared<Received>();
    attach(request, received, 0); // refuses the first chunk

    const auto result = get(client, request);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Io);
    QVERIFY2(result.error().message().contains(server.url(u"/f.whl"_s).toString()), messageOf(result).constData());
    QCOMPARE(server.requests().size(), 1);
    const std::lock_guard lock(received->mutex);
    QCOMPARE(received->chunks, 1);
}

void TestHttpClientStream::rangeIsStreamed()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    const QByteArray body = randomBytes(100000, 11);
    Response response{200, body, {}};
    response.honourRanges = true;
    server.setResponse("/f.whl", response);
    HttpClient client(quickOptions());
    HttpRequest request = requestFor(server.url(u"/f.whl"_s));
    request.range = std::pair<qint64, qint64>{60000, -1};
    const auto received = std::make_shared<Received>();
    attach(request, received);

    const auto result = get(client, request);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->status, 206);
    QCOMPARE(server.requests().constFirst().headers.value("range"), QByteArray("bytes=60000-"));
    const std::lock_guard lock(received->mutex);
    QCOMPARE(received->startStatuses, QList<int>{206});
    QVERIFY(received->body == body.mid(60000));
}

void TestHttpClientStream::cacheIsNotUsed()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/f.whl", Response{200, "wheel bytes", {{"Cache-Control", "max-age=600"}}});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    HttpClient::Options options = quickOptions();
    options.cache = std::make_shared<Akari::HttpCache>(dir.path());
    HttpClient client(options);
    HttpRequest request = requestFor(server.url(u"/f.whl"_s));
    request.cachePolicy = HttpRequest::CachePolicy::UseCache;
    for (int i = 0; i < 2; ++i) {
        const auto received = std::make_shared<Received>();
        attach(request, received);
        const auto result = get(client, request);
        QVERIFY2(result, messageOf(result).constData());
        QVERIFY(!result->fromCache);
        const std::lock_guard lock(received->mutex);
        QCOMPARE(received->body, QByteArray("wheel bytes"));
    }
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!options.cache->lookup(request.url));
}

void TestHttpClientStream::memoryStaysFlat()
{
    constexpr int Blocks = 200; // MiB
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(u"big_body_server.py"_s);
    QVERIFY(writeFile(script, BigBodyServer));
    QProcess python;
    python.start(u"/usr/bin/python3"_s, {script, QString::number(Blocks)});
    QVERIFY2(python.waitForStarted(), qPrintable(python.errorString()));
    QVERIFY(QTest::qWaitFor([&] { return python.canReadLine() || python.state() != QProcess::Running; }, 30000));
    const QList<QByteArray> portLine = python.readLine().trimmed().split(' ');
    QCOMPARE(portLine.value(0), QByteArray("PORT"));
    const QUrl url(u"http://127.0.0.1:%1/big.whl"_s.arg(QString::fromLatin1(portLine.value(1))));

    const QByteArray block = [] {
        QByteArray data;
        for (int i = 0; i < 256; ++i)
            data += char(i);
        return data.repeated(4096);
    }();
    QCryptographicHash expected(QCryptographicHash::Sha256);
    for (int i = 0; i < Blocks; ++i)
        expected.addData(block);

    HttpClient client(quickOptions());
    struct Sink
    {
        std::mutex mutex;
        QCryptographicHash hash{QCryptographicHash::Sha256};
        qint64 bytes = 0;
    };
    const auto run = [&](const std::shared_ptr<Sink> &sink) {
        HttpRequest request = requestFor(url);
        request.bodySink = [sink](QByteArrayView chunk) {
            const std::lock_guard lock(sink->mutex);
            sink->hash.addData(chunk);
            sink->bytes += chunk.size();
            return true;
        };
        return client.fetch(request);
    };
    // Once before measuring, so that the client's threads and buffers already exist.
    QVERIFY(run(std::make_shared<Sink>()));
    // Linux lets a process reset its high-water mark; where it cannot, the baseline is higher
    // and the check only gets weaker.
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
    clearRefs.close();
    const qint64 before = Akari::peakResidentBytes();
    if (before < 0)
        QSKIP("This system does not report peak memory.");

    const auto sink = std::make_shared<Sink>();
    const auto result = run(sink);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->status, 200);
    QVERIFY(result->body.isEmpty());
    QCOMPARE(sink->bytes, qint64(Blocks) * block.size());
    QCOMPARE(sink->hash.result(), expected.result());
    const qint64 growth = Akari::peakResidentBytes() - before;
    QVERIFY2(growth < 64 * 1024 * 1024, qPrintable(u"peak memory grew by %1 bytes"_s.arg(growth)));

    python.kill();
    python.waitForFinished();
}

QTEST_GUILESS_MAIN(TestHttpClientStream)
#include "tst_httpclientstream.moc"
