// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelarchive.h"

#include <memory>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <archive.h>
#include <archive_entry.h>

#include "../pep/coremetadata.h"
#include "../pep/wheelfilename.h"
#include "../system/digeststream.h"
#include "wheelmemberrules.h"
#include "wheelmetadatafiles.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// The small .dist-info files read in the first pass are bounded by this, whatever the Limits.
constexpr qint64 MaxMetadataFileBytes = qint64(64) << 20;
/// How often (in bytes written) progress is reported inside a member.
constexpr qint64 ProgressStep = qint64(4) << 20;

struct ArchiveFree
{
    void operator()(archive *reader) const { archive_read_free(reader); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveFree>;

/// One member as the first pass saw it.
struct Member
{
    QString name; ///< as in the zip (a folder keeps its trailing '/')
    qint64 declaredSize = 0;
    bool folder = false;
    bool executable = false;
};

/// Everything the first pass learns before anything is written.
struct Scan
{
    QList<Member> members;
    QHash<QString, QByteArray> metadataFiles; ///< "<x>.dist-info/RECORD" etc. -> contents
    qint64 declaredTotal = 0;
};

/// The state shared by both passes: names for messages, limits and callbacks.
class Unpacker
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelArchive)

public:
    Unpacker(const QString &archivePath, const WheelUnpackLimits &limits, const std::function<bool()> &isCancelled,
             const std::function<void(qint64, qint64)> &progress)
        : m_path(archivePath)
        , m_wheel(QFileInfo(archivePath).fileName())
        , m_rules(archivePath)
        , m_limits(limits)
        , m_isCancelled(isCancelled)
        , m_progress(progress)
    {}

    Result<UnpackedWheel> run(const QString &targetDir);

private:
    Result<ArchivePtr> open() const;
    Result<Scan> scan() const;
    Result<QByteArray> readSmallMember(archive *reader, const QString &name, qint64 declared) const;
    Result<UnpackedWheel> describe(const Scan &scan, QHash<QString, RecordEntry> &record) const;
    Result<void> extract(const Scan &scan, const QHash<QString, RecordEntry> &record, const QString &targetDir,
                         UnpackedWheel &wheel) const;
    Result<void> writeMember(archive *reader, const Member &member, const RecordEntry *expected,
                             const QString &targetPath, qint64 &written, qint64 total) const;

    [[nodiscard]] bool cancelled() const { return m_isCancelled && m_isCancelled(); }
    [[nodiscard]] Error memberError(const QString &message) const { return Error(Error::Code::Parse, message, m_path); }
    [[nodiscard]] Error archiveError(archive *reader) const
    {
        const char *detail = archive_error_string(reader);
        return Error(Error::Code::Parse,
                     tr("Cannot read the wheel %1: %2").arg(m_wheel, QString::fromUtf8(detail ? detail : "?")), m_path);
    }

    QString m_path;
    QString m_wheel;
    WheelMemberRules m_rules;
    WheelUnpackLimits m_limits;
    std::function<bool()> m_isCancelled;
    std::function<void(qint64, qint64)> m_progress;
};

Result<ArchivePtr> Unpacker::open() const
{
    if (!QFileInfo(m_path).isFile())
        return fail(Error(Error::Code::NotFound, tr("The wheel %1 does not exist.").arg(m_path), m_path));
    ArchivePtr reader(archive_read_new());
    if (!reader)
        return fail(Error(Error::Code::Internal, tr("Cannot read the wheel %1: out of memory.").arg(m_wheel), m_path));
    // Seekable: members come from the central directory, as Python's zipfile reads them.
    archive_read_support_format_zip_seekable(reader.get());
#if defined(Q_OS_WIN)
    const int opened =
        archive_read_open_filename_w(reader.get(), reinterpret_cast<const wchar_t *>(m_path.utf16()), 64 * 1024);
#else
    const int opened = archive_read_open_filename(reader.get(), QFile::encodeName(m_path).constData(), 64 * 1024);
#endif
    if (opened != ARCHIVE_OK)
        return fail(archiveError(reader.get()));
    return reader;
}

Result<QByteArray> Unpacker::readSmallMember(archive *reader, const QString &name, qint64 declared) const
{
    QByteArray data;
    data.reserve(declared);
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        const int status = archive_read_data_block(reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return fail(archiveError(reader));
        if (offset != data.size() || data.size() + qint64(size) > declared)
            return fail(
                memberError(tr("The wheel %1 has a member '%2' with more data than its header declares (%3 bytes).")
                                .arg(m_wheel, name)
                                .arg(declared)));
        data.append(static_cast<const char *>(block), qsizetype(size));
    }
    return data;
}

Result<Scan> Unpacker::scan() const
{
    Result<ArchivePtr> reader = open();
    if (!reader)
        return fail(reader.error());
    if (Result<void> types = m_rules.checkFileTypes(); !types)
        return fail(types.error());
    Scan result;
    QSet<QString> seen;
    archive_entry *entry = nullptr;
    for (;;) {
        if (cancelled())
            return fail(Error::cancelled());
        const int status = archive_read_next_header(reader->get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return fail(archiveError(reader->get()));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        if (!utf8)
            return fail(memberError(tr("The wheel %1 has a member whose name is not UTF-8.").arg(m_wheel)));
        const QString name = QString::fromUtf8(utf8);
        if (result.members.size() >= m_limits.maxMembers)
            return fail(
                memberError(tr("The wheel %1 has more than %n member(s), the limit; the first one over it is '%2'.",
                               nullptr, m_limits.maxMembers)
                                .arg(m_wheel, name)));
        if (Result<void> checked = m_rules.checkEntry(entry, name); !checked)
            return fail(checked.error());
        Member member;
        member.name = name;
        member.folder = archive_entry_filetype(entry) == AE_IFDIR;
        member.executable = (archive_entry_perm(entry) & 0111) != 0;
        member.declaredSize = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;
        const QString key = member.folder ? name.chopped(1) : name;
        if (seen.contains(key))
            return fail(memberError(tr("The wheel %1 has the member '%2' twice.").arg(m_wheel, name)));
        seen.insert(key);
        if (member.declaredSize < 0)
            return fail(
                memberError(tr("The wheel %1 has a member '%2' that does not declare its size.").arg(m_wheel, name)));
        if (member.declaredSize > m_limits.maxMemberBytes)
            return fail(memberError(tr("The wheel %1 has a member '%2' of %3 bytes, more than the limit of %4 bytes.")
                                        .arg(m_wheel, name)
                                        .arg(member.declaredSize)
                                        .arg(m_limits.maxMemberBytes)));
        result.declaredTotal += member.declaredSize;
        if (result.declaredTotal > m_limits.maxTotalBytes)
            return fail(memberError(tr("The wheel %1 unpacks to more than the limit of %2 bytes (at member '%3').")
                                        .arg(m_wheel)
                                        .arg(m_limits.maxTotalBytes)
                                        .arg(name)));
        // RECORD, WHEEL, METADATA and entry_points.txt of a top-level .dist-info, read now so
        // that they are checked before anything is written.
        const qsizetype slash = name.indexOf(u'/');
        if (!member.folder && slash > 0 && name.indexOf(u'/', slash + 1) < 0 &&
            QStringView(name).left(slash).endsWith(u".dist-info"_s)) {
            const QStringView file = QStringView(name).mid(slash + 1);
            if (file == u"RECORD" || file == u"WHEEL" || file == u"METADATA" || file == u"entry_points.txt") {
                if (member.declaredSize > MaxMetadataFileBytes)
                    return fail(
                        memberError(tr("The wheel %1 has a member '%2' of %3 bytes, more than the limit of %4 bytes.")
                                        .arg(m_wheel, name)
                                        .arg(member.declaredSize)
                                        .arg(MaxMetadataFileBytes)));
                Result<QByteArray> data = readSmallMember(reader->get(), name, member.declaredSize);
                if (!data)
                    return fail(data.error());
                result.metadataFiles.insert(name, *data);
            }
        }
        result.members.append(member);
    }
    return result;
}

/// Splits "<name>-<version>" at the '-' where both halves match \a filename's name and version.
bool distInfoMatches(QStringView stem, const WheelFileName &filename)
{
    for (qsizetype dash = stem.indexOf(u'-'); dash > 0; dash = stem.indexOf(u'-', dash + 1)) {
        if (PackageName::canonicalize(stem.left(dash)) != filename.name().canonical())
            continue;
        const Result<Version> version = Version::parse(stem.mid(dash + 1));
        if (version && *version == filename.version())
            return true;
    }
    return false;
}

Result<UnpackedWheel> Unpacker::describe(const Scan &scan, QHash<QString, RecordEntry> &record) const
{
    const Result<WheelFileName> filename = WheelFileName::parse(m_wheel);
    if (!filename)
        return fail(Error(Error::Code::Parse, filename.error().message(), m_path));
    UnpackedWheel wheel;
    wheel.filename = m_wheel;

    QSet<QString> distInfos;
    for (const Member &member : scan.members) {
        const QString top = member.name.section(u'/', 0, 0);
        if (top.endsWith(u".dist-info"_s) && member.name.size() > top.size())
            distInfos.insert(top);
    }
    if (distInfos.size() > 1) {
        QStringList names = distInfos.values();
        names.sort();
        return fail(
            memberError(tr("The wheel %1 has more than one .dist-info folder: %2.").arg(m_wheel, names.join(u", "_s))));
    }
    const QString expected = filename->name().fileNameForm() + u'-' + filename->version().toString() + u".dist-info"_s;
    if (distInfos.isEmpty())
        return fail(memberError(tr("The wheel %1 has no .dist-info folder (expected '%2').").arg(m_wheel, expected)));
    wheel.distInfo = *distInfos.cbegin();
    if (!distInfoMatches(QStringView(wheel.distInfo).chopped(10), *filename))
        return fail(memberError(tr("The wheel %1 has the folder '%2', which does not match its file name's project "
                                   "and version (expected '%3').")
                                    .arg(m_wheel, wheel.distInfo, expected)));

    const auto required = [&](const QString &file) -> Result<QByteArray> {
        const QString member = wheel.distInfo + u'/' + file;
        const auto found = scan.metadataFiles.constFind(member);
        if (found == scan.metadataFiles.cend())
            return fail(memberError(tr("The wheel %1 has no '%2'.").arg(m_wheel, member)));
        return *found;
    };
    const QString wheelMember = wheel.distInfo + u"/WHEEL"_s;
    const Result<QByteArray> wheelText = required(u"WHEEL"_s);
    if (!wheelText)
        return fail(wheelText.error());
    const Result<WheelFileInfo> wheelInfo = WheelMetadataFiles::parseWheel(*wheelText, wheelMember);
    if (!wheelInfo)
        return fail(
            Error(Error::Code::Parse,
                  tr("The wheel %1 has an unreadable '%2': %3").arg(m_wheel, wheelMember, wheelInfo.error().message()),
                  m_path));
    if (wheelInfo->majorVersion > 1)
        return fail(memberError(tr("The wheel %1 has Wheel-Version %2.%3 in '%4'; only version 1 is supported.")
                                    .arg(m_wheel)
                                    .arg(wheelInfo->majorVersion)
                                    .arg(wheelInfo->minorVersion)
                                    .arg(wheelMember)));
    wheel.rootIsPurelib = wheelInfo->rootIsPurelib;

    const QString metadataMember = wheel.distInfo + u"/METADATA"_s;
    const Result<QByteArray> metadataText = required(u"METADATA"_s);
    if (!metadataText)
        return fail(metadataText.error());
    const Result<CoreMetadata> metadata = CoreMetadata::parse(*metadataText, metadataMember);
    const Result<Version> version = metadata ? Version::parse(metadata->version()) : Result<Version>();
    if (!metadata || !version)
        return fail(
            Error(Error::Code::Parse,
                  tr("The wheel %1 has an unreadable '%2': %3")
                      .arg(m_wheel, metadataMember, metadata ? version.error().message() : metadata.error().message()),
                  m_path));
    const Result<PackageName> name = PackageName::parse(metadata->name());
    wheel.name = name ? *name : PackageName::fromUnvalidated(metadata->name());
    wheel.version = *version;
    if (wheel.name != filename->name() || wheel.version != filename->version())
        return fail(memberError(tr("The wheel %1 has '%2' for %3 %4, which does not match its file name.")
                                    .arg(m_wheel, metadataMember, metadata->name(), metadata->version())));

    const QString recordMember = wheel.distInfo + u"/RECORD"_s;
    const Result<QByteArray> recordText = required(u"RECORD"_s);
    if (!recordText)
        return fail(recordText.error());
    Result<QList<RecordEntry>> rows = RecordFile::parse(*recordText, recordMember);
    if (!rows)
        return fail(Error(Error::Code::Parse,
                          tr("The wheel %1 has an unreadable '%2' (line %3): %4")
                              .arg(m_wheel, recordMember)
                              .arg(rows.error().line())
                              .arg(rows.error().message()),
                          m_path));
    wheel.record = *rows;
    for (const RecordEntry &entry : std::as_const(wheel.record))
        record.insert(entry.path, entry);

    if (const auto entryPoints = scan.metadataFiles.constFind(wheel.distInfo + u"/entry_points.txt"_s);
        entryPoints != scan.metadataFiles.cend()) {
        const Result<QList<EntryPoint>> parsed = WheelMetadataFiles::parseEntryPoints(*entryPoints, entryPoints.key());
        if (!parsed)
            return fail(Error(Error::Code::Parse,
                              tr("The wheel %1 has an unreadable '%2' (line %3): %4")
                                  .arg(m_wheel, entryPoints.key())
                                  .arg(parsed.error().line())
                                  .arg(parsed.error().message()),
                              m_path));
        wheel.entryPoints = *parsed;
    }

    const QString dataDir = wheel.distInfo.chopped(10) + u".data"_s;
    const QSet<QString> unrecorded{recordMember, recordMember + u".jws"_s, recordMember + u".p7s"_s};
    for (const Member &member : scan.members) {
        if (member.name.startsWith(dataDir + u'/'))
            wheel.dataDir = dataDir;
        if (member.folder || unrecorded.contains(member.name))
            continue;
        const auto entry = record.constFind(member.name);
        if (entry == record.cend())
            return fail(memberError(
                tr("The wheel %1 has a member '%2' that its RECORD does not list.").arg(m_wheel, member.name)));
        if (entry->hash.isEmpty())
            return fail(memberError(
                tr("The wheel %1 lists no hash for the member '%2' in its RECORD.").arg(m_wheel, member.name)));
        if (entry->size >= 0 && entry->size != member.declaredSize)
            return fail(memberError(tr("The wheel %1 has a member '%2' of %3 bytes, but its RECORD says %4 bytes.")
                                        .arg(m_wheel, member.name)
                                        .arg(member.declaredSize)
                                        .arg(entry->size)));
    }
    return wheel;
}

/// The algorithm of a RECORD hash ("sha256=..."), or nullopt for one too weak or unknown.
std::optional<QCryptographicHash::Algorithm> recordAlgorithm(QStringView hash)
{
    const QStringView name = hash.left(hash.indexOf(u'='));
    if (name == u"sha256")
        return QCryptographicHash::Sha256;
    if (name == u"sha384")
        return QCryptographicHash::Sha384;
    if (name == u"sha512")
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

Result<void> Unpacker::writeMember(archive *reader, const Member &member, const RecordEntry *expected,
                                   const QString &targetPath, qint64 &written, qint64 total) const
{
    std::optional<DigestStream> hash;
    if (expected) {
        const auto algorithm = recordAlgorithm(expected->hash);
        if (!algorithm)
            return fail(
                memberError(tr("The wheel %1 lists the member '%2' with the unsupported hash '%3' in its RECORD.")
                                .arg(m_wheel, member.name, expected->hash)));
        hash.emplace(*algorithm);
    }
    QFile file(targetPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered))
        return fail(Error(Error::Code::Io, tr("Cannot write %1: %2").arg(targetPath, file.errorString()), targetPath));
    qint64 memberBytes = 0;
    qint64 nextProgress = written + ProgressStep;
    const void *block = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    for (;;) {
        if (cancelled())
            return fail(Error::cancelled());
        const int status = archive_read_data_block(reader, &block, &size, &offset);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return fail(Error(Error::Code::Parse,
                              tr("Cannot read the member '%1' of the wheel %2: %3")
                                  .arg(member.name, m_wheel, QString::fromUtf8(archive_error_string(reader))),
                              m_path));
        // Stop at the first block past the declared size: a lying header cannot fill the disk.
        if (offset != memberBytes || memberBytes + qint64(size) > member.declaredSize)
            return fail(
                memberError(tr("The wheel %1 has a member '%2' with more data than its header declares (%3 bytes).")
                                .arg(m_wheel, member.name)
                                .arg(member.declaredSize)));
        memberBytes += qint64(size);
        written += qint64(size);
        if (written > m_limits.maxTotalBytes)
            return fail(memberError(tr("The wheel %1 unpacks to more than the limit of %2 bytes (at member '%3').")
                                        .arg(m_wheel)
                                        .arg(m_limits.maxTotalBytes)
                                        .arg(member.name)));
        const QByteArrayView data(static_cast<const char *>(block), qsizetype(size));
        if (hash)
            hash->addData(data);
        if (file.write(data.data(), data.size()) != data.size())
            return fail(
                Error(Error::Code::Io, tr("Cannot write %1: %2").arg(targetPath, file.errorString()), targetPath));
        if (m_progress && written >= nextProgress) {
            m_progress(written, total);
            nextProgress = written + ProgressStep;
        }
    }
    if (memberBytes != member.declaredSize)
        return fail(memberError(tr("The wheel %1 has a member '%2' of %3 bytes, but its header declares %4 bytes.")
                                    .arg(m_wheel, member.name)
                                    .arg(memberBytes)
                                    .arg(member.declaredSize)));
    if (expected) {
        const QString actual = expected->hash.section(u'=', 0, 0) + u'=' +
                               QString::fromLatin1(hash->result().toBase64(QByteArray::Base64UrlEncoding |
                                                                           QByteArray::OmitTrailingEquals));
        if (actual != expected->hash)
            return fail(memberError(tr("The wheel %1 has a member '%2' whose hash %3 differs from its RECORD's %4.")
                                        .arg(m_wheel, member.name, actual, expected->hash)));
    }
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions executable = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    if (!file.setPermissions(member.executable ? readable | executable : readable))
        return fail(Error(Error::Code::Io,
                          tr("Cannot set the permissions of %1: %2").arg(targetPath, file.errorString()), targetPath));
    return {};
}

Result<void> Unpacker::extract(const Scan &scan, const QHash<QString, RecordEntry> &record, const QString &targetDir,
                               UnpackedWheel &wheel) const
{
    Result<ArchivePtr> reader = open();
    if (!reader)
        return fail(reader.error());
    QSet<QString> folders;
    const QDir target(targetDir);
    const auto makeFolder = [&](const QString &relative) -> Result<void> {
        if (relative.isEmpty() || folders.contains(relative))
            return {};
        if (!target.mkpath(relative))
            return fail(Error(Error::Code::Io, tr("Cannot create the folder %1.").arg(target.filePath(relative)),
                              target.filePath(relative)));
        folders.insert(relative);
        return {};
    };
    qint64 written = 0;
    archive_entry *entry = nullptr;
    for (const Member &member : scan.members) {
        if (cancelled())
            return fail(Error::cancelled());
        const int status = archive_read_next_header(reader->get(), &entry);
        if (status < ARCHIVE_WARN)
            return fail(archiveError(reader->get()));
        // The archive is read twice; both passes must see the same members.
        const char *utf8 = archive_entry_pathname_utf8(entry);
        if (status == ARCHIVE_EOF || !utf8 || QString::fromUtf8(utf8) != member.name)
            return fail(Error(Error::Code::Parse, tr("The wheel %1 changed while it was being unpacked.").arg(m_wheel),
                              m_path));
        if (Result<void> checked = m_rules.checkEntry(entry, member.name); !checked)
            return fail(checked.error());
        if (member.folder) {
            if (Result<void> made = makeFolder(member.name.chopped(1)); !made)
                return fail(made.error());
            continue;
        }
        const qsizetype slash = member.name.lastIndexOf(u'/');
        if (Result<void> made = makeFolder(slash < 0 ? QString() : member.name.left(slash)); !made)
            return fail(made.error());
        const auto expected = record.constFind(member.name);
        // RECORD's own row has no hash (members it may omit were checked before writing).
        const RecordEntry *recordEntry = expected == record.cend() || expected->hash.isEmpty() ? nullptr : &*expected;
        if (Result<void> wrote = writeMember(reader->get(), member, recordEntry, target.filePath(member.name), written,
                                             scan.declaredTotal);
            !wrote)
            return fail(wrote.error());
        ++wheel.fileCount;
        if (m_progress)
            m_progress(written, scan.declaredTotal);
    }
    wheel.unpackedBytes = written;
    return {};
}

Result<UnpackedWheel> Unpacker::run(const QString &targetDir)
{
    const Result<Scan> scanned = scan();
    if (!scanned)
        return fail(scanned.error());
    QHash<QString, RecordEntry> record;
    Result<UnpackedWheel> wheel = describe(*scanned, record);
    if (!wheel)
        return wheel;
    wheel->root = targetDir;
    if (Result<void> extracted = extract(*scanned, record, targetDir, *wheel); !extracted)
        return fail(extracted.error());
    return wheel;
}

} // namespace

Result<UnpackedWheel> WheelArchive::unpackInto(const QString &archivePath, const QString &targetDir,
                                               const WheelUnpackLimits &limits,
                                               const std::function<bool()> &isCancelled,
                                               const std::function<void(qint64, qint64)> &progress)
{
    Unpacker unpacker(archivePath, limits, isCancelled, progress);
    return unpacker.run(targetDir);
}

QString WheelArchive::unsafePathReason(const QString &member)
{
    return WheelMemberRules::unsafePathReason(member);
}

} // namespace Akari
