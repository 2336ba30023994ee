// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "httpclient.h"

namespace Akari
{

/**
 * \brief Reads one wheel's `NAME-VERSION.dist-info/METADATA` from a server with HTTP range
 *        requests, without downloading the wheel: libarchive's seekable zip reader walks the
 *        central directory through read/seek callbacks that fetch byte ranges on demand
 *        (blocks of 64 KiB, the last 64 KiB first since the central directory is at the end).
 *
 * Fails with Error::Code::Network when the server does not honour ranges (a 200 instead of
 * 206; the caller may then download the whole file) — rangesUnsupported() tells that case
 * apart — and with Error::Code::Parse when the file is not a zip or has no METADATA, or the
 * member is larger than 16 MiB.
 */
class RemoteWheelMetadata final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::RemoteWheelMetadata)

public:
    RemoteWheelMetadata() = delete;

    struct Outcome
    {
        Result<QByteArray> metadata;
        bool rangesUnsupported = false;
        int requests = 0; ///< range requests made (for tests and the benchmark)
    };

    /// \a request is the wheel's GET (URL, credentials); its range is set per read.
    [[nodiscard]] static Outcome read(HttpClient &http, const HttpRequest &request, const QString &wheelFileName,
                                      const HttpClient::CancelCheck &isCancelled = {});

    /// Reads METADATA from a whole wheel held in memory (the fallback path, and tests).
    [[nodiscard]] static Result<QByteArray> fromWheelBytes(const QByteArray &wheel, const QString &wheelFileName);
};

} // namespace Akari
