// SPDX-License-Identifier: GPL-3.0-or-later
#include "probefile.h"

#include <QFile>
#include <QFileInfo>

#if defined(Q_OS_UNIX)
#include <cerrno>

#include <sys/stat.h>
#endif

namespace Akari
{

Result<std::optional<QByteArray>> ProbeFile::read(const QString &path)
{
    // Open first and ask why only on failure: the common case costs one system call.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (isAbsent(path))
            return std::nullopt;
        return fail(Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path));
    }
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(Error(Error::Code::Io, tr("Cannot read %1: %2").arg(path, file.errorString()), path));
    return std::optional<QByteArray>(std::move(bytes));
}

bool ProbeFile::isAbsent(const QString &path)
{
#if defined(Q_OS_UNIX)
    // ENOENT alone is "does not exist"; EACCES (a parent without search permission) and
    // ENOTDIR (a file where a folder should be) are other failures, as in uv.
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) != 0 && errno == ENOENT;
#else
    // Without errno to ask: absent when the nearest folder that does exist can be read.
    if (QFileInfo::exists(path))
        return false;
    QFileInfo parent(QFileInfo(path).absolutePath());
    while (!parent.exists() && !parent.isRoot())
        parent = QFileInfo(parent.absolutePath());
    return parent.isDir() && parent.isReadable();
#endif
}

} // namespace Akari
