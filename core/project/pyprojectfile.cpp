// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyprojectfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "../logging/logcategories.h"
#include "pyprojectreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int KeptBackups = 20;
const QString BackupPrefix = u"pyproject-"_s;
const QString BackupSuffix = u".toml"_s;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The file's bytes, or nothing when it cannot be read.
std::optional<QByteArray> readAll(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return std::nullopt;
    return bytes;
}

// Backup names sort by time: the UTC stamp has fixed width. A stamp already taken (two
// saves in one millisecond) moves on by a millisecond, so the order stays right.
QString freeBackupName(const QDir &directory)
{
    QDateTime stamp = QDateTime::currentDateTimeUtc();
    while (true) {
        const QString name = BackupPrefix + stamp.toString(u"yyyyMMdd-HHmmss-zzz"_s) + BackupSuffix;
        if (!QFileInfo::exists(directory.filePath(name)))
            return name;
        stamp = stamp.addMSecs(1);
    }
}

// Keeps the newest backups; other files in the folder are left alone.
void prune(const QDir &directory)
{
    const QStringList names = directory.entryList({BackupPrefix + u'*' + BackupSuffix}, QDir::Files, QDir::Name);
    for (qsizetype i = 0; i + KeptBackups < names.size(); ++i) {
        if (!QFile::remove(directory.filePath(names[i])))
            qCWarning(lcProject) << "could not remove the old backup" << directory.filePath(names[i]);
    }
}

} // namespace

Result<PyProjectFile> PyProjectFile::load(const QString &path)
{
    const Result<QString> located = PyProjectReader::locate(path);
    if (!located)
        return fail(located.error());
    QFile file(*located);
    if (!file.open(QIODevice::ReadOnly))
        return fail({Error::Code::Io, tr("Could not read the file: %1").arg(file.errorString()), *located});
    PyProjectFile result;
    result.m_filePath = *located;
    result.m_bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail({Error::Code::Io, tr("Could not read the file: %1").arg(file.errorString()), *located});
    result.m_exists = true;
    return result;
}

PyProjectFile PyProjectFile::forNewFile(const QString &filePath)
{
    PyProjectFile result;
    result.m_filePath = QFileInfo(filePath).absoluteFilePath();
    return result;
}

bool PyProjectFile::changedOnDisk() const
{
    const QFileInfo info(m_filePath);
    if (info.exists() != m_exists)
        return true;
    if (!m_exists)
        return false;
    // A file that cannot be read any more cannot be shown to be unchanged.
    const std::optional<QByteArray> current = readAll(m_filePath);
    return !current || *current != m_bytes;
}

Result<void> PyProjectFile::save(const QByteArray &newBytes, QString *backupPath)
{
    if (backupPath)
        backupPath->clear();
    if (m_filePath.isEmpty())
        return fail({Error::Code::InvalidArgument, tr("There is no file to save to.")});
    if (changedOnDisk()) {
        const QString message =
            m_exists ? tr("The file changed on disk after it was read; nothing was saved. Open it again to see the "
                          "changes, then make yours.")
                     : tr("The file was created by someone else after the project was opened; nothing was saved. "
                          "Open it again to see it, then make your changes.");
        return fail({Error::Code::Io, message, m_filePath});
    }

    const QFileDevice::Permissions permissions = m_exists ? QFile::permissions(m_filePath) : QFileDevice::Permissions();
    QString backup;
    if (m_exists) {
        // The backup is saved atomically too, so a half-written copy never stands for the old file.
        const QDir directory(backupDirectory(m_filePath));
        if (!QDir().mkpath(directory.path()) || !QFileInfo(directory.path()).isDir())
            return fail(
                {Error::Code::Io,
                 tr("Could not create the backup folder “%1”; the file was not changed.").arg(native(directory.path())),
                 m_filePath});
        backup = directory.filePath(freeBackupName(directory));
        QSaveFile copy(backup);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(m_bytes) != m_bytes.size() || !copy.commit())
            return fail({Error::Code::Io,
                         tr("Could not write the backup “%1”: %2. The file was not changed.")
                             .arg(native(backup), copy.errorString()),
                         m_filePath});
    }

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(newBytes) != newBytes.size() || !file.commit())
        return fail({Error::Code::Io, tr("Could not save the file: %1. It was not changed.").arg(file.errorString()),
                     m_filePath});
    // QSaveFile keeps the permissions of the file it replaces; this makes sure of it. The new
    // text is saved either way, so a failure here is only logged.
    if (m_exists && QFile::permissions(m_filePath) != permissions && !QFile::setPermissions(m_filePath, permissions))
        qCWarning(lcProject) << "could not restore the permissions of" << m_filePath;

    m_bytes = newBytes;
    m_exists = true;
    if (!backup.isEmpty()) {
        prune(QFileInfo(backup).dir());
        if (backupPath)
            *backupPath = backup;
    }
    return {};
}

QString PyProjectFile::backupDirectory(const QString &filePath)
{
    // GenericDataLocation/akari, like the window state: the GUI and akari-cli have different
    // application names but must share one history of backups.
    const QString absolute = QFileInfo(filePath).absoluteFilePath();
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    const QString folder = QFileInfo(absolute).dir().dirName() + u'-' + hash;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"akari/backups/"_s + folder);
}

} // namespace Akari
