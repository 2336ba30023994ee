// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelinker.h"

#include <QFile>
#include <QFileInfo>

#include "../logging/logcategories.h"

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#if defined(Q_OS_LINUX)
#include <linux/fs.h>
#endif
#if defined(Q_OS_MACOS)
#include <sys/clonefile.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Why a cheap attempt failed: the caller falls back to the next mode only when the failure
// says "this filesystem pair cannot do it", not when the target already exists.
enum class Attempt : quint8
{
    Done,
    Unsupported,
    Failed,
};

struct AttemptResult
{
    Attempt attempt = Attempt::Failed;
    QString reason;
};

#if defined(Q_OS_UNIX)
bool isUnsupported(int error)
{
    return error == EXDEV || error == EPERM || error == EMLINK || error == ENOTSUP || error == EOPNOTSUPP ||
           error == EINVAL || error == ENOSYS || error == ENOTTY || error == EACCES;
}
#endif

AttemptResult hardLink(const QString &from, const QString &to)
{
#if defined(Q_OS_UNIX)
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {Attempt::Done, {}};
    const int error = errno;
    return {isUnsupported(error) ? Attempt::Unsupported : Attempt::Failed,
            QString::fromLocal8Bit(std::strerror(error))};
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
    return {Attempt::Unsupported, {}};
#endif
}

AttemptResult reflink(const QString &from, const QString &to)
{
#if defined(Q_OS_LINUX) && defined(FICLONE)
    const int source = ::open(QFile::encodeName(from).constData(), O_RDONLY | O_CLOEXEC);
    if (source < 0)
        return {Attempt::Failed, QString::fromLocal8Bit(std::strerror(errno))};
    struct stat info
    {};
    const mode_t mode = ::fstat(source, &info) == 0 ? (info.st_mode & 0777) : 0644;
    const int target = ::open(QFile::encodeName(to).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (target < 0) {
        const int error = errno;
        ::close(source);
        return {Attempt::Failed, QString::fromLocal8Bit(std::strerror(error))};
    }
    const int rc = ::ioctl(target, FICLONE, source);
    const int error = errno;
    ::close(target);
    ::close(source);
    if (rc == 0)
        return {Attempt::Done, {}};
    ::unlink(QFile::encodeName(to).constData());
    return {isUnsupported(error) ? Attempt::Unsupported : Attempt::Failed,
            QString::fromLocal8Bit(std::strerror(error))};
#elif defined(Q_OS_MACOS)
    if (::clonefile(QFile::encodeName(from).constData(), QFile::encodeName(to).constData(), 0) == 0)
        return {Attempt::Done, {}};
    const int error = errno;
    return {isUnsupported(error) ? Attempt::Unsupported : Attempt::Failed,
            QString::fromLocal8Bit(std::strerror(error))};
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
    return {Attempt::Unsupported, {}};
#endif
}

} // namespace

FileLinker::FileLinker(Mode preferred)
    : m_mode(preferred)
{}

QString FileLinker::copyNotice()
{
    return tr("The wheel cache is on another filesystem than the environment; files are copied, which is slower "
              "and uses more space.");
}

Result<FileLinker::Mode> FileLinker::link(const QString &from, const QString &to)
{
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return fail(Error(Error::Code::Io, tr("Cannot put %1 at %2: the file already exists.").arg(from, to), to));

    // Try the cheapest mode that has worked so far, then the next ones; remember the one that works.
    Mode mode = m_mode.load();
    QString reason;
    if (mode == Mode::HardLink) {
        const AttemptResult result = hardLink(from, to);
        if (result.attempt == Attempt::Done)
            return Mode::HardLink;
        if (result.attempt == Attempt::Failed)
            return fail(Error(Error::Code::Io, tr("Cannot link %1 to %2: %3").arg(from, to, result.reason), to));
        reason = result.reason;
        mode = Mode::Reflink;
    }
    if (mode == Mode::Reflink) {
        const AttemptResult result = reflink(from, to);
        if (result.attempt == Attempt::Done) {
            m_mode.store(Mode::Reflink);
            return Mode::Reflink;
        }
        if (result.attempt == Attempt::Failed)
            return fail(Error(Error::Code::Io, tr("Cannot clone %1 to %2: %3").arg(from, to, result.reason), to));
        mode = Mode::Copy;
    }

    QFile source(from);
    if (!source.copy(to))
        return fail(Error(Error::Code::Io, tr("Cannot copy %1 to %2: %3").arg(from, to, source.errorString()), to));
    // QFile::copy keeps the permissions of the source, as links would.
    if (m_mode.exchange(Mode::Copy) != Mode::Copy && !m_noticeGiven.exchange(true))
        qCWarning(lcInstall).noquote() << copyNotice() << reason;
    return Mode::Copy;
}

} // namespace Akari
