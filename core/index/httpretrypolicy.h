// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QNetworkReply>

namespace Akari
{

/**
 * \brief Which failures HttpClient tries again, and how long it waits before each try.
 *
 * Transient trouble is retried (connection refused or reset, timeouts, proxies that drop the
 * connection, bodies cut short, 5xx and 429 answers), as uv does; answers that will not change
 * (4xx, TLS failures, an unknown host) are not.
 */
class HttpRetryPolicy final
{
public:
    /// A 5xx or 429 answer: the server may answer differently in a moment.
    [[nodiscard]] static bool isRetryableStatus(int status);
    /// A transport error that a new connection may not meet again.
    [[nodiscard]] static bool isRetryableError(QNetworkReply::NetworkError error);
    /// Milliseconds to wait before retry number \a retry (1-based): \a baseMs doubled each time,
    /// plus up to half of that again at random so that many clients do not retry in step.
    [[nodiscard]] static int backoffMs(int baseMs, int retry);
};

} // namespace Akari
