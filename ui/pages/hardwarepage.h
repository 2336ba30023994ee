// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QPointer>

#include "core/backend/recommendation.h"
#include "core/hardware/hardwarereport.h"
#include "core/hardware/probeenvironment.h"
#include "page.h"

class QLabel;
class QPushButton;
class QScrollArea;
class QTableView;

namespace Akari
{

class FactsView;
class GpuTableModel;
class Job;
class JobTracker;
class RecommendationCard;

/**
 * \brief The machine as PyTorch wheels see it: its GPUs, its basics, and the build to use.
 *
 * A table of the GPUs, a summary of the machine (OS, architecture, C library, drivers,
 * what uv's own detection concluded), the probes that could not finish, and a
 * RecommendationCard whose "Use This" is passed on as recommendationChosen(). Detection
 * runs as a job through the JobTracker; a failed detection shows its error in the banner
 * and keeps the previous result on screen.
 */
class HardwarePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwarePage)

public:
    explicit HardwarePage(JobTracker *jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    /// Runs detection as a job (unless one is running); the page updates when it finishes.
    void detect();
    /// Where detect() looks; this machine (ProbeEnvironment::system()) unless set, e.g. by tests.
    void setProbeEnvironment(const ProbeEnvironment &environment) { m_probeEnvironment = environment; }
    [[nodiscard]] bool isDetecting() const;
    [[nodiscard]] bool hasResult() const { return m_report.has_value(); }
    [[nodiscard]] const std::optional<HardwareReport> &report() const { return m_report; }
    /// Shows \a report as if detection had just given it.
    void setReport(const HardwareReport &report);

signals:
    /// A detection finished (or setReport() was called): report() holds the new report.
    void reportChanged();
    /// The user chose this recommendation with "Use This".
    void recommendationChosen(const Akari::Recommendation &recommendation);

protected:
    void retranslateUi() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::optional<ProbeEnvironment> m_probeEnvironment;
    enum class DetectionState
    {
        NotStarted,
        Running,
        Succeeded,
        Failed,
        Cancelled,
    };

    void showReport();
    void showMachine();
    void showGpus();
    void showFailures();
    void showState();
    /// The table is exactly as tall as its rows, so the page scrolls as one piece.
    void fitGpuTable();

    JobTracker *m_jobs;
    QPointer<Job> m_detection;
    DetectionState m_state = DetectionState::NotStarted;
    QDateTime m_detectedAt;
    std::optional<HardwareReport> m_report;

    QScrollArea *m_scroll;
    QLabel *m_gpuHeading;
    GpuTableModel *m_gpuModel;
    QTableView *m_gpuTable;
    QLabel *m_noGpu;
    QLabel *m_machineHeading;
    FactsView *m_facts;
    QLabel *m_failuresHeading;
    QLabel *m_failures;
    RecommendationCard *m_card;
    QPushButton *m_refreshButton;
    QLabel *m_stateText;
};

} // namespace Akari
