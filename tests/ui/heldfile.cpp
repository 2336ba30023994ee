// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldfile.h"

#include <cerrno>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <csignal>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Akari::Test
{

HeldFile::HeldFile(QString path)
    : m_path(std::move(path))
{
    // A reader may close the pipe before the contents arrive; writing then must fail, not kill the test.
    std::signal(SIGPIPE, SIG_IGN);
    m_valid =
        QDir().mkpath(QFileInfo(m_path).absolutePath()) && ::mkfifo(QFile::encodeName(m_path).constData(), 0600) == 0;
}

HeldFile::~HeldFile()
{
    if (m_valid && !m_released)
        (void)release({}, std::chrono::seconds(2));
}

bool HeldFile::release(const QByteArray &contents, std::chrono::milliseconds timeout)
{
    if (!m_valid)
        return false;
    const QByteArray name = QFile::encodeName(m_path);
    const QDeadlineTimer deadline(timeout);
    int fd = -1;
    // Opening a pipe's write end without blocking fails with ENXIO until a reader has it open.
    while ((fd = ::open(name.constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
        if (errno != ENXIO || deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    m_released = true;
    // The reader may stop at once (it saw no data yet and took that as the end); that is its choice.
    qsizetype written = 0;
    while (written < contents.size()) {
        const ssize_t count =
            ::write(fd, contents.constData() + written, static_cast<size_t>(contents.size() - written));
        if (count < 0 && errno != EAGAIN && errno != EINTR)
            break;
        if (count > 0)
            written += count;
        else
            QTest::qWait(1);
    }
    ::close(fd);
    return true;
}

} // namespace Akari::Test
