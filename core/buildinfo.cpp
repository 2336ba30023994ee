// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo.h"

#include <toml++/impl/version.h>

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
    return u"Qt %1, toml++ %2.%3.%4"_s.arg(QString::fromLatin1(qVersion()), QString::number(TOML_LIB_MAJOR),
                                           QString::number(TOML_LIB_MINOR), QString::number(TOML_LIB_PATCH));
}

} // namespace Akari
