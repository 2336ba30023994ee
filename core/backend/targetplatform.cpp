// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetplatform.h"

#include <QCoreApplication>

#include "../system/systeminfo.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

std::optional<TargetPlatform> TargetPlatform::fromName(QStringView name)
{
    // Case-insensitive: "Linux" on a command line means the same platform.
    if (name.compare(u"linux", Qt::CaseInsensitive) == 0)
        return TargetPlatform{Os::Linux, false};
    if (name.compare(u"windows", Qt::CaseInsensitive) == 0)
        return TargetPlatform{Os::Windows, false};
    if (name.compare(u"macos", Qt::CaseInsensitive) == 0)
        return TargetPlatform{Os::MacOs, false};
    return std::nullopt;
}

TargetPlatform TargetPlatform::host(const SystemInfo &machine)
{
    switch (machine.osFamily) {
    case SystemInfo::OsFamily::Windows:
        return TargetPlatform{Os::Windows, false};
    case SystemInfo::OsFamily::MacOs:
        return TargetPlatform{Os::MacOs, false};
    case SystemInfo::OsFamily::Linux:
    case SystemInfo::OsFamily::Other:
        break;
    }
    return TargetPlatform{Os::Linux, machine.musl};
}

QString TargetPlatform::name() const
{
    switch (os) {
    case Os::Windows:
        return u"windows"_s;
    case Os::MacOs:
        return u"macos"_s;
    case Os::Linux:
        break;
    }
    return u"linux"_s;
}

QString TargetPlatform::displayName() const
{
    // Product names stay as they are; only the musl note is worded per language.
    switch (os) {
    case Os::Windows:
        return u"Windows"_s;
    case Os::MacOs:
        return u"macOS"_s;
    case Os::Linux:
        break;
    }
    return musl ? QCoreApplication::translate("Akari::TargetPlatform", "Linux (musl)") : u"Linux"_s;
}

} // namespace Akari
