// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include "httpmessage.h"
#include "netrcfile.h"
#include "packageindex.h"

namespace Akari
{

/**
 * \brief Finds the credentials for an index's requests, in uv's order: the URL's own userinfo,
 *        then `UV_INDEX_<NAME>_USERNAME` / `_PASSWORD` for a named index (NAME upper-cased,
 *        every character other than A-Z and 0-9 replaced by `_`), then `~/.netrc` for the host.
 *
 * A URL with only a username takes the password from the environment or netrc when they
 * give one for that username. Credentials found for an index are used only for URLs on the
 * index's own origin (scheme, host, port): a file hosted elsewhere gets none.
 * Value type; thread-safe to use once made.
 */
class IndexCredentials final
{
public:
    IndexCredentials() = default;
    IndexCredentials(QProcessEnvironment environment, NetrcFile netrc);

    /// From the process environment and NetrcFile::defaultPath() (an unreadable netrc is ignored).
    [[nodiscard]] static IndexCredentials fromSystem();

    /// `UV_INDEX_<NAME>_USERNAME`'s NAME part for \a indexName.
    [[nodiscard]] static QString environmentName(const QString &indexName);

    /// Credentials for \a requestUrl, fetched on behalf of \a index; nullopt when none apply
    /// (other origin, none known, or index.authenticate is Never).
    [[nodiscard]] std::optional<HttpCredentials> forRequest(const PackageIndex &index, const QUrl &requestUrl) const;

private:
    QProcessEnvironment m_environment;
    NetrcFile m_netrc;
};

} // namespace Akari
