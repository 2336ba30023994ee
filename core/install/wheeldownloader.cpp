// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheeldownloader.h"

#include <deque>
#include <filesystem>
#include <mutex>
#include <system_error>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include "../index/httpclient.h"
#include "../logging/logcategories.h"
#include "streamingfilewriter.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// How often the driving thread looks at its transfers and at the cancel check.
constexpr unsigned long PollMs = 10;
/// Progress of one file is reported at most this often (Done/Failed always).
constexpr qint64 ProgressIntervalMs = 50;
/// bytesPerSecond is measured over this much recent time.
constexpr qint64 RateWindowMs = 3000;
/// Starting over (a 200 or 416 to a range, a range that does not fit) at most this often.
constexpr int MaxRestarts = 2;

using State = WheelDownloader::FileProgress::State;

/// `bytes first-last/total` or `bytes */total`: (first, total); -1 where absent or unknown.
std::pair<qint64, qint64> parseContentRange(const QByteArray &value)
{
    const QByteArray spec = value.trimmed();
    if (!spec.startsWith("bytes "))
        return {-1, -1};
    const QByteArray rest = spec.mid(6).trimmed();
    const qsizetype slash = rest.indexOf('/');
    if (slash < 0)
        return {-1, -1};
    bool okTotal = false;
    const qint64 total = rest.mid(slash + 1).toLongLong(&okTotal);
    const QByteArray span = rest.left(slash);
    bool okFirst = false;
    const qint64 first = span == "*" ? -1 : span.left(span.indexOf('-')).toLongLong(&okFirst);
    return {okFirst ? first : -1, okTotal ? total : -1};
}

/**
 * One file on its way. The network thread reaches it through the request's callbacks; the
 * driving thread when its transfer is finished or abandoned. The mutex serialises both.
 */
struct FileTask
{
    int item = 0;
    WheelDownloader::Item source;
    QString where; ///< the URL without userinfo
    std::function<void(const WheelDownloader::FileProgress &)> progress;

    std::mutex mutex;
    StreamingFileWriter writer;
    bool closed = false;        ///< the sink refuses from now on
    std::optional<Error> error; ///< why the sink refused (e.g. a full disk)
    bool restart = false;       ///< the server's answer did not fit what we hold: start over
    bool resumable = false;     ///< the server takes ranges (Accept-Ranges or a 206)
    bool resumed = false;       ///< the file continues bytes from before a 206
    qint64 total = -1;
    qint64 attemptStart = 0; ///< bytes held when the current try began
    int resumes = 0;
    int restarts = 0;
    std::shared_ptr<HttpClient::Pending> pending;

    QElapsedTimer clock;
    qint64 lastReportMs = -ProgressIntervalMs;
    std::deque<std::pair<qint64, qint64>> samples; ///< (ms, bytes) within the rate window

    explicit FileTask(QString partPath)
        : writer(std::move(partPath))
    {
        clock.start();
    }

    /// With the mutex held.
    void report(State state, bool force)
    {
        if (!progress)
            return;
        const qint64 now = clock.elapsed();
        if (!force && now - lastReportMs < ProgressIntervalMs)
            return;
        lastReportMs = now;
        const qint64 bytes = writer.size();
        if (!samples.empty() && samples.back().second > bytes)
            samples.clear(); // started over
        samples.emplace_back(now, bytes);
        while (samples.size() > 2 && samples.front().first < now - RateWindowMs)
            samples.pop_front();
        WheelDownloader::FileProgress file;
        file.item = item;
        file.state = state;
        file.bytesDone = bytes;
        file.bytesTotal = total >= 0 ? total : source.file.size;
        const auto &[firstMs, firstBytes] = samples.front();
        if (now > firstMs)
            file.bytesPerSecond = double(bytes - firstBytes) * 1000.0 / double(now - firstMs);
        progress(file);
    }

    /// Network thread: a 2xx answer's head.
    bool onStart(const HttpResponse &head)
    {
        const std::lock_guard lock(mutex);
        if (closed)
            return false;
        resumable = resumable || head.status == 206 || head.header("accept-ranges").contains("bytes");
        if (head.status == 206) {
            const auto [first, fullSize] = parseContentRange(head.header("content-range"));
            if (first != writer.size()) {
                restart = true; // not the bytes that follow ours
                return false;
            }
            total = fullSize;
            resumed = resumed || first > 0;
            return true;
        }
        // Any other 2xx is the whole file: what we hold is not needed.
        if (writer.size() > 0) {
            if (auto emptied = writer.restart(); !emptied) {
                error = emptied.error();
                return false;
            }
        }
        resumed = false;
        bool known = false;
        const qint64 length = head.header("content-length").trimmed().toLongLong(&known);
        total = known ? length : source.file.size;
        return true;
    }

    /// Network thread: some of the body.
    bool onChunk(QByteArrayView chunk)
    {
        const std::lock_guard lock(mutex);
        if (closed)
            return false;
        if (auto written = writer.write(chunk); !written) {
            error = written.error();
            return false;
        }
        report(State::Downloading, false);
        return true;
    }

    /// With the mutex held: stops the sink and keeps the `.part` only when it can be continued.
    void abandon(bool keepIfResumable)
    {
        closed = true;
        if (keepIfResumable && resumable && writer.size() > 0)
            writer.close();
        else
            writer.remove();
        report(State::Failed, true);
    }
};

enum class Step : quint8
{
    Again, ///< start another try (resume or start over)
    Done,
    Failed,
};
} // namespace

WheelDownloader::WheelDownloader(std::shared_ptr<HttpClient> client)
    : m_client(std::move(client))
{}

Result<QList<WheelDownloader::Downloaded>> WheelDownloader::download(const QList<Item> &items,
                                                                     const Options &options) const
{
    QList<Downloaded> results(items.size());
    std::vector<std::shared_ptr<FileTask>> tasks;
    tasks.reserve(items.size());
    for (qsizetype index = 0; index < items.size(); ++index) {
        auto task = std::make_shared<FileTask>(items.at(index).destination + u".part"_s);
        task->item = int(index);
        task->source = items.at(index);
        task->where = HttpClient::displayUrl(task->source.file.url);
        task->progress = options.progress;
        const std::lock_guard lock(task->mutex);
        task->report(State::Waiting, true);
        tasks.push_back(std::move(task));
    }
    const int maxResumes = std::max(1, m_client->options().retries);

    // Starts a try of \a task: the first one opens (and maybe continues) the `.part`.
    const auto begin = [&](FileTask &task, bool first) -> Result<void> {
        HttpRequest request;
        {
            const std::lock_guard lock(task.mutex);
            if (first) {
                const bool hasPart = QFileInfo(task.writer.path()).size() > 0;
                if (auto opened = task.writer.open(hasPart); !opened)
                    return fail(opened.error());
            } else if (std::exchange(task.restart, false)) {
                if (auto emptied = task.writer.restart(); !emptied)
                    return fail(emptied.error());
                task.resumed = false;
            }
            task.closed = false;
            task.error.reset();
            task.attemptStart = task.writer.size();
            request.url = task.source.file.url;
            request.cachePolicy = HttpRequest::CachePolicy::NoStore;
            if (task.attemptStart > 0)
                request.range = std::pair<qint64, qint64>{task.attemptStart, -1};
            task.report(State::Downloading, true);
        }
        if (options.credentials)
            request.credentials = options.credentials(task.source.file);
        // The callbacks hold the task: the network thread may call them after we let go.
        const std::shared_ptr<FileTask> shared = tasks.at(task.item);
        request.bodyStart = [shared](const HttpResponse &head) { return shared->onStart(head); };
        request.bodySink = [shared](QByteArrayView chunk) { return shared->onChunk(chunk); };
        task.pending = m_client->start(request);
        return {};
    };

    // Looks at a finished try of \a task: the next step, and the error when it failed.
    const auto settle = [&](FileTask &task, Error &error) -> Step {
        const Result<HttpResponse> result = task.pending->wait();
        const std::lock_guard lock(task.mutex);
        const QString &filename = task.source.file.filename;
        const auto failWith = [&](Error why, bool keepIfResumable) {
            error = std::move(why);
            task.abandon(keepIfResumable);
            return Step::Failed;
        };
        const auto startOver = [&] {
            if (task.restarts >= MaxRestarts)
                return false;
            ++task.restarts;
            task.restart = true;
            return true;
        };

        if (!result) {
            if (task.error)
                return failWith(*task.error, false); // the disk, not the network
            if (task.restart && startOver())
                return Step::Again;
            if (result.error().code() == Error::Code::Cancelled)
                return failWith(result.error(), true);
            // Cut off mid-body: continue from what arrived (a server without ranges answers 200,
            // which starts over).
            if (task.writer.size() > task.attemptStart && task.resumes < maxResumes) {
                ++task.resumes;
                qCInfo(lcNet).noquote() << "resuming" << task.where << "from byte" << task.writer.size();
                return Step::Again;
            }
            return failWith(Error(Error::Code::Network,
                                  tr("Could not download %1: %2").arg(filename, result.error().message()), task.where),
                            true);
        }

        const HttpResponse &response = *result;
        if (response.status == 416) {
            // Our `.part` reaches the end already (complete, or longer than the file).
            const qint64 fullSize = parseContentRange(response.header("content-range")).second;
            if (fullSize < 0 || fullSize != task.writer.size()) {
                if (startOver())
                    return Step::Again;
            } else {
                task.total = fullSize;
                task.resumed = true;
            }
        }
        if (!response.isSuccess() && response.status != 416)
            return failWith(Error(Error::Code::Network,
                                  tr("Could not download %1 from %2: the server answered HTTP %3.")
                                      .arg(filename, task.where, QString::number(response.status)),
                                  task.where),
                            false);
        if (response.status == 416 && task.total != task.writer.size())
            return failWith(
                Error(
                    Error::Code::Network,
                    tr("Could not download %1 from %2: the server refused every byte range.").arg(filename, task.where),
                    task.where),
                false);

        const qint64 size = task.writer.size();
        if (task.total >= 0 && size != task.total)
            return failWith(
                Error(Error::Code::Network,
                      tr("The download of %1 from %2 ended after %3 of %4 bytes.")
                          .arg(filename, task.where, QLocale().toString(size), QLocale().toString(task.total)),
                      task.where),
                true);
        const QString digest = task.writer.sha256();
        const QString &expected = task.source.file.sha256;
        if (!expected.isEmpty() && expected.compare(digest, Qt::CaseInsensitive) != 0)
            return failWith(Error(Error::Code::Network,
                                  tr("The file %1 downloaded from %2 does not have the index's sha256 digest: "
                                     "expected %3, got %4.")
                                      .arg(filename, task.where, expected.toLower(), digest),
                                  task.where),
                            false);
        task.writer.close();
        task.closed = true;
        std::error_code failure;
        // std::filesystem::rename replaces an existing destination atomically (rename(2)).
        std::filesystem::rename(task.writer.path().toStdString(), task.source.destination.toStdString(), failure);
        if (failure)
            return failWith(
                Error(Error::Code::Io,
                      tr("Could not move %1 to %2: %3")
                          .arg(task.writer.path(), task.source.destination, QString::fromLocal8Bit(failure.message())),
                      task.source.destination),
                false);
        results[task.item] = Downloaded{task.source.destination, digest, size, task.resumed};
        task.report(State::Done, true);
        return Step::Done;
    };

    const std::size_t parallel = std::size_t(std::max(1, options.maxParallel));
    std::size_t next = 0;
    std::vector<std::shared_ptr<FileTask>> active;
    std::optional<Error> failure;
    while (!failure) {
        if (options.isCancelled && options.isCancelled()) {
            failure = Error::cancelled();
            break;
        }
        while (!failure && active.size() < parallel && next < tasks.size()) {
            const std::shared_ptr<FileTask> &task = tasks.at(next++);
            if (auto started = begin(*task, true); !started) {
                const std::lock_guard lock(task->mutex);
                task->abandon(false);
                failure = started.error();
            } else {
                active.push_back(task);
            }
        }
        if (failure || active.empty())
            break;

        bool changed = false;
        for (auto it = active.begin(); it != active.end() && !failure;) {
            FileTask &task = **it;
            if (!task.pending->isFinished()) {
                ++it;
                continue;
            }
            changed = true;
            Error error;
            switch (settle(task, error)) {
            case Step::Again:
                if (auto started = begin(task, false); !started) {
                    const std::lock_guard lock(task.mutex);
                    task.abandon(false);
                    failure = started.error();
                    it = active.erase(it);
                } else {
                    ++it;
                }
                break;
            case Step::Done:
                it = active.erase(it);
                break;
            case Step::Failed:
                failure = error;
                it = active.erase(it);
                break;
            }
        }
        if (!changed)
            QThread::msleep(PollMs);
    }

    if (failure) {
        // The first failure wins: stop the others, keeping what can be continued next time.
        for (const std::shared_ptr<FileTask> &task : active) {
            task->pending->cancel();
            const std::lock_guard lock(task->mutex);
            task->abandon(true);
        }
        return fail(*failure);
    }
    return results;
}

} // namespace Akari
