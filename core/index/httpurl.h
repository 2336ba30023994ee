// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUrl>

namespace Akari
{

/**
 * \brief The URL rules every part of the index client must apply alike: what of a URL may be
 *        sent, shown or stored, and when two URLs share an origin (credentials stay within one).
 *
 * Private helper of core/index. Pure functions; thread-safe.
 */
class HttpUrl final
{
public:
    HttpUrl() = delete;

    /// \a url without userinfo and fragment: the address a request goes to, a cache key, and
    /// what may appear in files. Percent-encoding is kept as it is.
    [[nodiscard]] static QUrl withoutCredentials(const QUrl &url);

    /// Whether \a a and \a b have the same origin (RFC 6454): scheme and host case-insensitively,
    /// and port, with http's and https's default ports filled in.
    [[nodiscard]] static bool sameOrigin(const QUrl &a, const QUrl &b);

    /// \a text (a URL as the user wrote it, perhaps invalid) with any userinfo replaced by `***`,
    /// for messages about text that QUrl cannot parse.
    [[nodiscard]] static QString redactedText(const QString &text);
};

} // namespace Akari
