// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliproject.h"

#include <QCommandLineParser>
#include <QJsonObject>

#include "cliapplication.h"
#include "clioutput.h"
#include "core/backend/torchbackend.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
QStringList platformHeader(const QString &first)
{
    QStringList cells{first};
    for (TargetPlatform::Os os : PlatformBackends::platforms())
        cells.append(TargetPlatform{os}.displayName());
    return cells;
}

QStringList platformCells(const QString &first, const PlatformBackends &row)
{
    QStringList cells{first};
    for (TargetPlatform::Os os : PlatformBackends::platforms())
        cells.append(CliProject::backendName(row.at(os)));
    return cells;
}
} // namespace

QString CliProject::backendName(const QString &id)
{
    if (id == TorchPlan::PyPi)
        return tr("PyPI (pypi)");
    const std::optional<TorchBackend> backend = TorchBackend::fromId(id);
    return backend ? tr("%1 (%2)").arg(backend->displayName(), id) : id;
}

std::optional<QString> CliProject::parseArguments(QCommandLineParser &parser, const QCommandLineOption &helpOption,
                                                  const QString &command, const QStringList &arguments, int *exitCode)
{
    parser.addPositionalArgument(command, tr("The command."), command);
    parser.addPositionalArgument(u"PROJECT"_s, tr("The project folder or its pyproject.toml (default: this folder)."),
                                 u"[PROJECT]"_s);
    *exitCode = CliApplication::ExitBadUsage;
    if (!parser.parse(arguments)) {
        CliOutput::printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        CliOutput::printOut(parser.helpText());
        *exitCode = CliApplication::ExitOk;
        return std::nullopt;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        CliOutput::printError(tr("“%1” takes one project, but got “%2”.").arg(command, positional.at(2)));
        return std::nullopt;
    }
    *exitCode = CliApplication::ExitOk;
    return positional.value(1, u"."_s);
}

std::optional<LoadedProject> CliProject::load(const QString &path, int *exitCode)
{
    Result<PyProjectFile> file = PyProjectFile::load(path);
    if (!file) {
        CliOutput::printError(file.error().toString());
        *exitCode = file.error().code() == Error::Code::Io ? CliApplication::ExitFailed : CliApplication::ExitBadUsage;
        return std::nullopt;
    }
    Result<TomlDocument> document = TomlDocument::parse(file->bytes(), file->filePath());
    if (!document) {
        CliOutput::printError(document.error().toString());
        *exitCode = CliApplication::ExitBadUsage;
        return std::nullopt;
    }
    PlanReading reading = TorchPlanReader::read(*document);
    return LoadedProject{std::move(*file), std::move(*document), std::move(reading)};
}

QString CliProject::formatPlan(const TorchPlan &plan, const PlanReading &reading)
{
    QString text;
    if (plan.packages().isEmpty()) {
        text += tr("No PyTorch package is left for a plan.") + u'\n';
    } else if (plan.mode() == TorchPlan::Mode::PerPlatform) {
        text += tr("PyTorch builds per platform:") + u'\n';
        QList<QStringList> rows{platformHeader(tr("Package"))};
        for (const QString &package : plan.packages())
            rows.append(platformCells(package, plan.backends(package)));
        text += CliOutput::table(rows);
    } else {
        const bool groups = std::ranges::any_of(
            plan.variants(), [](const TorchVariant &variant) { return variant.kind == TorchVariant::Kind::Group; });
        text += (groups ? tr("Variants, chosen at sync time (uv sync --extra NAME or --group NAME):")
                        : tr("Variants, chosen at sync time (uv sync --extra NAME):")) +
                u'\n';
        QList<QStringList> rows{platformHeader(tr("Variant"))};
        for (const TorchVariant &variant : plan.variants()) {
            const QString name =
                variant.kind == TorchVariant::Kind::Group ? tr("%1 (group)").arg(variant.name) : variant.name;
            rows.append(platformCells(name, variant.backends));
        }
        text += CliOutput::table(rows);
        text += tr("Packages: %1").arg(plan.packages().join(tr(", ", "between the names of a list"))) + u'\n';
    }
    if (!reading.keptPackages.isEmpty()) {
        text += u'\n' +
                tr("Kept as written (a plan cannot express them): %1")
                    .arg(reading.keptPackages.join(tr(", ", "between the names of a list"))) +
                u'\n';
        for (const PlanFinding &finding : reading.findings) {
            text += finding.line > 0 ? tr("  line %1: %2").arg(finding.line).arg(finding.message)
                                     : u"  "_s + finding.message;
            text += u'\n';
        }
    }
    return text;
}

QString CliProject::formatIssues(const QList<ValidationIssue> &issues, const QString &filePath)
{
    QString text;
    for (const ValidationIssue &issue : issues) {
        const Error located{Error::Code::InvalidArgument, issue.message, filePath, issue.line, issue.column};
        text += issue.severity == ValidationIssue::Severity::Error ? tr("error: %1").arg(located.toString())
                                                                   : tr("warning: %1").arg(located.toString());
        text += u'\n';
    }
    return text;
}

QJsonArray CliProject::issuesJson(const QList<ValidationIssue> &issues)
{
    QJsonArray array;
    for (const ValidationIssue &issue : issues) {
        array.append(QJsonObject{
            {u"severity"_s, issue.severity == ValidationIssue::Severity::Error ? u"error"_s : u"warning"_s},
            {u"message"_s, issue.message},
            {u"line"_s, issue.line},
            {u"column"_s, issue.column},
        });
    }
    return array;
}

} // namespace Akari
