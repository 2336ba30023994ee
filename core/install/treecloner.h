// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"

namespace Akari
{

class FileLinker;

/**
 * \brief Clones a folder tree cheaply: folders are recreated with their modes, symlinks are
 *        recreated with the same target (never followed, so nothing outside the tree is
 *        visited), and files are hard links to the originals (FileLinker copies where links fail).
 *
 * Because the clone's files share their inodes with the originals, whoever changes the clone
 * must replace a file (unlink, then create) and never write into it or change its mode.
 * Sockets, FIFOs and devices are skipped. Private helper of EnvironmentTransaction.
 */
class TreeCloner final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TreeCloner)

public:
    /// Clones \a source into \a destination (created; it may exist when empty). On an error
    /// or cancellation the partial clone is left for the caller to delete.
    [[nodiscard]] static Result<void> clone(const QString &source, const QString &destination, FileLinker &linker,
                                            const std::function<bool()> &isCancelled = {});

    /// Deletes the tree at \a path without following symlinks (its folders are made writable
    /// first; files are only unlinked, never changed, as they may be shared). Missing is fine.
    [[nodiscard]] static Result<void> remove(const QString &path);

    /// Renames \a from to \a to (which must not exist) on the same filesystem; errors name both.
    [[nodiscard]] static Result<void> rename(const QString &from, const QString &to);
};

} // namespace Akari
