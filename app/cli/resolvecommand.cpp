// SPDX-License-Identifier: GPL-3.0-or-later
#include "resolvecommand.h"

#include <algorithm>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include "cliapplication.h"
#include "clioutput.h"
#include "cliproject.h"
#include "core/index/indexsession.h"
#include "core/pep/specifierset.h"
#include "core/project/torchpythonsupport.h"
#include "core/resolve/projectrequirements.h"
#include "core/resolve/projectresolver.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

// Bad input (a wrong option value, an unknown extra, a malformed file) is exit code 2; failures
// of the world (network, interpreter, disk) are 1.
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

// The newest CPython release (3.14, October 2025). PyTorch's table already lists 3.15 as
// "experimental" for coming releases; a default target should be a Python people have.
constexpr int NewestReleasedPython = 14;

// The newest Python that the project admits and some PyTorch release has wheels for; 3.12
// when the project admits none of them.
Version pythonForPlatform(const QString &requiresPython)
{
    const Result<SpecifierSet> admitted = SpecifierSet::parse(requiresPython);
    for (int minor = std::min(TorchPythonSupport::newestPython(), NewestReleasedPython); minor >= 8; --minor) {
        const Version candidate = *Version::parse(QString(u"3."_s + QString::number(minor)));
        if (requiresPython.isEmpty() || (admitted && admitted->contains(candidate, true)))
            return candidate;
    }
    return *Version::parse(u"3.12");
}

QString formatOutcome(const ProjectResolver::Outcome &outcome)
{
    const Resolution &resolution = outcome.resolution;
    const QString target = outcome.target.description();
    if (!resolution.satisfiable) {
        return ResolveCommand::tr("No solution for %1:").arg(target) + u'\n' + resolution.explanation.trimmed() + u'\n';
    }
    QString text =
        ResolveCommand::tr("Resolved %n package(s) for %1:", nullptr, int(resolution.packages.size())).arg(target) +
        u"\n\n"_s;
    QList<QStringList> rows{{ResolveCommand::tr("Package"), ResolveCommand::tr("Version"), ResolveCommand::tr("Index"),
                             ResolveCommand::tr("Size")}};
    const QLocale locale;
    for (const ResolvedPackage &package : resolution.packages) {
        const DistributionFile &file = package.file;
        const QString index = file.indexName.isEmpty() ? file.indexUrl : file.indexName;
        rows.append(
            {package.name.canonical(), package.version.toString(), index.isEmpty() ? u"-"_s : index,
             file.size < 0 ? u"-"_s : locale.formattedDataSize(file.size, 1, QLocale::DataSizeTraditionalFormat)});
    }
    return text + CliOutput::table(rows);
}

} // namespace

QString ResolveCommand::summary()
{
    return tr("resolve   Resolve a project's dependencies for one Python and platform through its indexes.");
}

int ResolveCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Resolves the project's dependencies (with the chosen extras and groups) through the indexes its "
           "pyproject.toml names, by uv's rules, for this machine's Python or for a named Python and platform. "
           "Only wheels are considered."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption pythonOption(
        u"python"_s,
        tr("The Python to resolve for: a version such as 3.12, or the path of an interpreter (default: the "
           "project's .venv, else python3 on PATH)."),
        u"X.Y|PATH"_s);
    const QCommandLineOption platformOption(
        u"platform"_s, tr("Resolve for this platform (linux, windows or macos) instead of this machine."),
        u"PLATFORM"_s);
    const QCommandLineOption archOption(
        u"arch"_s, tr("The architecture (default: the platform's usual one: x86_64, AMD64 or arm64)."), u"ARCH"_s);
    const QCommandLineOption extraOption(u"extra"_s, tr("Include this extra's dependencies (repeatable)."), u"NAME"_s);
    const QCommandLineOption groupOption(u"group"_s, tr("Include this dependency group (repeatable)."), u"NAME"_s);
    const QCommandLineOption offlineOption(u"offline"_s, tr("Use only what the index cache already holds."));
    const QCommandLineOption jsonOption(u"json"_s, tr("Print JSON instead of a table."));
    parser.addOptions(
        {helpOption, pythonOption, platformOption, archOption, extraOption, groupOption, offlineOption, jsonOption});
    int exitCode = CliApplication::ExitOk;
    const std::optional<QString> projectPath =
        CliProject::parseArguments(parser, helpOption, u"resolve"_s, arguments, &exitCode);
    if (!projectPath)
        return exitCode;

    std::optional<TargetPlatform> platform;
    if (parser.isSet(platformOption)) {
        platform = TargetPlatform::fromName(parser.value(platformOption));
        if (!platform) {
            CliOutput::printError(
                tr("Unknown platform “%1”; use linux, windows or macos.").arg(parser.value(platformOption)));
            return CliApplication::ExitBadUsage;
        }
    }
    const QString python = parser.value(pythonOption);
    static const QRegularExpression versionPattern(u"^\\d+\\.\\d+(\\.\\d+)?$"_s);
    const bool pythonIsVersion = versionPattern.match(python).hasMatch();
    if (!python.isEmpty() && !pythonIsVersion && (platform || parser.isSet(archOption))) {
        CliOutput::printError(tr("--platform and --arch need a Python version (such as 3.12), not an interpreter."));
        return CliApplication::ExitBadUsage;
    }

    const std::optional<LoadedProject> project = CliProject::load(*projectPath, &exitCode);
    if (!project)
        return exitCode;

    Result<TargetEnvironment> target = fail(Error());
    if (pythonIsVersion || platform || parser.isSet(archOption)) {
        Version version;
        if (pythonIsVersion) {
            version = *Version::parse(python);
        } else {
            const Result<ProjectRequirements> requirements = ProjectRequirements::read(project->document);
            version = pythonForPlatform(requirements ? requirements->requiresPython() : QString());
        }
        target = TargetEnvironment::forPlatform(platform ? platform->os : TargetPlatform::buildOs(), version,
                                                parser.value(archOption));
    } else {
        const QString interpreter =
            python.isEmpty() ? TargetEnvironment::defaultInterpreter(QFileInfo(project->file.filePath()).absolutePath())
                             : python;
        if (interpreter.isEmpty()) {
            CliOutput::printError(tr("No Python interpreter found; name one with --python, or a target with "
                                     "--python X.Y --platform linux|windows|macos."));
            return CliApplication::ExitFailed;
        }
        target = TargetEnvironment::forInterpreter(interpreter);
    }
    if (!target) {
        CliOutput::printError(target.error().toString());
        return target.error().code() == Error::Code::InvalidArgument ? CliApplication::ExitBadUsage
                                                                     : CliApplication::ExitFailed;
    }

    if (parser.isSet(offlineOption))
        IndexSession::setOffline(true);
    ProjectResolver::Settings settings;
    settings.target = *target;
    settings.extras = parser.values(extraOption);
    settings.groups = parser.values(groupOption);
    const Result<ProjectResolver::Outcome> outcome =
        ProjectResolver::resolve(project->document, settings, IndexSession::shared());
    // The network thread ends here, while the application object still exists.
    IndexSession::reset();
    if (!outcome) {
        CliOutput::printError(outcome.error().toString());
        return exitCodeFor(outcome.error());
    }

    CliOutput::printOut(parser.isSet(jsonOption) ? QString::fromUtf8(ProjectResolver::toJson(*outcome))
                                                 : formatOutcome(*outcome));
    return outcome->resolution.satisfiable ? CliApplication::ExitOk : CliApplication::ExitFailed;
}

} // namespace Akari
