// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Akari
{

/// One line of the application log.
struct LogEntry
{
    qint64 id = 0; ///< increases by one per message, never reused
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
};

} // namespace Akari
