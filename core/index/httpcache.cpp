// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpcache.h"

#include <algorithm>
#include <array>
#include <filesystem>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QtEndian>

#include "httpurl.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Entry file layout (all integers big-endian):
//   magic "AKHCACHE" | quint32 format version | quint32 header size | header (compact JSON)
//   | quint64 body size | SHA-256 of header and body (32 bytes) | body
// The file must be exactly that long and the digest must match; anything else is a corrupt
// or truncated entry.
constexpr QByteArrayView Magic = "AKHCACHE";
constexpr quint32 FormatVersion = 1;
constexpr qsizetype DigestSize = 32;
constexpr qsizetype FixedSize = 8 + 4 + 4 + 8 + DigestSize;
// Sanity bound for the JSON header; real ones are a few hundred bytes.
constexpr quint32 MaxHeaderSize = 1 << 20;
const QString EntrySuffix = u".http"_s;

// Replaces \a path with \a data atomically: a temporary file beside it, renamed over it. Unlike
// QSaveFile it does not sync to disk: an fsync per entry, on the network thread, cost more
// than the rest of storing it, and a cache needs no durability (an entry cut short by a crash
// is a miss, as lookup() says). The temporary name ends in EntrySuffix so clear() finds strays.
bool writeEntry(const QString &path, const QByteArray &data, QString *error)
{
    QTemporaryFile file(path.chopped(EntrySuffix.size()) + u".XXXXXX"_s + EntrySuffix);
    if (!file.open() || file.write(data) != data.size() || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    file.close();
    std::error_code code;
    std::filesystem::rename(file.filesystemFileName(), QFile(path).filesystemFileName(), code);
    if (code) {
        *error = QString::fromStdString(code.message());
        return false;
    }
    file.setAutoRemove(false);
    return true;
}

// Only what revalidation and freshness need; Authorization, Set-Cookie and the rest never reach disk.
constexpr std::array<QByteArrayView, 7> KeptHeaders{"etag", "last-modified", "cache-control", "date",
                                                    "age",  "expires",       "content-type"};

QUrl keyUrl(const QUrl &url)
{
    return HttpUrl::withoutCredentials(url);
}

QDateTime parseHttpDate(const QByteArray &value)
{
    // RFC 9110 §5.6.7: IMF-fixdate, or the obsolete RFC 850 and asctime() forms; all in GMT.
    QString text = QString::fromLatin1(value).simplified();
    if (text.endsWith(u" GMT"_s) || text.endsWith(u" UTC"_s))
        text = text.chopped(4);
    // The weekday is left out: Qt would reject a date whose weekday does not match, and reads
    // RFC 850's two-digit years as 19xx (corrected below).
    const qsizetype comma = text.indexOf(u',');
    const QString withoutWeekday = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1);
    const QLocale c = QLocale::c();
    for (const QString &format : {u"d MMM yyyy HH:mm:ss"_s, u"d-MMM-yy HH:mm:ss"_s, u"MMM d HH:mm:ss yyyy"_s}) {
        QDateTime date = c.toDateTime(withoutWeekday, format);
        if (date.isValid()) {
            if (date.date().year() < 1970)
                date = date.addYears(100);
            date.setTimeSpec(Qt::UTC);
            return date;
        }
    }
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC(); // numeric zones, e.g. "+0000"
}

/// A non-negative delta-seconds value (RFC 9111 §1.2.2), clamped to 2^31; nullopt when malformed.
std::optional<qint64> deltaSeconds(QByteArrayView text)
{
    if (text.isEmpty() || !std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    constexpr qint64 Limit = qint64(1) << 31;
    qint64 value = 0;
    for (const char c : text) {
        value = value * 10 + (c - '0');
        if (value >= Limit)
            return Limit;
    }
    return value;
}

struct Freshness
{
    bool noStore = false;
    bool mustRevalidate = false;
    qint64 seconds = 0;
};

Freshness freshnessOf(const QList<std::pair<QByteArray, QByteArray>> &headers, const QByteArray &override,
                      const QDateTime &storedAt)
{
    const auto header = [&headers](QByteArrayView name) {
        for (const auto &[key, value] : headers)
            if (key == name)
                return value;
        return QByteArray();
    };
    const HttpCache::CacheControl control =
        HttpCache::parseCacheControl(override.isEmpty() ? header("cache-control") : override);
    Freshness freshness;
    freshness.noStore = control.noStore;
    if (control.noCache) {
        freshness.mustRevalidate = true;
        return freshness;
    }
    if (control.maxAge) {
        const qint64 age = deltaSeconds(header("age").trimmed()).value_or(0);
        freshness.seconds = std::max<qint64>(0, *control.maxAge - age);
        return freshness;
    }
    const QByteArray expiresText = header("expires");
    if (!expiresText.isEmpty()) {
        // An invalid Expires (such as "0") means "already expired".
        const QDateTime expires = parseHttpDate(expiresText);
        QDateTime date = parseHttpDate(header("date"));
        if (!date.isValid())
            date = storedAt;
        if (expires.isValid())
            freshness.seconds = std::max<qint64>(0, date.secsTo(expires));
    }
    return freshness;
}

QList<std::pair<QByteArray, QByteArray>> keptHeaders(const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QList<std::pair<QByteArray, QByteArray>> kept;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (std::ranges::find(KeptHeaders, QByteArrayView(lower)) != KeptHeaders.end())
            kept.append({lower, value});
    }
    return kept;
}

QByteArray digestOf(QByteArrayView header, QByteArrayView body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(header);
    hash.addData(body);
    return hash.result();
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray bigEndian64(quint64 value)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray encode(const QUrl &key, const HttpCache::Entry &entry)
{
    QJsonArray headers;
    for (const auto &[name, value] : entry.response.headers)
        headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    const QJsonObject object{
        {u"url"_s, key.toString(QUrl::FullyEncoded)},
        {u"finalUrl"_s, entry.response.url.adjusted(QUrl::RemoveUserInfo).toString(QUrl::FullyEncoded)},
        {u"status"_s, entry.response.status},
        {u"contentType"_s, QString::fromLatin1(entry.response.contentType)},
        {u"storedAt"_s, entry.storedAt.toMSecsSinceEpoch()},
        {u"freshSeconds"_s, entry.freshSeconds},
        {u"mustRevalidate"_s, entry.mustRevalidate},
        {u"headers"_s, headers},
    };
    const QByteArray header = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray &body = entry.response.body;
    QByteArray data;
    data.reserve(FixedSize + header.size() + body.size());
    data += Magic.toByteArray();
    data += bigEndian32(FormatVersion);
    data += bigEndian32(quint32(header.size()));
    data += header;
    data += bigEndian64(quint64(body.size()));
    data += digestOf(header, body);
    data += body;
    return data;
}

std::optional<HttpCache::Entry> decode(const QByteArray &data, const QUrl &key)
{
    if (data.size() < FixedSize || !data.startsWith(Magic))
        return std::nullopt;
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    if (qFromBigEndian<quint32>(bytes + 8) != FormatVersion)
        return std::nullopt;
    const quint32 headerSize = qFromBigEndian<quint32>(bytes + 12);
    if (headerSize > MaxHeaderSize || FixedSize + qsizetype(headerSize) > data.size())
        return std::nullopt;
    const qsizetype bodySizeAt = 16 + qsizetype(headerSize);
    const quint64 bodySize = qFromBigEndian<quint64>(bytes + bodySizeAt);
    if (bodySize != quint64(data.size() - FixedSize - headerSize))
        return std::nullopt;
    const QByteArray body = data.sliced(FixedSize + headerSize);
    const QByteArrayView header = QByteArrayView(data).sliced(16, headerSize);
    if (digestOf(header, body) != data.sliced(bodySizeAt + 8, DigestSize))
        return std::nullopt;

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(header.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    // The key guards against a (theoretical) hash collision or a file copied under another name.
    if (object.value(u"url"_s).toString() != key.toString(QUrl::FullyEncoded))
        return std::nullopt;

    HttpCache::Entry entry;
    entry.response.status = object.value(u"status"_s).toInt();
    entry.response.url = QUrl(object.value(u"finalUrl"_s).toString(), QUrl::StrictMode);
    entry.response.contentType = object.value(u"contentType"_s).toString().toLatin1();
    entry.response.body = body;
    entry.response.fromCache = true;
    for (const QJsonValue &pair : object.value(u"headers"_s).toArray()) {
        const QJsonArray fields = pair.toArray();
        if (fields.size() != 2 || !fields[0].isString() || !fields[1].isString())
            return std::nullopt;
        entry.response.headers.append({fields[0].toString().toLatin1(), fields[1].toString().toLatin1()});
    }
    const QJsonValue storedAt = object.value(u"storedAt"_s);
    if (entry.response.status != 200 || !entry.response.url.isValid() || !storedAt.isDouble())
        return std::nullopt;
    entry.storedAt = QDateTime::fromMSecsSinceEpoch(qint64(storedAt.toDouble()), Qt::UTC);
    entry.freshSeconds = qint64(object.value(u"freshSeconds"_s).toDouble());
    entry.mustRevalidate = object.value(u"mustRevalidate"_s).toBool();
    entry.etag = entry.response.header("etag");
    entry.lastModified = entry.response.header("last-modified");
    return entry;
}
} // namespace

bool HttpCache::Entry::isFresh(const QDateTime &now) const
{
    return !mustRevalidate && freshSeconds > 0 && storedAt.isValid() && now < storedAt.addSecs(freshSeconds);
}

HttpCache::HttpCache(QString directory)
    : m_directory(std::move(directory))
{}

QString HttpCache::defaultDirectory()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/http"_s;
#else
    // XDG: a relative XDG_CACHE_HOME is invalid and must be ignored.
    const QString xdg = qEnvironmentVariable("XDG_CACHE_HOME");
    const QString base = !xdg.isEmpty() && QDir::isAbsolutePath(xdg) ? xdg : QDir::homePath() + u"/.cache"_s;
    return QDir::cleanPath(base + u"/akari/http"_s);
#endif
}

QString HttpCache::pathFor(const QUrl &url) const
{
    const QByteArray hash =
        QCryptographicHash::hash(keyUrl(url).toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha256).toHex();
    // Two-character fan-out keeps directories small.
    return m_directory + u'/' + QString::fromLatin1(hash.left(2)) + u'/' + QString::fromLatin1(hash) + EntrySuffix;
}

std::optional<HttpCache::Entry> HttpCache::lookup(const QUrl &url) const
{
    const QString path = pathFor(url);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = file.readAll();
    file.close();
    std::optional<Entry> entry = decode(data, keyUrl(url));
    if (!entry)
        QFile::remove(path); // corrupt or truncated: a miss, and gone
    return entry;
}

Result<void> HttpCache::store(const QUrl &url, const HttpResponse &response, const QByteArray &cacheControlOverride)
{
    if (response.status != 200)
        return {};
    Entry entry;
    entry.storedAt = QDateTime::currentDateTimeUtc();
    entry.response.status = response.status;
    entry.response.url = response.url.isValid() ? response.url.adjusted(QUrl::RemoveUserInfo) : keyUrl(url);
    entry.response.contentType = response.contentType;
    entry.response.headers = keptHeaders(response.headers);
    entry.response.body = response.body;
    entry.response.fromCache = true;
    const Freshness freshness = freshnessOf(entry.response.headers, cacheControlOverride, entry.storedAt);
    const QString path = pathFor(url);
    if (freshness.noStore) {
        QFile::remove(path); // an older answer must not outlive one that forbids storing
        return {};
    }
    entry.freshSeconds = freshness.seconds;
    entry.mustRevalidate = freshness.mustRevalidate;

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(Error(Error::Code::Io, tr("Cannot create the HTTP cache folder."), QFileInfo(path).absolutePath()));
    QString error;
    if (!writeEntry(path, encode(keyUrl(url), entry), &error))
        return fail(Error(Error::Code::Io, tr("Cannot write to the HTTP cache: %1").arg(error), path));
    return {};
}

std::optional<HttpCache::Entry> HttpCache::refresh(const QUrl &url, const HttpResponse &notModified,
                                                   const QByteArray &cacheControlOverride)
{
    std::optional<Entry> entry = lookup(url);
    if (!entry)
        return std::nullopt;
    // RFC 9111 §4.3.4: the 304's headers replace the stored ones of the same name.
    const QList<std::pair<QByteArray, QByteArray>> updates = keptHeaders(notModified.headers);
    QList<std::pair<QByteArray, QByteArray>> merged;
    for (const auto &header : std::as_const(entry->response.headers)) {
        if (std::ranges::none_of(updates, [&header](const auto &update) { return update.first == header.first; }))
            merged.append(header);
    }
    merged.append(updates);
    entry->response.headers = merged;
    // A revalidated entry's Age restarts: the 304 carries its own (if any).
    entry->storedAt = QDateTime::currentDateTimeUtc();
    const Freshness freshness = freshnessOf(merged, cacheControlOverride, entry->storedAt);
    entry->freshSeconds = freshness.seconds;
    entry->mustRevalidate = freshness.mustRevalidate;
    entry->etag = entry->response.header("etag");
    entry->lastModified = entry->response.header("last-modified");
    if (freshness.noStore) {
        QFile::remove(pathFor(url));
        return entry;
    }
    // Best effort: if the rewrite fails the old entry stays and is revalidated again next time.
    QString error;
    writeEntry(pathFor(url), encode(keyUrl(url), *entry), &error);
    return entry;
}

Result<void> HttpCache::clear()
{
    // Only our own entry files (and the fan-out folders they leave empty) are removed, so a
    // cache directory pointed at a shared folder by mistake loses nothing else.
    QDirIterator it(m_directory, {u"*"_s + EntrySuffix}, QDir::Files, QDirIterator::Subdirectories);
    QStringList failed;
    while (it.hasNext()) {
        const QString path = it.next();
        if (!QFile::remove(path))
            failed.append(path);
    }
    const QDir root(m_directory);
    for (const QString &sub : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (sub.size() == 2)
            root.rmdir(sub);
    if (!failed.isEmpty())
        return fail(Error(Error::Code::Io, tr("Cannot remove %n HTTP cache file(s).", nullptr, int(failed.size())),
                          failed.first()));
    return {};
}

HttpCache::CacheControl HttpCache::parseCacheControl(const QByteArray &header)
{
    CacheControl control;
    for (const QByteArray &part : header.split(',')) {
        const QByteArray directive = part.trimmed();
        const qsizetype equals = directive.indexOf('=');
        const QByteArray name = (equals < 0 ? directive : directive.left(equals)).trimmed().toLower();
        QByteArray value = equals < 0 ? QByteArray() : directive.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2).trimmed();
        if (name == "no-store") {
            control.noStore = true;
        } else if (name == "no-cache") {
            // `no-cache="Set-Cookie"` only restricts fields; Akari never stores those anyway.
            if (equals < 0)
                control.noCache = true;
        } else if (name == "max-age" && !control.maxAge) {
            control.maxAge = deltaSeconds(value); // a bad number is ignored
        }
    }
    return control;
}

} // namespace Akari
