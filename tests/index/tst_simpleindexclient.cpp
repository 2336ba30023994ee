// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "clientchecks.h"
#include "core/index/httpcache.h"
#include "core/index/simpleindexclient.h"
#include "loopbackhttpserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::HttpCache;
using Akari::HttpClient;
using Akari::IndexCredentials;
using Akari::IndexFile;
using Akari::IndexPage;
using Akari::PackageIndex;
using Akari::PackageName;
using Akari::SimpleIndexClient;
using Outcome = Akari::SimpleIndexClient::Lookup::Outcome;

namespace
{

QString reconstructedDir()
{
    return sharedPath(u"corpus/index-pages/reconstructed"_s);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PackageName name(const QString &text)
{
    return PackageName::parse(text).value();
}

PackageIndex makeIndex(const QUrl &url, PackageIndex::Format format = PackageIndex::Format::Simple,
                       const QList<int> &ignoreErrorCodes = {})
{
    PackageIndex index;
    index.url = url;
    index.format = format;
    index.ignoreErrorCodes = ignoreErrorCodes;
    return index;
}

/// The JSON form of a reconstructed PyTorch page with its absolute URLs made root-relative, so
/// that both forms resolve against the loopback server alike.
QByteArray loopbackJson(const QString &stem)
{
    return readFile(QDir(reconstructedDir()).filePath(stem + u".pep691.json"_s))
        .replace("https://download.pytorch.org/", "/");
}

QByteArray loopbackHtml(const QString &stem)
{
    return readFile(QDir(reconstructedDir()).filePath(stem + u".html"_s));
}

/// Files without what only one of the two forms can say (PyTorch's HTML has no upload time),
/// in URL order (the reconstructed corpus lists the two forms in different orders).
QList<IndexFile> comparable(QList<IndexFile> files)
{
    for (IndexFile &file : files)
        file.uploadTime = {};
    std::ranges::sort(files, {}, [](const IndexFile &file) { return file.url.toString(); });
    return files;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSimpleIndexClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldGiveEqualFilesForJsonAndHtml_data();
    void shouldGiveEqualFilesForJsonAndHtml();
    void shouldPickParserByContentType_data();
    void shouldPickParserByContentType();
    void shouldRequestNormalisedNameWithAcceptHeader_data();
    void shouldRequestNormalisedNameWithAcceptHeader();
    void shouldFollowIndexStatusRules_data();
    void shouldFollowIndexStatusRules();
    void shouldReportTruncatedJsonWithItsUrl();
    void shouldReportUnreadablePageOfUnknownType();
    void shouldSendIndexCredentials();
    void shouldServePagesFromCache();
    void shouldFilterFlatPageAndFetchItOnce();
    void shouldReadSimpleIndexFromDisk();
    void shouldListLocalFlatDirectory();
    void shouldFetchPep658Metadata_data();
    void shouldFetchPep658Metadata();
    void shouldReadMetadataWithRanges_data();
    void shouldReadMetadataWithRanges();
    void shouldDownloadWholeWheelWithoutRanges_data();
    void shouldDownloadWholeWheelWithoutRanges();
    void shouldReportCorruptWheel();
    void shouldCacheExtractedMetadata();

private:
    [[nodiscard]] Akari::Result<SimpleIndexClient::Lookup> lookup(const PackageIndex &index,
                                                                  const PackageName &package) const;
    [[nodiscard]] Akari::Result<QByteArray> metadata(const PackageIndex &index, const IndexFile &file) const;
    [[nodiscard]] QUrl serveWheel(const QString &path, bool ranges);

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::shared_ptr<SimpleIndexClient> m_client;
};

void TestSimpleIndexClient::init()
{
    m_server = std::make_unique<LoopbackHttpServer>();
    QVERIFY(m_server->start());
    HttpClient::Options options;
    options.retries = 0;
    options.timeoutMs = 20000;
    m_client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
}

void TestSimpleIndexClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

Akari::Result<SimpleIndexClient::Lookup> TestSimpleIndexClient::lookup(const PackageIndex &index,
                                                                       const PackageName &package) const
{
    const std::shared_ptr<SimpleIndexClient> client = m_client;
    return offThread([client, index, package] { return client->projectPage(index, package); });
}

Akari::Result<QByteArray> TestSimpleIndexClient::metadata(const PackageIndex &index, const IndexFile &file) const
{
    const std::shared_ptr<SimpleIndexClient> client = m_client;
    return offThread([client, index, file] { return client->wheelMetadata(index, file); });
}

QUrl TestSimpleIndexClient::serveWheel(const QString &path, bool ranges)
{
    LoopbackHttpServer::Response response{200, readFile(path), {{"Content-Type", "application/octet-stream"}}};
    response.honourRanges = ranges;
    const QByteArray served = "/files/" + QFileInfo(path).fileName().toUtf8();
    m_server->setResponse(served, response);
    return m_server->url(QString::fromUtf8(served));
}

void TestSimpleIndexClient::shouldGiveEqualFilesForJsonAndHtml_data()
{
    QTest::addColumn<QString>("stem");
    const QStringList pages = QDir(reconstructedDir()).entryList({u"*.html"_s}, QDir::Files, QDir::Name);
    QVERIFY(pages.size() >= 5);
    for (const QString &page : pages)
        QTest::newRow(qPrintable(page)) << page.chopped(5);
}

void TestSimpleIndexClient::shouldGiveEqualFilesForJsonAndHtml()
{
    QFETCH(QString, stem);
    // whl_cu128_torch -> /html/whl/cu128/torch/, the path the page came from.
    const QString variant = stem.mid(4, stem.size() - 10).replace(u'_', u'/');
    m_server->setResponse("/html/whl/" + variant.toUtf8() + "/torch/",
                          {200, loopbackHtml(stem), {{"Content-Type", "text/html"}}});
    m_server->setResponse("/json/whl/" + variant.toUtf8() + "/torch/",
                          {200, loopbackJson(stem), {{"Content-Type", "application/vnd.pypi.simple.v1+json"}}});

    const auto html = lookup(makeIndex(m_server->url(u"/html/whl/"_s + variant)), name(u"torch"_s));
    const auto json = lookup(makeIndex(m_server->url(u"/json/whl/"_s + variant + u"/"_s)), name(u"torch"_s));
    QVERIFY2(html, qPrintable(html ? QString() : html.error().toString()));
    QVERIFY2(json, qPrintable(json ? QString() : json.error().toString()));
    QCOMPARE(html->outcome, Outcome::Found);
    QCOMPARE(json->outcome, Outcome::Found);
    QCOMPARE(html->status, 200);
    QVERIFY(!html->page.files.isEmpty());
    for (const IndexFile &file : std::as_const(html->page.files)) // root-relative links resolve against the server
        QVERIFY2(file.url.isValid() && !file.url.isRelative(), qPrintable(file.url.toString()));
    QCOMPARE(comparable(html->page.files), comparable(json->page.files));
    QCOMPARE(html->page.projectName, u"torch"_s);
    QCOMPARE(json->page.projectName, u"torch"_s);
}

void TestSimpleIndexClient::shouldPickParserByContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<bool>("sendJson");
    QTest::newRow("PEP 691 JSON") << "application/vnd.pypi.simple.v1+json"_ba << true;
    QTest::newRow("PEP 691 HTML") << "application/vnd.pypi.simple.v1+html"_ba << false;
    QTest::newRow("text/html") << "text/html; charset=utf-8"_ba << false;
    QTest::newRow("text/plain holding HTML") << "text/plain"_ba << false;
    QTest::newRow("text/plain holding JSON") << "text/plain"_ba << true;
    QTest::newRow("octet-stream holding JSON") << "application/octet-stream"_ba << true;
    QTest::newRow("no type, HTML") << QByteArray() << false;
}

void TestSimpleIndexClient::shouldPickParserByContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(bool, sendJson);
    const QString stem = u"whl_cu126_torch"_s;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    m_server->setResponse("/simple/torch/", {200, sendJson ? loopbackJson(stem) : loopbackHtml(stem), headers});
    m_server->setResponse("/reference/torch/",
                          {200, loopbackJson(stem), {{"Content-Type", "application/vnd.pypi.simple.v1+json"}}});

    const auto page = lookup(makeIndex(m_server->url(u"/simple"_s)), name(u"torch"_s));
    const auto reference = lookup(makeIndex(m_server->url(u"/reference"_s)), name(u"torch"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QVERIFY(reference);
    QVERIFY(reference->page.files.size() > 5);
    QCOMPARE(comparable(page->page.files), comparable(reference->page.files));
}

void TestSimpleIndexClient::shouldRequestNormalisedNameWithAcceptHeader_data()
{
    QTest::addColumn<QString>("root");
    QTest::addColumn<QString>("package");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("root without slash") << u"/simple"_s << u"Torch_Vision"_s << "/simple/torch-vision/"_ba;
    QTest::newRow("root with slash") << u"/simple/"_s << u"zope.Interface"_s << "/simple/zope-interface/"_ba;
    QTest::newRow("nested root") << u"/whl/cu128"_s << u"TORCHVISION"_s << "/whl/cu128/torchvision/"_ba;
    QTest::newRow("runs of separators") << u"/a/b/"_s << u"foo._-Bar"_s << "/a/b/foo-bar/"_ba;
}

void TestSimpleIndexClient::shouldRequestNormalisedNameWithAcceptHeader()
{
    QFETCH(QString, root);
    QFETCH(QString, package);
    QFETCH(QByteArray, path);
    m_server->setResponse(path,
                          {200, "<a href=\"demo-0.22.0-py3-none-any.whl\">x</a>", {{"Content-Type", "text/html"}}});
    const auto page = lookup(makeIndex(m_server->url(root)), name(package));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->page.files.size(), 1);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, path);
    QCOMPARE(m_server->requests().first().headers.value("accept"), SimpleIndexClient::acceptHeader());
    QVERIFY(SimpleIndexClient::acceptHeader().startsWith("application/vnd.pypi.simple.v1+json"));
}

void TestSimpleIndexClient::shouldFollowIndexStatusRules_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QList<int>>("ignored");
    QTest::addColumn<bool>("missing");
    QTest::newRow("404") << 404 << QList<int>() << true;
    QTest::newRow("404 despite other ignore codes") << 404 << QList<int>{401} << true;
    QTest::newRow("403 from another host than PyTorch's") << 403 << QList<int>() << false;
    QTest::newRow("403 ignored when listed") << 403 << QList<int>{403} << true;
    QTest::newRow("401") << 401 << QList<int>() << false;
    QTest::newRow("401 ignored when listed") << 401 << QList<int>{401} << true;
    QTest::newRow("500") << 500 << QList<int>() << false;
    QTest::newRow("410") << 410 << QList<int>() << false;
}

void TestSimpleIndexClient::shouldFollowIndexStatusRules()
{
    QFETCH(int, status);
    QFETCH(QList<int>, ignored);
    QFETCH(bool, missing);
    if (status != 404)
        m_server->setResponse("/simple/private/", {status, "no", {{"Content-Type", "text/html"}}});
    const PackageIndex index = makeIndex(m_server->url(u"/simple/"_s), PackageIndex::Format::Simple, ignored);
    const auto page = lookup(index, name(u"private"_s));
    if (missing) {
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(page->outcome, Outcome::Missing);
        QCOMPARE(page->status, status);
        return;
    }
    QVERIFY(!page);
    QCOMPARE(page.error().code(), Error::Code::Network);
    QVERIFY2(page.error().message().contains(index.displayUrl()), qPrintable(page.error().message()));
    QVERIFY2(page.error().message().contains(QString::number(status)), qPrintable(page.error().message()));
}

void TestSimpleIndexClient::shouldReportTruncatedJsonWithItsUrl()
{
    const QByteArray json = loopbackJson(u"whl_cu121_torch"_s);
    m_server->setResponse("/simple/torch/",
                          {200, json.left(json.size() / 2), {{"Content-Type", "application/vnd.pypi.simple.v1+json"}}});
    const auto page = lookup(makeIndex(m_server->url(u"/simple"_s)), name(u"torch"_s));
    QVERIFY(!page);
    QCOMPARE(page.error().code(), Error::Code::Parse);
    QCOMPARE(page.error().file(), m_server->url(u"/simple/torch/"_s).toString());
}

void TestSimpleIndexClient::shouldReportUnreadablePageOfUnknownType()
{
    const QByteArray json = loopbackJson(u"whl_cu121_torch"_s);
    m_server->setResponse("/simple/torch/", {200, json.left(json.size() / 2), {{"Content-Type", "text/plain"}}});
    const auto page = lookup(makeIndex(m_server->url(u"/simple"_s)), name(u"torch"_s));
    QVERIFY(!page);
    QCOMPARE(page.error().code(), Error::Code::Parse);
    QVERIFY2(page.error().message().contains(m_server->url(u"/simple/torch/"_s).toString()),
             qPrintable(page.error().message()));
    QVERIFY2(page.error().message().contains(u"text/plain"_s), qPrintable(page.error().message()));
}

void TestSimpleIndexClient::shouldSendIndexCredentials()
{
    QProcessEnvironment environment;
    environment.insert(u"UV_INDEX_PRIVATE_USERNAME"_s, u"alice"_s);
    environment.insert(u"UV_INDEX_PRIVATE_PASSWORD"_s, u"s3cret"_s);
    HttpClient::Options options;
    options.retries = 0;
    m_client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options),
                                                   IndexCredentials(environment, Akari::NetrcFile()));
    m_server->setResponse("/simple/torch/", {200, loopbackHtml(u"whl_cu121_torch"_s), {{"Content-Type", "text/html"}}});
    PackageIndex index = makeIndex(m_server->url(u"/simple"_s));
    index.name = u"private"_s;
    const auto page = lookup(index, name(u"torch"_s));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().headers.value("authorization"), "Basic " + "alice:s3cret"_ba.toBase64());
}

void TestSimpleIndexClient::shouldServePagesFromCache()
{
    QTemporaryDir cacheDir;
    HttpClient::Options options;
    options.retries = 0;
    options.cache = std::make_shared<HttpCache>(cacheDir.path());
    m_client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
    m_server->setResponse(
        "/simple/torch/",
        {200, loopbackHtml(u"whl_cu121_torch"_s), {{"Content-Type", "text/html"}, {"Cache-Control", "max-age=600"}}});
    const PackageIndex index = makeIndex(m_server->url(u"/simple"_s));
    const auto first = lookup(index, name(u"torch"_s));
    const auto second = lookup(index, name(u"torch"_s));
    QVERIFY(first && second);
    QVERIFY(!first->fromCache);
    QVERIFY(second->fromCache);
    QCOMPARE(second->page.files, first->page.files);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestSimpleIndexClient::shouldFilterFlatPageAndFetchItOnce()
{
    const QByteArray page = "<html><body>\n"
                            "<a href=\"torch-2.7.0+cpu-cp312-cp312-linux_x86_64.whl#sha256=00aa\">torch</a>\n"
                            "<a href=\"Torch-2.6.0-cp312-cp312-win_amd64.whl\">Torch</a>\n"
                            "<a href=\"torch-2.5.0.tar.gz\">sdist</a>\n"
                            "<a href=\"torchvision-0.22.0-cp312-cp312-linux_x86_64.whl\">torchvision</a>\n"
                            "<a href=\"torch_audio-2.7.0.tar.gz\">other project</a>\n"
                            "<a href=\"torch-notes.txt\">not a distribution</a>\n"
                            "</body></html>\n";
    m_server->setResponse("/find-links.html", {200, page, {{"Content-Type", "text/html"}}});
    const PackageIndex index = makeIndex(m_server->url(u"/find-links.html"_s), PackageIndex::Format::Flat);

    const auto torch = lookup(index, name(u"torch"_s));
    QVERIFY2(torch, qPrintable(torch ? QString() : torch.error().toString()));
    QCOMPARE(torch->outcome, Outcome::Found);
    QStringList names;
    for (const IndexFile &file : torch->page.files)
        names.append(file.filename);
    QCOMPARE(names, (QStringList{u"torch-2.7.0+cpu-cp312-cp312-linux_x86_64.whl"_s,
                                 u"Torch-2.6.0-cp312-cp312-win_amd64.whl"_s, u"torch-2.5.0.tar.gz"_s}));
    QCOMPARE(torch->page.files.first().hashes.value(u"sha256"_s), u"00aa"_s);

    const auto vision = lookup(index, name(u"TorchVision"_s));
    QVERIFY(vision);
    QCOMPARE(vision->page.files.size(), 1);
    const auto audio = lookup(index, name(u"torch-audio"_s));
    QVERIFY(audio);
    QCOMPARE(audio->page.files.size(), 1);
    const auto absent = lookup(index, name(u"numpy"_s));
    QVERIFY(absent);
    QCOMPARE(absent->outcome, Outcome::Missing);
    QCOMPARE(m_server->requests().size(), 1);
}

void TestSimpleIndexClient::shouldReadSimpleIndexFromDisk()
{
    QTemporaryDir root;
    QVERIFY(writeFile(root.filePath(u"torch/index.html"_s), loopbackHtml(u"whl_cu121_torch"_s)));
    QVERIFY(writeFile(
        root.filePath(u"torchvision/index.json"_s),
        R"({"meta": {"api-version": "1.0"}, "name": "torchvision", "files": [)"
        R"({"filename": "torchvision-0.20.0-py3-none-any.whl", "url": "torchvision-0.20.0-py3-none-any.whl", "hashes": {}}]})"));
    const PackageIndex index = makeIndex(QUrl::fromLocalFile(root.path()));

    const auto torch = lookup(index, name(u"Torch"_s));
    QVERIFY2(torch, qPrintable(torch ? QString() : torch.error().toString()));
    QCOMPARE(torch->outcome, Outcome::Found);
    QCOMPARE(torch->status, 0);
    QCOMPARE(torch->page.files.size(), loopbackHtml(u"whl_cu121_torch"_s).count("<a "));
    const auto vision = lookup(index, name(u"torchvision"_s));
    QVERIFY2(vision, qPrintable(vision ? QString() : vision.error().toString()));
    QCOMPARE(vision->page.files.size(), 1);
    QCOMPARE(vision->page.files.first().url,
             QUrl::fromLocalFile(root.filePath(u"torchvision/torchvision-0.20.0-py3-none-any.whl"_s)));
    const auto absent = lookup(index, name(u"numpy"_s));
    QVERIFY(absent);
    QCOMPARE(absent->outcome, Outcome::Missing);
}

void TestSimpleIndexClient::shouldListLocalFlatDirectory()
{
    QTemporaryDir root;
    const QStringList wheels = systemWheels();
    QVERIFY(!wheels.isEmpty());
    const QString wheel = wheels.first();
    const QString project = QFileInfo(wheel).fileName().section(u'-', 0, 0);
    QVERIFY(QFile::copy(wheel, root.filePath(QFileInfo(wheel).fileName())));
    QVERIFY(writeFile(root.filePath(project + u"-0.1.tar.gz"_s), "not really an sdist"));
    QVERIFY(writeFile(root.filePath(u"other-1.0-py3-none-any.whl"_s), "zip"));
    const PackageIndex index = makeIndex(QUrl::fromLocalFile(root.path()), PackageIndex::Format::Flat);

    const auto page = lookup(index, name(project));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page->page.files.size(), 2);
    const IndexFile &found = page->page.files.at(page->page.files.first().filename.endsWith(u".whl"_s) ? 0 : 1);
    QCOMPARE(found.url, QUrl::fromLocalFile(root.filePath(QFileInfo(wheel).fileName())));
    QCOMPARE(found.size, QFileInfo(wheel).size());

    const auto read = metadata(index, found);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(*read, zipfileMetadata(wheel));
}

void TestSimpleIndexClient::shouldFetchPep658Metadata_data()
{
    QTest::addColumn<QString>("hash");
    QTest::addColumn<bool>("valid");
    const QByteArray metadata = "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n";
    QTest::newRow("no hash") << QString() << true;
    QTest::newRow("matching hash") << sha256Of(metadata) << true;
    QTest::newRow("matching hash in upper case") << sha256Of(metadata).toUpper() << true;
    QTest::newRow("wrong hash") << sha256Of(metadata + "x") << false;
}

void TestSimpleIndexClient::shouldFetchPep658Metadata()
{
    QFETCH(QString, hash);
    QFETCH(bool, valid);
    const QByteArray body = "Metadata-Version: 2.1\nName: demo\nVersion: 1.0\n";
    m_server->setResponse("/files/demo-1.0%2Blocal-py3-none-any.whl.metadata", {200, body, {}});
    IndexFile file;
    file.filename = u"demo-1.0+local-py3-none-any.whl"_s;
    file.url = QUrl::fromEncoded(m_server->url(u"/files/"_s).toEncoded() + "demo-1.0%2Blocal-py3-none-any.whl");
    file.coreMetadata = IndexFile::MetadataState::Available;
    if (!hash.isEmpty())
        file.coreMetadataHashes.insert(u"sha256"_s, hash);

    const auto read = metadata(makeIndex(m_server->url(u"/simple"_s)), file);
    QCOMPARE(m_server->requests().size(), 1);
    QCOMPARE(m_server->requests().first().path, "/files/demo-1.0%2Blocal-py3-none-any.whl.metadata"_ba);
    if (valid) {
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QCOMPARE(*read, body);
        return;
    }
    QVERIFY(!read);
    QCOMPARE(read.error().code(), Error::Code::Parse);
    QVERIFY2(read.error().message().contains(u".metadata"_s), qPrintable(read.error().message()));
}

void TestSimpleIndexClient::shouldReadMetadataWithRanges_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &wheel : systemWheels())
        QTest::newRow(qPrintable(QFileInfo(wheel).fileName())) << wheel;
}

void TestSimpleIndexClient::shouldReadMetadataWithRanges()
{
    QFETCH(QString, path);
    IndexFile file;
    file.filename = QFileInfo(path).fileName();
    file.url = serveWheel(path, true);
    file.hashes.insert(u"sha256"_s, sha256Of(readFile(path)));
    const auto read = metadata(makeIndex(m_server->url(u"/simple"_s)), file);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(*read, zipfileMetadata(path));
    // A wheel no larger than the first tail block (64 KiB) arrives whole with one range request.
    if (QFileInfo(path).size() > 65536)
        QVERIFY2(m_server->bodyBytesSent() < QFileInfo(path).size(),
                 qPrintable(QString::number(m_server->bodyBytesSent())));
    else
        QCOMPARE(m_server->requests().size(), 1);
    for (const LoopbackHttpServer::Request &request : m_server->requests())
        QVERIFY(request.headers.contains("range"));
}

void TestSimpleIndexClient::shouldDownloadWholeWheelWithoutRanges_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<bool>("rightHash");
    QTest::newRow("listed hash matches") << u"sha256"_s << true;
    QTest::newRow("listed hash differs") << u"sha256"_s << false;
    QTest::newRow("only sha512 listed, differs") << u"sha512"_s << false;
}

void TestSimpleIndexClient::shouldDownloadWholeWheelWithoutRanges()
{
    QFETCH(QString, algorithm);
    QFETCH(bool, rightHash);
    const QString path = systemWheels().value(0);
    IndexFile file;
    file.filename = QFileInfo(path).fileName();
    file.url = serveWheel(path, false);
    const QByteArray listed = readFile(path) + (rightHash ? "" : "x");
    file.hashes.insert(algorithm,
                       algorithm == u"sha256"_s
                           ? sha256Of(listed)
                           : QString::fromLatin1(QCryptographicHash::hash(listed, QCryptographicHash::Sha512).toHex()));
    const auto read = metadata(makeIndex(m_server->url(u"/simple"_s)), file);
    // The range probe, then one whole download.
    QCOMPARE(m_server->requests().size(), 2);
    QVERIFY(!m_server->requests().at(1).headers.contains("range"));
    if (!rightHash) {
        QVERIFY(!read);
        QCOMPARE(read.error().code(), Error::Code::Parse);
        QVERIFY(read.error().message().contains(file.url.toString()));
        QVERIFY2(read.error().message().contains(algorithm), qPrintable(read.error().message()));
        return;
    }
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(*read, zipfileMetadata(path));
}

void TestSimpleIndexClient::shouldReportCorruptWheel()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken-1.0-py3-none-any.whl"_s);
    QVERIFY(writeFile(path, readFile(systemWheels().value(0)).left(70000)));
    for (const bool ranges : {true, false}) {
        IndexFile file;
        file.filename = QFileInfo(path).fileName();
        file.url = serveWheel(path, ranges);
        const auto read = metadata(makeIndex(m_server->url(u"/simple"_s)), file);
        QVERIFY(!read);
        QCOMPARE(read.error().code(), Error::Code::Parse);
        QVERIFY2(read.error().message().contains(file.filename), qPrintable(read.error().message()));
    }
}

void TestSimpleIndexClient::shouldCacheExtractedMetadata()
{
    QTemporaryDir cacheDir;
    HttpClient::Options options;
    options.retries = 0;
    options.cache = std::make_shared<HttpCache>(cacheDir.path());
    m_client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
    const QString path = systemWheels().value(0);
    IndexFile file;
    file.filename = QFileInfo(path).fileName();
    file.url = serveWheel(path, true);
    file.hashes.insert(u"sha256"_s, sha256Of(readFile(path)));
    const PackageIndex index = makeIndex(m_server->url(u"/simple"_s));
    const auto first = metadata(index, file);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const qsizetype requests = m_server->requests().size();
    QVERIFY(requests >= 1);

    // A new client on the same cache, offline: the warm run needs no network at all.
    options.offline = true;
    m_client = std::make_shared<SimpleIndexClient>(std::make_shared<HttpClient>(options), IndexCredentials());
    const auto second = metadata(index, file);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
    QCOMPARE(*second, *first);
    QCOMPARE(m_server->requests().size(), requests);

    // The same URL listed with another hash is another file: its metadata is not the cached one.
    file.hashes.insert(u"sha256"_s, QString(64, u'0'));
    QVERIFY(!metadata(index, file));
}

QTEST_GUILESS_MAIN(TestSimpleIndexClient)
#include "tst_simpleindexclient.moc"
