// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include "../error.h"

namespace Akari
{

/**
 * \brief A pyproject.toml's bytes as read, and saving new bytes over it safely.
 *
 * save() writes through QSaveFile (atomic rename), keeps the file's permissions, refuses
 * when the file on disk is no longer the bytes that were
 * read, and first keeps the previous version as a backup:
 * `<GenericDataLocation>/akari/backups/<project-folder-name>-<hash>/pyproject-<yyyyMMdd-HHmmss-zzz>.toml`
 * (XDG_DATA_HOME honoured; one folder for the GUI and akari-cli, whose application names differ;
 * the hash is the first 12 hex digits of the SHA-256 of the absolute path; the time is UTC),
 * the newest 20 per project kept. Value type.
 */
class PyProjectFile final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PyProjectFile)

public:
    PyProjectFile() = default;

    /// \a path is a project folder or its pyproject.toml (PyProjectReader::locate).
    [[nodiscard]] static Result<PyProjectFile> load(const QString &path);
    /// A file that does not exist yet (a new project): save() creates it, no backup.
    [[nodiscard]] static PyProjectFile forNewFile(const QString &filePath);

    [[nodiscard]] QString filePath() const { return m_filePath; }
    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool exists() const { return m_exists; }

    /// Whether the file on disk differs from the bytes read (or appeared/vanished).
    [[nodiscard]] bool changedOnDisk() const;

    /**
     * Replaces the file with \a newBytes. Fails with Error::Code::Io and a message saying
     * the file changed since it was read (nothing written) when changedOnDisk(); with
     * Error::Code::Io when the backup or the write fails (the old file stays as it was).
     * On success this object holds \a newBytes and \a backupPath (if given) receives the
     * backup's path (empty when there was no previous file).
     */
    [[nodiscard]] Result<void> save(const QByteArray &newBytes, QString *backupPath = nullptr);

    /// The folder backups of \a filePath go to.
    [[nodiscard]] static QString backupDirectory(const QString &filePath);

private:
    QString m_filePath;
    QByteArray m_bytes;
    bool m_exists = false;
};

} // namespace Akari
