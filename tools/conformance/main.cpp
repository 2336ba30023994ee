// SPDX-License-Identifier: GPL-3.0-or-later
// akari-conformance DIR [--min-passed N] [--max-failures-shown N]
// Runs every record of every pypa/packaging vectors file present in DIR through Akari's core/pep
// and ends with "N passed, M failed". Exit 0 only when nothing failed (and N >= --min-passed).
// akari-conformance --packse DIR runs packse's resolver scenarios (DIR/all-scenarios.json)
// through core/resolve instead (see packserunner.h).
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include "conformancereport.h"
#include "packserunner.h"
#include "packsescenario.h"
#include "suites.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Conformance;

namespace
{
void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
}

int finish(const ConformanceReport &report, int minPassed, int shown)
{
    for (qsizetype index = 0; index < report.failures().size() && index < shown; ++index)
        print(u"FAIL "_s + report.failures().at(index));
    for (const QString &exclusion : report.exclusions())
        print(u"EXCLUDED "_s + exclusion);
    print(u"%1 passed, %2 failed"_s.arg(report.passed()).arg(report.failed()));
    if (report.failed() > 0)
        return 1;
    return report.passed() >= minPassed ? 0 : 1;
}

int runPackse(const QString &directory, int minPassed, int shown, bool verbose)
{
    const Akari::Result<QList<PackseScenario>> scenarios = PackseScenario::readAll(directory);
    if (!scenarios) {
        std::fprintf(stderr, "akari-conformance: %s\n", qUtf8Printable(scenarios.error().toString()));
        return 2;
    }
    ConformanceReport report;
    PackseRunner::run(*scenarios, report, verbose);
    print(u"%1 scenario(s) read, %2 excluded"_s.arg(scenarios->size()).arg(report.exclusions().size()));
    return finish(report, minPassed, shown);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Checks Akari against pypa/packaging's test vectors."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"directory"_s, u"A folder in the format of shared/corpus/packaging-vectors."_s);
    const QCommandLineOption minPassed(u"min-passed"_s, u"Fail unless at least N records passed."_s, u"N"_s, u"0"_s);
    const QCommandLineOption shown(u"max-failures-shown"_s, u"Print at most N failures (default 200)."_s, u"N"_s,
                                   u"200"_s);
    const QCommandLineOption packse(u"packse"_s, u"Run the packse resolver scenarios in DIR instead."_s, u"DIR"_s);
    const QCommandLineOption verbose(u"verbose"_s, u"With --packse: print every scenario's outcome."_s);
    parser.addOptions({minPassed, shown, packse, verbose});
    parser.process(app);
    if (parser.isSet(packse)) {
        return runPackse(parser.value(packse), parser.value(minPassed).toInt(), parser.value(shown).toInt(),
                         parser.isSet(verbose));
    }
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "%s", qUtf8Printable(parser.helpText()));
        return 2;
    }

    const QDir directory(parser.positionalArguments().first());
    if (!directory.exists()) {
        std::fprintf(stderr, "akari-conformance: %s does not exist\n", qUtf8Printable(directory.path()));
        return 2;
    }
    ConformanceReport report;
    int filesRead = 0;
    for (const SuiteEntry &suite : allSuites()) {
        QFile file(directory.filePath(suite.fileName));
        if (!file.exists())
            continue;
        QJsonParseError error{};
        const QJsonDocument document =
            file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
        if (!document.isObject()) {
            report.check(false, suite.fileName, u"(file)"_s, u"unreadable JSON: %1"_s.arg(error.errorString()));
            continue;
        }
        ++filesRead;
        suite.run(document.object(), report);
    }

    const int limit = parser.value(shown).toInt();
    for (qsizetype index = 0; index < report.failures().size() && index < limit; ++index)
        print(u"FAIL "_s + report.failures().at(index));
    for (const QString &exclusion : report.exclusions())
        print(u"EXCLUDED "_s + exclusion);
    print(u"%1 file(s) read, %2 record(s) excluded"_s.arg(filesRead).arg(report.exclusions().size()));
    print(u"%1 passed, %2 failed"_s.arg(report.passed()).arg(report.failed()));
    if (report.failed() > 0)
        return 1;
    return report.passed() >= parser.value(minPassed).toInt() ? 0 : 1;
}
