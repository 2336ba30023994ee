// SPDX-License-Identifier: GPL-3.0-or-later
#include "guioptions.h"

#include <cstdio>

#include <QCommandLineParser>

#include "core/buildinfo.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int ExitOk = 0;
constexpr int ExitBadUsage = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "akari: %s\n", qUtf8Printable(message));
}
} // namespace

std::optional<int> GuiCommandLine::parse(const QStringList &arguments, GuiOptions &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Akari: the right PyTorch build for every machine, in your uv project."));
    // Our own help and version options: Qt 6.4's Japanese catalog lacks its built-in descriptions.
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, tr("Render the window to a PNG file, print startup_ms=N and peak_rss_kb=N, and exit."),
        u"FILE"_s);
    const QCommandLineOption pageOption(u"page"_s, tr("Page to show: hardware, project, environment or log."),
                                        u"PAGE"_s);
    const QCommandLineOption langOption(u"lang"_s, tr("Language for this run: en or ja."), u"LANG"_s);
    parser.addOptions({helpOption, versionOption, screenshotOption, pageOption, langOption});
    parser.addPositionalArgument(u"project"_s, tr("Project folder (or its pyproject.toml) to open."),
                                 u"[PROJECT_DIR]"_s);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(tr("Run “akari --help” for usage."));
        return ExitBadUsage;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        std::printf("%s\n", qUtf8Printable(tr("akari %1 (%2)").arg(applicationVersion(), libraryVersions())));
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(tr("Only one project can be opened at a time."));
        return ExitBadUsage;
    }
    options.project = positional.value(0);
    options.screenshot = parser.value(screenshotOption);
    if (parser.isSet(pageOption)) {
        options.page = MainWindow::pageFromName(parser.value(pageOption));
        if (!options.page) {
            printError(
                tr("Unknown page “%1”: use hardware, project, environment or log.").arg(parser.value(pageOption)));
            return ExitBadUsage;
        }
    }
    if (parser.isSet(langOption)) {
        options.language = languageFromCode(parser.value(langOption));
        if (!options.language || *options.language == Language::System) {
            printError(tr("Unknown language “%1”: use en or ja.").arg(parser.value(langOption)));
            return ExitBadUsage;
        }
    }
    return std::nullopt;
}

} // namespace Akari
