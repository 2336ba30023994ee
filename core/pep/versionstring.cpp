// SPDX-License-Identifier: GPL-3.0-or-later
#include "versionstring.h"

#include "version.h"

namespace Akari
{

QString canonicalizeVersion(QStringView version, bool stripTrailingZeros)
{
    const Result<Version> parsed = Version::parse(version);
    if (!parsed)
        return version.toString();
    return canonicalizeVersion(*parsed, stripTrailingZeros);
}

QString canonicalizeVersion(const Version &version, bool stripTrailingZeros)
{
    return stripTrailingZeros ? version.canonicalString() : version.toString();
}

} // namespace Akari
