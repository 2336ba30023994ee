// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"

struct archive_entry;

namespace Akari
{

/**
 * \brief The rules every member of a wheel must pass before WheelArchive writes anything: a
 *        safe relative path, and a regular file or folder (no hard or symbolic link, device,
 *        FIFO or socket, no encryption). Private to core/install.
 *
 * The type is checked twice: from the zip's central directory (checkFileTypes(), because
 * libarchive 3.6 hands out some special members as regular files) and from each of
 * libarchive's entries (checkEntry()). Errors are Error::Code::Parse, naming the wheel and the
 * member, with the archive's path as the file.
 */
class WheelMemberRules final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelMemberRules)

public:
    /// The rules for the wheel at \a archivePath (named by its file name in messages).
    explicit WheelMemberRules(const QString &archivePath);

    /// Refuses the wheel when a member's Unix mode in the central directory is not a file or folder.
    [[nodiscard]] Result<void> checkFileTypes() const;
    /// Refuses the member \a name as libarchive's \a entry describes it: path, type, encryption.
    [[nodiscard]] Result<void> checkEntry(archive_entry *entry, const QString &name) const;

    /// Why \a member (a zip member name) is unsafe to unpack, or an empty string when it is safe.
    [[nodiscard]] static QString unsafePathReason(const QString &member);

private:
    [[nodiscard]] Error memberError(const QString &message) const;

    QString m_path;
    QString m_wheel;
};

} // namespace Akari
