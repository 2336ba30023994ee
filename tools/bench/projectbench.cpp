// SPDX-License-Identifier: GPL-3.0-or-later
// akari-bench-project [--runs N] [--lines N] [--python PATH] [--shared DIR]
// Times applying a TorchPlan to a 2,000-line pyproject.toml and serialising it (parse, read the
// current plan, make the span edits, re-parse and verify, i.e. everything TorchPlanWriter::apply
// does), and, as a peer doing less work, Python's tomllib merely parsing the same text. The file
// is NVIDIA NeMo-RL's real pyproject.toml from ../shared/corpus/pyprojects padded with
// unrelated tool tables to the wanted length. Prints medians; see README.md.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include "core/project/tomldocument.h"
#include "core/project/torchplan.h"
#include "core/project/torchplanwriter.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{
void print(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QByteArray paddedProject(const QByteArray &base, int lines)
{
    QByteArray text = base;
    if (!text.endsWith('\n'))
        text += '\n';
    for (int n = 0; text.count('\n') < lines; ++n) {
        text += "\n# Settings of tool " + QByteArray::number(n) + " (padding for the benchmark)\n";
        text += "[tool.bench-padding-" + QByteArray::number(n) + "]\n";
        text += "enabled = true\nlevel = " + QByteArray::number(n % 7) + "\n";
        text += "paths = [\n    \"src/module" + QByteArray::number(n) + "\",\n    \"tests\",\n]\n";
        text += "options = { fast = true, name = 'padding " + QByteArray::number(n) + "' }\n";
    }
    return text;
}

const char *PythonTimer = R"(
import sys, time, tomllib, statistics
text = open(sys.argv[1], encoding='utf-8').read()
runs = int(sys.argv[2])
times = []
for _ in range(runs):
    t = time.perf_counter(); tomllib.loads(text); times.append(time.perf_counter() - t)
print(statistics.median(times))
)";
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(u"runs"_s, u"Timed runs (default 101)."_s, u"N"_s, u"101"_s);
    const QCommandLineOption linesOption(u"lines"_s, u"Length of the file (default 2000)."_s, u"N"_s, u"2000"_s);
    const QCommandLineOption pythonOption(u"python"_s, u"Python for the tomllib peer."_s, u"PATH"_s, u"python3"_s);
    const QCommandLineOption sharedOption(u"shared"_s, u"The shared folder."_s, u"DIR"_s,
                                          QStringLiteral(AKARI_SHARED_DIR_DEFAULT));
    parser.addOptions({runsOption, linesOption, pythonOption, sharedOption});
    parser.addHelpOption();
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QFile baseFile(parser.value(sharedOption) + u"/corpus/pyprojects/10-NVIDIA-NeMo-RL.toml"_s);
    if (!baseFile.open(QIODevice::ReadOnly)) {
        print(u"cannot read %1"_s.arg(baseFile.fileName()));
        return 1;
    }
    const QByteArray text = paddedProject(baseFile.readAll(), parser.value(linesOption).toInt());

    // NeMo-RL has CUDA 13 on Linux and Windows and PyPI on macOS; switch it to the guide's
    // "CUDA 12.8 on Linux, CPU elsewhere".
    TorchPlan plan;
    plan.setPackages({u"torch"_s, u"torchvision"_s});
    PlatformBackends row = PlatformBackends::uniform(u"cpu"_s);
    row.set(TargetPlatform::Os::Linux, u"cu128"_s);
    plan.setBackends(u"torch"_s, row);
    plan.setBackends(u"torchvision"_s, row);

    QList<double> applyTimes;
    QList<double> totalTimes;
    qsizetype outputSize = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer total;
        total.start();
        const Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
        QElapsedTimer timer;
        timer.start();
        const Result<QByteArray> result = document ? TorchPlanWriter::apply(*document, plan) : fail(document.error());
        applyTimes.append(double(timer.nsecsElapsed()) / 1e6);
        totalTimes.append(double(total.nsecsElapsed()) / 1e6);
        if (!result) {
            print(u"apply failed: %1"_s.arg(result.error().toString()));
            return 1;
        }
        outputSize = result->size();
    }

    QTemporaryFile file;
    double pythonMs = -1;
    if (file.open()) {
        file.write(text);
        file.flush();
        QProcess python;
        python.start(parser.value(pythonOption),
                     {u"-c"_s, QString::fromUtf8(PythonTimer), file.fileName(), QString::number(runs)});
        if (python.waitForFinished(120'000) && python.exitCode() == 0)
            pythonMs = python.readAllStandardOutput().trimmed().toDouble() * 1000;
    }

    print(u"pyproject.toml: %1 lines, %2 bytes (%3 bytes after the edit); %4 runs, medians"_s.arg(text.count('\n'))
              .arg(text.size())
              .arg(outputSize)
              .arg(runs));
    print(u"  Akari apply + serialise + verify:      %1 ms"_s.arg(median(applyTimes), 0, 'f', 3));
    print(u"  Akari parse + apply + verify:          %1 ms"_s.arg(median(totalTimes), 0, 'f', 3));
    if (pythonMs >= 0)
        print(u"  Python tomllib, parse only (peer):     %1 ms"_s.arg(pythonMs, 0, 'f', 3));
    else
        print(u"  Python tomllib peer: not run"_s);
    return 0;
}
