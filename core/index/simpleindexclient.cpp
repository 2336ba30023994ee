// SPDX-License-Identifier: GPL-3.0-or-later
#include "simpleindexclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

#include "../logging/logcategories.h"
#include "../pep/sdistfilename.h"
#include "../pep/wheelfilename.h"
#include "htmlindexparser.h"
#include "httpcache.h"
#include "httpurl.h"
#include "jsonindexparser.h"
#include "remotewheelmetadata.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

/// Flat listings by index URL: a find-links page is one page for every package.
struct SimpleIndexClient::FlatPages
{
    QMutex mutex;
    QHash<QString, std::optional<IndexPage>> pages; // nullopt: the index answered an ignored status
};

namespace
{

constexpr QByteArrayView JsonType = "application/vnd.pypi.simple.v1+json";
constexpr QByteArrayView HtmlType = "application/vnd.pypi.simple.v1+html";
/// Extracted METADATA of immutable wheel files lives in the HTTP cache under this query.
constexpr QLatin1StringView MetadataCacheQuery = "akari-extracted-metadata"_L1;

/// `<root>/<name>/`, keeping the root's percent-encoding.
QUrl projectUrl(const QUrl &root, const PackageName &package)
{
    QUrl url = HttpUrl::withoutCredentials(root);
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + package.canonical() + u'/', QUrl::TolerantMode);
    return url;
}

/// `<file url>.metadata` (PEP 658), keeping the file URL's percent-encoding (`%2B` stays).
QUrl metadataUrl(const QUrl &fileUrl)
{
    QUrl url = HttpUrl::withoutCredentials(fileUrl);
    url.setPath(url.path(QUrl::FullyEncoded) + ".metadata"_L1, QUrl::TolerantMode);
    return url;
}

/// Where the METADATA extracted from \a file is cached: its URL (never its credentials) marked
/// as Akari's own, with the file's SHA-256 when the page gives one, so that a file replaced
/// under the same URL is not answered with its predecessor's metadata.
QUrl metadataCacheKey(const IndexFile &file)
{
    QUrl key = HttpUrl::withoutCredentials(file.url);
    QString marker = MetadataCacheQuery;
    const QString sha256 = file.hashes.value(u"sha256"_s).trimmed().toLower();
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (hex.match(sha256).hasMatch())
        marker += u'=' + sha256;
    const QString query = key.query(QUrl::FullyEncoded);
    key.setQuery(query.isEmpty() ? marker : query + u'&' + marker, QUrl::TolerantMode);
    return key;
}

bool startsLikeJson(QByteArrayView body)
{
    const QByteArrayView trimmed = body.trimmed();
    return !trimmed.isEmpty() && trimmed.front() == '{';
}

/// Parses a page by its Content-Type; unknown types are sniffed.
Result<IndexPage> parsePage(QByteArrayView body, const QByteArray &contentType, const QUrl &pageUrl)
{
    if (contentType == JsonType)
        return JsonIndexParser::parse(body, pageUrl);
    if (contentType == "text/html" || contentType == HtmlType)
        return HtmlIndexParser::parse(body, pageUrl);

    // Unknown type (text/plain, application/octet-stream, none): the forgiving HTML parser
    // would read a JSON page as an empty one, so JSON-looking bodies are tried as JSON first.
    const QString where = HttpClient::displayUrl(pageUrl);
    const QString type = contentType.isEmpty() ? SimpleIndexClient::tr("none") : QString::fromLatin1(contentType);
    if (startsLikeJson(body)) {
        Result<IndexPage> json = JsonIndexParser::parse(body, pageUrl);
        if (json)
            return json;
        return fail(Error(Error::Code::Parse,
                          SimpleIndexClient::tr("The page %1 (Content-Type %2) is not a readable simple-API page: %3")
                              .arg(where, type, json.error().toString()),
                          where));
    }
    Result<IndexPage> html = HtmlIndexParser::parse(body, pageUrl);
    if (html)
        return html;
    if (Result<IndexPage> json = JsonIndexParser::parse(body, pageUrl))
        return json;
    return fail(Error(Error::Code::Parse,
                      SimpleIndexClient::tr("The page %1 (Content-Type %2) is not a readable simple-API page: %3")
                          .arg(where, type, html.error().toString()),
                      where));
}

/// The Error for an HTTP status that ends the search on \a index.
Error statusError(const PackageIndex &index, const QUrl &url, int status, const QString &what)
{
    const QString where = HttpClient::displayUrl(url);
    switch (status) {
    case 401:
        return Error(Error::Code::Network,
                     SimpleIndexClient::tr("The index %1 needs credentials to read %2 (HTTP 401).")
                         .arg(index.displayUrl(), what),
                     where);
    case 403:
        return Error(
            Error::Code::Network,
            SimpleIndexClient::tr("The index %1 refused access to %2 (HTTP 403).").arg(index.displayUrl(), what),
            where);
    default:
        return Error(Error::Code::Network,
                     SimpleIndexClient::tr("The index %1 answered HTTP status %2 for %3.")
                         .arg(index.displayUrl())
                         .arg(status)
                         .arg(what),
                     where);
    }
}

/// The algorithms of hashlib.algorithms_guaranteed that Qt computes (shake_* it does not).
std::optional<QCryptographicHash::Algorithm> algorithmNamed(const QString &name)
{
    using Hash = QCryptographicHash;
    static const QHash<QString, Hash::Algorithm> known{
        {u"md5"_s, Hash::Md5},           {u"sha1"_s, Hash::Sha1},           {u"sha224"_s, Hash::Sha224},
        {u"sha256"_s, Hash::Sha256},     {u"sha384"_s, Hash::Sha384},       {u"sha512"_s, Hash::Sha512},
        {u"sha3_224"_s, Hash::Sha3_224}, {u"sha3_256"_s, Hash::Sha3_256},   {u"sha3_384"_s, Hash::Sha3_384},
        {u"sha3_512"_s, Hash::Sha3_512}, {u"blake2b"_s, Hash::Blake2b_512}, {u"blake2s"_s, Hash::Blake2s_256},
    };
    const auto found = known.constFind(name);
    return found == known.cend() ? std::nullopt : std::optional(*found);
}

/// Fails naming \a url and the algorithm when \a body does not have one of the \a expected
/// digests (every algorithm the page lists and Qt knows is checked; none listed: nothing to check).
Result<void> checkHashes(const QByteArray &body, const QMap<QString, QString> &expected, const QUrl &url)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const std::optional<QCryptographicHash::Algorithm> algorithm = algorithmNamed(it.key());
        if (!algorithm)
            continue;
        const QString digest = QString::fromLatin1(QCryptographicHash::hash(body, *algorithm).toHex());
        if (digest.compare(it.value().trimmed(), Qt::CaseInsensitive) != 0) {
            const QString where = HttpClient::displayUrl(url);
            return fail(Error(
                Error::Code::Parse,
                SimpleIndexClient::tr("%1 does not have the %2 hash the index lists for it.").arg(where, it.key()),
                where));
        }
    }
    return {};
}

Result<QByteArray> readLocalFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(
            Error::Code::Io,
            SimpleIndexClient::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), path));
    return file.readAll();
}

/// Whether \a fileName is a wheel or sdist of \a package.
bool isFileOf(const QString &fileName, const PackageName &package)
{
    if (fileName.endsWith(".whl"_L1, Qt::CaseInsensitive)) {
        const Result<WheelFileName> wheel = WheelFileName::parse(fileName);
        return wheel && wheel->name() == package;
    }
    const Result<SdistFileName> sdist = SdistFileName::parse(fileName);
    return sdist && sdist->name() == package;
}

/// A local directory used as a flat index: its files, in name order.
Result<IndexPage> listDirectory(const QString &path)
{
    const QDir directory(path);
    if (!directory.exists())
        return fail(Error(
            Error::Code::NotFound,
            SimpleIndexClient::tr("The flat index directory %1 does not exist.").arg(QDir::toNativeSeparators(path)),
            path));
    IndexPage page;
    page.baseUrl = QUrl::fromLocalFile(directory.absolutePath() + u'/');
    const QFileInfoList entries = directory.entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &entry : entries) {
        IndexFile file;
        file.filename = entry.fileName();
        file.url = QUrl::fromLocalFile(entry.absoluteFilePath());
        file.size = entry.size();
        page.files.append(file);
    }
    return page;
}

} // namespace

SimpleIndexClient::SimpleIndexClient(std::shared_ptr<HttpClient> http, IndexCredentials credentials)
    : m_http(std::move(http))
    , m_credentials(std::move(credentials))
    , m_flatPages(std::make_shared<FlatPages>())
{}

QByteArray SimpleIndexClient::acceptHeader()
{
    return "application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"_ba;
}

Result<SimpleIndexClient::Lookup> SimpleIndexClient::projectPage(const PackageIndex &index, const PackageName &package,
                                                                 const HttpClient::CancelCheck &isCancelled) const
{
    Lookup lookup;
    if (index.format == PackageIndex::Format::Flat) {
        const QString key = index.displayUrl();
        std::optional<IndexPage> listing;
        bool known = false;
        {
            QMutexLocker lock(&m_flatPages->mutex);
            const auto found = m_flatPages->pages.constFind(key);
            if (found != m_flatPages->pages.cend()) {
                listing = *found;
                known = true;
            }
        }
        if (!known) {
            // Read outside the lock: two threads may both fetch once, which is harmless.
            if (index.url.isLocalFile()) {
                Result<IndexPage> page = listDirectory(index.url.toLocalFile());
                if (!page)
                    return fail(page.error());
                listing = std::move(*page);
            } else {
                Result<Lookup> page =
                    fetchPage(index, HttpUrl::withoutCredentials(index.url), index.displayUrl(), isCancelled);
                if (!page)
                    return fail(page.error());
                if (page->outcome == Lookup::Outcome::Found)
                    listing = std::move(page->page);
            }
            QMutexLocker lock(&m_flatPages->mutex);
            m_flatPages->pages.insert(key, listing);
        }
        lookup.status = 0;
        if (listing) {
            lookup.page.baseUrl = listing->baseUrl;
            for (const IndexFile &file : std::as_const(listing->files))
                if (isFileOf(file.filename, package))
                    lookup.page.files.append(file);
        }
        if (lookup.page.files.isEmpty())
            lookup.outcome = Lookup::Outcome::Missing;
        else
            lookup.page.projectName = package.original();
        return lookup;
    }

    if (index.url.isLocalFile()) {
        const QString directory = QDir(index.url.toLocalFile()).filePath(package.canonical());
        lookup.status = 0;
        for (const QString &name : {u"index.html"_s, u"index.json"_s}) {
            const QString path = QDir(directory).filePath(name);
            if (!QFileInfo::exists(path))
                continue;
            const Result<QByteArray> body = readLocalFile(path);
            if (!body)
                return fail(body.error());
            const QUrl pageUrl = QUrl::fromLocalFile(path);
            Result<IndexPage> page = name.endsWith(".json"_L1) ? JsonIndexParser::parse(*body, pageUrl)
                                                               : HtmlIndexParser::parse(*body, pageUrl);
            if (!page)
                return fail(page.error());
            lookup.page = std::move(*page);
            return lookup;
        }
        lookup.outcome = Lookup::Outcome::Missing;
        return lookup;
    }

    return fetchPage(index, projectUrl(index.url, package), package.canonical(), isCancelled);
}

Result<SimpleIndexClient::Lookup> SimpleIndexClient::fetchPage(const PackageIndex &index, const QUrl &url,
                                                               const QString &what,
                                                               const HttpClient::CancelCheck &isCancelled) const
{
    HttpRequest request;
    request.url = url;
    request.accept = acceptHeader();
    request.credentials = m_credentials.forRequest(index, url);
    request.cachePolicy = HttpRequest::CachePolicy::UseCache;
    request.cacheControlOverride = index.apiCacheControl;
    const Result<HttpResponse> response = m_http->fetch(request, isCancelled);
    if (!response)
        return fail(response.error());

    Lookup lookup;
    lookup.status = response->status;
    lookup.fromCache = response->fromCache;
    if (!response->isSuccess()) {
        if (!index.ignoresStatus(response->status))
            return fail(statusError(index, url, response->status, what));
        qCDebug(lcNet) << "index" << index.displayUrl() << "has no" << what << "( HTTP" << response->status << ")";
        lookup.outcome = Lookup::Outcome::Missing;
        return lookup;
    }
    const QUrl pageUrl = response->url.isValid() && !response->url.isEmpty() ? response->url : url;
    Result<IndexPage> page = parsePage(response->body, response->contentType, pageUrl);
    if (!page)
        return fail(page.error());
    lookup.page = std::move(*page);
    return lookup;
}

Result<QByteArray> SimpleIndexClient::wheelMetadata(const PackageIndex &index, const IndexFile &file,
                                                    const HttpClient::CancelCheck &isCancelled) const
{
    if (file.url.isLocalFile())
        return localWheelMetadata(file);

    if (file.hasCoreMetadata()) {
        HttpRequest request;
        request.url = metadataUrl(file.url);
        request.credentials = m_credentials.forRequest(index, request.url);
        request.cachePolicy = HttpRequest::CachePolicy::UseCache;
        request.cacheControlOverride = index.filesCacheControl;
        const Result<HttpResponse> response = m_http->fetch(request, isCancelled);
        if (!response)
            return fail(response.error());
        if (!response->isSuccess())
            return fail(statusError(index, request.url, response->status, HttpClient::displayUrl(request.url)));
        if (const Result<void> checked = checkHashes(response->body, file.coreMetadataHashes, request.url); !checked)
            return fail(checked.error());
        return response->body;
    }

    // Wheel files never change under their URL: what was extracted once stays true.
    const std::shared_ptr<HttpCache> &cache = m_http->options().cache;
    const QUrl cacheKey = metadataCacheKey(file);
    if (cache) {
        const std::optional<HttpCache::Entry> entry = cache->lookup(cacheKey);
        if (entry && entry->isFresh(QDateTime::currentDateTimeUtc()))
            return entry->response.body;
    }

    HttpRequest request;
    request.url = HttpUrl::withoutCredentials(file.url);
    request.credentials = m_credentials.forRequest(index, request.url);
    request.cachePolicy = HttpRequest::CachePolicy::NoStore;
    RemoteWheelMetadata::Outcome ranged = RemoteWheelMetadata::read(*m_http, request, file.filename, isCancelled);
    Result<QByteArray> metadata = std::move(ranged.metadata);
    if (!metadata && ranged.rangesUnsupported) {
        qCDebug(lcNet) << "no range requests for" << HttpClient::displayUrl(request.url) << "- downloading it whole";
        const Result<HttpResponse> response = m_http->fetch(request, isCancelled);
        if (!response)
            return fail(response.error());
        if (!response->isSuccess())
            return fail(statusError(index, request.url, response->status, HttpClient::displayUrl(request.url)));
        if (const Result<void> checked = checkHashes(response->body, file.hashes, request.url); !checked)
            return fail(checked.error());
        metadata = RemoteWheelMetadata::fromWheelBytes(response->body, file.filename);
    }
    if (!metadata)
        return fail(metadata.error());

    if (cache) {
        HttpResponse stored;
        stored.status = 200;
        stored.url = cacheKey;
        stored.contentType = "text/plain"_ba;
        stored.headers = {{"content-type"_ba, "text/plain"_ba}, {"cache-control"_ba, "max-age=31536000, immutable"_ba}};
        stored.body = *metadata;
        if (const Result<void> written = cache->store(cacheKey, stored, index.filesCacheControl); !written)
            qCWarning(lcNet) << "cannot cache metadata:" << written.error().toString();
    }
    return metadata;
}

Result<QByteArray> SimpleIndexClient::localWheelMetadata(const IndexFile &file)
{
    const QString path = file.url.toLocalFile();
    if (file.hasCoreMetadata() && QFileInfo::exists(path + ".metadata"_L1)) {
        Result<QByteArray> metadata = readLocalFile(path + ".metadata"_L1);
        if (!metadata)
            return metadata;
        if (const Result<void> checked =
                checkHashes(*metadata, file.coreMetadataHashes, QUrl::fromLocalFile(path + ".metadata"_L1));
            !checked)
            return fail(checked.error());
        return metadata;
    }
    const Result<QByteArray> wheel = readLocalFile(path);
    if (!wheel)
        return fail(wheel.error());
    if (const Result<void> checked = checkHashes(*wheel, file.hashes, file.url); !checked)
        return fail(checked.error());
    return RemoteWheelMetadata::fromWheelBytes(*wheel, file.filename);
}

} // namespace Akari
