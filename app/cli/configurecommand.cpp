// SPDX-License-Identifier: GPL-3.0-or-later
#include "configurecommand.h"

#include <cstdio>

#include <QCommandLineParser>

#include "cliapplication.h"
#include "clioutput.h"
#include "cliproject.h"
#include "core/backend/advisor.h"
#include "core/hardware/hardwaredetector.h"
#include "core/project/planbuilder.h"
#include "core/project/torchplanwriter.h"
#include "core/project/unifieddiff.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
QStringList splitList(const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        for (const QString &item : value.split(u',', Qt::SkipEmptyParts))
            items.append(item.trimmed());
    }
    return items;
}
} // namespace

QString ConfigureCommand::summary()
{
    return tr("configure Set where a project's PyTorch packages come from, per platform or as variants.");
}

Result<QStringList> ConfigureCommand::resolveAuto(const QStringList &specs)
{
    QStringList resolved;
    std::optional<QString> recommended;
    for (const QString &spec : specs) {
        const qsizetype equals = spec.indexOf(u'=');
        const QString backend = spec.mid(equals + 1).trimmed();
        if (backend.compare(u"auto"_s, Qt::CaseInsensitive) != 0) {
            resolved.append(spec);
            continue;
        }
        if (!recommended) {
            const Result<HardwareReport> report = HardwareDetector(ProbeEnvironment::system()).detect();
            if (!report)
                return fail(report.error());
            recommended = Advisor::recommend(*report, TargetPlatform::host(report->machine)).primary;
            CliOutput::printError(tr("This machine's recommendation: %1").arg(CliProject::backendName(*recommended)));
        }
        resolved.append(equals < 0 ? *recommended : spec.left(equals + 1) + *recommended);
    }
    return resolved;
}

int ConfigureCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes a PyTorch plan into a project's pyproject.toml as uv's guide does it, leaving everything else "
           "as it is. A backend without a platform applies where PyTorch has wheels for it (CUDA and XPU: Linux "
           "and Windows; ROCm: Linux; CPU: everywhere); platforms not named keep PyPI's builds."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption backendOption(
        u"backend"_s, tr("A backend (pypi, cpu, cu128, rocm6.4, xpu or auto), or PLATFORM=BACKEND; repeatable."),
        u"[PLATFORM=]BACKEND"_s);
    const QCommandLineOption variantsOption(
        u"variants"_s, tr("Offer these backends as extras to choose at sync time (uv sync --extra cu128)."),
        u"B1,B2,..."_s);
    const QCommandLineOption packagesOption(
        u"packages"_s,
        tr("The PyTorch packages to cover (default: those the project uses, else torch and torchvision)."),
        u"P1,P2,..."_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("Show the resulting plan without writing."));
    const QCommandLineOption diffOption(u"diff"_s, tr("Print the change as a unified diff without writing."));
    parser.addOptions({helpOption, backendOption, variantsOption, packagesOption, dryRunOption, diffOption});
    int exitCode = CliApplication::ExitOk;
    const std::optional<QString> projectPath =
        CliProject::parseArguments(parser, helpOption, u"configure"_s, arguments, &exitCode);
    if (!projectPath)
        return exitCode;
    if (parser.isSet(backendOption) == parser.isSet(variantsOption)) {
        CliOutput::printError(tr("Give either --backend or --variants."));
        return CliApplication::ExitBadUsage;
    }
    if (parser.isSet(dryRunOption) && parser.isSet(diffOption)) {
        CliOutput::printError(tr("Give either --dry-run or --diff, not both."));
        return CliApplication::ExitBadUsage;
    }

    std::optional<LoadedProject> project = CliProject::load(*projectPath, &exitCode);
    if (!project)
        return exitCode;
    const QStringList requested = splitList(parser.values(packagesOption));
    // torch kept as written: configuring its companions alone would not be what anyone wants.
    if (requested.isEmpty() && project->reading.keptPackages.contains(u"torch"_s)) {
        CliOutput::printError(tr("%1: the sources of torch are kept as written, because a plan cannot express them "
                                 "(see “akari-cli show”). Simplify them by hand, or name the packages to configure "
                                 "with --packages.")
                                  .arg(project->file.filePath()));
        return CliApplication::ExitBadUsage;
    }
    const Result<QStringList> packages = PlanBuilder::packagesFor(requested, project->reading);
    if (!packages) {
        CliOutput::printError(packages.error().toString());
        return CliApplication::ExitBadUsage;
    }

    const Result<QStringList> specs = resolveAuto(parser.values(backendOption));
    if (!specs) {
        CliOutput::printError(specs.error().toString());
        return CliApplication::ExitFailed;
    }
    const Result<TorchPlan> plan =
        parser.isSet(backendOption)
            ? PlanBuilder::perPlatform(*specs, *packages, project->reading)
            : PlanBuilder::variants(splitList(parser.values(variantsOption)), *packages, project->reading);
    if (!plan) {
        CliOutput::printError(plan.error().toString());
        return CliApplication::ExitBadUsage;
    }

    const Result<QByteArray> text = TorchPlanWriter::apply(project->document, *plan);
    if (!text) {
        CliOutput::printError(text.error().toString());
        return text.error().code() == Error::Code::InvalidArgument ? CliApplication::ExitBadUsage
                                                                   : CliApplication::ExitFailed;
    }
    const QString filePath = project->file.filePath();
    if (*text == project->file.bytes()) {
        CliOutput::printOut(tr("%1 already has this plan; nothing to change.").arg(filePath) + u'\n');
        return CliApplication::ExitOk;
    }
    // uv's rules on the result, before anything is written.
    QString issues;
    if (const Result<TomlDocument> result = TomlDocument::parse(*text, filePath))
        issues = CliProject::formatIssues(PyProjectValidator::validate(*result), filePath);
    if (parser.isSet(diffOption)) {
        CliOutput::printOut(
            UnifiedDiff::make(project->file.bytes(), *text, u"a/pyproject.toml"_s, u"b/pyproject.toml"_s));
        if (!issues.isEmpty())
            std::fputs(qUtf8Printable(issues), stderr);
        return CliApplication::ExitOk;
    }

    QString report = CliProject::formatPlan(*plan, project->reading);
    if (!issues.isEmpty())
        report += u'\n' + issues;
    if (parser.isSet(dryRunOption)) {
        CliOutput::printOut(report + u'\n' + tr("Dry run: %1 was not changed.").arg(filePath) + u'\n');
        return CliApplication::ExitOk;
    }
    QString backupPath;
    if (const Result<void> saved = project->file.save(*text, &backupPath); !saved) {
        CliOutput::printError(saved.error().toString());
        return CliApplication::ExitFailed;
    }
    report += u'\n' + tr("Saved %1.").arg(filePath) + u'\n';
    if (!backupPath.isEmpty())
        report += tr("The previous version is kept at %1.").arg(backupPath) + u'\n';
    CliOutput::printOut(report);
    return CliApplication::ExitOk;
}

} // namespace Akari
