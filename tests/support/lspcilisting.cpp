// SPDX-License-Identifier: GPL-3.0-or-later
#include "lspcilisting.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{
std::nullopt_t failed(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}
} // namespace

/// lspci writes "[dddd:]bb:dd.f Class name [cccc]: Vendor Name [vvvv:dddd] (rev rr) (prog-if pp [...])"
/// with -nn; -k adds indented "Kernel driver in use:" lines, -v other indented details.
std::optional<QList<LspciDevice>> parseLspci(const QString &text, const QString &path, QString *error)
{
    static const QRegularExpression deviceLine(
        u"^((?:[0-9a-fA-F]{4}:)?[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7])\\s+(.*)$"_s);
    static const QRegularExpression classCode(u"\\[([0-9a-fA-F]{4})\\]:"_s);
    static const QRegularExpression ids(u"\\[([0-9a-fA-F]{4}):([0-9a-fA-F]{4})\\]"_s);
    static const QRegularExpression progIf(u"\\(prog-if ([0-9a-fA-F]{2})"_s);
    static const QRegularExpression driverLine(u"^\\s+Kernel driver in use:\\s*(\\S+)\\s*$"_s);

    QList<LspciDevice> devices;
    const QStringList lines = text.split(u'\n');
    for (qsizetype number = 0; number < lines.size(); ++number) {
        const QString line = lines.at(number);
        const QString where = u"%1:%2"_s.arg(path).arg(number + 1);
        if (line.trimmed().isEmpty() || line.trimmed() == u"--"_s)
            continue; // blank lines and grep -A group separators
        if (line.front().isSpace()) {
            const QRegularExpressionMatch driver = driverLine.match(line);
            if (driver.hasMatch()) {
                if (devices.isEmpty())
                    return failed(error, u"%1: a driver line before any device"_s.arg(where));
                devices.last().driver = driver.captured(1);
            }
            continue; // Subsystem, Flags, Memory, ...: not part of the sysfs files made here
        }
        const QRegularExpressionMatch device = deviceLine.match(line);
        if (!device.hasMatch())
            return failed(error, u"%1: not an lspci device line: %2"_s.arg(where, line));
        const QString rest = device.captured(2);
        const QRegularExpressionMatch classMatch = classCode.match(rest);
        QRegularExpressionMatch idMatch;
        for (QRegularExpressionMatchIterator it = ids.globalMatch(rest); it.hasNext();)
            idMatch = it.next(); // the device's own ids are the last pair on the line
        if (!classMatch.hasMatch() || !idMatch.hasMatch())
            return failed(error, u"%1: no [class] or [vendor:device] code; was lspci run with -nn?"_s.arg(where));

        LspciDevice listed;
        listed.address = device.captured(1).toLower();
        if (listed.address.count(u':') == 1)
            listed.address.prepend(u"0000:"_s);
        const QRegularExpressionMatch progIfMatch = progIf.match(rest);
        const quint32 interface = progIfMatch.hasMatch() ? progIfMatch.captured(1).toUInt(nullptr, 16) : 0;
        listed.deviceClass = (classMatch.captured(1).toUInt(nullptr, 16) << 8) | interface;
        listed.vendor = quint16(idMatch.captured(1).toUInt(nullptr, 16));
        listed.device = quint16(idMatch.captured(2).toUInt(nullptr, 16));
        for (const LspciDevice &seen : std::as_const(devices)) {
            if (seen.address == listed.address)
                return failed(error, u"%1: %2 is listed twice"_s.arg(where, listed.address));
        }
        devices.append(listed);
    }
    return devices;
}

} // namespace Akari::Test
