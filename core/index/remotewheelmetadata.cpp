// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotewheelmetadata.h"

#include <algorithm>
#include <map>
#include <memory>
#include <optional>

#include <archive.h>
#include <archive_entry.h>

#include "../logging/logcategories.h"
#include "zipcentraldirectory.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr quint64 BlockSize = 64 * 1024;
constexpr qint64 MaxMetadataSize = 16 * 1024 * 1024;

/// Content-Range `bytes first-last/total` of a 206 answer.
struct ContentRange
{
    quint64 first = 0;
    quint64 last = 0;
    quint64 total = 0;
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const qsizetype dash = value.indexOf('-');
    const qsizetype slash = value.indexOf('/');
    if (dash < 0 || slash < dash)
        return std::nullopt;
    bool okFirst = false;
    bool okLast = false;
    bool okTotal = false;
    ContentRange range;
    range.first = value.mid(6, dash - 6).trimmed().toULongLong(&okFirst);
    range.last = value.mid(dash + 1, slash - dash - 1).trimmed().toULongLong(&okLast);
    range.total = value.mid(slash + 1).trimmed().toULongLong(&okTotal);
    if (!okFirst || !okLast || !okTotal || range.first > range.last || range.last >= range.total)
        return std::nullopt;
    return range;
}

/// The wheel seen through range requests: blocks fetched on demand and kept.
class RangeReader
{
    Q_DECLARE_TR_FUNCTIONS(Akari::RemoteWheelMetadata)

public:
    RangeReader(HttpClient &http, const HttpRequest &request, const HttpClient::CancelCheck &isCancelled)
        : m_http(http)
        , m_request(request)
        , m_isCancelled(isCancelled)
        , m_where(HttpClient::displayUrl(request.url))
    {
        m_request.cachePolicy = HttpRequest::CachePolicy::NoStore;
    }

    /// Fetches the last block; it tells the file's size.
    Result<void> start()
    {
        const Result<ContentRange> fetched = fetch(-qint64(BlockSize), -1);
        if (!fetched)
            return fail(fetched.error());
        return {};
    }

    Result<QByteArray> read(quint64 offset, quint64 length)
    {
        if (offset >= m_size)
            return QByteArray();
        const quint64 end = offset + std::min(length, m_size - offset);
        QByteArray result;
        result.reserve(qsizetype(end - offset));
        quint64 position = offset;
        while (position < end) {
            // The held span that covers position, if any.
            auto span = m_spans.upper_bound(position);
            if (span != m_spans.begin()) {
                const auto candidate = std::prev(span);
                const quint64 spanEnd = candidate->first + quint64(candidate->second.size());
                if (position < spanEnd) {
                    const quint64 take = std::min(end, spanEnd) - position;
                    result.append(candidate->second.constData() + (position - candidate->first), qsizetype(take));
                    position += take;
                    continue;
                }
            }
            // Fetch whole blocks covering what is still needed, stopping at the next held span.
            const quint64 first = position / BlockSize * BlockSize;
            quint64 last = std::min(m_size, std::max(first + BlockSize, (end + BlockSize - 1) / BlockSize * BlockSize));
            if (span != m_spans.end())
                last = std::min(last, span->first);
            const Result<ContentRange> fetched = fetch(qint64(first), qint64(last - 1));
            if (!fetched)
                return fail(fetched.error());
            if (fetched->last < position) // a server may send less than asked; it must send something new
                return fail(Error(Error::Code::Network,
                                  tr("The server of %1 answered a range request with too few bytes.").arg(m_where),
                                  m_where));
        }
        return result;
    }

    [[nodiscard]] quint64 size() const { return m_size; }
    [[nodiscard]] int requests() const { return m_requests; }
    [[nodiscard]] bool rangesUnsupported() const { return m_rangesUnsupported; }
    [[nodiscard]] const QString &where() const { return m_where; }

private:
    Result<ContentRange> fetch(qint64 first, qint64 last)
    {
        HttpRequest request = m_request;
        request.range = std::pair{first, last};
        ++m_requests;
        const Result<HttpResponse> response = m_http.fetch(request, m_isCancelled);
        if (!response)
            return fail(response.error());
        if (response->status == 200) {
            m_rangesUnsupported = true;
            return fail(Error(Error::Code::Network, tr("The server of %1 does not answer range requests.").arg(m_where),
                              m_where));
        }
        if (response->status != 206)
            return fail(Error(Error::Code::Network,
                              tr("Reading part of %1 failed with HTTP status %2.").arg(m_where).arg(response->status),
                              m_where));
        const std::optional<ContentRange> range = parseContentRange(response->header("content-range"));
        if (!range || quint64(response->body.size()) != range->last - range->first + 1 ||
            (m_size != 0 && range->total != m_size) || (first >= 0 && range->first != quint64(first)))
            return fail(Error(Error::Code::Network,
                              tr("The server of %1 answered a range request with a wrong Content-Range (%2).")
                                  .arg(m_where, QString::fromLatin1(response->header("content-range"))),
                              m_where));
        m_size = range->total;
        m_spans[range->first] = response->body;
        return *range;
    }

    HttpClient &m_http;
    HttpRequest m_request;
    const HttpClient::CancelCheck &m_isCancelled;
    QString m_where;
    std::map<quint64, QByteArray> m_spans; // by first byte
    quint64 m_size = 0;
    int m_requests = 0;
    bool m_rangesUnsupported = false;
};

/// Inflates the one member in \a memberBytes (local header, data, descriptor) with libarchive,
/// which also checks its CRC.
Result<QByteArray> inflateMember(const QByteArray &memberBytes, const QString &memberName, const QString &where)
{
    const std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), &archive_read_free);
    const auto archiveError = [&](const char *detail) {
        return fail(Error(Error::Code::Parse,
                          RemoteWheelMetadata::tr("Reading %1 from %2 failed: %3.")
                              .arg(memberName, where, QString::fromUtf8(detail ? detail : "?")),
                          where));
    };
    if (!reader)
        return archiveError("out of memory");
    archive_read_support_format_zip_streamable(reader.get());
    if (archive_read_open_memory(reader.get(), memberBytes.constData(), size_t(memberBytes.size())) != ARCHIVE_OK)
        return archiveError(archive_error_string(reader.get()));
    archive_entry *entry = nullptr;
    const int header = archive_read_next_header(reader.get(), &entry);
    if (header != ARCHIVE_OK && header != ARCHIVE_WARN)
        return archiveError(archive_error_string(reader.get()));
    const char *utf8 = archive_entry_pathname_utf8(entry);
    const QString name = QString::fromUtf8(utf8 ? utf8 : archive_entry_pathname(entry));
    if (name != memberName)
        return fail(Error(Error::Code::Parse,
                          RemoteWheelMetadata::tr("The zip file %1 is damaged: the local header of %2 names %3.")
                              .arg(where, memberName, name),
                          where));

    QByteArray metadata;
    QByteArray buffer(qsizetype(BlockSize), Qt::Uninitialized);
    for (;;) {
        const la_ssize_t got = archive_read_data(reader.get(), buffer.data(), size_t(buffer.size()));
        if (got < 0)
            return archiveError(archive_error_string(reader.get()));
        if (got == 0)
            break;
        if (metadata.size() + got > MaxMetadataSize)
            return fail(Error(Error::Code::Parse,
                              RemoteWheelMetadata::tr("%1 in %2 is larger than %3 MiB.")
                                  .arg(memberName, where)
                                  .arg(MaxMetadataSize / (1024 * 1024)),
                              where));
        metadata.append(buffer.constData(), qsizetype(got));
    }
    return metadata;
}

/// Finds and reads the METADATA member through \a reader (remote or in memory).
Result<QByteArray> readMetadata(const ZipCentralDirectory::Reader &reader, quint64 size, const QString &wheelFileName,
                                const QString &where)
{
    const Result<QList<ZipCentralDirectory::Member>> members = ZipCentralDirectory::read(reader, size, where);
    if (!members)
        return fail(members.error());
    QStringList names;
    names.reserve(members->size());
    for (const ZipCentralDirectory::Member &member : *members)
        names.append(member.name);
    const Result<QString> name = ZipCentralDirectory::metadataMember(names, wheelFileName, where);
    if (!name)
        return fail(name.error());
    const ZipCentralDirectory::Member &member = members->at(names.indexOf(*name));
    if (member.uncompressedSize > quint64(MaxMetadataSize) || member.compressedSize > quint64(MaxMetadataSize))
        return fail(Error(Error::Code::Parse,
                          RemoteWheelMetadata::tr("%1 in %2 is larger than %3 MiB.")
                              .arg(member.name, where)
                              .arg(MaxMetadataSize / (1024 * 1024)),
                          where));
    const Result<QByteArray> bytes = ZipCentralDirectory::memberBytes(reader, member, size, where);
    if (!bytes)
        return fail(bytes.error());
    return inflateMember(*bytes, member.name, where);
}

} // namespace

RemoteWheelMetadata::Outcome RemoteWheelMetadata::read(HttpClient &http, const HttpRequest &request,
                                                       const QString &wheelFileName,
                                                       const HttpClient::CancelCheck &isCancelled)
{
    RangeReader ranges(http, request, isCancelled);
    Outcome outcome;
    if (const Result<void> started = ranges.start(); !started) {
        outcome.metadata = fail(started.error());
    } else {
        const ZipCentralDirectory::Reader reader = [&ranges](quint64 offset, quint64 length) {
            return ranges.read(offset, length);
        };
        outcome.metadata = readMetadata(reader, ranges.size(), wheelFileName, ranges.where());
    }
    outcome.rangesUnsupported = ranges.rangesUnsupported();
    outcome.requests = ranges.requests();
    qCDebug(lcNet) << "range reads for" << ranges.where() << ":" << outcome.requests << "requests"
                   << (outcome.metadata ? "ok" : "failed");
    return outcome;
}

Result<QByteArray> RemoteWheelMetadata::fromWheelBytes(const QByteArray &wheel, const QString &wheelFileName)
{
    const ZipCentralDirectory::Reader reader = [&wheel](quint64 offset, quint64 length) -> Result<QByteArray> {
        return wheel.mid(qsizetype(offset), qsizetype(length));
    };
    return readMetadata(reader, quint64(wheel.size()), wheelFileName, wheelFileName);
}

} // namespace Akari
