// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "unpackedwheel.h"
#include "wheelcache.h"

namespace Akari
{

/**
 * \brief Unpacks one wheel with libarchive into a folder, with every safety check of
 *        WheelCache (its class comment lists them). Private to core/install; WheelCache owns
 *        the cache layout and the atomic rename.
 *
 * Two passes over the zip (libarchive's seekable reader, which trusts the central directory
 * as Python's zipfile does): the first lists the members and reads the small `.dist-info`
 * files, so that everything but the members' contents is checked before a byte is written;
 * the second streams each member to disk in libarchive's blocks, hashing as it writes, and
 * compares it with RECORD when the member ends.
 */
class WheelArchive final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelArchive)

public:
    /**
     * \brief Unpacks \a archivePath into \a targetDir (an existing, empty folder).
     *
     * The returned UnpackedWheel has root = \a targetDir and no sha256. On failure the folder
     * may hold part of the wheel; the caller removes it.
     */
    [[nodiscard]] static Result<UnpackedWheel> unpackInto(const QString &archivePath, const QString &targetDir,
                                                          const WheelUnpackLimits &limits,
                                                          const std::function<bool()> &isCancelled = {},
                                                          const std::function<void(qint64, qint64)> &progress = {});

    /// Why \a member (a zip member name) is unsafe to unpack, or an empty string when it is safe.
    [[nodiscard]] static QString unsafePathReason(const QString &member);
};

} // namespace Akari
