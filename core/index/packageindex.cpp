// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageindex.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString PackageIndex::displayUrl() const
{
    return url.adjusted(QUrl::RemoveUserInfo).toString();
}

bool PackageIndex::ignoresStatus(int status) const
{
    // uv: a 404 always means "not here", whatever ignore-error-codes says.
    if (status == 404)
        return true;
    if (!ignoreErrorCodes.isEmpty())
        return ignoreErrorCodes.contains(status);
    // download.pytorch.org answers 403 for projects it does not host (uv's built-in rule).
    return status == 403 && url.host().compare(u"download.pytorch.org"_s, Qt::CaseInsensitive) == 0;
}

} // namespace Akari
