// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "../error.h"

namespace Akari
{

/**
 * \brief The member list of a zip file (its central directory, zip64 included), read through
 *        a byte reader so that only the file's end and the wanted member need to be fetched.
 *
 * Private helper of RemoteWheelMetadata. libarchive's seekable zip reader would also visit the
 * local header of every member before the wanted one, which over HTTP means a range request
 * for nearly every block of a large wheel; this reads the directory alone and then hands the
 * single member (local header, data, descriptor) to libarchive to inflate and check.
 *
 * Errors are Error::Code::Parse with \a where as the file. Pure functions; thread-safe.
 */
class ZipCentralDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ZipCentralDirectory)

public:
    ZipCentralDirectory() = delete;

    struct Member
    {
        QString name;
        quint64 localHeaderOffset = 0;
        quint64 compressedSize = 0;
        quint64 uncompressedSize = 0;
        quint16 flags = 0;
        /// "Version made by": the high byte names the creator's system (3 = Unix, 19 = macOS).
        quint16 versionMadeBy = 0;
        /// External file attributes; for a Unix creator the high 16 bits are the st_mode.
        quint32 externalAttributes = 0;
    };

    /// Reads \a length bytes at \a offset (fewer only at the file's end); errors pass through.
    using Reader = std::function<Result<QByteArray>(quint64 offset, quint64 length)>;

    /// The members of the zip file of \a fileSize bytes, in directory order.
    [[nodiscard]] static Result<QList<Member>> read(const Reader &reader, quint64 fileSize, const QString &where);

    /// \a member's bytes from its local header to the end of its data (and data descriptor).
    [[nodiscard]] static Result<QByteArray> memberBytes(const Reader &reader, const Member &member, quint64 fileSize,
                                                        const QString &where);

    /**
     * \brief The wheel's `*.dist-info/METADATA` among \a names: the only top-level one, or,
     *        when there are several, the one whose directory names \a wheelFileName's project
     *        and version.
     */
    [[nodiscard]] static Result<QString> metadataMember(const QStringList &names, const QString &wheelFileName,
                                                        const QString &where);
};

} // namespace Akari
