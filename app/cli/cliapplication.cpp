// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <cstdio>

#include <QCommandLineParser>

#include "core/buildinfo.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
void printOut(const QString &text)
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fflush(stdout);
}

void printError(const QString &text)
{
    std::fputs(qUtf8Printable(u"akari-cli: "_s + text + u'\n'), stderr);
}
} // namespace

QString CliApplication::helpText(const QCommandLineParser &parser)
{
    return parser.helpText() + u'\n' +
           tr("Commands for detecting hardware, showing and configuring projects, resolving and syncing "
              "arrive in later versions. Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.") +
           u'\n';
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Akari for the command line: the right PyTorch build for every machine."));
    // Our own help and version options: Qt 6.4's Japanese catalog lacks its built-in descriptions.
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help and exit."));
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Show the version and exit."));
    parser.addOptions({helpOption, versionOption});
    parser.addPositionalArgument(u"command"_s, tr("The command to run."), u"COMMAND [ARGUMENTS...]"_s);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        printError(tr("Run “akari-cli --help” for usage."));
        return ExitBadUsage;
    }
    if (parser.isSet(helpOption)) {
        printOut(helpText(parser));
        return ExitOk;
    }
    if (parser.isSet(versionOption)) {
        printOut(tr("akari-cli %1 (%2)").arg(applicationVersion(), libraryVersions()) + u'\n');
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(qUtf8Printable(helpText(parser)), stderr);
        printError(tr("No command given."));
        return ExitBadUsage;
    }
    printError(tr("Unknown command “%1”.").arg(positional.first()));
    printError(tr("Run “akari-cli --help” for usage."));
    return ExitBadUsage;
}

} // namespace Akari
