// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipcentraldirectory.h"

#include <algorithm>
#include <climits>
#include <optional>

#include <QtEndian>

#include "../pep/packagename.h"
#include "../pep/version.h"
#include "../pep/wheelfilename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Signatures and fixed sizes from PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.14-16).
constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndSignature = 0x06054b50;
constexpr quint32 Zip64EndSignature = 0x06064b50;
constexpr quint32 Zip64LocatorSignature = 0x07064b50;
constexpr quint64 EndSize = 22;
constexpr quint64 Zip64LocatorSize = 20;
constexpr quint64 Zip64EndSize = 56;
constexpr quint64 CentralHeaderSize = 46;
constexpr quint64 LocalHeaderSize = 30;
constexpr quint64 MaxComment = 0xffff;
constexpr quint64 TailGuess = 64 * 1024; // what RemoteWheelMetadata fetches first
constexpr quint64 MaxDirectorySize = 64 * 1024 * 1024;
constexpr quint16 DataDescriptorFlag = 0x0008;
constexpr quint64 MaxDataDescriptor = 24;

quint16 u16(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint16>(data.constData() + at);
}
quint32 u32(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint32>(data.constData() + at);
}
quint64 u64(const QByteArray &data, qsizetype at)
{
    return qFromLittleEndian<quint64>(data.constData() + at);
}

struct Directory
{
    quint64 offset = 0;
    quint64 size = 0;
    quint64 count = 0;
};

/// The end-of-central-directory record's position in \a tail, searching from the end.
std::optional<qsizetype> findEnd(const QByteArray &tail)
{
    for (qsizetype at = tail.size() - qsizetype(EndSize); at >= 0; --at) {
        if (u32(tail, at) == EndSignature && at + qsizetype(EndSize) + u16(tail, at + 20) <= tail.size())
            return at;
    }
    return std::nullopt;
}

/// Reads the zip64 fields of a central-directory extra block into \a member.
void readZip64Extra(const QByteArray &extra, quint32 compressed, quint32 uncompressed, quint32 offset,
                    ZipCentralDirectory::Member &member)
{
    qsizetype at = 0;
    while (at + 4 <= extra.size()) {
        const quint16 id = u16(extra, at);
        const quint16 length = u16(extra, at + 2);
        const qsizetype end = at + 4 + length;
        if (end > extra.size())
            return;
        if (id == 0x0001) {
            qsizetype field = at + 4;
            // The fields are present only for the values that overflowed, in this order.
            if (uncompressed == 0xffffffff && field + 8 <= end) {
                member.uncompressedSize = u64(extra, field);
                field += 8;
            }
            if (compressed == 0xffffffff && field + 8 <= end) {
                member.compressedSize = u64(extra, field);
                field += 8;
            }
            if (offset == 0xffffffff && field + 8 <= end)
                member.localHeaderOffset = u64(extra, field);
            return;
        }
        at = end;
    }
}

} // namespace

Result<QList<ZipCentralDirectory::Member>> ZipCentralDirectory::read(const Reader &reader, quint64 fileSize,
                                                                     const QString &where)
{
    const auto corrupt = [&where](const QString &message) { return fail(Error(Error::Code::Parse, message, where)); };
    if (fileSize < EndSize)
        return corrupt(tr("%1 is not a zip file: it is only %n byte(s) long.", nullptr, int(fileSize)).arg(where));

    // Most zips have no comment, so the end record lies in the first tail fetched.
    quint64 tailLength = std::min(fileSize, TailGuess);
    Result<QByteArray> tail = reader(fileSize - tailLength, tailLength);
    if (!tail)
        return fail(tail.error());
    std::optional<qsizetype> end = findEnd(*tail);
    if (!end && tailLength < fileSize && tailLength < EndSize + MaxComment + Zip64LocatorSize) {
        tailLength = std::min(fileSize, EndSize + MaxComment + Zip64LocatorSize);
        tail = reader(fileSize - tailLength, tailLength);
        if (!tail)
            return fail(tail.error());
        end = findEnd(*tail);
    }
    if (!end)
        return corrupt(tr("%1 is not a zip file: it has no end of central directory record.").arg(where));
    const quint64 tailStart = fileSize - quint64(tail->size());
    const qsizetype at = *end;
    if (u16(*tail, at + 4) != 0 || u16(*tail, at + 6) != 0)
        return corrupt(tr("%1 is a zip archive split over several disks, which is not supported.").arg(where));
    Directory directory{u32(*tail, at + 16), u32(*tail, at + 12), u16(*tail, at + 10)};

    const bool zip64 = at >= qsizetype(Zip64LocatorSize) && u32(*tail, at - Zip64LocatorSize) == Zip64LocatorSignature;
    if (zip64) {
        const quint64 recordOffset = u64(*tail, at - Zip64LocatorSize + 8);
        // fileSize may be smaller than the record (a hostile or cut file): no unsigned wrap-around.
        if (fileSize < Zip64EndSize || recordOffset > fileSize - Zip64EndSize)
            return corrupt(tr("The zip file %1 is damaged: its zip64 end record lies outside the file.").arg(where));
        QByteArray record;
        if (recordOffset >= tailStart) {
            record = tail->mid(qsizetype(recordOffset - tailStart), Zip64EndSize);
        } else {
            const Result<QByteArray> fetched = reader(recordOffset, Zip64EndSize);
            if (!fetched)
                return fail(fetched.error());
            record = *fetched;
        }
        if (record.size() < qsizetype(Zip64EndSize) || u32(record, 0) != Zip64EndSignature)
            return corrupt(tr("The zip file %1 is damaged: its zip64 end record is unreadable.").arg(where));
        directory = {u64(record, 48), u64(record, 40), u64(record, 32)};
    }

    if (directory.offset > fileSize || directory.size > fileSize - directory.offset)
        return corrupt(tr("The zip file %1 is damaged: its central directory lies outside the file.").arg(where));
    if (directory.size > MaxDirectorySize)
        return corrupt(tr("The zip file %1 has a central directory larger than %2 MiB.")
                           .arg(where)
                           .arg(MaxDirectorySize / (1024 * 1024)));
    if (directory.count > directory.size / CentralHeaderSize)
        return corrupt(tr("The zip file %1 is damaged: its central directory is too small for %n member(s).", nullptr,
                          int(std::min<quint64>(directory.count, INT_MAX)))
                           .arg(where));

    QByteArray listing;
    const quint64 directoryEnd = directory.offset + directory.size;
    if (directory.offset >= tailStart && directoryEnd <= fileSize) {
        listing = tail->mid(qsizetype(directory.offset - tailStart), qsizetype(directory.size));
    } else {
        const Result<QByteArray> fetched = reader(directory.offset, directory.size);
        if (!fetched)
            return fail(fetched.error());
        listing = *fetched;
    }
    if (listing.size() != qsizetype(directory.size))
        return corrupt(tr("The zip file %1 is damaged: its central directory is cut short.").arg(where));

    QList<Member> members;
    members.reserve(qsizetype(directory.count));
    qsizetype position = 0;
    for (quint64 index = 0; index < directory.count; ++index) {
        if (position + qsizetype(CentralHeaderSize) > listing.size() ||
            u32(listing, position) != CentralHeaderSignature)
            return corrupt(
                tr("The zip file %1 is damaged: central directory entry %2 is unreadable.").arg(where).arg(index + 1));
        const quint32 compressed = u32(listing, position + 20);
        const quint32 uncompressed = u32(listing, position + 24);
        const quint16 nameLength = u16(listing, position + 28);
        const quint16 extraLength = u16(listing, position + 30);
        const quint16 commentLength = u16(listing, position + 32);
        const quint32 offset = u32(listing, position + 42);
        const qsizetype next = position + qsizetype(CentralHeaderSize) + nameLength + extraLength + commentLength;
        if (next > listing.size())
            return corrupt(
                tr("The zip file %1 is damaged: central directory entry %2 is cut short.").arg(where).arg(index + 1));

        Member member;
        member.versionMadeBy = u16(listing, position + 4);
        member.flags = u16(listing, position + 8);
        member.externalAttributes = u32(listing, position + 38);
        member.name = QString::fromUtf8(listing.mid(position + qsizetype(CentralHeaderSize), nameLength));
        member.compressedSize = compressed;
        member.uncompressedSize = uncompressed;
        member.localHeaderOffset = offset;
        readZip64Extra(listing.mid(position + qsizetype(CentralHeaderSize) + nameLength, extraLength), compressed,
                       uncompressed, offset, member);
        members.append(member);
        position = next;
    }
    return members;
}

Result<QByteArray> ZipCentralDirectory::memberBytes(const Reader &reader, const Member &member, quint64 fileSize,
                                                    const QString &where)
{
    const auto corrupt = [&where](const QString &message) { return fail(Error(Error::Code::Parse, message, where)); };
    if (member.localHeaderOffset > fileSize || fileSize - member.localHeaderOffset < LocalHeaderSize)
        return corrupt(
            tr("The zip file %1 is damaged: the local header of %2 lies outside the file.").arg(where, member.name));
    const Result<QByteArray> header = reader(member.localHeaderOffset, LocalHeaderSize);
    if (!header)
        return fail(header.error());
    if (header->size() < qsizetype(LocalHeaderSize) || u32(*header, 0) != LocalHeaderSignature)
        return corrupt(tr("The zip file %1 is damaged: there is no local header for %2 at offset %3.")
                           .arg(where, member.name)
                           .arg(member.localHeaderOffset));

    // The local name and extra field may differ in length from the central directory's. The
    // sizes come from the file: compare before adding so that a huge one cannot wrap around.
    const quint64 available = fileSize - member.localHeaderOffset;
    const quint64 headerLength = LocalHeaderSize + u16(*header, 26) + u16(*header, 28);
    if (headerLength > available || member.compressedSize > available - headerLength)
        return corrupt(
            tr("The zip file %1 is damaged: the data of %2 runs past the end of the file.").arg(where, member.name));
    quint64 length = headerLength + member.compressedSize;
    if (member.flags & DataDescriptorFlag)
        length = std::min(available, length + MaxDataDescriptor);
    const Result<QByteArray> bytes = reader(member.localHeaderOffset, length);
    if (!bytes)
        return fail(bytes.error());
    if (bytes->size() != qsizetype(length))
        return corrupt(tr("The zip file %1 is damaged: the data of %2 is cut short.").arg(where, member.name));
    return *bytes;
}

Result<QString> ZipCentralDirectory::metadataMember(const QStringList &names, const QString &wheelFileName,
                                                    const QString &where)
{
    QStringList candidates;
    for (const QString &name : names) {
        const qsizetype slash = name.indexOf(u'/');
        if (slash > 0 && name.mid(slash) == "/METADATA"_L1 && QStringView(name).left(slash).endsWith(".dist-info"_L1))
            candidates.append(name);
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        return fail(Error(Error::Code::Parse, tr("%1 has no *.dist-info/METADATA file.").arg(where), where));

    // Several: the one whose "<name>-<version>.dist-info" matches the wheel's file name.
    const Result<WheelFileName> wheel = WheelFileName::parse(wheelFileName);
    QStringList matching;
    if (wheel) {
        for (const QString &candidate : std::as_const(candidates)) {
            const QStringView stem = QStringView(candidate).left(candidate.indexOf(u'/')).chopped(10);
            const qsizetype dash = stem.lastIndexOf(u'-');
            if (dash <= 0)
                continue;
            const Result<Version> version = Version::parse(stem.mid(dash + 1));
            if (PackageName::canonicalize(stem.left(dash)) == wheel->name().canonical() && version &&
                *version == wheel->version())
                matching.append(candidate);
        }
    }
    if (matching.size() == 1)
        return matching.first();
    return fail(Error(Error::Code::Parse,
                      tr("%1 has several *.dist-info/METADATA files (%2) and none is clearly its own.")
                          .arg(where, candidates.join(", "_L1)),
                      where));
}

} // namespace Akari
