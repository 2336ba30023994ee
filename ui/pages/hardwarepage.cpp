// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwarepage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include "../widgets/factsview.h"
#include "../widgets/gputablemodel.h"
#include "../widgets/messagebanner.h"
#include "../widgets/recommendationcard.h"
#include "core/hardware/hardwaredetector.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Rows that only apply to some machines; hidden elsewhere.
const QStringList OptionalRows{u"wsl"_s, u"nvidiaDriver"_s, u"cudaVersion"_s, u"rocmVersion"_s,
                               u"cudaVisibleDevices"_s};

QLabel *sectionHeading(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}
} // namespace

HardwarePage::HardwarePage(JobTracker *jobs, QWidget *parent)
    : Page(parent)
    , m_jobs(jobs)
    , m_scroll(new QScrollArea(this))
    , m_gpuHeading(sectionHeading(this, u"gpuHeading"_s))
    , m_gpuModel(new GpuTableModel(this))
    , m_gpuTable(new QTableView(this))
    , m_noGpu(new QLabel(this))
    , m_machineHeading(sectionHeading(this, u"machineHeading"_s))
    , m_facts(new FactsView(this))
    , m_failuresHeading(new QLabel(this))
    , m_failures(new QLabel(this))
    , m_card(new RecommendationCard(this))
    , m_refreshButton(new QPushButton(this))
    , m_stateText(new QLabel(this))
{
    setObjectName(u"hardwarePage"_s);
    for (const QString &id : {u"hostName"_s, u"osName"_s, u"wsl"_s, u"kernel"_s, u"architecture"_s, u"cpuModel"_s,
                              u"logicalCores"_s, u"memory"_s, u"libc"_s, u"uvDetection"_s, u"nvidiaDriver"_s,
                              u"cudaVersion"_s, u"rocmVersion"_s, u"cudaVisibleDevices"_s})
        m_facts->addRow(id);

    m_gpuTable->setObjectName(u"gpuTable"_s);
    m_gpuTable->setModel(m_gpuModel);
    m_gpuTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_gpuTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gpuTable->setWordWrap(false);
    m_gpuTable->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_gpuTable->setAlternatingRowColors(true);
    m_gpuTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // as tall as its rows
    m_gpuTable->verticalHeader()->hide();
    m_gpuTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents); // compact rows
    m_gpuTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_gpuTable->horizontalHeader()->setStretchLastSection(true);
    m_gpuTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_gpuTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_gpuTable->installEventFilter(this);
    connect(m_gpuTable->horizontalHeader(), &QHeaderView::sectionResized, this, &HardwarePage::fitGpuTable);
    connect(m_gpuTable->verticalHeader(), &QHeaderView::sectionResized, this, &HardwarePage::fitGpuTable);
    m_noGpu->setObjectName(u"noGpuText"_s);
    m_noGpu->setWordWrap(true);
    m_failuresHeading->setObjectName(u"probeFailuresHeading"_s);
    m_failuresHeading->setWordWrap(true);
    m_failuresHeading->setForegroundRole(QPalette::PlaceholderText);
    m_failures->setObjectName(u"probeFailures"_s);
    m_failures->setWordWrap(true);
    m_failures->setTextFormat(Qt::PlainText);
    m_failures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setForegroundRole(QPalette::PlaceholderText);
    m_refreshButton->setObjectName(u"refreshButton"_s);
    // No F5: MainWindow's Reload Project owns QKeySequence::Refresh.
    connect(m_refreshButton, &QPushButton::clicked, this, &HardwarePage::detect);
    m_stateText->setObjectName(u"detectionState"_s);
    m_stateText->setForegroundRole(QPalette::PlaceholderText);
    connect(m_card, &RecommendationCard::useRecommendation, this, &HardwarePage::recommendationChosen);

    auto *machine = new QVBoxLayout;
    machine->setSpacing(8);
    machine->addWidget(m_machineHeading);
    machine->addWidget(m_facts);
    machine->addSpacing(4);
    machine->addWidget(m_failuresHeading);
    machine->addWidget(m_failures);
    machine->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(20);
    columns->addLayout(machine, 1);
    columns->addWidget(m_card, 1, Qt::AlignTop);

    auto *body = new QWidget(m_scroll);
    body->setObjectName(u"hardwareBody"_s);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(8);
    bodyLayout->addWidget(m_gpuHeading);
    bodyLayout->addWidget(m_gpuTable);
    bodyLayout->addWidget(m_noGpu);
    bodyLayout->addSpacing(8);
    bodyLayout->addLayout(columns);
    bodyLayout->addStretch(1);
    m_scroll->setObjectName(u"hardwareScroll"_s);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    // The page's own background shows through, not the view colour.
    m_scroll->viewport()->setAutoFillBackground(false);
    body->setAutoFillBackground(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_stateText, 1);
    contentLayout()->addWidget(m_scroll, 1);
    contentLayout()->addLayout(buttons);

    // Top to bottom, left to right: the table, the card's controls, then Refresh.
    auto *platform = m_card->findChild<QWidget *>(u"platformSelector"_s);
    auto *use = m_card->findChild<QWidget *>(u"useRecommendationButton"_s);
    setTabOrder(m_gpuTable, platform);
    setTabOrder(platform, use);
    setTabOrder(use, m_refreshButton);
    retranslateUi();
}

QString HardwarePage::title() const
{
    return tr("Hardware");
}

QString HardwarePage::subtitle() const
{
    return tr("The GPUs, drivers and system that PyTorch builds depend on, and the build that suits this machine.");
}

bool HardwarePage::isDetecting() const
{
    return m_detection && m_detection->isRunning();
}

void HardwarePage::detect()
{
    if (isDetecting())
        return;
    m_refreshButton->setEnabled(false);
    Job *job = m_jobs->run(HardwareDetector::detectJob(m_probeEnvironment.value_or(ProbeEnvironment::system())));
    m_detection = job;
    m_state = DetectionState::Running;
    showState();
    if (!m_report)
        showGpus(); // "looking for GPUs" instead of "not detected yet"
    connect(job, &Job::progressChanged, this, &HardwarePage::showState);
    connect(job, &Job::succeeded, this, [this](const QVariant &result) {
        banner()->hide();
        setReport(result.value<HardwareReport>());
    });
    connect(job, &Job::failed, this, [this](const Error &error) {
        // What was detected before is still the best knowledge there is: keep it on screen.
        m_state = DetectionState::Failed;
        banner()->showError(error);
    });
    connect(job, &Job::cancelled, this, [this] { m_state = DetectionState::Cancelled; });
    connect(job, &Job::finished, this, [this] {
        m_refreshButton->setEnabled(true);
        showState();
        if (!m_report)
            showGpus();
    });
}

void HardwarePage::setReport(const HardwareReport &report)
{
    m_report = report;
    m_state = DetectionState::Succeeded;
    m_detectedAt = QDateTime::currentDateTime();
    m_gpuModel->setGpus(report.gpus, report.cudaVisibleDevices);
    m_card->setReport(report);
    showReport();
    emit reportChanged();
}

void HardwarePage::showReport()
{
    showMachine();
    showGpus();
    showFailures();
    showState();
}

void HardwarePage::showMachine()
{
    m_facts->clearValues();
    for (const QString &id : OptionalRows)
        m_facts->setRowVisible(id, false);
    if (!m_report)
        return;
    const SystemInfo &info = m_report->machine;
    const QLocale locale;
    m_facts->setValue(u"hostName"_s, info.hostName);
    m_facts->setValue(u"osName"_s, info.osName);
    m_facts->setValue(u"kernel"_s, info.kernel);
    m_facts->setValue(u"architecture"_s, info.architecture);
    m_facts->setValue(u"cpuModel"_s, info.cpuModel);
    m_facts->setValue(u"logicalCores"_s,
                      info.logicalCores > 0 ? tr("%n logical core(s)", nullptr, info.logicalCores) : QString());
    m_facts->setValue(u"memory"_s, info.memoryBytes > 0 ? locale.formattedDataSize(info.memoryBytes, 1,
                                                                                   QLocale::DataSizeTraditionalFormat)
                                                        : QString());
    QString libc = info.libc;
    if (libc.isEmpty() && info.musl)
        libc = tr("musl", "C library");
    else if (libc.isEmpty() && !info.glibcVersion.isEmpty())
        libc = tr("glibc %1", "C library and its version").arg(info.glibcVersion);
    m_facts->setValue(u"libc"_s, libc);
    if (info.wsl) {
        m_facts->setValue(u"wsl"_s, tr("Linux inside Windows (WSL 2)"));
        m_facts->setRowVisible(u"wsl"_s, true);
    }

    const UvAccelerator &accelerator = m_report->accelerator;
    // The driver's own spelling ("560.35.03"), not uv's parsed version ("560.35.3").
    const QString driver = !accelerator.driverVersionText.isEmpty() || !accelerator.driverVersion
                               ? accelerator.driverVersionText
                               : accelerator.driverVersion->toString();
    QString uv;
    switch (accelerator.kind) {
    case UvAccelerator::Kind::None:
        uv = accelerator.uvError ? tr("An error, so uv stops: %1").arg(accelerator.uvError->toString())
                                 : tr("No GPU (uv uses the CPU builds)");
        break;
    case UvAccelerator::Kind::Cuda:
        uv = tr("NVIDIA driver %1, from %2", "driver version, where uv read it").arg(driver, accelerator.source);
        break;
    case UvAccelerator::Kind::Amd:
        uv = tr("AMD GPU %1, from %2", "gfx architecture, where uv read it")
                 .arg(accelerator.amdArchitecture, accelerator.source);
        break;
    case UvAccelerator::Kind::Xpu:
        uv = tr("Intel GPU, from %1", "where uv found it").arg(accelerator.source);
        break;
    }
    m_facts->setValue(u"uvDetection"_s, uv);

    const auto optionalRow = [this](const QString &id, const QString &value) {
        m_facts->setValue(id, value);
        m_facts->setRowVisible(id, !value.isEmpty());
    };
    optionalRow(u"nvidiaDriver"_s, m_report->nvidiaDriverVersion);
    const QString &cuda = m_report->cudaDriverVersion;
    optionalRow(u"cudaVersion"_s, cuda.isEmpty() ? QString()
                                  : m_report->cudaVersionEstimated
                                      ? tr("CUDA %1 (estimated from the driver version)").arg(cuda)
                                      : tr("CUDA %1").arg(cuda));
    optionalRow(u"rocmVersion"_s, m_report->rocmVersion);
    if (m_report->cudaVisibleDevices) {
        const QString value = *m_report->cudaVisibleDevices;
        optionalRow(u"cudaVisibleDevices"_s,
                    value.trimmed().isEmpty() ? tr("(empty: CUDA sees no GPU)", "CUDA_VISIBLE_DEVICES value") : value);
    }
}

void HardwarePage::showGpus()
{
    const bool anyGpu = m_report && !m_report->gpus.isEmpty();
    m_gpuTable->setVisible(anyGpu);
    m_noGpu->setVisible(!anyGpu);
    if (anyGpu) {
        fitGpuTable();
        return;
    }
    if (!m_report) {
        m_noGpu->setText(m_state == DetectionState::Running ? tr("Looking for GPUs…")
                                                            : tr("The GPUs have not been detected yet."));
        return;
    }
    const UvAccelerator &accelerator = m_report->accelerator;
    if (accelerator.kind == UvAccelerator::Kind::None || accelerator.source.isEmpty())
        m_noGpu->setText(tr("No GPU found: PyTorch’s CPU builds are what this machine can use."));
    else // e.g. UV_CUDA_DRIVER_VERSION set on a machine without the GPU
        m_noGpu->setText(tr("No GPU found, but uv’s detection answers through %1; the recommendation follows uv.")
                             .arg(accelerator.source));
}

void HardwarePage::showFailures()
{
    const bool any = m_report && !m_report->failures.isEmpty();
    m_failuresHeading->setVisible(any);
    m_failures->setVisible(any);
    if (!any) {
        m_failures->clear();
        return;
    }
    // Plain notes, not alarms: the other probes carried on and the result stands.
    QStringList lines;
    for (const ProbeFailure &failure : std::as_const(m_report->failures))
        lines.append(u"• "_s + failure.error.toString());
    m_failures->setText(lines.join(u'\n'));
}

void HardwarePage::showState()
{
    const bool ended = m_state == DetectionState::Failed || m_state == DetectionState::Cancelled;
    m_card->setPlaceholderText(ended ? tr("No recommendation: detection did not finish.") : QString());
    switch (m_state) {
    case DetectionState::NotStarted:
        m_stateText->clear();
        break;
    case DetectionState::Running: {
        const QString phase = m_detection ? m_detection->progress().phase : QString();
        m_stateText->setText(phase.isEmpty() ? tr("Detecting GPUs and drivers…")
                                             : tr("Detecting GPUs and drivers: %1", "phase").arg(phase));
        break;
    }
    case DetectionState::Succeeded:
        m_stateText->setText(
            tr("Detected at %1.", "time").arg(QLocale().toString(m_detectedAt.time(), QLocale::ShortFormat)));
        break;
    case DetectionState::Failed:
        m_stateText->setText(m_report ? tr("Detection failed; the previous result is still shown.")
                                      : tr("Detection failed."));
        break;
    case DetectionState::Cancelled:
        m_stateText->setText(m_report ? tr("Detection was cancelled; the previous result is still shown.")
                                      : tr("Detection was cancelled."));
        break;
    }
}

void HardwarePage::fitGpuTable()
{
    const QHeaderView *header = m_gpuTable->horizontalHeader();
    int height = 2 * m_gpuTable->frameWidth() + header->sizeHint().height() + m_gpuTable->verticalHeader()->length();
    // Columns wider than the view scroll sideways; keep the last row clear of the scroll bar.
    if (header->length() > m_gpuTable->viewport()->width())
        height += m_gpuTable->horizontalScrollBar()->sizeHint().height();
    m_gpuTable->setFixedHeight(height);
}

bool HardwarePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_gpuTable && event->type() == QEvent::Resize)
        fitGpuTable();
    return Page::eventFilter(watched, event);
}

void HardwarePage::retranslateUi()
{
    Page::retranslateUi();
    m_gpuHeading->setText(tr("Graphics processors"));
    m_machineHeading->setText(tr("This machine"));
    m_gpuTable->setAccessibleName(tr("Graphics processors"));
    m_facts->setLabel(u"hostName"_s, tr("Host name:"));
    m_facts->setLabel(u"osName"_s, tr("Operating system:"));
    m_facts->setLabel(u"wsl"_s, tr("Subsystem:"));
    m_facts->setLabel(u"kernel"_s, tr("Kernel:"));
    m_facts->setLabel(u"architecture"_s, tr("Architecture:"));
    m_facts->setLabel(u"cpuModel"_s, tr("Processor:"));
    m_facts->setLabel(u"logicalCores"_s, tr("Cores:"));
    m_facts->setLabel(u"memory"_s, tr("Memory:"));
    m_facts->setLabel(u"libc"_s, tr("C library:"));
    m_facts->setLabel(u"uvDetection"_s, tr("uv detects:"));
    m_facts->setLabel(u"nvidiaDriver"_s, tr("NVIDIA driver:"));
    m_facts->setLabel(u"cudaVersion"_s, tr("Newest CUDA:"));
    m_facts->setLabel(u"rocmVersion"_s, tr("ROCm:"));
    m_facts->setLabel(u"cudaVisibleDevices"_s, tr("CUDA_VISIBLE_DEVICES:"));
    m_failuresHeading->setText(tr("Notes from detection (the other checks carried on):"));
    m_failures->setAccessibleName(tr("Details that could not be read"));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Detect the GPUs, drivers and machine again"));
    m_refreshButton->setAccessibleName(tr("Refresh hardware detection"));
    m_gpuModel->retranslate();
    showReport();
    // Probe notes and errors were worded in the old language when detection ran; detect again
    // (a few milliseconds without GPUs) so every text on the page follows the switch.
    if (m_report && !isDetecting())
        detect();
}

} // namespace Akari
