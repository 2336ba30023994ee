// SPDX-License-Identifier: GPL-3.0-or-later
#include "showcommand.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cliapplication.h"
#include "clioutput.h"
#include "cliproject.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

QString ShowCommand::summary()
{
    return tr("show      Show a project's PyTorch setup per platform, or its variants.");
}

int ShowCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows where a project's PyTorch packages come from on Linux, Windows and "
                                        "macOS (or which variants it offers), and checks the configuration."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of text."));
    parser.addOptions({helpOption, jsonOption});
    int exitCode = CliApplication::ExitOk;
    const std::optional<QString> projectPath =
        CliProject::parseArguments(parser, helpOption, u"show"_s, arguments, &exitCode);
    if (!projectPath)
        return exitCode;

    const std::optional<LoadedProject> project = CliProject::load(*projectPath, &exitCode);
    if (!project)
        return exitCode;
    const PlanReading &reading = project->reading;
    const QList<ValidationIssue> issues = PyProjectValidator::validate(project->document);

    if (parser.isSet(jsonOption)) {
        QJsonArray findings;
        for (const PlanFinding &finding : reading.findings) {
            findings.append(QJsonObject{{u"package"_s, finding.package},
                                        {u"message"_s, finding.message},
                                        {u"line"_s, finding.line},
                                        {u"column"_s, finding.column}});
        }
        const QJsonObject json{
            {u"file"_s, project->file.filePath()},
            {u"requires_python"_s, reading.requiresPython},
            {u"uses_pytorch"_s, !reading.withoutPyTorch},
            {u"plan"_s, reading.plan.toJson()},
            {u"kept_packages"_s, QJsonArray::fromStringList(reading.keptPackages)},
            {u"findings"_s, findings},
            {u"issues"_s, CliProject::issuesJson(issues)},
        };
        CliOutput::printOut(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return CliApplication::ExitOk;
    }

    QString text = tr("Project: %1").arg(project->file.filePath()) + u'\n';
    if (!reading.requiresPython.isEmpty())
        text += tr("Python: %1").arg(reading.requiresPython) + u'\n';
    if (reading.withoutPyTorch)
        text += u'\n' +
                tr("The project does not use PyTorch yet; “akari-cli configure” would add torch and "
                   "torchvision.") +
                u'\n';
    else
        text += u'\n' + CliProject::formatPlan(reading.plan, reading);
    if (!issues.isEmpty())
        text += u'\n' + CliProject::formatIssues(issues, project->file.filePath());
    CliOutput::printOut(text);
    return CliApplication::ExitOk;
}

} // namespace Akari
