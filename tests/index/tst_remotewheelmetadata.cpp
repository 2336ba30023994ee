// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include "clientchecks.h"
#include "core/index/httpclient.h"
#include "core/index/remotewheelmetadata.h"
#include "core/index/zipcentraldirectory.h"
#include "loopbackhttpserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::HttpClient;
using Akari::HttpRequest;
using Akari::RemoteWheelMetadata;

namespace
{

/**
 * Builds zips with Python's zipfile (an independent writer) into argv[1] and prints a JSON
 * manifest: file name -> the METADATA it holds, or null when reading must fail.
 */
const QString GeneratorScript =
    u"import io, json, os, sys, zipfile\n"
    "out = sys.argv[1]\n"
    "manifest = {}\n"
    "def make(name, members, expected, compression=zipfile.ZIP_DEFLATED, comment=b''):\n"
    "    with zipfile.ZipFile(os.path.join(out, name), 'w', compression) as z:\n"
    "        for member, data in members:\n"
    "            z.writestr(member, data)\n"
    "        z.comment = comment\n"
    "    manifest[name] = expected\n"
    "meta = 'Metadata-Version: 2.1\\nName: demo\\nVersion: 1.0\\n\\nA description.\\n'\n"
    "code = [('demo/__init__.py', 'x = 1\\n' * 5000), ('demo/big.bin', os.urandom(200000))]\n"
    "dist = [('demo-1.0.dist-info/METADATA', meta), ('demo-1.0.dist-info/RECORD', '')]\n"
    "make('demo-1.0-py3-none-any.whl', code + dist, meta)\n"
    "make('stored-1.0-py3-none-any.whl', code + dist, meta, zipfile.ZIP_STORED)\n"
    "make('bzip2-1.0-py3-none-any.whl', code + dist, meta, zipfile.ZIP_BZIP2)\n"
    "make('lzma-1.0-py3-none-any.whl', code + dist, meta, zipfile.ZIP_LZMA)\n"
    "make('comment-1.0-py3-none-any.whl', code + dist, meta, comment=b'c' * 65535)\n"
    "other = 'Metadata-Version: 2.1\\nName: other\\nVersion: 2.0\\n'\n"
    "make('demo-1.0-py2.py3-none-any.whl', code + [('other-2.0.dist-info/METADATA', other)] + dist, meta)\n"
    "make('ambiguous-1.0-py3-none-any.whl', [('a-1.0.dist-info/METADATA', meta), "
    "('b-1.0.dist-info/METADATA', other)], None)\n"
    "make('nested-1.0-py3-none-any.whl', [('nested-1.0.data/x.dist-info/METADATA', meta)], None)\n"
    "make('huge-1.0-py3-none-any.whl', [('huge-1.0.dist-info/METADATA', 'a' * (17 * 1024 * 1024))], None)\n"
    "# Written to a stream that cannot seek: members carry data descriptors.\n"
    "class Stream:\n"
    "    def __init__(self, f): self.f = f\n"
    "    def write(self, b): return self.f.write(b)\n"
    "    def flush(self): pass\n"
    "with open(os.path.join(out, 'descriptor-1.0-py3-none-any.whl'), 'wb') as f:\n"
    "    with zipfile.ZipFile(Stream(f), 'w', zipfile.ZIP_DEFLATED) as z:\n"
    "        for member, data in code + dist:\n"
    "            with z.open(member, 'w') as w: w.write(data.encode() if isinstance(data, str) else data)\n"
    "manifest['descriptor-1.0-py3-none-any.whl'] = meta\n"
    "# More than 65535 members: zip64 end records.\n"
    "with zipfile.ZipFile(os.path.join(out, 'many-1.0-py3-none-any.whl'), 'w') as z:\n"
    "    for i in range(66000): z.writestr('many/%05d' % i, '')\n"
    "    z.writestr('many-1.0.dist-info/METADATA', meta)\n"
    "manifest['many-1.0-py3-none-any.whl'] = meta\n"
    "json.dump(manifest, sys.stdout)\n"_s;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T>
QByteArray littleEndian(T value)
{
    QByteArray bytes(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(value, bytes.data());
    return bytes;
}

/// An end-of-central-directory record (APPNOTE 4.3.16) for a directory of \a count entries.
QByteArray endRecord(quint16 count, quint32 directorySize, quint32 directoryOffset)
{
    return littleEndian<quint32>(0x06054b50) + littleEndian<quint16>(0) + littleEndian<quint16>(0) +
           littleEndian<quint16>(count) + littleEndian<quint16>(count) + littleEndian<quint32>(directorySize) +
           littleEndian<quint32>(directoryOffset) + littleEndian<quint16>(0);
}

/// A zip64 end locator pointing at \a recordOffset (APPNOTE 4.3.15).
QByteArray zip64Locator(quint64 recordOffset)
{
    return littleEndian<quint32>(0x07064b50) + littleEndian<quint32>(0) + littleEndian<quint64>(recordOffset) +
           littleEndian<quint32>(1);
}

/// A local file header (APPNOTE 4.3.7) with an empty name and no extra field.
QByteArray localHeader()
{
    return littleEndian<quint32>(0x04034b50) + QByteArray(22, '\0') + littleEndian<quint16>(0) +
           littleEndian<quint16>(0);
}

} // namespace

class TestRemoteWheelMetadata final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shouldReadSystemWheelsFromMemory_data();
    void shouldReadSystemWheelsFromMemory();
    void shouldReadGeneratedZipsFromMemory_data();
    void shouldReadGeneratedZipsFromMemory();
    void shouldRejectBrokenZips_data();
    void shouldRejectBrokenZips();
    void shouldRejectMemberSizesPastTheFile_data();
    void shouldRejectMemberSizesPastTheFile();
    void shouldReadWithRangeRequests_data();
    void shouldReadWithRangeRequests();
    void shouldReportServerWithoutRanges();
    void shouldReportHttpErrorStatus();
    void shouldRejectTruncatedRemoteWheel();
    void shouldStopWhenCancelled();

private:
    Akari::Result<QByteArray> serveAndRead(const QString &fileName, const QByteArray &wheel,
                                           RemoteWheelMetadata::Outcome *outcome = nullptr, bool ranges = true);

    QTemporaryDir m_generated;
    QJsonObject m_manifest;
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
};

void TestRemoteWheelMetadata::initTestCase()
{
    QVERIFY(m_generated.isValid());
    const QByteArray manifest = runPython(GeneratorScript, {m_generated.path()});
    QVERIFY2(!manifest.isNull(), "python3 could not build the test zips");
    m_manifest = QJsonDocument::fromJson(manifest).object();
    QVERIFY(m_manifest.size() >= 10);
    QVERIFY2(!systemWheels().isEmpty(), "no wheels in /usr/share/python-wheels");
}

void TestRemoteWheelMetadata::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->start());
    HttpClient::Options options;
    options.retries = 0;
    options.timeoutMs = 20000;
    m_http = std::make_unique<HttpClient>(options);
}

void TestRemoteWheelMetadata::cleanup()
{
    m_http.reset();
    m_server.reset();
}

Akari::Result<QByteArray> TestRemoteWheelMetadata::serveAndRead(const QString &fileName, const QByteArray &wheel,
                                                                RemoteWheelMetadata::Outcome *outcome, bool ranges)
{
    LoopbackHttpServer::Response response{200, wheel, {{"Content-Type", "application/octet-stream"}}};
    response.honourRanges = ranges;
    const QByteArray path = "/files/" + fileName.toUtf8();
    m_server->setResponse(path, response);
    HttpRequest request;
    request.url = m_server->url(QString::fromUtf8(path));
    RemoteWheelMetadata::Outcome result =
        offThread([&] { return RemoteWheelMetadata::read(*m_http, request, fileName); });
    if (outcome)
        *outcome = result;
    return result.metadata;
}

void TestRemoteWheelMetadata::shouldReadSystemWheelsFromMemory_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &wheel : systemWheels())
        QTest::newRow(qPrintable(QFileInfo(wheel).fileName())) << wheel;
}

void TestRemoteWheelMetadata::shouldReadSystemWheelsFromMemory()
{
    QFETCH(QString, path);
    const QByteArray expected = zipfileMetadata(path);
    QVERIFY(!expected.isEmpty());
    const Akari::Result<QByteArray> metadata =
        RemoteWheelMetadata::fromWheelBytes(readFile(path), QFileInfo(path).fileName());
    QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
    QCOMPARE(*metadata, expected);
}

void TestRemoteWheelMetadata::shouldReadGeneratedZipsFromMemory_data()
{
    QTest::addColumn<QString>("fileName");
    for (auto it = m_manifest.constBegin(); it != m_manifest.constEnd(); ++it)
        if (it.value().isString())
            QTest::newRow(qPrintable(it.key())) << it.key();
}

void TestRemoteWheelMetadata::shouldReadGeneratedZipsFromMemory()
{
    QFETCH(QString, fileName);
    const Akari::Result<QByteArray> metadata =
        RemoteWheelMetadata::fromWheelBytes(readFile(QDir(m_generated.path()).filePath(fileName)), fileName);
    QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
    QCOMPARE(*metadata, m_manifest.value(fileName).toString().toUtf8());
}

void TestRemoteWheelMetadata::shouldRejectBrokenZips_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mention");

    for (auto it = m_manifest.constBegin(); it != m_manifest.constEnd(); ++it)
        if (it.value().isNull())
            QTest::newRow(qPrintable(it.key()))
                << it.key() << readFile(QDir(m_generated.path()).filePath(it.key())) << u"METADATA"_s;

    const QString pip = systemWheels().value(0);
    const QByteArray wheel = readFile(pip);
    QTest::newRow("empty") << u"empty-1.0-py3-none-any.whl"_s << QByteArray() << u"zip"_s;
    QTest::newRow("not a zip") << u"text-1.0-py3-none-any.whl"_s << QByteArray(5000, 't') << u"zip"_s;
    QTest::newRow("first half") << QFileInfo(pip).fileName() << wheel.left(wheel.size() / 2) << u"zip"_s;
    QTest::newRow("last half") << QFileInfo(pip).fileName() << wheel.right(wheel.size() / 2) << u"zip"_s;
    QByteArray damaged = wheel;
    const qsizetype directory = damaged.lastIndexOf("PK\x01\x02");
    damaged[directory + 2] = 'X'; // the last central directory entry loses its signature
    QTest::newRow("damaged directory") << QFileInfo(pip).fileName() << damaged << u"damaged"_s;

    // Hostile end records: offsets that must not wrap around in unsigned arithmetic.
    QTest::newRow("zip64 locator in a file smaller than its record")
        << u"tiny-1.0-py3-none-any.whl"_s << zip64Locator(~quint64(0) - 15) + endRecord(0, 0, 0) << u"outside"_s;
    QTest::newRow("zip64 record offset past the end")
        << u"far-1.0-py3-none-any.whl"_s << QByteArray(100, '\0') + zip64Locator(~quint64(0) - 15) + endRecord(0, 0, 0)
        << u"outside"_s;
    QTest::newRow("directory past the end")
        << u"dir-1.0-py3-none-any.whl"_s << QByteArray(10, '\0') + endRecord(1, 46, 0xfffffff0) << u"outside"_s;
    QTest::newRow("more members than the directory holds")
        << u"count-1.0-py3-none-any.whl"_s << QByteArray(46, '\0') + endRecord(60000, 46, 0) << u"too small"_s;
}

void TestRemoteWheelMetadata::shouldRejectMemberSizesPastTheFile_data()
{
    QTest::addColumn<quint64>("headerOffset");
    QTest::addColumn<quint64>("compressedSize");
    QTest::newRow("size wraps around") << quint64(0) << ~quint64(0) - 10;
    QTest::newRow("size one past the end") << quint64(0) << quint64(71);
    QTest::newRow("header offset past the end") << ~quint64(0) - 5 << quint64(1);
}

void TestRemoteWheelMetadata::shouldRejectMemberSizesPastTheFile()
{
    QFETCH(quint64, headerOffset);
    QFETCH(quint64, compressedSize);
    // A local header and 70 bytes of data; the sizes come from a (hostile) central directory.
    const QByteArray file = localHeader() + QByteArray(70, 'd');
    const Akari::ZipCentralDirectory::Reader reader = [&file](quint64 offset, quint64 length) {
        return Akari::Result<QByteArray>(file.mid(qsizetype(offset), qsizetype(length)));
    };
    Akari::ZipCentralDirectory::Member member;
    member.name = u"x.dist-info/METADATA"_s;
    member.localHeaderOffset = headerOffset;
    member.compressedSize = compressedSize;
    const Akari::Result<QByteArray> bytes =
        Akari::ZipCentralDirectory::memberBytes(reader, member, quint64(file.size()), u"hostile.whl"_s);
    QVERIFY2(!bytes, qPrintable(u"%1 bytes"_s.arg(bytes ? bytes->size() : 0)));
    QCOMPARE(bytes.error().code(), Error::Code::Parse);
    QVERIFY2(bytes.error().message().contains(u"hostile.whl"_s), qPrintable(bytes.error().message()));
    // The exact size still works: the bound is not off by one.
    member.localHeaderOffset = 0;
    member.compressedSize = 70;
    const Akari::Result<QByteArray> whole =
        Akari::ZipCentralDirectory::memberBytes(reader, member, quint64(file.size()), u"hostile.whl"_s);
    QVERIFY(whole);
    QCOMPARE(*whole, file);
}

void TestRemoteWheelMetadata::shouldRejectBrokenZips()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mention);
    const Akari::Result<QByteArray> metadata = RemoteWheelMetadata::fromWheelBytes(bytes, fileName);
    QVERIFY(!metadata);
    QCOMPARE(metadata.error().code(), Error::Code::Parse);
    QVERIFY2(metadata.error().message().contains(fileName), qPrintable(metadata.error().message()));
    QVERIFY2(metadata.error().message().contains(mention, Qt::CaseInsensitive), qPrintable(metadata.error().message()));
}

void TestRemoteWheelMetadata::shouldReadWithRangeRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("maxRequests");
    for (const QString &wheel : systemWheels())
        QTest::newRow(qPrintable(QFileInfo(wheel).fileName())) << wheel << zipfileMetadata(wheel) << 4;
    for (const char *name : {"demo-1.0-py3-none-any.whl", "descriptor-1.0-py3-none-any.whl",
                             "comment-1.0-py3-none-any.whl", "demo-1.0-py2.py3-none-any.whl"}) {
        const QString fileName = QString::fromLatin1(name);
        QTest::newRow(name) << QDir(m_generated.path()).filePath(fileName)
                            << m_manifest.value(fileName).toString().toUtf8() << 4;
    }
    // Its central directory alone is megabytes: more requests, still a part of the file.
    QTest::newRow("many members") << QDir(m_generated.path()).filePath(u"many-1.0-py3-none-any.whl"_s)
                                  << m_manifest.value(u"many-1.0-py3-none-any.whl"_s).toString().toUtf8() << 6;
}

void TestRemoteWheelMetadata::shouldReadWithRangeRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, expected);
    QFETCH(int, maxRequests);
    QVERIFY(!expected.isEmpty());
    const QByteArray wheel = readFile(path);
    RemoteWheelMetadata::Outcome outcome;
    const Akari::Result<QByteArray> metadata = serveAndRead(QFileInfo(path).fileName(), wheel, &outcome);
    QVERIFY2(metadata, qPrintable(metadata ? QString() : metadata.error().toString()));
    QCOMPARE(*metadata, expected);
    QVERIFY(!outcome.rangesUnsupported);
    QCOMPARE(outcome.requests, m_server->requests().size());
    QVERIFY2(outcome.requests >= 1 && outcome.requests <= maxRequests, qPrintable(QString::number(outcome.requests)));
    // A wheel no larger than the first tail block (64 KiB) arrives whole with that one request.
    if (wheel.size() > 65536)
        QVERIFY2(m_server->bodyBytesSent() < wheel.size(),
                 qPrintable(u"%1 of %2 bytes"_s.arg(m_server->bodyBytesSent()).arg(wheel.size())));
    else
        QCOMPARE(outcome.requests, 1);
    for (const LoopbackHttpServer::Request &request : m_server->requests())
        QVERIFY2(request.headers.value("range").startsWith("bytes="), request.headers.value("range").constData());
    QCOMPARE(m_server->requests().first().headers.value("range"), "bytes=-65536"_ba);
}

void TestRemoteWheelMetadata::shouldReportServerWithoutRanges()
{
    const QString path = systemWheels().value(0);
    RemoteWheelMetadata::Outcome outcome;
    const Akari::Result<QByteArray> metadata =
        serveAndRead(QFileInfo(path).fileName(), readFile(path), &outcome, false);
    QVERIFY(!metadata);
    QVERIFY(outcome.rangesUnsupported);
    QCOMPARE(metadata.error().code(), Error::Code::Network);
    QCOMPARE(outcome.requests, 1);
}

void TestRemoteWheelMetadata::shouldReportHttpErrorStatus()
{
    HttpRequest request;
    request.url = m_server->url(u"/files/gone-1.0-py3-none-any.whl"_s);
    const RemoteWheelMetadata::Outcome outcome =
        offThread([&] { return RemoteWheelMetadata::read(*m_http, request, u"gone-1.0-py3-none-any.whl"_s); });
    QVERIFY(!outcome.metadata);
    QVERIFY(!outcome.rangesUnsupported);
    QCOMPARE(outcome.metadata.error().code(), Error::Code::Network);
    QVERIFY(outcome.metadata.error().message().contains(u"404"_s));
    QVERIFY(outcome.metadata.error().message().contains(request.url.toString()));
}

void TestRemoteWheelMetadata::shouldRejectTruncatedRemoteWheel()
{
    const QString path = systemWheels().value(0);
    const QByteArray wheel = readFile(path);
    const Akari::Result<QByteArray> metadata = serveAndRead(QFileInfo(path).fileName(), wheel.left(wheel.size() - 100));
    QVERIFY(!metadata);
    QCOMPARE(metadata.error().code(), Error::Code::Parse);
    QVERIFY2(metadata.error().message().contains(m_server->url(u"/files/"_s).toString()),
             qPrintable(metadata.error().message()));
    QVERIFY(metadata.error().file().startsWith(m_server->url(u"/files/"_s).toString()));
}

void TestRemoteWheelMetadata::shouldStopWhenCancelled()
{
    const QString path = systemWheels().value(0);
    LoopbackHttpServer::Response response{200, readFile(path), {}};
    response.honourRanges = true;
    response.delayMs = 120000; // never answered within the test: cancelling must not wait for it
    m_server->setResponse("/files/slow.whl", response);
    HttpRequest request;
    request.url = m_server->url(u"/files/slow.whl"_s);
    std::atomic_bool cancelled = false;
    QTimer::singleShot(100, this, [&cancelled] { cancelled = true; });
    QElapsedTimer clock;
    clock.start();
    const RemoteWheelMetadata::Outcome outcome = offThread([&] {
        return RemoteWheelMetadata::read(*m_http, request, u"slow.whl"_s, [&cancelled] { return cancelled.load(); });
    });
    QVERIFY(!outcome.metadata);
    QCOMPARE(outcome.metadata.error().code(), Error::Code::Cancelled);
    QVERIFY(clock.elapsed() < 60000);
}

QTEST_GUILESS_MAIN(TestRemoteWheelMetadata)
#include "tst_remotewheelmetadata.moc"
