// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpurl.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}
} // namespace

QUrl HttpUrl::withoutCredentials(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

bool HttpUrl::sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

QString HttpUrl::redactedText(const QString &text)
{
    // scheme://userinfo@ — the userinfo ends at the last '@' before the path.
    static const QRegularExpression userInfo(u"^(\\s*[A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"_s);
    QString redacted = text;
    return redacted.replace(userInfo, u"\\1***@"_s);
}

} // namespace Akari
