// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapplication.h"

#include <QCommandLineParser>

#include "availablecommand.h"
#include "clioutput.h"
#include "configurecommand.h"
#include "core/buildinfo.h"
#include "detectcommand.h"
#include "resolvecommand.h"
#include "showcommand.h"
#include "synccommand.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using CliOutput::printError;
using CliOutput::printOut;

QString CliApplication::helpText(const QCommandLineParser &parser)
{
    return parser.helpText() + u'\n' + tr("Commands:") + u'\n' + u"  "_s + DetectCommand::summary() + u"\n  "_s +
           ShowCommand::summary() + u"\n  "_s + ConfigureCommand::summary() + u"\n  "_s + ResolveCommand::summary() +
           u"\n  "_s + AvailableCommand::summary() + u"\n  "_s + SyncCommand::summary() + u"\n\n"_s +
           tr("Run “akari-cli COMMAND --help” for a command's options. Exit codes: 0 success, 1 the operation "
              "failed, 2 bad usage or bad input.") +
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
    if (positional.first() == u"detect"_s)
        return DetectCommand::run(QStringList{arguments.value(0)} + positional);
    if (positional.first() == u"show"_s)
        return ShowCommand::run(QStringList{arguments.value(0)} + positional);
    if (positional.first() == u"configure"_s)
        return ConfigureCommand::run(QStringList{arguments.value(0)} + positional);
    if (positional.first() == u"resolve"_s)
        return ResolveCommand::run(QStringList{arguments.value(0)} + positional);
    if (positional.first() == u"available"_s)
        return AvailableCommand::run(QStringList{arguments.value(0)} + positional);
    if (positional.first() == u"sync"_s)
        return SyncCommand::run(QStringList{arguments.value(0)} + positional);
    printError(tr("Unknown command “%1”.").arg(positional.first()));
    printError(tr("Run “akari-cli --help” for usage."));
    return ExitBadUsage;
}

} // namespace Akari
