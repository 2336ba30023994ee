// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include "akariversion.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString applicationVersion()
{
    return QStringLiteral(AKARI_VERSION_STRING);
}

QString libraryVersions()
{
    return u"Qt %1, toml++ %2"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(AKARI_TOMLPLUSPLUS_VERSION));
}

} // namespace Akari
