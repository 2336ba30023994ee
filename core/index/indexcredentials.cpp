// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexcredentials.h"

#include "../logging/logcategories.h"
#include "httpurl.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// The userinfo of \a url, when it has any.
std::optional<HttpCredentials> userInfoOf(const QUrl &url)
{
    HttpCredentials credentials{url.userName(QUrl::FullyDecoded), url.password(QUrl::FullyDecoded)};
    if (credentials.isEmpty())
        return std::nullopt;
    return credentials;
}
} // namespace

IndexCredentials::IndexCredentials(QProcessEnvironment environment, NetrcFile netrc)
    : m_environment(std::move(environment))
    , m_netrc(std::move(netrc))
{}

IndexCredentials IndexCredentials::fromSystem()
{
    // An unreadable or malformed netrc must not stop index access: it is not used, and the log
    // says why (the error names the file and line, never a value).
    Result<NetrcFile> netrc = NetrcFile::load(NetrcFile::defaultPath());
    if (!netrc)
        qCWarning(lcNet).noquote() << "netrc ignored:" << netrc.error().toString();
    return IndexCredentials(QProcessEnvironment::systemEnvironment(), netrc ? std::move(*netrc) : NetrcFile());
}

QString IndexCredentials::environmentName(const QString &indexName)
{
    QString name;
    for (const char32_t c : indexName.toUcs4()) {
        if ((c >= 'a' && c <= 'z'))
            name.append(QChar(char16_t(c - 'a' + 'A')));
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            name.append(QChar(char16_t(c)));
        else
            name.append(u'_');
    }
    return name;
}

std::optional<HttpCredentials> IndexCredentials::forRequest(const PackageIndex &index, const QUrl &requestUrl) const
{
    if (index.authenticate == PackageIndex::Authenticate::Never || !HttpUrl::sameOrigin(index.url, requestUrl))
        return std::nullopt;

    // 1. userinfo: the request's own, else the index URL's.
    std::optional<HttpCredentials> fromUrl = userInfoOf(requestUrl);
    if (!fromUrl)
        fromUrl = userInfoOf(index.url);
    if (fromUrl && !fromUrl->password.isEmpty())
        return fromUrl;

    // 2. UV_INDEX_<NAME>_USERNAME / _PASSWORD, for named indexes only.
    std::optional<HttpCredentials> fromEnvironment;
    if (!index.name.isEmpty()) {
        const QString prefix = u"UV_INDEX_"_s + environmentName(index.name);
        HttpCredentials credentials{m_environment.value(prefix + u"_USERNAME"_s),
                                    m_environment.value(prefix + u"_PASSWORD"_s)};
        if (!credentials.isEmpty())
            fromEnvironment = credentials;
    }

    // 3. netrc by host.
    const std::optional<HttpCredentials> fromNetrc = m_netrc.credentialsFor(requestUrl.host());

    if (fromUrl) {
        // A username without a password: completed by a source that names the same user.
        for (const std::optional<HttpCredentials> &other : {fromEnvironment, fromNetrc}) {
            if (other && !other->password.isEmpty() &&
                (other->username.isEmpty() || other->username == fromUrl->username))
                return HttpCredentials{fromUrl->username, other->password};
        }
        return fromUrl;
    }
    if (fromEnvironment) {
        // An environment username alone takes netrc's password for that user.
        if (fromEnvironment->password.isEmpty() && fromNetrc && fromNetrc->username == fromEnvironment->username)
            return HttpCredentials{fromEnvironment->username, fromNetrc->password};
        return fromEnvironment;
    }
    return fromNetrc;
}

} // namespace Akari
