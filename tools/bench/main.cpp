// SPDX-License-Identifier: GPL-3.0-or-later
// akari-bench-pep [--runs N] [--python-runs N] [--scale F] [--python PATH] [--script PATH]
//                 [--akari-only] [--keep DIR]
// Times Akari's core/pep against pypa/packaging on one generated workload (PepWorkload, written
// to a folder that packaging_bench.py reads): parse 1M versions, sort them, 1M specifier-set
// membership checks, 1000 markers x 1000 environments, parse 100k requirements. Prints, per
// workload and in total, Akari's median time, packaging's time and the ratio, and the counts
// both sides computed (they must agree: same data, same work). See README.md.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include "core/pep/marker.h"
#include "core/pep/markerenvironment.h"
#include "core/pep/requirement.h"
#include "core/pep/specifierset.h"
#include "core/pep/version.h"
#include "pepworkload.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Bench::PepWorkload;

namespace
{

constexpr quint64 Seed = 440'508;

struct Measurement
{
    double seconds = 0;
    qint64 count = 0; // what the workload counted, compared with packaging's
};

struct Workload
{
    QString key; // as packaging_bench.py names it
    QString title;
    qsizetype items = 0;
    QString counted;
};

void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Akari's side of every workload, each timed from its input strings (the sort and the membership
// checks reuse the parsed versions, as packaging_bench.py does).
class AkariRunner final
{
public:
    explicit AkariRunner(const PepWorkload &workload)
        : m_workload(workload)
    {}

    Measurement parseVersions()
    {
        QElapsedTimer timer;
        timer.start();
        QList<Akari::Version> parsed;
        parsed.reserve(m_workload.versions().size());
        for (const QString &text : m_workload.versions()) {
            Akari::Result<Akari::Version> version = Akari::Version::parse(text);
            if (version)
                parsed.append(std::move(*version));
        }
        const double elapsed = seconds(timer);
        m_parsed = std::move(parsed);
        return {elapsed, m_parsed.size()};
    }

    Measurement sortVersions() const
    {
        QList<Akari::Version> sorted = m_parsed;
        QElapsedTimer timer;
        timer.start();
        std::sort(sorted.begin(), sorted.end());
        const double elapsed = seconds(timer);
        qint64 distinct = sorted.isEmpty() ? 0 : 1;
        for (qsizetype i = 1; i < sorted.size(); ++i)
            distinct += sorted.at(i - 1) < sorted.at(i) ? 1 : 0;
        return {elapsed, distinct};
    }

    Measurement checkMemberships() const
    {
        QElapsedTimer timer;
        timer.start();
        QList<Akari::SpecifierSet> sets;
        for (const QString &text : m_workload.specifierSets())
            sets.append(Akari::SpecifierSet::parse(text).value_or(Akari::SpecifierSet()));
        qint64 matches = 0;
        const qsizetype versions = m_parsed.size();
        const qsizetype count = m_workload.sizes().memberships;
        for (qsizetype k = 0; k < count; ++k)
            matches += sets.at(k % sets.size()).contains(m_parsed.at(k % versions), true) ? 1 : 0;
        return {seconds(timer), matches};
    }

    Measurement evaluateMarkers() const
    {
        QElapsedTimer timer;
        timer.start();
        QList<Akari::Marker> markers;
        for (const QString &text : m_workload.markers())
            markers.append(Akari::Marker::parse(text).value_or(Akari::Marker()));
        QList<Akari::MarkerEnvironment> environments;
        for (const QJsonValue &value : m_workload.environments()) {
            Akari::MarkerEnvironment environment;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                environment.setValue(Akari::MarkerEnvironment::variableFromName(it.key()).value(),
                                     it.value().toString());
            environments.append(environment);
        }
        qint64 matches = 0;
        for (const Akari::Marker &marker : std::as_const(markers))
            for (const Akari::MarkerEnvironment &environment : std::as_const(environments))
                matches += marker.evaluate(environment).value_or(false) ? 1 : 0;
        return {seconds(timer), matches};
    }

    Measurement parseRequirements() const
    {
        QElapsedTimer timer;
        timer.start();
        qint64 valid = 0;
        for (const QString &text : m_workload.requirements())
            valid += Akari::Requirement::parse(text).has_value() ? 1 : 0;
        return {seconds(timer), valid};
    }

private:
    const PepWorkload &m_workload;
    QList<Akari::Version> m_parsed;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 == 1 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString cpuName()
{
    QFile cpuinfo(u"/proc/cpuinfo"_s);
    if (cpuinfo.open(QIODevice::ReadOnly))
        for (const QByteArray &line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    return QSysInfo::currentCpuArchitecture();
}

QString cell(const QString &text, int width)
{
    return width < 0 ? text.leftJustified(-width) : text.rightJustified(width);
}

// Runs packaging_bench.py on the workload folder; its JSON answer, or an empty object.
QJsonObject runPackaging(const QString &python, const QString &script, const QString &folder, int runs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(python, {script, folder, u"--runs"_s, QString::number(runs)});
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "akari-bench-pep: cannot run %s: %s\n", qUtf8Printable(python),
                     qUtf8Printable(process.errorString()));
        return {};
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "akari-bench-pep: %s failed (exit code %d); is python3-packaging installed?\n",
                     qUtf8Printable(script), process.exitCode());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times Akari's core/pep against pypa/packaging on one workload."_s);
    parser.addHelpOption();
    const QCommandLineOption runs(u"runs"_s, u"Akari runs; the median is shown (default 3)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption pythonRuns(u"python-runs"_s, u"packaging runs (default 1: it takes minutes)."_s, u"N"_s,
                                        u"1"_s);
    const QCommandLineOption scale(u"scale"_s, u"Shrink the workload, e.g. 0.1 (default 1)."_s, u"F"_s, u"1"_s);
    const QCommandLineOption python(u"python"_s, u"Python with packaging."_s, u"PATH"_s,
                                    QStringLiteral(AKARI_PACKAGING_PYTHON));
    const QCommandLineOption script(u"script"_s, u"packaging_bench.py."_s, u"PATH"_s,
                                    QStringLiteral(AKARI_BENCH_SCRIPT));
    const QCommandLineOption akariOnly(u"akari-only"_s, u"Do not run packaging."_s);
    const QCommandLineOption keep(u"keep"_s, u"Write the workload to DIR and keep it."_s, u"DIR"_s);
    parser.addOptions({runs, pythonRuns, scale, python, script, akariOnly, keep});
    parser.process(app);
    const int akariRuns = std::max(1, parser.value(runs).toInt());
    const double factor = std::clamp(parser.value(scale).toDouble(), 0.0001, 1.0);

    QElapsedTimer timer;
    timer.start();
    const PepWorkload workload = PepWorkload::generate(Seed, factor);
    QTemporaryDir temporary;
    const QString folder = parser.isSet(keep) ? parser.value(keep) : temporary.path();
    if (const Akari::Result<void> written = workload.write(folder); !written) {
        std::fprintf(stderr, "akari-bench-pep: %s\n", qUtf8Printable(written.error().message()));
        return 1;
    }
    print(u"akari-bench-pep: workload (seed %1) generated and written to %2 in %3 s"_s.arg(Seed).arg(folder).arg(
        seconds(timer), 0, 'f', 1));
    print(u"machine: %1, %2 logical CPUs, %3"_s.arg(cpuName())
              .arg(QThread::idealThreadCount())
              .arg(QSysInfo::prettyProductName()));
#ifndef NDEBUG
    print(u"warning: this is not an optimised build; use the release preset (scripts/bench-pep.sh)"_s);
#endif

    const PepWorkload::Sizes &sizes = workload.sizes();
    const QList<Workload> workloads = {
        {u"parse"_s, u"parse versions"_s, sizes.versions, u"valid"_s},
        {u"sort"_s, u"sort the parsed versions"_s, sizes.versions, u"distinct"_s},
        {u"contains"_s, u"specifier-set membership"_s, sizes.memberships, u"matches"_s},
        {u"evaluate"_s, u"marker evaluation"_s, sizes.markers * sizes.environments, u"true"_s},
        {u"requirements"_s, u"parse requirements"_s, sizes.requirements, u"valid"_s},
    };
    QList<QList<double>> akariTimes(workloads.size());
    QList<qint64> akariCounts(workloads.size());
    AkariRunner runner(workload);
    for (int run = 0; run < akariRuns; ++run) {
        const Measurement measured[] = {runner.parseVersions(), runner.sortVersions(), runner.checkMemberships(),
                                        runner.evaluateMarkers(), runner.parseRequirements()};
        for (qsizetype i = 0; i < workloads.size(); ++i) {
            akariTimes[i].append(measured[i].seconds);
            akariCounts[i] = measured[i].count;
        }
        std::fprintf(stderr, "akari-bench-pep: Akari run %d of %d done\n", run + 1, akariRuns);
    }

    QJsonObject packaging;
    const int packagingRuns = std::max(1, parser.value(pythonRuns).toInt());
    if (!parser.isSet(akariOnly)) {
        std::fprintf(stderr, "akari-bench-pep: running packaging (%d run(s); this takes a few minutes)...\n",
                     packagingRuns);
        packaging = runPackaging(parser.value(python), parser.value(script), folder, packagingRuns);
        if (packaging.isEmpty())
            return 1;
        print(u"packaging %1 on Python %2"_s.arg(packaging.value(u"packaging"_s).toString(),
                                                 packaging.value(u"python"_s).toString()));
    }

    const QLocale c = QLocale::c();
    print(QString());
    print(cell(u"workload"_s, -28) + cell(u"items"_s, 11) + cell(u"Akari (median of %1)"_s.arg(akariRuns), 22) +
          cell(u"packaging (%1 run%2)"_s.arg(packagingRuns).arg(packagingRuns > 1 ? u"s"_s : QString()), 22) +
          cell(u"ratio"_s, 10) + u"   counts (Akari / packaging)"_s);
    double akariTotal = 0;
    double packagingTotal = 0;
    bool countsAgree = true;
    const QJsonObject packagingSeconds = packaging.value(u"seconds"_s).toObject();
    const QJsonObject packagingCounts = packaging.value(u"counts"_s).toObject();
    for (qsizetype i = 0; i < workloads.size(); ++i) {
        const Workload &w = workloads.at(i);
        const double mine = median(akariTimes.at(i));
        akariTotal += mine;
        QString line =
            cell(w.title, -28) + cell(c.toString(qint64(w.items)), 11) + cell(u"%1 s"_s.arg(mine, 0, 'f', 3), 22);
        if (packaging.isEmpty()) {
            print(line + cell(u"-"_s, 22) + cell(u"-"_s, 10) + u"   "_s + c.toString(akariCounts.at(i)) + u' ' +
                  w.counted);
            continue;
        }
        const double theirs = packagingSeconds.value(w.key).toDouble();
        const qint64 theirCount = qint64(packagingCounts.value(w.key).toDouble());
        packagingTotal += theirs;
        countsAgree = countsAgree && theirCount == akariCounts.at(i);
        print(line + cell(u"%1 s"_s.arg(theirs, 0, 'f', 3), 22) + cell(u"%1x"_s.arg(theirs / mine, 0, 'f', 1), 10) +
              u"   "_s + c.toString(akariCounts.at(i)) + u" / "_s + c.toString(theirCount) + u' ' + w.counted +
              (theirCount == akariCounts.at(i) ? QString() : u"  (DIFFER)"_s));
    }
    if (packaging.isEmpty()) {
        print(cell(u"total"_s, -28) + cell(QString(), 11) + cell(u"%1 s"_s.arg(akariTotal, 0, 'f', 3), 22));
        return 0;
    }
    print(cell(u"total"_s, -28) + cell(QString(), 11) + cell(u"%1 s"_s.arg(akariTotal, 0, 'f', 3), 22) +
          cell(u"%1 s"_s.arg(packagingTotal, 0, 'f', 3), 22) +
          cell(u"%1x"_s.arg(packagingTotal / akariTotal, 0, 'f', 1), 10));
    print(u"\nAkari is %1x faster than packaging overall (floor: 30x)%2"_s.arg(packagingTotal / akariTotal, 0, 'f', 1)
              .arg(countsAgree ? QString() : u"; WARNING: the counts differ, see above"_s));
    return countsAgree ? 0 : 1;
}
