// SPDX-License-Identifier: GPL-3.0-or-later
#include "packserunner.h"

#include <cstdio>

#include <QHash>

#include "conformancereport.h"
#include "core/pep/markerenvironment.h"
#include "core/pep/packagename.h"
#include "core/resolve/resolver.h"
#include "packsecandidateprovider.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{
const QString Section = u"packse"_s;

QString pinsText(const QList<std::pair<QString, QString>> &pins)
{
    QStringList parts;
    for (const auto &[name, version] : pins)
        parts.append(u"%1==%2"_s.arg(name, version));
    parts.sort();
    return parts.join(u", "_s);
}
} // namespace

void PackseRunner::run(const QList<PackseScenario> &scenarios, ConformanceReport &report, bool verbose)
{
    for (const PackseScenario &scenario : scenarios)
        runOne(scenario, report, verbose);
}

void PackseRunner::runOne(const PackseScenario &scenario, ConformanceReport &report, bool verbose)
{
    const QString record = scenario.file.isEmpty() ? scenario.name : scenario.file;
    if (scenario.universal) {
        report.exclude(Section, record,
                       u"needs universal resolution (one answer for every platform and Python), while Akari "
                       "resolves for one target environment"_s);
        return;
    }
    const Result<Version> python = Version::parse(scenario.targetPython());
    if (!python) {
        report.check(false, Section, record, u"bad target Python %1"_s.arg(scenario.targetPython()));
        return;
    }
    SupportedTags::Environment environment;
    const auto release = python->release();
    environment.python = {int(release.size() > 0 ? release[0] : 3), int(release.size() > 1 ? release[1] : 0)};
    environment.os = SupportedTags::OperatingSystem::Linux;
    environment.arch = u"x86_64"_s;
    environment.glibc = scenario.pythonPlatform == "x86_64-manylinux2014"_L1 ? SupportedTags::OsVersion{2, 17}
                                                                             : SupportedTags::OsVersion{2, 35};
    if (!scenario.pythonPlatform.isEmpty() && scenario.pythonPlatform != "x86_64-manylinux2014"_L1) {
        report.exclude(Section, record, u"python_platform %1 is not modelled"_s.arg(scenario.pythonPlatform));
        return;
    }
    PackseCandidateProvider provider(scenario, *python, SupportedTags::forEnvironment(environment));

    QList<Requirement> requirements;
    for (const QString &text : scenario.rootRequires) {
        const Result<Requirement> requirement = Requirement::parse(text);
        if (!requirement) {
            report.check(false, Section, record, u"root requirement %1: %2"_s.arg(text, requirement.error().message()));
            return;
        }
        requirements.append(*requirement);
    }
    Resolver::Options options;
    if (scenario.prereleases)
        options.prereleases =
            *scenario.prereleases ? Resolver::Options::Prereleases::Allow : Resolver::Options::Prereleases::Disallow;
    options.projectRequiresPython = scenario.rootRequiresPython.value_or(QString());
    const MarkerEnvironment target = MarkerEnvironment::forTarget(MarkerEnvironment::TargetPlatform::Linux, *python);
    Resolver resolver(provider, target, options);
    const Result<Resolution> resolution = resolver.resolve(requirements);
    if (!resolution) {
        report.check(false, Section, record, u"error: %1"_s.arg(resolution.error().toString()));
        return;
    }

    QList<std::pair<QString, QString>> got;
    for (const ResolvedPackage &package : resolution->packages)
        got.append({package.name.canonical(), package.version.toString()});
    const QString outcome = resolution->satisfiable ? u"satisfiable: %1"_s.arg(pinsText(got))
                                                    : u"unsatisfiable:\n%1"_s.arg(resolution->explanation);
    if (verbose) {
        std::printf("%s (%d decisions, %d conflicts) %s\n", qUtf8Printable(record), resolution->decisions,
                    resolution->conflicts, qUtf8Printable(outcome));
    }
    if (resolution->satisfiable != scenario.expectedSatisfiable) {
        report.check(false, Section, record,
                     u"expected %1, got %2"_s.arg(scenario.expectedSatisfiable ? u"satisfiable"_s : u"unsatisfiable"_s,
                                                  outcome));
        return;
    }
    if (resolution->satisfiable && scenario.expectedPackages) {
        // The pins must be exactly the expected set (packse lists every installed package).
        bool same = got.size() == scenario.expectedPackages->size();
        QHash<QString, QString> resolved;
        for (const auto &[name, version] : got)
            resolved.insert(name, version);
        for (const auto &[name, version] : *scenario.expectedPackages) {
            const QString canonical = PackageName::canonicalize(name);
            const Result<Version> wanted = Version::parse(version);
            const Result<Version> have = Version::parse(resolved.value(canonical));
            same = same && wanted && have && *wanted == *have;
        }
        if (!same) {
            report.check(false, Section, record,
                         u"expected %1, got %2"_s.arg(pinsText(*scenario.expectedPackages), outcome));
            return;
        }
    }
    if (!resolution->satisfiable) {
        // Rough check of the explanation: it exists and names every package it says conflicts.
        bool named = !resolution->explanation.isEmpty();
        for (const QString &package : resolution->conflictingPackages)
            named = named && resolution->explanation.contains(package);
        if (!named) {
            report.check(false, Section, record, u"poor explanation: %1"_s.arg(outcome));
            return;
        }
    }
    report.check(true, Section, record);
}

} // namespace Akari::Conformance
