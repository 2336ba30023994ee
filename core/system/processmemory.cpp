// SPDX-License-Identifier: GPL-3.0-or-later
#include "processmemory.h"

#include <QFile>

namespace Akari
{

qint64 peakResidentBytes()
{
#if defined(Q_OS_LINUX)
    // "VmHWM:     51234 kB" is the resident set's high-water mark.
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:")) {
            bool ok = false;
            const qint64 kilobytes = line.mid(6).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kilobytes * 1024 : -1;
        }
    }
#endif
    return -1;
}

} // namespace Akari
