// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelmemberrules.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <archive_entry.h>

#include "../index/zipcentraldirectory.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// The cache's description of a tree; no wheel member may take its place.
const QString DescriptionFile = u".akari-wheel.json"_s;
/// Creator systems ("version made by", high byte) whose external attributes carry a Unix st_mode.
constexpr int UnixCreator = 3;
constexpr int MacCreator = 19;
constexpr quint32 TypeMask = 0170000, RegularType = 0100000, FolderType = 0040000, SymlinkType = 0120000;

} // namespace

WheelMemberRules::WheelMemberRules(const QString &archivePath)
    : m_path(archivePath)
    , m_wheel(QFileInfo(archivePath).fileName())
{}

Error WheelMemberRules::memberError(const QString &message) const
{
    return Error(Error::Code::Parse, message, m_path);
}

Result<void> WheelMemberRules::checkEntry(archive_entry *entry, const QString &name) const
{
    const QString unsafe = unsafePathReason(name);
    if (!unsafe.isEmpty())
        return fail(
            memberError(tr("The wheel %1 has a member '%2' with an unsafe path: %3.").arg(m_wheel, name, unsafe)));
    if (archive_entry_hardlink(entry))
        return fail(memberError(tr("The wheel %1 has a member '%2' that is a hard link.").arg(m_wheel, name)));
    const auto type = archive_entry_filetype(entry);
    if (archive_entry_symlink(entry) || type == AE_IFLNK)
        return fail(memberError(tr("The wheel %1 has a member '%2' that is a symbolic link.").arg(m_wheel, name)));
    if (type != AE_IFREG && type != AE_IFDIR)
        return fail(memberError(
            tr("The wheel %1 has a member '%2' that is a device, FIFO or socket, not a file.").arg(m_wheel, name)));
    if ((type == AE_IFDIR) != name.endsWith(u'/'))
        return fail(
            memberError(tr("The wheel %1 has a member '%2' whose type does not match its name.").arg(m_wheel, name)));
    if (archive_entry_is_encrypted(entry))
        return fail(memberError(tr("The wheel %1 has an encrypted member '%2'.").arg(m_wheel, name)));
    return {};
}

// libarchive 3.6 hands out a zip member with FIFO (and other) mode bits as a regular file, so
// the types are read from the central directory itself: only the file's tail, never the data.
Result<void> WheelMemberRules::checkFileTypes() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            Error(Error::Code::Io, tr("Cannot read the wheel %1: %2").arg(m_wheel, file.errorString()), m_path));
    const ZipCentralDirectory::Reader reader = [&file](quint64 offset, quint64 length) -> Result<QByteArray> {
        if (!file.seek(qint64(offset)))
            return fail(Error(Error::Code::Io, tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()),
                              file.fileName()));
        return file.read(qint64(length));
    };
    const Result<QList<ZipCentralDirectory::Member>> members =
        ZipCentralDirectory::read(reader, quint64(file.size()), m_path);
    if (!members)
        return fail(members.error());
    for (const ZipCentralDirectory::Member &member : *members) {
        const int system = member.versionMadeBy >> 8;
        const quint32 type = (member.externalAttributes >> 16) & TypeMask;
        // Type 0: a Unix creator that stored permissions only (Python's zipfile.writestr does).
        if ((system != UnixCreator && system != MacCreator) || type == 0 || type == RegularType || type == FolderType)
            continue;
        if (type == SymlinkType)
            return fail(
                memberError(tr("The wheel %1 has a member '%2' that is a symbolic link.").arg(m_wheel, member.name)));
        return fail(memberError(tr("The wheel %1 has a member '%2' that is a device, FIFO or socket, not a file.")
                                    .arg(m_wheel, member.name)));
    }
    return {};
}

QString WheelMemberRules::unsafePathReason(const QString &member)
{
    if (member.isEmpty() || member == u"/"_s)
        return tr("the name is empty");
    if (member.contains(u'\\'))
        return tr("it contains a backslash");
    if (member.startsWith(u'/'))
        return tr("it is an absolute path");
    if (member.size() >= 2 && member[1] == u':' && member[0].isLetter() && member[0].unicode() < 128)
        return tr("it starts with a drive letter");
    const QString path = member.endsWith(u'/') ? member.chopped(1) : member;
    const QStringList parts = path.split(u'/');
    for (const QString &part : parts) {
        if (part.isEmpty())
            return tr("it has an empty path component");
        if (part == u".."_s)
            return tr("it has a '..' component");
        if (part == u"."_s)
            return tr("it has a '.' component");
        for (const QChar c : part) {
            if (c.unicode() < 0x20)
                return tr("it contains a control character");
        }
    }
    if (path == DescriptionFile)
        return tr("the name is reserved for Akari's wheel cache");
    return {};
}

} // namespace Akari
