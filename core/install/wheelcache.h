// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "unpackedwheel.h"

namespace Akari
{

/// Bounds on what one wheel may unpack to (a zip bomb stops at the first bound it crosses).
struct WheelUnpackLimits
{
    qint64 maxMemberBytes = qint64(8) << 30; ///< one member
    qint64 maxTotalBytes = qint64(32) << 30; ///< a whole wheel unpacked
    int maxMembers = 1000000;
};

/**
 * \brief The on-disk wheel cache: downloaded archives and the trees they unpack to, keyed by
 *        the archive's sha256, under `$XDG_CACHE_HOME/akari/wheels` (HttpCache's sibling).
 *
 * Layout: `archives/<sha256>/<filename>` (downloads land here; `.part` while incomplete) and
 * `unpacked/<sha256>/` (a wheel's members, plus `.akari-wheel.json` describing the
 * UnpackedWheel). An unpacked tree appears atomically: it is written to a temporary sibling
 * and renamed, so a tree that exists is complete. Several processes may fill the cache at
 * once (the rename's loser discards its copy).
 *
 * Unpacking (libarchive, streamed in small blocks) rejects, with Error::Code::Parse naming
 * the wheel and the member, and leaves nothing behind:
 * - member paths that escape the tree: `..` components, absolute paths, drive letters,
 *   backslashes that would act as separators on Windows;
 * - symlinks, hard links, device files, FIFOs (anything but files and folders);
 * - members with more data than their header declares, and trees over Limits;
 * - members whose sha256 or size differs from RECORD, files RECORD does not list (other
 *   than RECORD itself and signatures), a missing or unreadable RECORD, WHEEL or METADATA;
 * - a `.dist-info` whose name/version differs from the file name's.
 */
class WheelCache final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelCache)

public:
    using Limits = WheelUnpackLimits;

    /// A cache rooted at \a directory; empty: defaultDirectory().
    explicit WheelCache(const QString &directory = {});
    [[nodiscard]] static QString defaultDirectory();
    [[nodiscard]] QString directory() const { return m_directory; }

    /// Where a download of \a filename with digest \a sha256 should be written (folder created).
    /// With no digest known, a folder keyed by the hash of \a url is used instead.
    [[nodiscard]] QString archivePath(const QString &sha256, const QString &filename, const QString &url = {}) const;

    /// The unpacked tree for \a sha256 when it is already in the cache and readable.
    [[nodiscard]] std::optional<UnpackedWheel> unpacked(const QString &sha256) const;

    /**
     * \brief Unpacks \a archivePath (digest \a sha256, already verified by the downloader) into
     *        the cache, or returns the tree that is already there. Blocking.
     *        \a progress gets (bytes written, total uncompressed bytes) now and then.
     */
    [[nodiscard]] Result<UnpackedWheel> unpack(const QString &archivePath, const QString &sha256,
                                               const std::function<bool()> &isCancelled = {},
                                               const std::function<void(qint64, qint64)> &progress = {},
                                               const Limits &limits = {}) const;

    /// Removes everything (for `--no-cache`-style tests and a future "Clear cache" button).
    [[nodiscard]] Result<void> clear() const;

private:
    QString m_directory;
};

} // namespace Akari
