// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpretrypolicy.h"

#include <algorithm>

#include <QRandomGenerator>

namespace Akari
{

bool HttpRetryPolicy::isRetryableStatus(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

bool HttpRetryPolicy::isRetryableError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolFailure: // a garbled or half-sent answer
        return true;
    default:
        return false;
    }
}

int HttpRetryPolicy::backoffMs(int baseMs, int retry)
{
    // A minute at most, however many retries a caller asks for.
    constexpr qint64 Ceiling = 60000;
    const int shift = std::clamp(retry - 1, 0, 20);
    const qint64 delay = std::min(Ceiling, static_cast<qint64>(std::max(baseMs, 0)) << shift);
    const qint64 jitter = delay > 0 ? QRandomGenerator::global()->bounded(delay / 2 + 1) : 0;
    return static_cast<int>(std::min(Ceiling, delay + jitter));
}

} // namespace Akari
