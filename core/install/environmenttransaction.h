// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "environmentlayout.h"

namespace Akari
{

struct PythonInterpreter;

/**
 * \brief Makes a change to an environment all-or-nothing: the work is done in a staging copy
 *        beside it, and the copy replaces the environment only on commit().
 *
 * begin() creates `<parent>/.<name>.akari-stage-XXXXXX` next to the environment (one leading
 * dot only: `.venv` gives `.venv.akari-stage-XXXXXX`): a new
 * environment (VirtualEnvironmentBuilder with finalRoot = the environment's path) when there
 * is none (or when Options::recreate, e.g. another Python was asked for), else a clone of the
 * existing one in which files are hard links (FileLinker; copies where links fail), folders and
 * symlinks are recreated, so the original's files are never written to. The caller installs
 * and uninstalls in layout() (whose finalRoot is the real path). commit() swaps the folders
 * with two renames (old → `.<name>.akari-old-XXXXXX`, stage → name) and deletes the old one;
 * a crash between the two renames leaves both folders, and the next begin() restores the old
 * one. rollback() (also the destructor's action when not committed) deletes the staging
 * folder: the environment is then exactly as it was.
 *
 * The rule for everyone who changes layout() of a cloned environment (installers,
 * uninstallers): the staged files are hard links that share their inode with the live
 * environment's files. Never open one for writing, truncate it, or chmod/touch it in place:
 * that would change the live environment too. To change a file, remove it and create a new one
 * (write a new file beside it and rename it over the old name, or unlink then create); to
 * uninstall, unlink. Folders and symlinks are the stage's own and may be changed freely.
 *
 * begin() also tidies up after a crash: a leftover staging folder is deleted; a leftover old
 * folder is renamed back when the environment is missing, else deleted. It refuses to replace
 * (Options::recreate) a non-empty folder that has no `pyvenv.cfg`: that is not an environment
 * Akari may delete.
 */
class EnvironmentTransaction final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::EnvironmentTransaction)

public:
    struct Options
    {
        bool recreate = false; ///< start from a new environment even when one exists
        std::function<bool()> isCancelled;
    };

    EnvironmentTransaction(EnvironmentTransaction &&other) noexcept;
    EnvironmentTransaction &operator=(EnvironmentTransaction &&other) noexcept;
    EnvironmentTransaction(const EnvironmentTransaction &) = delete;
    EnvironmentTransaction &operator=(const EnvironmentTransaction &) = delete;
    ~EnvironmentTransaction();

    /// Stages a change to \a environmentPath for \a interpreter (used when creating).
    [[nodiscard]] static Result<EnvironmentTransaction>
    begin(const QString &environmentPath, const PythonInterpreter &interpreter, const Options &options);

    /// Why the environment at \a environmentPath cannot be reused for \a interpreter
    /// (another Python minor version, a base interpreter that is gone, an unreadable
    /// pyvenv.cfg), translated; nullopt when it can, or when there is no environment yet.
    [[nodiscard]] static std::optional<QString> needsRecreate(const QString &environmentPath,
                                                              const PythonInterpreter &interpreter);

    [[nodiscard]] const EnvironmentLayout &layout() const { return m_layout; }
    [[nodiscard]] bool createdEnvironment() const { return m_created; }

    /// Replaces the environment with the staged one. After an error the environment is as it
    /// was before begin().
    [[nodiscard]] Result<void> commit();
    /// Discards the staged work (idempotent).
    void rollback();

private:
    EnvironmentTransaction() = default;
    static void recover(const QString &environmentPath);

    QString m_environmentPath;
    EnvironmentLayout m_layout;
    bool m_created = false;
    bool m_open = false;
};

} // namespace Akari
