// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "httpmessage.h"

namespace Akari
{

/**
 * \brief A `.netrc` file: `machine HOST login USER password PASS` entries and `default`.
 *
 * Tokens are separated by any white space (entries may span lines or share one); `account`
 * is read and ignored; `macdef NAME` skips to the next blank line; `#` starts a comment
 * (curl's and Python's behaviour) outside quoted tokens; double-quoted tokens may hold spaces
 * and `\"`. The first `machine` entry for a host wins; `default` applies to any other host.
 * Never logs what it reads.
 */
class NetrcFile final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::NetrcFile)

public:
    NetrcFile() = default;

    /// Fails with Error::Code::Parse (file = \a fileName, with the line) on a keyword missing
    /// its value. Unknown tokens are skipped.
    [[nodiscard]] static Result<NetrcFile> parse(QByteArrayView text, const QString &fileName = {});

    /// Reads \a path; a missing file gives an empty NetrcFile.
    [[nodiscard]] static Result<NetrcFile> load(const QString &path);

    /// `$NETRC`, else `~/.netrc` (`~/_netrc` on Windows when `.netrc` is missing).
    [[nodiscard]] static QString defaultPath();

    /// The credentials for \a host (case-insensitive), else the default entry's, else nullopt.
    [[nodiscard]] std::optional<HttpCredentials> credentialsFor(const QString &host) const;

    [[nodiscard]] bool isEmpty() const { return m_machines.isEmpty() && !m_default; }

private:
    QList<std::pair<QString, HttpCredentials>> m_machines; // host lower-cased
    std::optional<HttpCredentials> m_default;
};

} // namespace Akari
