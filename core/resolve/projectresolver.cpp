// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectresolver.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include "../index/indexconfiguration.h"
#include "../index/simpleindexclient.h"
#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "../project/tomldocument.h"
#include "indexcandidateprovider.h"
#include "projectrequirements.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

Result<ProjectResolver::Outcome> ProjectResolver::resolve(const TomlDocument &document, const Settings &settings,
                                                          const std::shared_ptr<SimpleIndexClient> &client,
                                                          JobContext *context)
{
    if (!client)
        return fail(Error(Error::Code::InvalidArgument, tr("No index client was given to resolve with.")));

    Result<IndexConfiguration> configuration =
        IndexConfiguration::read(document, QProcessEnvironment::systemEnvironment());
    if (!configuration)
        return fail(configuration.error());
    const Result<ProjectRequirements> requirements =
        ProjectRequirements::read(document, settings.extras, settings.groups);
    if (!requirements)
        return fail(requirements.error());

    // Chosen extras and groups decide which `[tool.uv.sources]` entries apply.
    TargetEnvironment target = settings.target;
    target.markers.setExtras(requirements->extras());
    target.markers.setDependencyGroups(requirements->groups());

    Resolver::Options options = settings.options;
    if (options.projectRequiresPython.isEmpty())
        options.projectRequiresPython = requirements->requiresPython();

    const Resolver::CancelCheck isCancelled = [context] { return context && context->isCancelled(); };
    IndexCandidateProvider provider(client, std::move(*configuration), target, isCancelled);
    Resolver resolver(provider, target.markers, options);

    const QString phase = tr("Resolving");
    if (context)
        context->reportProgress({.phase = phase});
    const Resolver::ProgressCallback progress = [context, &phase](int decided, const QString &package) {
        if (context)
            context->reportProgress({.phase = phase, .item = package, .stepsDone = decided});
    };
    Result<Resolution> resolution = resolver.resolve(requirements->requirements(), isCancelled, progress);
    if (!resolution)
        return fail(resolution.error());

    Outcome outcome;
    outcome.resolution = std::move(*resolution);
    std::ranges::sort(outcome.resolution.packages, {}, &ResolvedPackage::name);
    outcome.target = settings.target;
    outcome.projectPath = document.filePath();
    outcome.indexRequests = provider.requestCount();
    return outcome;
}

Job *ProjectResolver::resolveJob(QByteArray pyprojectText, QString filePath, Settings settings,
                                 std::shared_ptr<SimpleIndexClient> client, QObject *parent)
{
    const QString title = tr("Resolving for %1").arg(settings.target.description());
    return Job::create<Outcome>(
        title,
        [text = std::move(pyprojectText), path = std::move(filePath), settings = std::move(settings),
         client = std::move(client)](JobContext &context) -> Result<Outcome> {
            const Result<TomlDocument> document = TomlDocument::parse(text, path);
            if (!document)
                return fail(document.error());
            return resolve(*document, settings, client, &context);
        },
        parent);
}

QByteArray ProjectResolver::toJson(const Outcome &outcome)
{
    QJsonArray packages;
    QList<ResolvedPackage> sorted = outcome.resolution.packages;
    std::ranges::sort(sorted, {}, &ResolvedPackage::name);
    for (const ResolvedPackage &package : sorted) {
        const DistributionFile &file = package.file;
        const QString index = file.indexName.isEmpty() ? file.indexUrl : file.indexName;
        packages.append(QJsonObject{
            {u"name"_s, package.name.canonical()},
            {u"version"_s, package.version.toString()},
            {u"index"_s, index.isEmpty() ? QJsonValue() : QJsonValue(index)},
            {u"url"_s, file.url.isEmpty() ? QJsonValue() : QJsonValue(file.url.toString())},
            {u"hash"_s, file.sha256.isEmpty() ? QJsonValue() : QJsonValue(u"sha256:"_s + file.sha256)},
            {u"size"_s, file.size < 0 ? QJsonValue() : QJsonValue(double(file.size))},
            {u"direct"_s, package.direct},
        });
    }
    const TargetEnvironment &target = outcome.target;
    const QJsonObject json{
        {u"project"_s, outcome.projectPath},
        {u"target"_s, QJsonObject{{u"python"_s, target.python.toString()},
                                  {u"platform"_s, TargetPlatform{target.os}.name()},
                                  {u"arch"_s, target.arch}}},
        {u"satisfiable"_s, outcome.resolution.satisfiable},
        {u"packages"_s, packages},
        {u"explanation"_s, outcome.resolution.satisfiable ? QJsonValue() : QJsonValue(outcome.resolution.explanation)},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace Akari
