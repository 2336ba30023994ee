// SPDX-License-Identifier: GPL-3.0-or-later
// The Hardware page: detection runs as a tracked job and fills the GPU table, the machine's
// facts and the recommendation; a failed detection keeps what was shown before.
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "core/backend/torchbackend.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "fakecommandrunner.h"
#include "pages/hardwarepage.h"
#include "widgets/messagebanner.h"
#include "widgets/recommendationcard.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HardwarePage;
using Akari::JobTracker;

namespace
{
QString fact(const HardwarePage &page, const QString &id)
{
    const auto *label = page.findChild<QLabel *>(id);
    return label ? label->text() : u"<no row %1>"_s.arg(id);
}

bool rowShown(const HardwarePage &page, const QString &id)
{
    const auto *label = page.findChild<QLabel *>(id + u"Label"_s);
    const auto *value = page.findChild<QLabel *>(id);
    return label && value && label->isVisible() && value->isVisible();
}

QLabel *label(const HardwarePage &page, const QString &name)
{
    return page.findChild<QLabel *>(name);
}

// Sets an environment variable for the lifetime of the object.
class ScopedVariable
{
public:
    ScopedVariable(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_wasSet(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedVariable()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScopedVariable)

private:
    const char *m_name;
    QByteArray m_old;
    bool m_wasSet;
};

// Two NVIDIA GPUs (one hidden by CUDA_VISIBLE_DEVICES) beside an Intel iGPU, under WSL.
Akari::HardwareReport laptopReport()
{
    Akari::HardwareReport report;
    report.machine.hostName = u"laptop"_s;
    report.machine.osName = u"Ubuntu 24.04.1 LTS"_s;
    report.machine.architecture = u"x86_64"_s;
    report.machine.glibcVersion = u"2.39"_s;
    report.machine.wsl = true;
    report.accelerator.kind = Akari::UvAccelerator::Kind::Cuda;
    report.accelerator.driverVersion = Akari::Version::parse(u"560.35.03"_s).value();
    report.accelerator.driverVersionText = u"560.35.03"_s;
    report.accelerator.source = u"nvidia-smi"_s;
    report.nvidiaDriverVersion = u"560.35.03"_s;
    report.cudaDriverVersion = u"12.6"_s;
    report.cudaVersionEstimated = true;
    report.cudaVisibleDevices = u"0"_s;
    report.gpus = {Akari::GpuInfo{.vendor = Akari::GpuVendor::Nvidia,
                                  .name = u"NVIDIA GeForce RTX 4070 Laptop GPU"_s,
                                  .driverVersion = u"560.35.03"_s,
                                  .memoryMib = 8188,
                                  .computeCapability = u"8.9"_s,
                                  .pciBusId = u"0000:01:00.0"_s,
                                  .index = 0,
                                  .integrated = false},
                   Akari::GpuInfo{.vendor = Akari::GpuVendor::Nvidia,
                                  .name = u"NVIDIA RTX A2000"_s,
                                  .driverVersion = u"560.35.03"_s,
                                  .memoryMib = 6138,
                                  .computeCapability = u"8.6"_s,
                                  .pciBusId = u"0000:02:00.0"_s,
                                  .index = 1,
                                  .integrated = false,
                                  .visible = false},
                   Akari::GpuInfo{.vendor = Akari::GpuVendor::Intel,
                                  .name = u"Intel Iris Xe Graphics"_s,
                                  .pciBusId = u"0000:00:02.0"_s,
                                  .integrated = true}};
    report.failures.append(
        {u"rocminfo"_s, Akari::Error(Akari::Error::Code::Io, u"rocminfo did not answer within 3 s"_s)});
    return report;
}
// A machine with no GPU files and no vendor tools: detection answers the same on every host.
Akari::ProbeEnvironment machineWithoutGpu(const QString &root, const QString &driverOverride = {})
{
    Akari::ProbeEnvironment environment;
    environment.root = root;
    environment.runner = std::make_shared<Akari::Test::FakeCommandRunner>();
    environment.useNvml = false;
    if (!driverOverride.isEmpty())
        environment.environment.insert(u"UV_CUDA_DRIVER_VERSION"_s, driverOverride);
    return environment;
}
} // namespace

class TestHardwarePage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // The real detector runs here: keep the overrides of whoever runs the tests out of it.
        qunsetenv("UV_CUDA_DRIVER_VERSION");
        qunsetenv("UV_AMD_GPU_ARCHITECTURE");
    }

    void shouldShowDashesUntilDetected()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        QVERIFY(!page.hasResult());
        QVERIFY(!tracker.isBusy()); // the page does not detect by itself
        for (const QString &id : {u"hostName"_s, u"architecture"_s, u"logicalCores"_s, u"memory"_s})
            QCOMPARE(fact(page, id), u"—"_s);
        QVERIFY(!page.findChild<QTableView *>(u"gpuTable"_s)->isVisible());
        QCOMPARE(label(page, u"noGpuText"_s)->text(), u"The GPUs have not been detected yet."_s);
        QCOMPARE(fact(page, u"recommendationWaiting"_s), u"Waiting for detection…"_s);
        QVERIFY(!rowShown(page, u"wsl"_s));
        QVERIFY(!rowShown(page, u"nvidiaDriver"_s));
    }

    void shouldDetectTheMachineAsATrackedJob()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        auto *button = page.findChild<QPushButton *>(u"refreshButton"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QVERIFY(button->shortcut() != QKeySequence(QKeySequence::Refresh)); // F5 belongs to Reload Project
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);

        page.detect();
        QCOMPARE(started.count(), 1);
        QVERIFY(!started.first().first().value<Akari::Job *>()->title().isEmpty());
        QVERIFY(tracker.isBusy());
        QVERIFY(page.isDetecting());
        QVERIFY(!button->isEnabled()); // no second detection while one runs
        QVERIFY(label(page, u"detectionState"_s)->text().startsWith(u"Detecting GPUs and drivers"_s));
        page.detect();
        QCOMPARE(started.count(), 1);

        QTRY_VERIFY(!tracker.isBusy());
        QCOMPARE(finished.count(), 1);
        QVERIFY(button->isEnabled());
        QVERIFY(page.hasResult());
        QVERIFY(!page.banner()->isVisible());
        QVERIFY(label(page, u"detectionState"_s)->text().startsWith(u"Detected at "_s));
        QCOMPARE(fact(page, u"architecture"_s), QSysInfo::currentCpuArchitecture());
        QCOMPARE(fact(page, u"hostName"_s), QSysInfo::machineHostName());
        QVERIFY2(fact(page, u"logicalCores"_s).contains(QString::number(QThread::idealThreadCount())),
                 qPrintable(fact(page, u"logicalCores"_s)));
        QVERIFY(fact(page, u"kernel"_s).contains(QSysInfo::kernelVersion()));
    }

    void shouldSayThatThisMachineHasNoGpu()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        const QTemporaryDir root;
        page.setProbeEnvironment(machineWithoutGpu(root.path()));
        page.show();
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        QVERIFY(page.hasResult());
        QVERIFY(page.report()->gpus.isEmpty());
        QVERIFY(!page.findChild<QTableView *>(u"gpuTable"_s)->isVisible());
        QVERIFY(label(page, u"noGpuText"_s)->isVisible());
        QCOMPARE(label(page, u"noGpuText"_s)->text(),
                 u"No GPU found: PyTorch’s CPU builds are what this machine can use."_s);
        QCOMPARE(fact(page, u"uvDetection"_s), u"No GPU (uv uses the CPU builds)"_s);
        QCOMPARE(fact(page, u"primaryBackend"_s), Akari::TorchBackend::fromId(u"cpu"_s)->displayName());
        QCOMPARE(fact(page, u"uvBackends"_s), u"uv would try: cpu"_s);
    }

    void shouldDetectAgainFromTheButton()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        auto *button = page.findChild<QPushButton *>(u"refreshButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(!button->isEnabled());
        // A click on the disabled button starts nothing more.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY(button->isEnabled());
        QCOMPARE(fact(page, u"architecture"_s), QSysInfo::currentCpuArchitecture());
    }

    void shouldKeepThePreviousResultWhenDetectionFails()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        const QString primary = fact(page, u"primaryBackend"_s);

        // uv refuses an invalid override for every command; so does detection.
        const ScopedVariable invalid("UV_CUDA_DRIVER_VERSION", "not-a-driver");
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        QTRY_VERIFY(page.banner()->isVisible());
        QCOMPARE(page.banner()->kind(), Akari::MessageBanner::Kind::Error);
        QVERIFY2(page.banner()->text().contains(u"UV_CUDA_DRIVER_VERSION"_s), qPrintable(page.banner()->text()));
        QVERIFY2(page.banner()->text().contains(u"not-a-driver"_s), qPrintable(page.banner()->text()));
        QVERIFY(page.hasResult());
        QCOMPARE(fact(page, u"architecture"_s), QSysInfo::currentCpuArchitecture());
        QCOMPARE(fact(page, u"primaryBackend"_s), primary);
        QCOMPARE(label(page, u"detectionState"_s)->text(), u"Detection failed; the previous result is still shown."_s);
    }

    void shouldExplainAFirstDetectionThatFails()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        {
            const ScopedVariable invalid("UV_AMD_GPU_ARCHITECTURE", "gfx9999");
            page.detect();
            QCOMPARE(fact(page, u"recommendationWaiting"_s), u"Waiting for detection…"_s);
            QTRY_VERIFY(!tracker.isBusy());
        }
        QVERIFY(!page.hasResult());
        QVERIFY(page.banner()->isVisible());
        QVERIFY2(page.banner()->text().contains(u"gfx9999"_s), qPrintable(page.banner()->text()));
        QCOMPARE(label(page, u"detectionState"_s)->text(), u"Detection failed."_s);
        QCOMPARE(fact(page, u"recommendationWaiting"_s), u"No recommendation: detection did not finish."_s);
        QVERIFY(!label(page, u"primaryBackend"_s)->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(u"useRecommendationButton"_s)->isEnabled());
        QCOMPARE(label(page, u"noGpuText"_s)->text(), u"The GPUs have not been detected yet."_s);

        // Once the cause is gone, Refresh recovers and the error goes away.
        QTest::mouseClick(page.findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!tracker.isBusy());
        QVERIFY(page.hasResult());
        QVERIFY(!page.banner()->isVisible());
        QVERIFY(page.findChild<QPushButton *>(u"useRecommendationButton"_s)->isEnabled());
    }

    void shouldFollowUvsDriverOverrideWithoutAGpu()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        const QTemporaryDir root;
        page.setProbeEnvironment(machineWithoutGpu(root.path(), u"550.144.03"_s));
        page.show();
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        QVERIFY(page.hasResult());
        QVERIFY(page.report()->gpus.isEmpty());
        QCOMPARE(label(page, u"noGpuText"_s)->text(),
                 u"No GPU found, but uv’s detection answers through UV_CUDA_DRIVER_VERSION; the recommendation "
                 u"follows uv."_s);
        QCOMPARE(fact(page, u"uvDetection"_s), u"NVIDIA driver 550.144.03, from UV_CUDA_DRIVER_VERSION"_s);
        // UV-TORCH-FACTS.md §2.4: driver 550.144.03 on Linux starts at cu129.
        QVERIFY2(fact(page, u"uvBackends"_s).startsWith(u"uv would try: cu129, cu128,"_s),
                 qPrintable(fact(page, u"uvBackends"_s)));
    }

    void shouldShowTheGpusOfAReport()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.resize(1000, 700);
        page.show();
        page.setReport(laptopReport());
        auto *table = page.findChild<QTableView *>(u"gpuTable"_s);
        QVERIFY(table->isVisible());
        QVERIFY(!label(page, u"noGpuText"_s)->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(table->model()->index(0, 1).data().toString(), u"NVIDIA GeForce RTX 4070 Laptop GPU"_s);
        QCOMPARE(table->model()->index(1, 7).data().toString(), u"Hidden"_s);
        // As tall as its rows: the last one is fully inside the viewport.
        const QRect last = table->visualRect(table->model()->index(2, 0));
        QVERIFY2(last.bottom() < table->viewport()->height(),
                 qPrintable(u"%1 ≥ %2"_s.arg(last.bottom()).arg(table->viewport()->height())));

        QVERIFY(rowShown(page, u"wsl"_s));
        QCOMPARE(fact(page, u"wsl"_s), u"Linux inside Windows (WSL 2)"_s);
        QCOMPARE(fact(page, u"libc"_s), u"glibc 2.39"_s);
        QVERIFY(rowShown(page, u"nvidiaDriver"_s));
        QCOMPARE(fact(page, u"nvidiaDriver"_s), u"560.35.03"_s);
        QCOMPARE(fact(page, u"cudaVersion"_s), u"CUDA 12.6 (estimated from the driver version)"_s);
        QVERIFY(!rowShown(page, u"rocmVersion"_s));
        QCOMPARE(fact(page, u"cudaVisibleDevices"_s), u"0"_s);
        QCOMPARE(fact(page, u"uvDetection"_s), u"NVIDIA driver 560.35.03, from nvidia-smi"_s);

        QVERIFY(label(page, u"probeFailures"_s)->isVisible());
        QCOMPARE(label(page, u"probeFailures"_s)->text(), u"• rocminfo did not answer within 3 s"_s);

        // A later report without those details hides their rows again.
        Akari::HardwareReport plain;
        plain.machine.hostName = u"desktop"_s;
        page.setReport(plain);
        QVERIFY(!table->isVisible());
        for (const QString &id : {u"wsl"_s, u"nvidiaDriver"_s, u"cudaVersion"_s, u"cudaVisibleDevices"_s})
            QVERIFY2(!rowShown(page, id), qPrintable(id));
        QVERIFY(!label(page, u"probeFailures"_s)->isVisible());
        QCOMPARE(fact(page, u"hostName"_s), u"desktop"_s);
    }

    void shouldPassUseThisOn()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        page.setReport(laptopReport());
        QSignalSpy chosen(&page, &HardwarePage::recommendationChosen);
        QTest::mouseClick(page.findChild<QPushButton *>(u"useRecommendationButton"_s), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        const auto recommendation = chosen.first().first().value<Akari::Recommendation>();
        QCOMPARE(recommendation.primary, page.findChild<Akari::RecommendationCard *>()->recommendation()->primary);
        QCOMPARE(recommendation.backends.first(), u"cu129"_s); // driver 560 on Linux: the CUDA 12 builds
    }

    void shouldReachEveryControlWithTab()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        page.setReport(laptopReport());
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *table = page.findChild<QTableView *>(u"gpuTable"_s);
        table->setFocus();
        QStringList order;
        for (int step = 0; step < 3; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order.append(QApplication::focusWidget()->objectName());
        }
        QCOMPARE(order, (QStringList{u"platformSelector"_s, u"useRecommendationButton"_s, u"refreshButton"_s}));
        for (const QString &name : {u"gpuTable"_s, u"platformSelector"_s})
            QVERIFY(!page.findChild<QWidget *>(name)->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestHardwarePage)
#include "tst_hardwarepage.moc"
