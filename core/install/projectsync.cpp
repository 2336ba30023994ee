// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsync.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include "../index/simpleindexclient.h"
#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "../pep/specifierset.h"
#include "../project/tomldocument.h"
#include "../resolve/interpreterquerycache.h"
#include "../resolve/projectrequirements.h"
#include "../resolve/projectresolver.h"
#include "environmentlayout.h"
#include "environmenttransaction.h"
#include "installeddistribution.h"
#include "interpreterdiscovery.h"
#include "syncexecutor.h"
#include "syncprogress.h"
#include "wheelcache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

void reportPhase(JobContext *context, SyncProgress::Phase phase)
{
    if (!context)
        return;
    SyncProgress progress;
    progress.phase = phase;
    JobProgress report;
    report.phase = SyncProgress::phaseName(phase);
    report.detail = QVariant::fromValue(progress);
    context->reportProgress(report);
}

/// `key = value` of a pyvenv.cfg.
QString pyvenvValue(const QString &environmentPath, const QString &key)
{
    QFile file(QDir(environmentPath).filePath(u"pyvenv.cfg"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0 && line.left(equals).trimmed() == key.toUtf8())
            return QString::fromUtf8(line.mid(equals + 1).trimmed());
    }
    return {};
}

/// The base interpreter an existing environment was made from (`home` in its pyvenv.cfg).
std::optional<PythonInterpreter> environmentInterpreter(const QString &environmentPath,
                                                        const InterpreterQueryCache &cache)
{
    const QString home = pyvenvValue(environmentPath, u"home"_s);
    if (home.isEmpty())
        return std::nullopt;
    QString version = pyvenvValue(environmentPath, u"version_info"_s);
    if (version.isEmpty())
        version = pyvenvValue(environmentPath, u"version"_s);
    const QStringList parts = version.split(u'.');
    QStringList names;
    if (parts.size() >= 2)
        names.append(u"python"_s + parts.at(0) + u'.' + parts.at(1));
    names.append({u"python3"_s, u"python"_s, u"python.exe"_s});
    for (const QString &name : std::as_const(names)) {
        const QString path = QDir(home).filePath(name);
        if (!QFileInfo(path).isExecutable())
            continue;
        Result<PythonInterpreter> interpreter =
            PythonInterpreter::query(path, PythonInterpreter::Source::Explicit, cache);
        if (interpreter)
            return std::move(*interpreter);
    }
    return std::nullopt;
}

Result<PythonInterpreter> chooseInterpreter(const ProjectSync::Settings &settings, const QString &environmentPath,
                                            const QString &requiresPython, JobContext *context)
{
    InterpreterDiscovery::Options options = InterpreterDiscovery::defaultOptions();
    options.cacheDirectory = settings.interpreterCacheDirectory;
    if (!settings.python.isEmpty())
        return InterpreterDiscovery::find(settings.python, options, context);

    const InterpreterQueryCache cache(settings.interpreterCacheDirectory);
    if (std::optional<PythonInterpreter> existing = environmentInterpreter(environmentPath, cache))
        return std::move(*existing);

    const Result<InterpreterDiscovery::Report> report = InterpreterDiscovery::discover(options, context);
    if (!report)
        return fail(report.error());
    const Result<SpecifierSet> admitted = SpecifierSet::parse(requiresPython);
    if (!requiresPython.isEmpty() && admitted) {
        for (const PythonInterpreter &interpreter : report->interpreters) {
            if (admitted->contains(interpreter.version, true))
                return interpreter;
        }
    }
    if (report->interpreters.isEmpty()) {
        return fail(Error(Error::Code::NotFound,
                          ProjectSync::tr("No Python interpreter found on this machine; name one with --python.")));
    }
    // None admitted: resolving names the conflict with requires-python.
    return report->interpreters.first();
}

} // namespace

Result<SyncPlan> ProjectSync::plan(const Settings &settings, const std::shared_ptr<SimpleIndexClient> &client,
                                   JobContext *context)
{
    const auto log = [&settings](const QString &line) {
        if (settings.log)
            settings.log(line);
    };
    const QString projectDirectory = QFileInfo(settings.projectDirectory).absoluteFilePath();
    const QString pyprojectPath = QDir(projectDirectory).filePath(u"pyproject.toml"_s);
    QFile file(pyprojectPath);
    if (!file.exists())
        return fail(Error(Error::Code::NotFound, tr("No pyproject.toml in %1.").arg(projectDirectory), pyprojectPath));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(
            Error(Error::Code::Io, tr("Cannot read %1: %2").arg(pyprojectPath, file.errorString()), pyprojectPath));
    }
    const Result<TomlDocument> document = TomlDocument::parse(file.readAll(), pyprojectPath);
    if (!document)
        return fail(document.error());
    const Result<ProjectRequirements> requirements = ProjectRequirements::read(*document);

    SyncPlan plan;
    plan.projectDirectory = projectDirectory;
    plan.environmentPath = QDir(projectDirectory).filePath(u".venv"_s);

    reportPhase(context, SyncProgress::Phase::Discovering);
    const Result<PythonInterpreter> interpreter = chooseInterpreter(
        settings, plan.environmentPath, requirements ? requirements->requiresPython() : QString(), context);
    if (!interpreter)
        return fail(interpreter.error());
    plan.interpreter = *interpreter;
    log(tr("Using %1").arg(plan.interpreter.description()));

    reportPhase(context, SyncProgress::Phase::Resolving);
    QElapsedTimer clock;
    clock.start();
    ProjectResolver::Settings resolverSettings;
    resolverSettings.target = plan.interpreter.target;
    resolverSettings.extras = settings.extras;
    resolverSettings.groups = settings.groups;
    const Result<ProjectResolver::Outcome> resolved =
        ProjectResolver::resolve(*document, resolverSettings, client, context);
    if (!resolved)
        return fail(resolved.error());
    if (!resolved->resolution.satisfiable) {
        return fail(Error(Error::Code::NotFound,
                          tr("No solution for %1:").arg(resolved->target.description()) + u'\n' +
                              resolved->resolution.explanation.trimmed(),
                          pyprojectPath));
    }
    plan.resolution = resolved->resolution;
    log(tr("Resolved %n package(s) in %1 s", nullptr, int(plan.resolution.packages.size()))
            .arg(QLocale().toString(double(clock.elapsed()) / 1000.0, 'f', 1)));
    if (context && context->isCancelled())
        return fail(Error::cancelled());

    reportPhase(context, SyncProgress::Phase::Planning);
    QList<InstalledDistribution> installed;
    if (QFileInfo::exists(plan.environmentPath)) {
        if (const std::optional<QString> reason =
                EnvironmentTransaction::needsRecreate(plan.environmentPath, plan.interpreter)) {
            plan.createEnvironment = true;
            plan.recreateReason = *reason;
        } else {
            const Result<EnvironmentLayout> layout = EnvironmentLayout::forExisting(plan.environmentPath);
            if (!layout)
                return fail(layout.error());
            Result<QList<InstalledDistribution>> scanned = InstalledDistribution::scan(*layout);
            if (!scanned)
                return fail(scanned.error());
            installed = std::move(*scanned);
        }
    } else {
        plan.createEnvironment = true;
    }
    plan.actions = SyncPlan::compare(plan.resolution, installed);

    const WheelCache cache(settings.wheelCacheDirectory);
    for (const SyncAction &action : std::as_const(plan.actions)) {
        if (!action.changes() || !action.package)
            continue;
        const DistributionFile &wheel = action.package->file;
        const bool cached = !wheel.sha256.isEmpty() && cache.unpacked(wheel.sha256).has_value();
        if (!cached && wheel.size > 0)
            plan.downloadBytes += wheel.size;
    }
    return plan;
}

Result<ProjectSync::Outcome> ProjectSync::execute(const SyncPlan &plan, const Settings &settings,
                                                  const std::shared_ptr<SimpleIndexClient> &client, JobContext *context)
{
    return SyncExecutor::run(plan, settings, client, context);
}

Job *ProjectSync::planJob(Settings settings, std::shared_ptr<SimpleIndexClient> client, QObject *parent)
{
    const QString title = tr("Planning the sync of %1").arg(QDir::toNativeSeparators(settings.projectDirectory));
    return Job::create<SyncPlan>(
        title,
        [settings = std::move(settings), client = std::move(client)](JobContext &context) -> Result<SyncPlan> {
            return plan(settings, client, &context);
        },
        parent);
}

Job *ProjectSync::executeJob(SyncPlan plan, Settings settings, std::shared_ptr<SimpleIndexClient> client,
                             QObject *parent)
{
    const QString title = tr("Syncing %1").arg(QDir::toNativeSeparators(plan.environmentPath));
    return Job::create<Outcome>(
        title,
        [plan = std::move(plan), settings = std::move(settings), client = std::move(client)](
            JobContext &context) -> Result<Outcome> { return execute(plan, settings, client, &context); },
        parent);
}

} // namespace Akari
