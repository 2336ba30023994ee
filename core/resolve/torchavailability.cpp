// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchavailability.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

#include <QDir>
#include <QUrl>

#include "../backend/torchbackend.h"
#include "../index/indexconfiguration.h"
#include "../index/simpleindexclient.h"
#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "../pep/specifierset.h"
#include "../pep/wheelfilename.h"
#include "../project/torchpythonsupport.h"
#include "targetenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Pages are small and the HttpClient bounds the connections anyway; a few threads are plenty.
constexpr int MaxFetchThreads = 6;

struct PageTask
{
    QString backend;
    QString package;
    PackageIndex index;
    // Filled by the worker.
    std::optional<Result<SimpleIndexClient::Lookup>> lookup;
};

struct Target
{
    TargetPlatform::Os os;
    QString python;
    Version pythonVersion;
    SupportedTags tags;
};

QUrl overrideUrl(const QString &text)
{
    // A local folder (a mirror on disk) is as good as a URL.
    if (QDir::isAbsolutePath(text) && !text.contains(u"://"_s))
        return QUrl::fromLocalFile(text);
    return QUrl(text);
}

/// Public versions of \a package on \a page with a wheel for \a target, newest first.
QStringList versionsFor(const IndexPage &page, const PackageName &package, const Target &target)
{
    QList<Version> found;
    for (const IndexFile &file : page.files) {
        if (file.yanked || !file.filename.endsWith(u".whl"_s, Qt::CaseInsensitive))
            continue;
        const Result<WheelFileName> wheel = WheelFileName::parse(file.filename);
        if (!wheel || wheel->name() != package || wheel->version().isPrerelease())
            continue;
        if (!target.tags.isSupported(*wheel))
            continue;
        if (!file.requiresPython.isEmpty()) {
            // A broken specifier makes uv skip the file; do the same.
            const Result<SpecifierSet> specifiers = SpecifierSet::parse(file.requiresPython);
            if (!specifiers || !specifiers->contains(target.pythonVersion, true))
                continue;
        }
        const Version &version = wheel->version();
        if (std::ranges::none_of(
                found, [&](const Version &seen) { return seen.compare(version, Version::Scope::Public) == 0; }))
            found.append(version);
    }
    std::ranges::sort(found,
                      [](const Version &a, const Version &b) { return a.compare(b, Version::Scope::Public) > 0; });
    QStringList versions;
    versions.reserve(found.size());
    for (const Version &version : std::as_const(found))
        versions.append(version.publicVersion());
    return versions;
}

} // namespace

QStringList TorchAvailability::supportedPythons(const QString &requiresPython)
{
    int oldest = TorchPythonSupport::newestPython();
    for (const TorchPythonSupport::Release &release : TorchPythonSupport::releases())
        oldest = std::min(oldest, release.oldestPython);
    const Result<SpecifierSet> admitted = SpecifierSet::parse(requiresPython);
    QStringList pythons;
    for (int minor = oldest; minor <= TorchPythonSupport::newestPython(); ++minor) {
        const QString python = u"3.%1"_s.arg(minor);
        if (!admitted || admitted->contains(*Version::parse(python)) ||
            admitted->contains(*Version::parse(QString(python + u".99"_s))))
            pythons.append(python);
    }
    return pythons;
}

const TorchAvailability::Cell *TorchAvailability::Report::cell(const QString &package, const QString &backend,
                                                               const QString &python, TargetPlatform::Os platform) const
{
    const auto found = std::ranges::find_if(cells, [&](const Cell &cell) {
        return cell.platform == platform && cell.package == package && cell.backend == backend && cell.python == python;
    });
    return found != cells.end() ? &*found : nullptr;
}

Result<TorchAvailability::Report>
TorchAvailability::check(const Query &query, const std::shared_ptr<SimpleIndexClient> &client, JobContext *context)
{
    if (!client)
        return fail(Error(Error::Code::Internal, tr("No index client was given for checking PyTorch builds.")));

    // Targets first: a bad Python version is the caller's mistake, found before any request.
    const QList<TargetPlatform::Os> platforms =
        query.platforms.isEmpty() ? QList<TargetPlatform::Os>{TargetPlatform::Os::Linux, TargetPlatform::Os::Windows,
                                                              TargetPlatform::Os::MacOs}
                                  : query.platforms;
    const QStringList pythons = query.pythonVersions.isEmpty() ? supportedPythons() : query.pythonVersions;
    QList<Target> targets;
    for (const TargetPlatform::Os os : platforms) {
        for (const QString &python : pythons) {
            const Result<Version> version = Version::parse(python);
            if (!version || version->release().size() < 2)
                return fail(
                    Error(Error::Code::InvalidArgument, tr("“%1” is not a Python version such as 3.12.").arg(python)));
            Result<TargetEnvironment> environment = TargetEnvironment::forPlatform(os, *version);
            if (!environment)
                return fail(environment.error());
            targets.append(Target{os, python, environment->python, std::move(environment->tags)});
        }
    }

    for (const QString &package : query.packages) {
        if (!PackageName::isValid(package))
            return fail(Error(Error::Code::InvalidArgument, tr("“%1” is not a valid package name.").arg(package)));
    }

    QList<PageTask> tasks;
    for (const QString &backend : query.backends) {
        PackageIndex index;
        const auto overridden = std::ranges::find(query.indexOverrides, backend, &std::pair<QString, QString>::first);
        if (overridden != query.indexOverrides.end()) {
            index.url = overrideUrl(overridden->second);
            if (!index.url.isValid() || index.url.scheme().isEmpty())
                return fail(Error(Error::Code::InvalidArgument,
                                  tr("The index URL “%1” for %2 is not valid.").arg(overridden->second, backend)));
        } else if (backend == u"pypi"_s) {
            index = IndexConfiguration::pypi();
        } else if (const std::optional<TorchBackend> torch = TorchBackend::fromId(backend)) {
            index.url = QUrl(torch->indexUrl());
        } else {
            return fail(Error(Error::Code::InvalidArgument,
                              tr("“%1” is not a PyTorch backend (pypi, cpu, cu128, rocm6.4, xpu, ...).").arg(backend)));
        }
        index.name = backend;
        for (const QString &package : query.packages)
            tasks.append(PageTask{backend, package, index, std::nullopt});
    }

    // Each page is a blocking call: a few worker threads take them in turn.
    const auto isCancelled = [context] { return context && context->isCancelled(); };
    std::atomic<qsizetype> next{0};
    std::mutex progressMutex;
    qint64 done = 0;
    const auto reportDone = [&](const PageTask &task) {
        if (!context)
            return;
        const std::lock_guard lock(progressMutex);
        ++done;
        context->reportProgress({.phase = tr("Reading package indexes"),
                                 .item = tr("%1 (%2)").arg(task.package, task.backend),
                                 .stepsDone = done,
                                 .stepsTotal = tasks.size()});
    };
    // Detached once here: the workers only write their own elements.
    PageTask *const taskData = tasks.data();
    const auto work = [&] {
        for (qsizetype i = next++; i < tasks.size(); i = next++) {
            PageTask &task = taskData[i];
            if (isCancelled())
                return;
            task.lookup = client->projectPage(task.index, PackageName::fromUnvalidated(task.package), isCancelled);
            reportDone(task);
        }
    };
    if (context)
        context->reportProgress(
            {.phase = tr("Reading package indexes"), .stepsDone = 0, .stepsTotal = qint64(tasks.size())});
    {
        std::vector<std::jthread> threads;
        const qsizetype count = std::min<qsizetype>(MaxFetchThreads, tasks.size());
        for (qsizetype i = 0; i < count; ++i)
            threads.emplace_back(work);
    }
    if (isCancelled())
        return fail(Error::cancelled());

    Report report;
    std::optional<Error> firstError;
    qsizetype readable = 0;
    for (const PageTask &task : std::as_const(tasks)) {
        if (!task.lookup)
            return fail(Error::cancelled());
        if (!*task.lookup) {
            const Error &error = task.lookup->error();
            if (error.code() == Error::Code::Cancelled)
                return fail(error);
            if (!firstError)
                firstError = error;
            // No cells for this pair: "unknown" must not read as "no wheels".
            report.warnings.append(tr("Could not read %1 from the %2 index (%3): %4")
                                       .arg(task.package, task.backend, task.index.displayUrl(), error.message()));
            continue;
        }
        ++readable;
        const SimpleIndexClient::Lookup &lookup = **task.lookup;
        const PackageName name = PackageName::fromUnvalidated(task.package);
        for (const Target &target : std::as_const(targets)) {
            Cell cell{.package = task.package, .backend = task.backend, .python = target.python, .platform = target.os};
            if (lookup.outcome == SimpleIndexClient::Lookup::Outcome::Found)
                cell.versions = versionsFor(lookup.page, name, target);
            report.cells.append(std::move(cell));
        }
    }
    if (readable == 0 && firstError)
        return fail(*firstError);
    return report;
}

Job *TorchAvailability::checkJob(Query query, std::shared_ptr<SimpleIndexClient> client, QObject *parent)
{
    return Job::create<Report>(
        tr("Checking which PyTorch builds exist"),
        [query = std::move(query), client = std::move(client)](JobContext &context) {
            return check(query, client, &context);
        },
        parent);
}

} // namespace Akari
