// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommand.h"

#include <atomic>
#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

#include "cliapplication.h"
#include "clioutput.h"
#include "cliproject.h"
#include "core/index/indexsession.h"
#include "core/install/projectsync.h"
#include "core/install/syncprogress.h"
#include "core/jobs/job.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

std::atomic<bool> interrupted = false;

extern "C" void onInterrupt(int)
{
    interrupted = true;
}

int exitCodeFor(const Error &error)
{
    switch (error.code()) {
    case Error::Code::InvalidArgument:
    case Error::Code::Parse:
        return CliApplication::ExitBadUsage;
    default:
        return CliApplication::ExitFailed;
    }
}

bool stderrIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDERR_FILENO) == 1;
#else
    return false;
#endif
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(bytes, 0), 1, QLocale::DataSizeTraditionalFormat);
}

/// Runs \a job to its end in a local event loop; Ctrl+C cancels it (the sync rolls back).
/// \a onProgress sees every report that reaches this thread.
Result<QVariant> runJob(Job *job, const std::function<void(const JobProgress &)> &onProgress)
{
    QEventLoop loop;
    QObject::connect(job, &Job::progressChanged, job, onProgress);
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, job, [job] {
        if (interrupted.load() && !job->isCancellationRequested())
            job->cancel();
    });
    poll.start(50);
    job->start();
    if (!job->isFinished())
        loop.exec();
    if (job->state() == Job::State::Succeeded)
        return job->result();
    return fail(job->error());
}

QString formatPlan(const SyncPlan &plan)
{
    QString text = SyncCommand::tr("Python: %1").arg(plan.interpreter.description()) + u'\n';
    const QString environment = QDir::toNativeSeparators(plan.environmentPath);
    if (plan.createEnvironment && !plan.recreateReason.isEmpty())
        text += SyncCommand::tr("Environment: %1 (recreated: %2)").arg(environment, plan.recreateReason) + u'\n';
    else if (plan.createEnvironment)
        text += SyncCommand::tr("Environment: %1 (new)").arg(environment) + u'\n';
    else
        text += SyncCommand::tr("Environment: %1").arg(environment) + u'\n';
    QList<QStringList> rows{{SyncCommand::tr("Package"), SyncCommand::tr("Change"), SyncCommand::tr("From"),
                             SyncCommand::tr("To"), SyncCommand::tr("Size")}};
    for (const SyncAction &action : plan.actions) {
        if (!action.changes())
            continue;
        const qint64 size = action.package ? action.package->file.size : -1;
        rows.append({action.name.canonical(), SyncAction::kindName(action.kind),
                     action.installedVersion ? action.installedVersion->toString() : u"-"_s,
                     action.targetVersion ? action.targetVersion->toString() : u"-"_s,
                     size < 0 ? u"-"_s : sizeText(size)});
    }
    text += u'\n';
    if (rows.size() > 1)
        text += CliOutput::table(rows) + u'\n';
    text += plan.summary() + u'\n';
    if (plan.downloadBytes > 0)
        text += SyncCommand::tr("To download: %1").arg(sizeText(plan.downloadBytes)) + u'\n';
    return text;
}

QJsonObject planJson(const SyncPlan &plan)
{
    QJsonArray actions;
    for (const SyncAction &action : plan.actions) {
        static const char *const kinds[] = {"install", "upgrade", "downgrade", "reinstall", "remove", "keep"};
        actions.append(QJsonObject{
            {u"name"_s, action.name.canonical()},
            {u"change"_s, QString::fromLatin1(kinds[int(action.kind)])},
            {u"from"_s, action.installedVersion ? QJsonValue(action.installedVersion->toString()) : QJsonValue()},
            {u"to"_s, action.targetVersion ? QJsonValue(action.targetVersion->toString()) : QJsonValue()},
            {u"size"_s, action.package ? QJsonValue(double(action.package->file.size)) : QJsonValue()},
        });
    }
    return {{u"python"_s, plan.interpreter.path},
            {u"pythonVersion"_s, plan.interpreter.version.toString()},
            {u"environment"_s, plan.environmentPath},
            {u"createEnvironment"_s, plan.createEnvironment},
            {u"downloadBytes"_s, double(plan.downloadBytes)},
            {u"actions"_s, actions}};
}

QJsonObject verificationJson(const EnvironmentVerification &verification)
{
    QJsonArray modules;
    for (const EnvironmentVerification::Module &module : verification.modules) {
        modules.append(QJsonObject{{u"name"_s, module.name},
                                   {u"imported"_s, module.imported},
                                   {u"version"_s, module.version},
                                   {u"error"_s, module.error}});
    }
    return {{u"python"_s, verification.pythonVersion},
            {u"torch"_s, verification.torchVersion},
            {u"cuda"_s, verification.cudaVersion},
            {u"hip"_s, verification.hipVersion},
            {u"gpu"_s, verification.gpuAvailable},
            {u"devices"_s, QJsonArray::fromStringList(verification.devices)},
            {u"modules"_s, modules}};
}

QString formatVerification(const EnvironmentVerification &verification)
{
    QString text;
    if (!verification.torchVersion.isEmpty()) {
        QString build;
        if (!verification.cudaVersion.isEmpty())
            build = SyncCommand::tr("built for CUDA %1").arg(verification.cudaVersion);
        else if (!verification.hipVersion.isEmpty())
            build = SyncCommand::tr("built for ROCm %1").arg(verification.hipVersion);
        else
            build = SyncCommand::tr("built for the CPU");
        const QString gpu = verification.devices.isEmpty() ? SyncCommand::tr("none visible")
                                                           : QLocale().createSeparatedList(verification.devices);
        text += SyncCommand::tr("torch %1, %2; GPU: %3").arg(verification.torchVersion, build, gpu) + u'\n';
    }
    for (const EnvironmentVerification::Module &module : verification.modules) {
        if (module.imported)
            text += SyncCommand::tr("Imported %1 %2").arg(module.name, module.version) + u'\n';
        else
            text += SyncCommand::tr("%1 did not import: %2").arg(module.name, module.error) + u'\n';
    }
    return text;
}

/// Progress on stderr: one line rewritten in place on a terminal, else a line per package stage.
class ProgressPrinter
{
public:
    explicit ProgressPrinter(bool terminal)
        : m_terminal(terminal)
    {}

    void show(const JobProgress &report)
    {
        if (!report.detail.canConvert<SyncProgress>())
            return;
        const SyncProgress progress = report.detail.value<SyncProgress>();
        if (m_terminal) {
            QString line = SyncProgress::phaseName(progress.phase);
            if (progress.phase == SyncProgress::Phase::Downloading && progress.bytesTotal > 0) {
                line = SyncCommand::tr("%1: %2 of %3, %4/s, about %n s left", nullptr, int(progress.etaSeconds))
                           .arg(line, sizeText(progress.bytesDone), sizeText(progress.bytesTotal),
                                sizeText(qint64(progress.bytesPerSecond)));
                if (progress.etaSeconds < 0) {
                    line = SyncCommand::tr("%1: %2 of %3")
                               .arg(SyncProgress::phaseName(progress.phase), sizeText(progress.bytesDone),
                                    sizeText(progress.bytesTotal));
                }
            } else if (!report.item.isEmpty()) {
                line = SyncCommand::tr("%1: %2").arg(line, report.item);
            }
            std::fputs(qUtf8Printable(u"\r\033[K"_s + line), stderr);
            std::fflush(stderr);
            m_lineShown = true;
            return;
        }
        if (progress.phase != m_phase) {
            m_phase = progress.phase;
            std::fputs(qUtf8Printable(SyncProgress::phaseName(progress.phase) + u'\n'), stderr);
        }
        m_stages.resize(progress.packages.size(), SyncPackageProgress::Stage::Waiting);
        for (qsizetype i = 0; i < progress.packages.size(); ++i) {
            const SyncPackageProgress &row = progress.packages.at(i);
            if (row.stage == m_stages.at(i) || row.stage == SyncPackageProgress::Stage::Waiting)
                continue;
            m_stages[i] = row.stage;
            std::fputs(
                qUtf8Printable(
                    SyncCommand::tr("  %1 %2: %3").arg(row.name, row.version, SyncProgress::stageName(row.stage)) +
                    u'\n'),
                stderr);
        }
    }

    /// A log line, printed above the progress line.
    void log(const QString &line)
    {
        clear();
        std::fputs(qUtf8Printable(line + u'\n'), stderr);
    }

    void clear()
    {
        if (m_lineShown)
            std::fputs("\r\033[K", stderr);
        m_lineShown = false;
    }

private:
    bool m_terminal;
    bool m_lineShown = false;
    std::optional<SyncProgress::Phase> m_phase;
    QList<SyncPackageProgress::Stage> m_stages;
};

} // namespace

QString SyncCommand::summary()
{
    return tr("sync      Install the project's dependencies into its .venv, exactly as resolved, and verify PyTorch.");
}

int SyncCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolves the project like “resolve”, shows the change to its .venv, downloads and installs the wheels "
           "in a staged copy that replaces the environment only when everything worked, then imports the PyTorch "
           "packages with the environment's Python. Ctrl+C cancels and leaves the environment as it was."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption pythonOption(
        u"python"_s,
        tr("The Python to use: a version such as 3.12, or the path of an interpreter (default: the .venv's, else "
           "the first one found that the project admits)."),
        u"X.Y|PATH"_s);
    const QCommandLineOption extraOption(u"extra"_s, tr("Include this extra's dependencies (repeatable)."), u"NAME"_s);
    const QCommandLineOption groupOption(u"group"_s, tr("Include this dependency group (repeatable)."), u"NAME"_s);
    const QCommandLineOption noVerifyOption(u"no-verify"_s, tr("Do not import the PyTorch packages afterwards."));
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Show the planned change and stop."));
    const QCommandLineOption offlineOption(u"offline"_s, tr("Use only what the index and wheel caches hold."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of tables."));
    parser.addOptions(
        {helpOption, pythonOption, extraOption, groupOption, noVerifyOption, dryRunOption, offlineOption, jsonOption});
    int exitCode = CliApplication::ExitOk;
    const std::optional<QString> projectPath =
        CliProject::parseArguments(parser, helpOption, u"sync"_s, arguments, &exitCode);
    if (!projectPath)
        return exitCode;
    const std::optional<LoadedProject> project = CliProject::load(*projectPath, &exitCode);
    if (!project)
        return exitCode;
    const bool json = parser.isSet(jsonOption);

    ProgressPrinter printer(!json && stderrIsTerminal());
    ProjectSync::Settings settings;
    settings.projectDirectory = QFileInfo(project->file.filePath()).absolutePath();
    settings.extras = parser.values(extraOption);
    settings.groups = parser.values(groupOption);
    settings.python = parser.value(pythonOption);
    settings.verify = !parser.isSet(noVerifyOption);
    if (!json) {
        // Log lines arrive on worker threads; print them on this one, in order.
        QObject *receiver = QCoreApplication::instance();
        settings.log = [receiver, &printer](const QString &line) {
            QMetaObject::invokeMethod(
                receiver, [&printer, line] { printer.log(line); }, Qt::QueuedConnection);
        };
    }
    if (parser.isSet(offlineOption))
        IndexSession::setOffline(true);

    // Ctrl+C after the commit cannot undo the change: say so instead of "unchanged".
    std::atomic<bool> committed = false;
    settings.committed = [&committed] { committed = true; };
    QString environmentPath; // known once planned
    interrupted = false;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const auto finish = [&](int code) {
        std::signal(SIGINT, previousHandler);
        // The network thread ends here, while the application object still exists.
        IndexSession::reset();
        return code;
    };
    const auto failWith = [&](const Error &error) {
        printer.clear();
        if (error.code() != Error::Code::Cancelled)
            CliOutput::printError(error.toString());
        else if (committed.load())
            CliOutput::printError(tr("Cancelled after %1 was updated; it was not verified.")
                                      .arg(QDir::toNativeSeparators(environmentPath)));
        else
            CliOutput::printError(tr("Cancelled; the environment is unchanged."));
        return finish(exitCodeFor(error));
    };
    const auto onProgress = [&printer](const JobProgress &report) { printer.show(report); };

    const std::shared_ptr<SimpleIndexClient> client = IndexSession::shared();
    std::unique_ptr<Job> planJob(ProjectSync::planJob(settings, client));
    const Result<QVariant> planned = runJob(planJob.get(), onProgress);
    QCoreApplication::sendPostedEvents();
    if (!planned)
        return failWith(planned.error());
    const SyncPlan plan = planned->value<SyncPlan>();
    environmentPath = plan.environmentPath;
    printer.clear();
    if (!json)
        CliOutput::printOut(formatPlan(plan));
    if (parser.isSet(dryRunOption)) {
        if (json)
            CliOutput::printOut(QString::fromUtf8(QJsonDocument(QJsonObject{{u"plan"_s, planJson(plan)}}).toJson()));
        return finish(CliApplication::ExitOk);
    }

    std::unique_ptr<Job> executeJob(ProjectSync::executeJob(plan, settings, client));
    const Result<QVariant> executed = runJob(executeJob.get(), onProgress);
    QCoreApplication::sendPostedEvents();
    if (!executed)
        return failWith(executed.error());
    const ProjectSync::Outcome outcome = executed->value<ProjectSync::Outcome>();
    printer.clear();
    const bool complete = !outcome.verified || outcome.verification.allImported();
    if (json) {
        QJsonObject root{{u"plan"_s, planJson(plan)},
                         {u"changed"_s, outcome.changed},
                         {u"bytesDownloaded"_s, double(outcome.bytesDownloaded)},
                         {u"filesLinked"_s, outcome.filesLinked},
                         {u"elapsedMs"_s, double(outcome.elapsedMs)},
                         {u"complete"_s, complete}};
        root.insert(u"verification"_s,
                    outcome.verified ? QJsonValue(verificationJson(outcome.verification)) : QJsonValue());
        CliOutput::printOut(QString::fromUtf8(QJsonDocument(root).toJson()));
    } else {
        QString text =
            outcome.changed
                ? tr("Synced %1 in %2 s")
                      .arg(QDir::toNativeSeparators(plan.environmentPath),
                           QLocale().toString(double(outcome.elapsedMs) / 1000.0, 'f', 1))
                : tr("The environment %1 is up to date.").arg(QDir::toNativeSeparators(plan.environmentPath));
        text += u'\n';
        if (outcome.verified)
            text += formatVerification(outcome.verification);
        CliOutput::printOut(text);
    }
    if (!complete) {
        CliOutput::printError(
            tr("Not every PyTorch package imported in %1.").arg(QDir::toNativeSeparators(plan.environmentPath)));
        return finish(CliApplication::ExitFailed);
    }
    return finish(CliApplication::ExitOk);
}

} // namespace Akari
