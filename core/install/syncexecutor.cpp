// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncexecutor.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcessEnvironment>

#include "../index/indexconfiguration.h"
#include "../index/indexcredentials.h"
#include "../index/simpleindexclient.h"
#include "../jobs/jobcontext.h"
#include "../project/tomldocument.h"
#include "environmenttransaction.h"
#include "environmentverifier.h"
#include "filelinker.h"
#include "syncprogress.h"
#include "wheelcache.h"
#include "wheeldownloader.h"
#include "wheelinstaller.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr qint64 ReportIntervalMs = 50; // at most 20 reports per second
constexpr int UnpackThreads = 2;

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(bytes, 0), 1, QLocale::DataSizeTraditionalFormat);
}

QString secondsText(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

/// The shared SyncProgress snapshot; every change goes through update(), which reports the
/// whole snapshot at most every ReportIntervalMs (always when forced).
class ProgressTracker
{
public:
    ProgressTracker(JobContext *context, SyncProgress initial)
        : m_context(context)
        , m_progress(std::move(initial))
    {
        m_sinceReport.start();
        m_sinceStart.start();
    }

    template<typename Change>
    void update(Change change, bool force = false)
    {
        std::lock_guard lock(m_mutex);
        change(m_progress);
        if (m_progress.phase == SyncProgress::Phase::Downloading) {
            const double seconds = double(m_sinceStart.elapsed()) / 1000.0;
            m_progress.bytesPerSecond = seconds > 0.2 ? double(m_progress.bytesDone) / seconds : 0;
            const qint64 left = m_progress.bytesTotal - m_progress.bytesDone;
            m_progress.etaSeconds =
                m_progress.bytesPerSecond > 0 && left >= 0 ? qint64(double(left) / m_progress.bytesPerSecond) : -1;
        }
        if (!m_context || (!force && m_sinceReport.elapsed() < ReportIntervalMs))
            return;
        m_sinceReport.restart();
        JobProgress report;
        report.phase = SyncProgress::phaseName(m_progress.phase);
        report.bytesDone = m_progress.bytesDone;
        report.bytesTotal = m_progress.bytesTotal > 0 ? m_progress.bytesTotal : -1;
        report.stepsTotal = m_progress.packages.size();
        for (const SyncPackageProgress &row : std::as_const(m_progress.packages)) {
            if (row.stage == SyncPackageProgress::Stage::Done)
                ++report.stepsDone;
            else if (report.item.isEmpty() && row.stage != SyncPackageProgress::Stage::Waiting)
                report.item = row.name;
        }
        report.detail = QVariant::fromValue(m_progress);
        m_context->reportProgress(report);
    }

    void setPhase(SyncProgress::Phase phase)
    {
        update([phase](SyncProgress &progress) { progress.phase = phase; }, true);
    }

    void setStage(int row, SyncPackageProgress::Stage stage, bool force = true)
    {
        update([row, stage](SyncProgress &progress) { progress.packages[row].stage = stage; }, force);
    }

    void restartClock() { m_sinceStart.restart(); }

private:
    JobContext *m_context;
    std::mutex m_mutex;
    SyncProgress m_progress;
    QElapsedTimer m_sinceReport;
    QElapsedTimer m_sinceStart;
};

/// One package that is installed by the sync: where its wheel comes from and, once fetched, the tree.
struct Fetch
{
    int row = 0; ///< in SyncProgress::packages
    ResolvedPackage package;
    QString archivePath;
    std::optional<UnpackedWheel> wheel;
    qint64 downloadStartMs = -1;
};

/// The first error of several threads wins; later ones are dropped.
class FirstError
{
public:
    void set(const Error &error)
    {
        std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = error;
        m_failed = true;
    }
    [[nodiscard]] bool failed() const { return m_failed.load(); }
    [[nodiscard]] Error error() const
    {
        std::lock_guard lock(m_mutex);
        return m_error.value_or(Error::cancelled());
    }

private:
    mutable std::mutex m_mutex;
    std::optional<Error> m_error;
    std::atomic<bool> m_failed = false;
};

/// A small pool that unpacks archives into the cache while other downloads still run.
class UnpackPool
{
public:
    using Task = std::function<void()>;

    explicit UnpackPool(int threads)
    {
        for (int i = 0; i < threads; ++i)
            m_threads.emplace_back([this] { loop(); });
    }
    ~UnpackPool() { finish(); }

    void post(Task task)
    {
        {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
    }

    /// Runs what was posted, then joins the threads.
    void finish()
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
        }
        m_wake.notify_all();
        for (std::thread &thread : m_threads) {
            if (thread.joinable())
                thread.join();
        }
    }

private:
    void loop()
    {
        for (;;) {
            Task task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_closed || !m_tasks.empty(); });
                if (m_tasks.empty())
                    return;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_closed = false;
    std::vector<std::thread> m_threads;
};

/// Credentials for the files of the project's indexes: the same rules as the index pages.
std::function<std::optional<HttpCredentials>(const DistributionFile &)> credentialsFor(const QString &projectDirectory)
{
    const QString path = QDir(projectDirectory).filePath(u"pyproject.toml"_s);
    QFile pyproject(path);
    QList<PackageIndex> indexes;
    if (pyproject.open(QIODevice::ReadOnly)) {
        const Result<TomlDocument> document = TomlDocument::parse(pyproject.readAll(), path);
        if (document) {
            const Result<IndexConfiguration> configuration =
                IndexConfiguration::read(*document, QProcessEnvironment::systemEnvironment());
            if (configuration)
                indexes = configuration->indexes();
        }
    }
    auto credentials = std::make_shared<IndexCredentials>(IndexCredentials::fromSystem());
    return [indexes, credentials](const DistributionFile &file) -> std::optional<HttpCredentials> {
        for (const PackageIndex &index : indexes) {
            if ((!file.indexName.isEmpty() && index.name == file.indexName) || index.displayUrl() == file.indexUrl)
                return credentials->forRequest(index, file.url);
        }
        return std::nullopt;
    };
}

/// \a distribution as it appears in the staged copy at \a stageRoot of \a environmentPath.
InstalledDistribution inStage(InstalledDistribution distribution, const QString &environmentPath,
                              const QString &stageRoot)
{
    const QString from = QDir::cleanPath(QFileInfo(environmentPath).absoluteFilePath());
    const QString path = QDir::cleanPath(distribution.distInfoPath);
    if (path.startsWith(from + u'/'))
        distribution.distInfoPath = QDir::cleanPath(stageRoot) + path.mid(from.size());
    return distribution;
}

/// Imports the PyTorch packages with the environment's Python (when asked) and ends the outcome.
Result<ProjectSync::Outcome> verify(const SyncPlan &plan, const ProjectSync::Settings &settings,
                                    ProgressTracker &tracker, const std::function<bool()> &isCancelled,
                                    const QElapsedTimer &clock, ProjectSync::Outcome outcome)
{
    if (settings.verify) {
        tracker.setPhase(SyncProgress::Phase::Verifying);
        QStringList names;
        for (const ResolvedPackage &package : plan.resolution.packages)
            names.append(package.name.canonical());
        const Result<EnvironmentLayout> finalLayout = EnvironmentLayout::forExisting(plan.environmentPath);
        const QString python = finalLayout ? finalLayout->python : QDir(plan.environmentPath).filePath(u"bin/python"_s);
        // The environment is complete now; a cancelled verification only skips the report.
        const Result<EnvironmentVerification> verification =
            EnvironmentVerifier::verify(python, EnvironmentVerifier::modulesFor(names), isCancelled);
        if (!verification && verification.error().code() != Error::Code::Cancelled)
            return fail(verification.error());
        if (verification) {
            outcome.verified = true;
            outcome.verification = *verification;
        }
    }
    outcome.elapsedMs = clock.elapsed();
    tracker.update([](SyncProgress &) {}, true);
    return outcome;
}

} // namespace

Result<ProjectSync::Outcome> SyncExecutor::run(const SyncPlan &plan, const ProjectSync::Settings &settings,
                                               const std::shared_ptr<SimpleIndexClient> &client, JobContext *context)
{
    QElapsedTimer clock;
    clock.start();
    const auto log = [&settings](const QString &line) {
        if (settings.log)
            settings.log(line);
    };
    FirstError firstError;
    const std::function<bool()> isCancelled = [context, &firstError] {
        return firstError.failed() || (context && context->isCancelled());
    };
    const auto stopped = [&]() -> Error { return firstError.failed() ? firstError.error() : Error::cancelled(); };

    ProjectSync::Outcome outcome;
    outcome.plan = plan;

    // A row per changing package, in plan order.
    SyncProgress initial;
    initial.phase = SyncProgress::Phase::Downloading;
    QList<Fetch> fetches;
    QList<int> rowOfAction(plan.actions.size(), -1);
    for (qsizetype i = 0; i < plan.actions.size(); ++i) {
        const SyncAction &action = plan.actions.at(i);
        if (!action.changes())
            continue;
        SyncPackageProgress row;
        row.name = action.name.canonical();
        const std::optional<Version> version = action.targetVersion ? action.targetVersion : action.installedVersion;
        row.version = version ? version->toString() : QString();
        row.kind = action.kind;
        rowOfAction[i] = int(initial.packages.size());
        if (action.kind != SyncAction::Kind::Remove && action.package) {
            Fetch fetch;
            fetch.row = rowOfAction[i];
            fetch.package = *action.package;
            row.bytesTotal = action.package->file.size;
            fetches.append(fetch);
        }
        initial.packages.append(row);
    }
    ProgressTracker tracker(context, initial);
    tracker.setPhase(SyncProgress::Phase::Downloading);

    // Fetching: cache hits, archives already downloaded, downloads. A download is unpacked as
    // soon as it is complete, while the others still arrive.
    const WheelCache cache(settings.wheelCacheDirectory);
    QList<WheelDownloader::Item> items;
    QList<int> fetchOfItem;
    qint64 downloadTotal = 0;
    UnpackPool pool(UnpackThreads);
    const auto unpack = [&](int index, const QString &archive, const QString &sha256) {
        pool.post([&, index, archive, sha256] {
            if (isCancelled())
                return;
            Fetch &fetch = fetches[index];
            tracker.update([&](SyncProgress &progress) {
                SyncPackageProgress &row = progress.packages[fetch.row];
                row.stage = SyncPackageProgress::Stage::Unpacking;
                row.bytesDone = 0;
                row.bytesTotal = -1;
                row.bytesPerSecond = 0;
            });
            Result<UnpackedWheel> wheel = cache.unpack(archive, sha256, isCancelled, [&](qint64 done, qint64 total) {
                tracker.update([&](SyncProgress &progress) {
                    progress.packages[fetch.row].bytesDone = done;
                    progress.packages[fetch.row].bytesTotal = total;
                });
            });
            if (!wheel) {
                tracker.setStage(fetch.row, SyncPackageProgress::Stage::Failed);
                firstError.set(wheel.error());
                return;
            }
            fetch.wheel = std::move(*wheel);
            tracker.setStage(fetch.row, SyncPackageProgress::Stage::Waiting, false);
        });
    };
    for (qsizetype i = 0; i < fetches.size(); ++i) {
        Fetch &fetch = fetches[i];
        const DistributionFile &file = fetch.package.file;
        if (file.filename.isEmpty() || !file.url.isValid()) {
            return fail(Error(Error::Code::NotFound,
                              tr("The index lists no file to install %1 %2 from.")
                                  .arg(fetch.package.name.canonical(), fetch.package.version.toString())));
        }
        if (!file.sha256.isEmpty()) {
            if (std::optional<UnpackedWheel> wheel = cache.unpacked(file.sha256)) {
                fetch.wheel = std::move(*wheel);
                tracker.update([&](SyncProgress &progress) { progress.packages[fetch.row].fromCache = true; });
                continue;
            }
        }
        fetch.archivePath = cache.archivePath(file.sha256, file.filename, file.url.toString());
        // An archive in the cache was verified before it was renamed into place.
        if (!file.sha256.isEmpty() && QFileInfo(fetch.archivePath).isFile()) {
            tracker.update([&](SyncProgress &progress) { progress.packages[fetch.row].fromCache = true; });
            unpack(int(i), fetch.archivePath, file.sha256);
            continue;
        }
        items.append({file, fetch.archivePath});
        fetchOfItem.append(int(i));
        downloadTotal += std::max<qint64>(file.size, 0);
    }
    tracker.update([&](SyncProgress &progress) { progress.bytesTotal = downloadTotal; }, true);

    if (!items.isEmpty()) {
        // Bytes per item, so the overall count is a sum that never goes backwards.
        QList<qint64> itemBytes(items.size(), 0);
        tracker.restartClock();
        WheelDownloader::Options options;
        options.maxParallel = std::max(1, settings.maxParallelDownloads);
        options.credentials = credentialsFor(plan.projectDirectory);
        options.isCancelled = isCancelled;
        options.progress = [&](const WheelDownloader::FileProgress &file) {
            Fetch &fetch = fetches[fetchOfItem.at(file.item)];
            bool done = false;
            tracker.update(
                [&](SyncProgress &progress) {
                    SyncPackageProgress &row = progress.packages[fetch.row];
                    if (row.stage == SyncPackageProgress::Stage::Waiting && fetch.downloadStartMs < 0)
                        fetch.downloadStartMs = clock.elapsed();
                    progress.bytesDone += file.bytesDone - itemBytes[file.item];
                    itemBytes[file.item] = file.bytesDone;
                    row.bytesDone = file.bytesDone;
                    row.bytesTotal = file.bytesTotal;
                    row.bytesPerSecond = file.bytesPerSecond;
                    switch (file.state) {
                    case WheelDownloader::FileProgress::State::Waiting:
                        break;
                    case WheelDownloader::FileProgress::State::Downloading:
                        row.stage = SyncPackageProgress::Stage::Downloading;
                        break;
                    case WheelDownloader::FileProgress::State::Done:
                        done = row.stage != SyncPackageProgress::Stage::Unpacking;
                        row.stage = SyncPackageProgress::Stage::Waiting;
                        break;
                    case WheelDownloader::FileProgress::State::Failed:
                        row.stage = SyncPackageProgress::Stage::Failed;
                        break;
                    }
                },
                file.state != WheelDownloader::FileProgress::State::Downloading);
            if (done && !fetch.package.file.sha256.isEmpty() && !fetch.wheel) {
                const qint64 ms = fetch.downloadStartMs < 0 ? 0 : clock.elapsed() - fetch.downloadStartMs;
                log(tr("Downloaded %1 %2 (%3) in %4 s")
                        .arg(fetch.package.name.canonical(), fetch.package.version.toString(), sizeText(file.bytesDone),
                             secondsText(ms)));
                unpack(fetchOfItem.at(file.item), fetch.archivePath, fetch.package.file.sha256);
            }
        };
        const Result<QList<WheelDownloader::Downloaded>> downloaded =
            WheelDownloader(client->http()).download(items, options);
        if (!downloaded) {
            firstError.set(downloaded.error());
            pool.finish();
            return fail(firstError.error());
        }
        for (qsizetype i = 0; i < downloaded->size(); ++i) {
            outcome.bytesDownloaded += downloaded->at(i).size;
            const int index = fetchOfItem.at(i);
            // Files the index gave no digest for are keyed by the one computed while streaming.
            if (fetches.at(index).package.file.sha256.isEmpty())
                unpack(index, downloaded->at(i).path, downloaded->at(i).sha256);
        }
    }
    pool.finish();
    if (isCancelled())
        return fail(stopped());
    for (const Fetch &fetch : std::as_const(fetches)) {
        if (!fetch.wheel) {
            return fail(
                Error(Error::Code::Internal, tr("The wheel of %1 was neither downloaded nor found in the cache %2.")
                                                 .arg(fetch.package.name.canonical(), cache.directory())));
        }
    }

    const bool removes = std::ranges::any_of(
        plan.actions, [](const SyncAction &action) { return action.kind == SyncAction::Kind::Remove; });
    if (fetches.isEmpty() && !removes && !plan.createEnvironment) {
        // Nothing to change: the environment is not touched at all.
        log(tr("The environment %1 is up to date.").arg(plan.environmentPath));
        return verify(plan, settings, tracker, isCancelled, clock, std::move(outcome));
    }

    // Installing, in a staged copy of the environment.
    tracker.setPhase(SyncProgress::Phase::Installing);
    EnvironmentTransaction::Options transactionOptions;
    transactionOptions.recreate = plan.createEnvironment && QFileInfo::exists(plan.environmentPath);
    transactionOptions.isCancelled = isCancelled;
    Result<EnvironmentTransaction> transaction =
        EnvironmentTransaction::begin(plan.environmentPath, plan.interpreter, transactionOptions);
    if (!transaction)
        return fail(transaction.error());
    const EnvironmentLayout &layout = transaction->layout();
    if (transaction->createdEnvironment())
        log(tr("Created the environment %1 with %2").arg(plan.environmentPath, plan.interpreter.description()));
    else
        log(tr("Staging the change in %1").arg(layout.root));

    QElapsedTimer installClock;
    installClock.start();
    // Replaced and removed distributions go first, so new files never clash with old ones.
    int removed = 0;
    if (!transaction->createdEnvironment()) {
        for (qsizetype i = 0; i < plan.actions.size(); ++i) {
            const SyncAction &action = plan.actions.at(i);
            if (!action.changes() || !action.installed)
                continue;
            if (isCancelled())
                return fail(stopped());
            const int row = rowOfAction.at(i);
            if (action.kind == SyncAction::Kind::Remove)
                tracker.setStage(row, SyncPackageProgress::Stage::Removing, false);
            const Result<void> uninstalled =
                WheelInstaller::uninstall(inStage(*action.installed, plan.environmentPath, layout.root), layout);
            if (!uninstalled) {
                tracker.setStage(row, SyncPackageProgress::Stage::Failed);
                return fail(uninstalled.error());
            }
            if (action.kind == SyncAction::Kind::Remove) {
                tracker.setStage(row, SyncPackageProgress::Stage::Done, false);
                log(tr("Removed %1 %2").arg(action.name.canonical(), action.installedVersion->toString()));
                ++removed;
            }
        }
    }

    // Packages write disjoint files, so they install in parallel with one shared linker.
    FileLinker linker;
    std::atomic<int> next = 0;
    std::atomic<int> filesLinked = 0;
    std::atomic<int> filesWritten = 0;
    const auto installLoop = [&] {
        for (int index = next++; index < fetches.size(); index = next++) {
            if (isCancelled())
                return;
            const Fetch &fetch = fetches.at(index);
            tracker.setStage(fetch.row, SyncPackageProgress::Stage::Installing, false);
            WheelInstaller::Options options;
            options.requested = fetch.package.direct;
            options.isCancelled = isCancelled;
            const Result<WheelInstaller::Installed> installed =
                WheelInstaller::install(*fetch.wheel, layout, linker, options);
            if (!installed) {
                tracker.setStage(fetch.row, SyncPackageProgress::Stage::Failed);
                firstError.set(installed.error());
                return;
            }
            filesLinked += installed->filesLinked;
            filesWritten += installed->filesWritten;
            tracker.setStage(fetch.row, SyncPackageProgress::Stage::Done, false);
        }
    };
    {
        const int threads = std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
        std::vector<std::thread> workers;
        for (int i = 1; i < std::min<int>(threads, int(fetches.size())); ++i)
            workers.emplace_back(installLoop);
        installLoop();
        for (std::thread &worker : workers)
            worker.join();
    }
    if (isCancelled())
        return fail(stopped());
    outcome.filesLinked = filesLinked;
    outcome.filesCopied = linker.mode() == FileLinker::Mode::Copy ? filesLinked.load() : 0;
    outcome.copiedAcrossFilesystems = linker.copiedAcrossFilesystems();
    if (outcome.copiedAcrossFilesystems)
        log(FileLinker::copyNotice());
    if (!fetches.isEmpty()) {
        log(tr("Installed %n package(s) in %1 s", nullptr, int(fetches.size()))
                .arg(secondsText(installClock.elapsed())));
    }

    tracker.setPhase(SyncProgress::Phase::Committing);
    if (isCancelled())
        return fail(stopped());
    const Result<void> committed = transaction->commit();
    if (!committed)
        return fail(committed.error());
    if (settings.committed)
        settings.committed();
    outcome.changed = !fetches.isEmpty() || removed > 0 || plan.createEnvironment;

    return verify(plan, settings, tracker, isCancelled, clock, std::move(outcome));
}

} // namespace Akari
