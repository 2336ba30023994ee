// SPDX-License-Identifier: GPL-3.0-or-later
// WheelDownloader against the loopback index (real generated wheels, digests checked with
// Python's hashlib) and the loopback server (ranges, drops, errors, cancellation, disk errors).
#include <mutex>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../index/httpclientchecks.h"
#include "core/index/httpclient.h"
#include "core/install/wheeldownloader.h"
#include "loopbackhttpserver.h"
#include "pythonindexserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::DistributionFile;
using Akari::Error;
using Akari::HttpClient;
using Akari::WheelDownloader;

namespace
{
using Response = LoopbackHttpServer::Response;
using Progress = WheelDownloader::FileProgress;
using DownloadResult = Akari::Result<QList<WheelDownloader::Downloaded>>;

constexpr int NeverMs = 120000;

/// Python's hashlib over each of \a paths: the independent oracle for digests.
QStringList pythonSha256(const QStringList &paths)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 QStringList{u"-c"_s, u"import hashlib, sys\nfor path in sys.argv[1:]:\n    "
                                      u"print(hashlib.sha256(open(path, 'rb').read()).hexdigest())"_s} +
                     paths);
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        return {};
    QStringList digests;
    for (const QByteArray &line : python.readAllStandardOutput().trimmed().split('\n'))
        digests.append(QString::fromLatin1(line.trimmed()));
    return digests;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// A real wheel from the system, served by LoopbackHttpServer.
QString systemWheel()
{
    const QStringList wheels = QDir(u"/usr/share/python-wheels"_s).entryList({u"setuptools-*.whl"_s}, QDir::Files);
    return wheels.isEmpty() ? QString() : u"/usr/share/python-wheels/"_s + wheels.constFirst();
}

DistributionFile fileFor(const QUrl &url, const QString &sha256, qint64 size = -1)
{
    DistributionFile file;
    file.filename = url.fileName();
    file.url = url;
    file.sha256 = sha256;
    file.size = size;
    return file;
}

/// Runs the (blocking) download on another thread while this one serves.
DownloadResult downloadElsewhere(WheelDownloader &downloader, const QList<WheelDownloader::Item> &items,
                                 const WheelDownloader::Options &options)
{
    DownloadResult result = std::unexpected(Error(Error::Code::Internal, u"did not run"_s));
    if (!runElsewhere([&] { result = downloader.download(items, options); }))
        return std::unexpected(Error(Error::Code::Internal, u"the download did not end"_s));
    return result;
}

/// Every progress report, collected from whichever thread sends it.
struct ProgressLog
{
    std::mutex mutex;
    QList<Progress> reports;

    std::function<void(const Progress &)> callback()
    {
        return [this](const Progress &progress) {
            const std::lock_guard lock(mutex);
            reports.append(progress);
        };
    }
};
} // namespace

class TestWheelDownloader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parallelRealFiles();
    void concurrencyIsBounded_data();
    void concurrencyIsBounded();
    void wrongHashRemovesEverything();
    void partFile_data();
    void partFile();
    void dropMidBodyIsResumed();
    void resumesAreBounded();
    void serverErrors_data();
    void serverErrors();
    void firstFailureStopsTheOthers();
    void cancelKeepsAResumablePart();
    void diskErrors_data();
    void diskErrors();

private:
    std::unique_ptr<PythonIndexServer> m_index;
    QJsonObject m_pypi; ///< manifest.json's "pypi" index
    std::shared_ptr<HttpClient> m_client;
};

void TestWheelDownloader::initTestCase()
{
    m_index = std::make_unique<PythonIndexServer>();
    QVERIFY2(m_index->start(), qPrintable(m_index->errorString()));
    const QJsonObject manifest = QJsonDocument::fromJson(contentsOf(m_index->root() + u"/manifest.json"_s)).object();
    m_pypi = manifest.value(u"indexes"_s).toObject().value(u"pypi"_s).toObject();
    QVERIFY(!m_pypi.isEmpty());
    m_client = std::make_shared<HttpClient>(quickOptions());
}

void TestWheelDownloader::parallelRealFiles()
{
    // The largest wheels of a few projects (torch ones carry ~100 KiB of padding).
    QList<QJsonObject> files;
    for (const QString &project : {u"torch"_s, u"torchvision"_s, u"numpy"_s, u"pillow"_s, u"triton"_s})
        for (const QJsonValue &file : m_pypi.value(project).toObject().value(u"files"_s).toArray())
            if (file.toObject().value(u"filename"_s).toString().endsWith(u".whl"_s) && files.size() < 7)
                files.append(file.toObject());
    QVERIFY(files.size() >= 5);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<WheelDownloader::Item> items;
    QStringList sources;
    for (const QJsonObject &file : std::as_const(files)) {
        const QString name = file.value(u"filename"_s).toString();
        items.append({fileFor(m_index->url(u"/files/pypi/"_s + name), file.value(u"sha256"_s).toString(),
                              qint64(file.value(u"size"_s).toDouble())),
                      dir.filePath(name)});
        sources.append(m_index->root() + u"/files/"_s + name);
    }
    const QStringList expected = pythonSha256(sources);
    QCOMPARE(expected.size(), sources.size());

    ProgressLog log;
    WheelDownloader::Options options;
    options.maxParallel = 3;
    options.progress = log.callback();
    const auto result = WheelDownloader(m_client).download(items, options);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->size(), items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto &done = result->at(i);
        QCOMPARE(done.path, items.at(i).destination);
        QCOMPARE(done.sha256, expected.at(i));
        QCOMPARE(done.size, QFileInfo(sources.at(i)).size());
        QVERIFY(!done.resumed);
        QVERIFY(contentsOf(done.path) == contentsOf(sources.at(i)));
        QVERIFY(!QFile::exists(done.path + u".part"_s));
    }
    // Each file: Waiting first, Done last with every byte.
    const std::lock_guard lock(log.mutex);
    for (int i = 0; i < items.size(); ++i) {
        QList<Progress> mine;
        for (const Progress &progress : std::as_const(log.reports))
            if (progress.item == i)
                mine.append(progress);
        QVERIFY(mine.size() >= 2);
        QCOMPARE(mine.constFirst().state, Progress::State::Waiting);
        QCOMPARE(mine.constLast().state, Progress::State::Done);
        QCOMPARE(mine.constLast().bytesDone, result->at(i).size);
        QCOMPARE(mine.constLast().bytesTotal, result->at(i).size);
    }
}

void TestWheelDownloader::concurrencyIsBounded_data()
{
    QTest::addColumn<int>("maxParallel");
    QTest::newRow("1") << 1;
    QTest::newRow("2") << 2;
    QTest::newRow("4") << 4;
}

void TestWheelDownloader::concurrencyIsBounded()
{
    QFETCH(int, maxParallel);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    constexpr int Count = 6;
    QList<WheelDownloader::Item> items;
    for (int i = 0; i < Count; ++i) {
        const QByteArray path = "/w" + QByteArray::number(i) + ".whl";
        const QByteArray body = QByteArray("wheel ").repeated(1000 + i);
        server.setResponse(path, Response{200, body, {}, -1, 300});
        items.append(
            {fileFor(server.url(QString::fromLatin1(path)), {}), dir.filePath(QString::fromLatin1(path.mid(1)))});
    }
    // In flight = received but not yet answered; the peak is just before some answer.
    qsizetype served = 0;
    qsizetype peak = 0;
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&] {
        peak = std::max(peak, server.requests().size() - served);
        ++served;
    });
    WheelDownloader downloader(m_client);
    WheelDownloader::Options options;
    options.maxParallel = maxParallel;
    const auto result = downloadElsewhere(downloader, items, options);
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(served, Count);
    QCOMPARE(peak, qsizetype(maxParallel));
    for (int i = 0; i < Count; ++i)
        QCOMPARE(contentsOf(result->at(i).path), QByteArray("wheel ").repeated(1000 + i));
}

void TestWheelDownloader::wrongHashRemovesEverything()
{
    const QJsonObject file = m_pypi.value(u"numpy"_s).toObject().value(u"files"_s).toArray().first().toObject();
    const QString name = file.value(u"filename"_s).toString();
    const QString actual = pythonSha256({m_index->root() + u"/files/"_s + name}).value(0);
    QVERIFY(!actual.isEmpty());
    const QString wrong = QString(actual).replace(0, 8, u"00000000"_s).toUpper(); // hex case must not matter

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(name);
    const auto result =
        WheelDownloader(m_client).download({{fileFor(m_index->url(u"/files/pypi/"_s + name), wrong), destination}}, {});
    QVERIFY(!result);
    const QString message = result.error().message();
    QVERIFY2(message.contains(wrong.toLower()), qPrintable(message));
    QVERIFY2(message.contains(actual), qPrintable(message));
    QVERIFY2(message.contains(name), qPrintable(message));
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + u".part"_s));

    // The same digest in upper case is accepted.
    const auto right = WheelDownloader(m_client).download(
        {{fileFor(m_index->url(u"/files/pypi/"_s + name), actual.toUpper()), destination}}, {});
    QVERIFY2(right, messageOf(right).constData());
    QCOMPARE(right->constFirst().sha256, actual);
}

void TestWheelDownloader::partFile_data()
{
    QTest::addColumn<bool>("honourRanges");
    QTest::addColumn<int>("partKind"); // 0: first third, 1: the whole file, 2: longer, 3: garbage
    QTest::addColumn<bool>("resumed");
    QTest::newRow("a third, resumed") << true << 0 << true;
    QTest::newRow("complete, 416") << true << 1 << true;
    QTest::newRow("longer, 416 starts over") << true << 2 << false;
    QTest::newRow("ranges ignored, 200 starts over") << false << 3 << false;
}

void TestWheelDownloader::partFile()
{
    QFETCH(bool, honourRanges);
    QFETCH(int, partKind);
    QFETCH(bool, resumed);
    const QString wheel = systemWheel();
    if (wheel.isEmpty())
        QSKIP("no setuptools wheel in /usr/share/python-wheels");
    const QByteArray body = contentsOf(wheel);
    const QString digest = pythonSha256({wheel}).value(0);
    QVERIFY(!digest.isEmpty());
    const qsizetype third = body.size() / 3;
    const QByteArray part = partKind == 0   ? body.left(third)
                            : partKind == 1 ? body
                            : partKind == 2 ? body + "trailing junk"
                                            : QByteArray(third, 'j');

    LoopbackHttpServer server;
    QVERIFY(server.start());
    Response response{200, body, {}};
    response.honourRanges = honourRanges;
    server.setResponse("/s.whl", response);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(u"s.whl"_s);
    QVERIFY(writeFile(destination + u".part"_s, part));

    WheelDownloader downloader(m_client);
    const auto result = downloadElsewhere(downloader, {{fileFor(server.url(u"/s.whl"_s), digest), destination}}, {});
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->constFirst().sha256, digest);
    QCOMPARE(result->constFirst().resumed, resumed);
    QVERIFY(contentsOf(destination) == body);
    QVERIFY(!QFile::exists(destination + u".part"_s));
    QCOMPARE(server.requests().constFirst().headers.value("range"), "bytes=" + QByteArray::number(part.size()) + '-');
    if (partKind == 0)
        QCOMPARE(server.bodyBytesSent(), body.size() - third); // only the missing bytes
    else if (partKind == 1)
        QCOMPARE(server.bodyBytesSent(), 0);
    else
        QCOMPARE(server.bodyBytesSent(), body.size());
}

void TestWheelDownloader::dropMidBodyIsResumed()
{
    const QString wheel = systemWheel();
    if (wheel.isEmpty())
        QSKIP("no setuptools wheel in /usr/share/python-wheels");
    const QByteArray body = contentsOf(wheel);
    const QString digest = pythonSha256({wheel}).value(0);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    Response response{200, body, {}};
    response.honourRanges = true;
    Response dropping = response;
    dropping.dropAfterBodyBytes = body.size() / 3;
    server.setResponse("/s.whl", dropping);
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&] { server.setResponse("/s.whl", response); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(u"s.whl"_s);

    WheelDownloader downloader(m_client);
    const auto result = downloadElsewhere(downloader, {{fileFor(server.url(u"/s.whl"_s), digest), destination}}, {});
    QVERIFY2(result, messageOf(result).constData());
    QCOMPARE(result->constFirst().sha256, digest);
    QVERIFY(result->constFirst().resumed);
    QVERIFY(contentsOf(destination) == body);
    const auto requests = server.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(!requests.at(0).headers.contains("range"));
    const QByteArray range = requests.at(1).headers.value("range");
    QVERIFY2(range.startsWith("bytes=") && range.mid(6).chopped(1).toLongLong() > 0, range.constData());
    QVERIFY(server.bodyBytesSent() < 2 * body.size());
}

void TestWheelDownloader::resumesAreBounded()
{
    // /fault/reset/ sends half of every answer, ranges included: the file never completes.
    const QJsonObject file = m_pypi.value(u"torch"_s).toObject().value(u"files"_s).toArray().first().toObject();
    const QString name = file.value(u"filename"_s).toString();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(name);
    m_index->clearRequestLog();
    const auto result = WheelDownloader(m_client).download(
        {{fileFor(m_index->url(u"/fault/reset/files/pypi/"_s + name), file.value(u"sha256"_s).toString()),
          destination}},
        {});
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    QVERIFY2(result.error().message().contains(name), qPrintable(result.error().message()));
    const auto log = m_index->requestLog();
    // Qt may send a request twice on its own when a connection died under it: count the
    // distinct tries, which continue from ever later bytes.
    QStringList ranges;
    for (const auto &entry : log)
        if (!ranges.contains(entry.range))
            ranges.append(entry.range);
    QCOMPARE(ranges.size(), 1 + m_client->options().retries);
    QVERIFY(ranges.constFirst().isEmpty());
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        QVERIFY2(ranges.at(i).startsWith(u"bytes="_s), qPrintable(ranges.at(i)));
        QVERIFY(ranges.at(i).mid(6).chopped(1).toLongLong() >
                (i > 1 ? ranges.at(i - 1).mid(6).chopped(1).toLongLong() : 0));
    }
    QVERIFY(!QFile::exists(destination));
    // What arrived is kept (the server takes ranges) and continued from the intact URL.
    QVERIFY(QFileInfo(destination + u".part"_s).size() > 0);
    const auto again = WheelDownloader(m_client).download(
        {{fileFor(m_index->url(u"/files/pypi/"_s + name), file.value(u"sha256"_s).toString()), destination}}, {});
    QVERIFY2(again, messageOf(again).constData());
    QVERIFY(again->constFirst().resumed);
    QCOMPARE(again->constFirst().sha256, pythonSha256({m_index->root() + u"/files/"_s + name}).value(0));
}

void TestWheelDownloader::serverErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("404") << 404;
    QTest::newRow("403") << 403;
    QTest::newRow("500") << 500;
}

void TestWheelDownloader::serverErrors()
{
    QFETCH(int, status);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/gone.whl", Response{status, "<html>nope</html>", {}});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(u"gone.whl"_s);
    WheelDownloader downloader(m_client);
    const auto result = downloadElsewhere(downloader, {{fileFor(server.url(u"/gone.whl"_s), {}), destination}}, {});
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Network);
    const QString message = result.error().message();
    QVERIFY2(message.contains(u"gone.whl"_s), qPrintable(message));
    QVERIFY2(message.contains(server.url(u"/gone.whl"_s).toString()), qPrintable(message));
    QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
    QVERIFY(!QFile::exists(destination));
    QVERIFY(!QFile::exists(destination + u".part"_s));
}

void TestWheelDownloader::firstFailureStopsTheOthers()
{
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/slow.whl", Response{200, "never", {}, -1, NeverMs});
    server.setResponse("/missing.whl", Response{404, "nope", {}, -1, 100});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<WheelDownloader::Item> items{{fileFor(server.url(u"/slow.whl"_s), {}), dir.filePath(u"slow.whl"_s)},
                                       {fileFor(server.url(u"/missing.whl"_s), {}), dir.filePath(u"missing.whl"_s)},
                                       {fileFor(server.url(u"/slow.whl"_s), {}), dir.filePath(u"slow2.whl"_s)}};
    QElapsedTimer clock;
    clock.start();
    WheelDownloader downloader(m_client);
    const auto result = downloadElsewhere(downloader, items, {});
    QVERIFY(!result);
    QVERIFY2(result.error().message().contains(u"missing.whl"_s), qPrintable(result.error().message()));
    QVERIFY2(clock.elapsed() < 20000, "the failure did not stop the slow downloads");
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList());
}

void TestWheelDownloader::cancelKeepsAResumablePart()
{
    const QString wheel = systemWheel();
    if (wheel.isEmpty())
        QSKIP("no setuptools wheel in /usr/share/python-wheels");
    const QByteArray body = contentsOf(wheel);
    const QString digest = pythonSha256({wheel}).value(0);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    Response response{200, body, {}};
    response.honourRanges = true;
    // The first answer breaks off; the continuation hangs until the user cancels.
    Response dropping = response;
    dropping.dropAfterBodyBytes = body.size() / 2;
    Response hanging = response;
    hanging.delayMs = NeverMs;
    server.setResponse("/s.whl", dropping);
    connect(&server, &LoopbackHttpServer::requestServed, &server, [&] { server.setResponse("/s.whl", hanging); });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = dir.filePath(u"s.whl"_s);

    std::atomic<bool> cancelled = false;
    QElapsedTimer sinceCancel;
    WheelDownloader::Options options;
    options.isCancelled = [&] { return cancelled.load(); };
    WheelDownloader downloader(m_client);
    DownloadResult result = std::unexpected(Error());
    qint64 latencyMs = -1;
    std::atomic<bool> done = false;
    std::thread thread([&] {
        result = downloader.download({{fileFor(server.url(u"/s.whl"_s), digest), destination}}, options);
        latencyMs = sinceCancel.elapsed();
        done = true;
    });
    const bool continued = QTest::qWaitFor([&] { return server.requests().size() == 2; }, AnswerWaitMs);
    sinceCancel.start();
    cancelled = true;
    const bool ended = QTest::qWaitFor([&] { return done.load(); }, AnswerWaitMs);
    thread.join();
    QVERIFY(continued);
    QVERIFY(ended);
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
    QVERIFY2(latencyMs < 1000, qPrintable(u"cancelling took %1 ms"_s.arg(latencyMs)));
    QVERIFY(!QFile::exists(destination));
    const qint64 kept = QFileInfo(destination + u".part"_s).size();
    QVERIFY(kept > 0);
    QVERIFY(contentsOf(destination + u".part"_s) == body.left(kept));

    // Next time the `.part` is continued.
    server.setResponse("/s.whl", response);
    const qint64 sentBefore = server.bodyBytesSent();
    const auto again = downloadElsewhere(downloader, {{fileFor(server.url(u"/s.whl"_s), digest), destination}}, {});
    QVERIFY2(again, messageOf(again).constData());
    QVERIFY(again->constFirst().resumed);
    QCOMPARE(again->constFirst().sha256, digest);
    QCOMPARE(server.requests().constLast().headers.value("range"), "bytes=" + QByteArray::number(kept) + '-');
    QCOMPARE(server.bodyBytesSent() - sentBefore, body.size() - kept);
    QVERIFY(contentsOf(destination) == body);
}

void TestWheelDownloader::diskErrors_data()
{
    QTest::addColumn<int>("kind"); // 0: no folder, 1: `.part` is a folder, 2: `.part` is /dev/full
    QTest::newRow("folder missing") << 0;
    QTest::newRow("part is a folder") << 1;
    QTest::newRow("disk full") << 2;
}

void TestWheelDownloader::diskErrors()
{
    QFETCH(int, kind);
    LoopbackHttpServer server;
    QVERIFY(server.start());
    server.setResponse("/d.whl", Response{200, QByteArray(300000, 'd'), {}});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString destination = kind == 0 ? dir.filePath(u"missing/d.whl"_s) : dir.filePath(u"d.whl"_s);
    const QString part = destination + u".part"_s;
    if (kind == 1)
        QVERIFY(QDir().mkpath(part));
    if (kind == 2) {
        if (!QFile::exists(u"/dev/full"_s))
            QSKIP("/dev/full does not exist here");
        // Writes through the link fail with ENOSPC, like a full disk.
        QVERIFY(QFile::link(u"/dev/full"_s, part));
    }
    WheelDownloader downloader(m_client);
    const auto result = downloadElsewhere(downloader, {{fileFor(server.url(u"/d.whl"_s), {}), destination}}, {});
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Io);
    QCOMPARE(result.error().file(), part);
    QVERIFY2(result.error().message().contains(part), qPrintable(result.error().message()));
    QVERIFY(!QFile::exists(destination));
    if (kind == 2) {
        QVERIFY(!QFileInfo(part).isSymLink()); // the `.part` went, not the device
        QVERIFY(QFile::exists(u"/dev/full"_s));
    }
}

QTEST_GUILESS_MAIN(TestWheelDownloader)
#include "tst_wheeldownloader.moc"
