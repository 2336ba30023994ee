// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../error.h"
#include "../index/httpmessage.h"
#include "../resolve/candidate.h"

namespace Akari
{

class HttpClient;

/**
 * \brief Downloads distribution files in parallel (bounded), streamed to disk, each verified
 *        against the index's sha256, resumable with range requests.
 *
 * A file is written to `destination + ".part"` as it arrives (never held in memory whole),
 * hashed on the way, and renamed to `destination` only when complete and its digest equals
 * DistributionFile::sha256 (when the index gave one). A `.part` left by an interrupted run is
 * continued with `Range: bytes=N-` when the server answers 206 (a 200 starts over); a
 * connection that drops mid-body is continued the same way, up to the client's retries.
 * A wrong hash, a short body, a server error or cancellation removes the `.part` of a file
 * that cannot be continued and leaves `destination` untouched. When one file fails the others
 * are cancelled and the first error is returned (Error::Code::Network or Io, naming the file
 * and URL without credentials; a hash mismatch gives both digests).
 */
class WheelDownloader final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelDownloader)

public:
    struct Item
    {
        DistributionFile file;
        QString destination; ///< the final path; its folder must exist
    };

    /// Where one file stands. Reported often; rate and ETA are over the last few seconds.
    struct FileProgress
    {
        enum class State : quint8
        {
            Waiting,
            Downloading,
            Done,
            Failed,
        };
        int item = 0; ///< index into the items
        State state = State::Waiting;
        qint64 bytesDone = 0;
        qint64 bytesTotal = -1; ///< from Content-Length or DistributionFile::size
        double bytesPerSecond = 0;
    };

    struct Options
    {
        int maxParallel = 8;
        /// Credentials for a file's URL (the index's, same origin only); may be empty.
        std::function<std::optional<HttpCredentials>(const DistributionFile &)> credentials;
        /// Called from worker or network threads, possibly concurrently; must be thread-safe
        /// and quick. At most every ~50 ms per file, and always for Done/Failed.
        std::function<void(const FileProgress &)> progress;
        std::function<bool()> isCancelled;
    };

    /// One finished file.
    struct Downloaded
    {
        QString path;
        QString sha256; ///< the digest computed while streaming (hex)
        qint64 size = 0;
        bool resumed = false; ///< continued from an earlier `.part`
    };

    explicit WheelDownloader(std::shared_ptr<HttpClient> client);

    /// Downloads \a items (blocking; call from a Job). Results are in the items' order.
    [[nodiscard]] Result<QList<Downloaded>> download(const QList<Item> &items, const Options &options) const;

private:
    std::shared_ptr<HttpClient> m_client;
};

} // namespace Akari
