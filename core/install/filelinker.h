// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>

#include <QCoreApplication>
#include <QString>

#include "../error.h"

namespace Akari
{

/**
 * \brief Puts a cached file into an environment as cheaply as the filesystem allows: a hard
 *        link, else a reflink (FICLONE on Linux, clonefile on macOS), else a copy.
 *
 * The first time a link fails because the cache and the environment are on different
 * filesystems (EXDEV) or the filesystem refuses links, a one-time notice is logged (translated:
 * "The wheel cache is on another filesystem than the environment; files are copied, which is
 * slower and uses more space.") and the linker stays in the cheaper working mode from then on.
 * Thread-safe: one linker is shared by the parallel installs of a sync.
 */
class FileLinker final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::FileLinker)

public:
    enum class Mode : quint8
    {
        HardLink,
        Reflink,
        Copy,
    };

    explicit FileLinker(Mode preferred = Mode::HardLink);

    /// Creates \a to (which must not exist) with \a from's content. Errors (Io) name both.
    [[nodiscard]] Result<Mode> link(const QString &from, const QString &to);

    /// The mode that worked last (starts at the preferred one).
    [[nodiscard]] Mode mode() const { return m_mode.load(); }
    /// True once a fallback to copying happened (the notice was given).
    [[nodiscard]] bool copiedAcrossFilesystems() const { return m_noticeGiven.load(); }
    /// The notice's text, for front ends that show it rather than log it.
    [[nodiscard]] static QString copyNotice();

private:
    std::atomic<Mode> m_mode;
    std::atomic<bool> m_noticeGiven = false;
};

} // namespace Akari
