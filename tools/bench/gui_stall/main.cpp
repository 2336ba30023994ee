// SPDX-License-Identifier: GPL-3.0-or-later
// akari-bench-sync-stall: syncs a large test set (the loopback sync index, in its own process)
// through the real Environment page on the offscreen platform and reports the longest time the
// GUI thread worked without going back to its event loop (and the longest single event; a 1 ms
// timer's lateness as scheduling latency). Exit status 1 when the longest busy period (wall
// time) reaches the frame budget (16 ms).
#include <cstdio>

#include <functional>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include "benchapplication.h"
#include "core/error.h"
#include "core/index/httpclient.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/jobtracker.h"
#include "loopmonitor.h"
#include "pages/environmentpage.h"
#include "spread.h"
#include "stallprobe.h"
#include "syncindexserver.h"
#include "testenvironment.h"
#include "widgets/syncpanel.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr double FrameBudgetMs = 16;
constexpr int PlanTimeoutMs = 120000;
constexpr int SyncTimeoutMs = 600000;
constexpr int IdleMs = 2000;
constexpr int CheckMs = 20;
constexpr qsizetype TopKinds = 6; ///< event kinds listed, the most CPU first

/// Runs a real event loop until \a done or \a timeoutMs. Not QTest::qWait(For): those sleep
/// 10 ms at a time outside the event loop, which is what a stall probe would then measure.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done && done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(CheckMs);
    QObject::connect(&check, &QTimer::timeout, &loop, [&loop, &done] {
        if (done && done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (done)
        check.start();
    loop.exec();
    return done && done();
}

struct Measurement
{
    LoopMonitor::Figures loop;
    Spread latency;
    qint64 durationMs = 0;
};

/// Measures while \a action runs and until \a done; false when it did not end in \a timeoutMs.
bool measure(BenchApplication &app, const std::function<void()> &action, const std::function<bool()> &done,
             int timeoutMs, Measurement *measurement, const std::function<QString()> &describer = {})
{
    LoopMonitor monitor;
    monitor.setDescriber(describer);
    StallProbe probe;
    QElapsedTimer clock;
    app.setMonitor(&monitor);
    monitor.start();
    probe.start();
    clock.start();
    if (action)
        action();
    const bool ended = waitUntil(done, timeoutMs);
    measurement->durationMs = clock.elapsed();
    probe.stop();
    monitor.stop();
    app.setMonitor(nullptr);
    measurement->loop = monitor.figures();
    measurement->latency = probe.lateness();
    return ended;
}

void printSpread(const char *label, const char *what, const Spread &spread)
{
    std::printf("%-5s %-16s max=%7.2f p99=%6.2f median=%6.3f n=%lld\n", label, what, spread.maxMs, spread.p99Ms,
                spread.medianMs, static_cast<long long>(spread.samples));
}

void print(const char *label, const Measurement &m)
{
    std::printf("%-5s duration_ms=%lld\n", label, static_cast<long long>(m.durationMs));
    printSpread(label, "busy_wall_ms", m.loop.busyWall);
    std::printf("%-5s %-16s longest ended at %.0f ms, thread CPU in it %.2f ms\n", label, "", m.loop.longestBusyEndMs,
                m.loop.longestBusyCpuMs);
    printSpread(label, "busy_cpu_ms", m.loop.busyCpu);
    printSpread(label, "event_wall_ms", m.loop.events);
    std::printf("%-5s %-16s longest: %s to %s, thread CPU %.2f ms\n", label, "", qPrintable(m.loop.longestEventType),
                qPrintable(m.loop.longestEventReceiver), m.loop.longestEventCpuMs);
    std::printf("%-5s %-16s most CPU: %s to %s, %.2f ms\n", label, "", qPrintable(m.loop.costliestEventType),
                qPrintable(m.loop.costliestEventReceiver), m.loop.costliestEventCpuMs);
    for (const LoopMonitor::Figures::Kind &kind :
         m.loop.kinds.first(std::min<qsizetype>(m.loop.kinds.size(), TopKinds)))
        std::printf("%-5s %-16s %6lld x %s to %s: CPU %.1f ms in all, longest %.2f ms wall\n", label, "",
                    static_cast<long long>(kind.count), qPrintable(kind.type), qPrintable(kind.receiver), kind.cpuMs,
                    kind.maxWallMs);
    for (const LoopMonitor::Figures::Slow &slow : m.loop.slow)
        std::printf("%-5s %-16s slow at %.0f ms: %s to %s, CPU %.2f ms, wall %.2f ms; then: %s\n", label, "", slow.atMs,
                    qPrintable(slow.type), qPrintable(slow.receiver), slow.cpuMs, slow.wallMs, qPrintable(slow.state));
    printSpread(label, "sched_latency_ms", m.latency);
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    if (!home.isValid())
        return 2;
    // Cold caches in a folder of our own; nothing of the user's is read or written.
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(u"cache"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The longest GUI-thread busy period while the Environment page syncs a test set"_s);
    parser.addHelpOption();
    const QCommandLineOption torchMb(u"torch-mb"_s, u"Size of the torch wheel's padding (MiB)"_s, u"N"_s, u"300"_s);
    const QCommandLineOption bulkMb(u"bulk-mb"_s, u"Padding of the nvidia-* wheels together (MiB)"_s, u"N"_s, u"200"_s);
    const QCommandLineOption python(u"python"_s, u"Interpreter the wheels are tagged for"_s, u"PATH"_s,
                                    u"/usr/bin/python3"_s);
    parser.addOptions({torchMb, bulkMb, python});
    parser.process(app);

    Akari::Test::SyncIndexServer server;
    if (!server.start({u"--torch-mb"_s, parser.value(torchMb), u"--bulk-mb"_s, parser.value(bulkMb)}, 120000)) {
        std::fprintf(stderr, "the sync index did not start: %s\n", qPrintable(server.errorString()));
        return 2;
    }
    qint64 setBytes = 0;
    const QJsonObject files = server.manifest().value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it)
        setBytes += it.value().toObject().value(u"size"_s).toInteger();
    const QString project = home.filePath(u"project"_s);
    if (!Akari::Test::writeFile(QDir(project).filePath(u"pyproject.toml"_s),
                                Akari::Test::SyncIndexServer::pyproject(
                                    server.indexUrl(), {u"torch==2.8.0"_s, u"torchvision"_s, u"torchaudio"_s})))
        return 2;

    Akari::JobTracker jobs;
    Akari::EnvironmentPage page(&jobs);
    Akari::SyncPanel *panel = page.syncPanel();
    Akari::HttpClient::Options options;
    options.retries = 0;
    panel->setIndexClient(std::make_shared<Akari::SimpleIndexClient>(std::make_shared<Akari::HttpClient>(options),
                                                                     Akari::IndexCredentials()));
    Akari::ProjectSync::Settings base;
    base.python = parser.value(python);
    base.wheelCacheDirectory = home.filePath(u"wheels"_s);
    base.interpreterCacheDirectory = home.filePath(u"interpreters"_s);
    panel->setBaseSettings(base);
    Akari::InterpreterDiscovery::Options none; // the Python list is not what is measured
    none.useWindowsRegistry = false;
    none.cacheDirectory = base.interpreterCacheDirectory;
    panel->setInterpreterOptions(none);
    QString failure;
    QObject::connect(panel, &Akari::SyncPanel::failed,
                     [&failure](const Akari::Error &error) { failure = error.message(); });
    page.resize(1000, 680);
    page.show();
    page.showSyncTab();
    page.setProjectDirectory(project);
    if (!waitUntil([&jobs] { return !jobs.isBusy(); }, 30000)) { // the page's own inspection first
        std::fprintf(stderr, "the page's start-up jobs did not end\n");
        return 2;
    }

    std::printf("akari-bench-sync-stall: %lld files, %.1f MiB on the index, %d cores, load average %s, platform %s\n",
                static_cast<long long>(files.size()), double(setBytes) / (1024.0 * 1024.0), QThread::idealThreadCount(),
                qPrintable(loadAverage()), qPrintable(QGuiApplication::platformName()));
    std::printf("busy = the GUI thread working without going back to wait in its event loop; event = one top-level\n"
                "event it handled; sched_latency = how late a 1 ms timer fired (includes waiting for a core: compare\n"
                "with idle). Milliseconds.\n");
    // The same probes with nothing to do: what this machine's scheduling alone costs.
    Measurement idle;
    measure(app, {}, {}, IdleMs, &idle);
    print("idle", idle);
    const auto notBusy = [panel] { return !panel->isBusy(); };
    const auto describe = [panel] {
        return u"%1 | %2 | bar %3/%4 | log %5 lines"_s.arg(panel->overallLabel()->text(), panel->statusLabel()->text())
            .arg(panel->progressBar()->value())
            .arg(panel->progressBar()->maximum())
            .arg(panel->logView()->blockCount());
    };
    Measurement plan;
    if (!measure(
            app, [panel] { panel->planButton()->click(); }, notBusy, PlanTimeoutMs, &plan, describe) ||
        !panel->plan()) {
        std::fprintf(stderr, "planning failed: %s\n", qPrintable(failure));
        return 2;
    }
    print("plan", plan);
    Measurement sync;
    if (!measure(
            app, [panel] { panel->syncButton()->click(); }, notBusy, SyncTimeoutMs, &sync, describe) ||
        !failure.isEmpty()) {
        std::fprintf(stderr, "the sync failed: %s\n", qPrintable(failure));
        return 2;
    }
    print("sync", sync);
    const Measurement &longest = plan.loop.busyWall.maxMs > sync.loop.busyWall.maxMs ? plan : sync;
    const double worst = longest.loop.busyWall.maxMs;
    const double worstEvent = std::max(plan.loop.events.maxMs, sync.loop.events.maxMs);
    const double worstLatency = std::max(plan.latency.maxMs, sync.latency.maxMs);
    std::printf("verdict on the longest busy period (wall time, plan and sync): %.2f ms, budget %.0f ms: %s\n"
                "  thread CPU in it %.2f ms%s\n"
                "  not judged: longest single event %.2f ms; scheduling latency max %.2f ms (idle %.2f ms)\n",
                worst, FrameBudgetMs, worst < FrameBudgetMs ? "ok" : "TOO LONG", longest.loop.longestBusyCpuMs,
                longest.loop.longestBusyCpuMs * 2 < worst ? " (under half the wall time: most of it was spent waiting "
                                                            "for a core, i.e. the machine's load, not our code)"
                                                          : "",
                worstEvent, worstLatency, idle.latency.maxMs);
    return worst < FrameBudgetMs ? 0 : 1;
}
