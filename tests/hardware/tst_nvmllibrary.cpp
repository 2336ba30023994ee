// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/hardware/nvidiaprobe.h"
#include "core/hardware/nvmllibrary.h"
#include "fakecommandrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::NvmlLibrary;
using Akari::Test::FakeCommandRunner;

namespace
{
using Snapshot = NvmlLibrary::Snapshot;

const QString Smi = u"/usr/bin/nvidia-smi"_s;
const QStringList DetailArguments{u"--query-gpu=index,uuid,name,memory.total,compute_cap,pci.bus_id,driver_version"_s,
                                  u"--format=csv,nounits"_s};
const QString DetailCommand = Smi + u' ' + DetailArguments.join(u' ');

Snapshot snapshotWithDriver(const QString &driver)
{
    Snapshot snapshot;
    snapshot.driverVersion = driver;
    snapshot.cudaVersion = u"12.4"_s;
    Akari::GpuInfo gpu;
    gpu.name = u"NVIDIA GeForce RTX 4090"_s;
    gpu.index = 0;
    gpu.driverVersion = driver;
    gpu.pciBusId = u"0000:01:00.0"_s;
    gpu.source = u"nvml"_s;
    snapshot.gpus.append(gpu);
    return snapshot;
}

/// A reader that counts its calls and answers after \a delayMs.
NvmlLibrary::Reader countingReader(std::shared_ptr<std::atomic<int>> calls, const QString &driver, int delayMs = 0)
{
    return [calls = std::move(calls), driver, delayMs]() -> Akari::Result<Snapshot> {
        ++*calls;
        if (delayMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        return snapshotWithDriver(driver);
    };
}

/// A captured Linux machine whose nvidia-smi would answer the detail query.
struct Machine
{
    QTemporaryDir root;
    std::shared_ptr<FakeCommandRunner> runner = std::make_shared<FakeCommandRunner>();
    Akari::ProbeEnvironment environment;

    Machine()
    {
        environment.root = root.path();
        environment.runner = runner;
        environment.useNvml = true;
        environment.environment = QProcessEnvironment();
        environment.machine = Akari::SystemInfo{};
        runner->addExecutable(Smi);
        FakeCommandRunner::Answer answer;
        answer.standardOutput = "index, name, pci.bus_id, driver_version\n"
                                "0, NVIDIA GeForce RTX 4090, 00000000:01:00.0, 550.144.03\n"_ba;
        runner->setAnswer(Smi, DetailArguments, answer);
    }
};
} // namespace

/**
 * NvmlLibrary's process-wide rules with stand-in readers: one question in flight, and after a
 * timeout no more questions for the rest of the process (also not nvidia-smi's details). The
 * functions run in order: everything before shouldGiveUpOnHungDriver sees a healthy driver.
 */
class TestNvmlLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void shouldAnswerThroughHelperThread();
    void shouldPassReaderErrors();
    void shouldPreferNvmlOverSmiInProbe();
    void shouldShareOneQuestionInFlight();
    void shouldGiveUpOnHungDriver();
    void shouldSkipNvmlAfterHang();
    void shouldSkipSmiDetailsAfterNvmlHang();
    void shouldSurviveLateAnswer();
};

void TestNvmlLibrary::shouldAnswerThroughHelperThread()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    const Akari::Result<Snapshot> snapshot = NvmlLibrary::queryWith(countingReader(calls, u"550.144.03"_s), 3000);
    QVERIFY2(snapshot.has_value(), snapshot ? "" : qPrintable(snapshot.error().message()));
    QCOMPARE(snapshot->driverVersion, u"550.144.03"_s);
    QCOMPARE(snapshot->gpus.size(), 1);
    QCOMPARE(calls->load(), 1);
    QVERIFY(!NvmlLibrary::hasHung());
}

void TestNvmlLibrary::shouldPassReaderErrors()
{
    const Akari::Error missing(Akari::Error::Code::NotFound, u"no library"_s);
    const Akari::Result<Snapshot> snapshot =
        NvmlLibrary::queryWith([missing]() -> Akari::Result<Snapshot> { return Akari::fail(missing); }, 3000);
    QVERIFY(!snapshot.has_value());
    QCOMPARE(snapshot.error(), missing);
    QVERIFY(!NvmlLibrary::hasHung());
}

void TestNvmlLibrary::shouldPreferNvmlOverSmiInProbe()
{
    // While the driver answers, NVML's view wins and nvidia-smi is not started for the details.
    Machine machine;
    auto calls = std::make_shared<std::atomic<int>>(0);
    Akari::HardwareReport report;
    Akari::NvidiaProbe(machine.environment, countingReader(calls, u"550.144.03"_s)).addGpus(report);
    QCOMPARE(calls->load(), 1);
    QVERIFY(machine.runner->runs().isEmpty());
    QCOMPARE(report.gpus.size(), 1);
    QCOMPARE(report.gpus.first().source, u"nvml"_s);
    QCOMPARE(report.cudaDriverVersion, u"12.4"_s);
    QVERIFY(!report.cudaVersionEstimated);

    // NVML missing (no driver library): nvidia-smi is asked as before.
    Akari::HardwareReport fallback;
    const Akari::NvidiaProbe withoutNvml(machine.environment, []() -> Akari::Result<Snapshot> {
        return Akari::fail(Akari::Error(Akari::Error::Code::NotFound, u"no library"_s));
    });
    withoutNvml.addGpus(fallback);
    QCOMPARE(machine.runner->runs(), QStringList{DetailCommand});
    QVERIFY(fallback.failures.isEmpty());
    QCOMPARE(fallback.gpus.size(), 1);
    QCOMPARE(fallback.gpus.first().source, u"nvidia-smi"_s);
}

void TestNvmlLibrary::shouldShareOneQuestionInFlight()
{
    // Two detections at once: the second waits for the first question instead of entering the driver too.
    auto inside = std::make_shared<std::atomic<int>>(0);
    auto most = std::make_shared<std::atomic<int>>(0);
    auto calls = std::make_shared<std::atomic<int>>(0);
    const auto reader = [inside, most, calls](const QString &driver) {
        return [inside, most, calls, driver]() -> Akari::Result<Snapshot> {
            ++*calls;
            const int now = ++*inside;
            int seen = most->load();
            while (now > seen && !most->compare_exchange_weak(seen, now)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            --*inside;
            return snapshotWithDriver(driver);
        };
    };

    Akari::Result<Snapshot> first = std::unexpected(Akari::Error());
    Akari::Result<Snapshot> second = std::unexpected(Akari::Error());
    std::unique_ptr<QThread> one(
        QThread::create([&first, &reader] { first = NvmlLibrary::queryWith(reader(u"first"_s), 3000); }));
    one->start();
    QTRY_COMPARE_WITH_TIMEOUT(inside->load(), 1, 2000);
    std::unique_ptr<QThread> two(
        QThread::create([&second, &reader] { second = NvmlLibrary::queryWith(reader(u"second"_s), 3000); }));
    two->start();
    QVERIFY(one->wait(5000));
    QVERIFY(two->wait(5000));

    QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message()));
    QVERIFY2(second.has_value(), second ? "" : qPrintable(second.error().message()));
    QCOMPARE(most->load(), 1);
    QCOMPARE(calls->load(), 1);
    QCOMPARE(first->driverVersion, u"first"_s);
    QCOMPARE(second->driverVersion, u"first"_s);
    QVERIFY(!NvmlLibrary::hasHung());
}

void TestNvmlLibrary::shouldGiveUpOnHungDriver()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    QElapsedTimer timer;
    timer.start();
    // Answers long after the caller gave up; shouldSurviveLateAnswer waits for that.
    const Akari::Result<Snapshot> snapshot =
        NvmlLibrary::queryWith(countingReader(calls, u"late"_s, /*delayMs=*/600), 100);
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!snapshot.has_value());
    QCOMPARE(snapshot.error().code(), Akari::Error::Code::Io);
    QVERIFY2(elapsed < 500, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    QVERIFY(NvmlLibrary::hasHung());
}

void TestNvmlLibrary::shouldSkipNvmlAfterHang()
{
    auto calls = std::make_shared<std::atomic<int>>(0);
    QElapsedTimer timer;
    timer.start();
    const Akari::Result<Snapshot> snapshot = NvmlLibrary::queryWith(countingReader(calls, u"550.144.03"_s), 3000);
    QVERIFY(!snapshot.has_value());
    QCOMPARE(snapshot.error().code(), Akari::Error::Code::Io);
    QVERIFY(timer.elapsed() < 100);
    QCOMPARE(calls->load(), 0);
}

void TestNvmlLibrary::shouldSkipSmiDetailsAfterNvmlHang()
{
    // The same driver answers nvidia-smi: after NVML hung, the details are not asked of it either.
    Machine machine;
    auto calls = std::make_shared<std::atomic<int>>(0);
    Akari::HardwareReport report;
    Akari::NvidiaProbe(machine.environment, countingReader(calls, u"550.144.03"_s)).addGpus(report);
    QCOMPARE(calls->load(), 0);
    QVERIFY2(machine.runner->runs().isEmpty(), qPrintable(machine.runner->runs().join(u"; "_s)));
    QCOMPARE(report.failures.size(), 1);
    QCOMPARE(report.failures.first().probe, u"NVML"_s);
    QVERIFY(report.gpus.isEmpty());

    // Without NVML (captured roots, tests, useNvml off) nvidia-smi is still asked.
    machine.environment.useNvml = false;
    Akari::HardwareReport withoutNvml;
    Akari::NvidiaProbe(machine.environment).addGpus(withoutNvml);
    QCOMPARE(machine.runner->runs(), QStringList{DetailCommand});
    QCOMPARE(withoutNvml.gpus.size(), 1);
}

void TestNvmlLibrary::shouldSurviveLateAnswer()
{
    // The hung reader of shouldGiveUpOnHungDriver comes back now, after its caller left: it must
    // find the shared state alive, and the driver stays skipped.
    QTest::qWait(700);
    QVERIFY(NvmlLibrary::hasHung());
    auto calls = std::make_shared<std::atomic<int>>(0);
    QVERIFY(!NvmlLibrary::queryWith(countingReader(calls, u"550.144.03"_s), 3000).has_value());
    QCOMPARE(calls->load(), 0);
}

QTEST_GUILESS_MAIN(TestNvmlLibrary)
#include "tst_nvmllibrary.moc"
