// SPDX-License-Identifier: GPL-3.0-or-later
#include "processclock.h"

#include <QElapsedTimer>
#include <QFile>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

namespace Akari
{

namespace
{
#if defined(Q_OS_LINUX)
// Field 22 of /proc/self/stat is the start time in clock ticks after boot. The command
// name (field 2) may hold spaces and parentheses, so count fields after the last ')'.
qint64 linuxMilliseconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const qsizetype end = text.lastIndexOf(')');
    if (end < 0)
        return -1;
    const QList<QByteArray> fields = text.mid(end + 2).split(' ');
    constexpr qsizetype StartTimeIndex = 22 - 3; // fields after ')' begin at field 3
    if (fields.size() <= StartTimeIndex)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(StartTimeIndex).toLongLong(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = static_cast<qint64>(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / ticksPerSecond;
}
#endif
} // namespace

qint64 millisecondsSinceProcessStart()
{
    static QElapsedTimer fallback = [] {
        QElapsedTimer timer;
        timer.start();
        return timer;
    }();
#if defined(Q_OS_LINUX)
    if (const qint64 ms = linuxMilliseconds(); ms >= 0)
        return ms;
#endif
    return fallback.elapsed();
}

} // namespace Akari
