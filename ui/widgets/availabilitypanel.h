// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "core/error.h"
#include "core/resolve/torchavailability.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace Akari
{

class Job;
class JobTracker;
class ProjectEditor;
class SimpleIndexClient;

/**
 * \brief Which PyTorch builds the open project's plan can get: one row per platform and
 *        backend the plan uses there, one column per Python version the project admits, and
 *        in each cell the newest torch with wheels ("no wheels" when there is none).
 *
 * The indexes are read by TorchAvailability::checkJob through the JobTracker, never on the
 * GUI thread: when the panel is first shown, when the plan needs backends or Pythons the last
 * answer did not cover (while shown), and on Refresh. Pages come through the HTTP cache, so
 * opening the panel again is quick. Cell tooltips list torchvision and torchaudio too.
 */
class AvailabilityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AvailabilityPanel)

public:
    /// \a jobs null: \a editor's JobTracker (or none: the panel then runs its jobs itself).
    AvailabilityPanel(ProjectEditor *editor, JobTracker *jobs, QWidget *parent = nullptr);
    ~AvailabilityPanel() override;

    /// The title of the tab the panel sits in (it keeps that tab's text in the current language).
    [[nodiscard]] static QString title();

    /// The client to read indexes with; by default IndexSession::shared().
    void setIndexClient(std::shared_ptr<SimpleIndexClient> client);
    /// Backend id → index URL, instead of the real indexes (mirrors, tests).
    void setIndexOverrides(const QList<std::pair<QString, QString>> &overrides);

    /// Reads the indexes again for the current plan.
    void refresh();

    /// The rows and columns the current plan asks for.
    [[nodiscard]] TorchAvailability::Query query() const;
    /// The last answer; nullopt before the first one.
    [[nodiscard]] const std::optional<TorchAvailability::Report> &report() const { return m_report; }
    [[nodiscard]] bool isChecking() const { return !m_job.isNull(); }

    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPushButton *refreshButton() const { return m_refresh; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

signals:
    /// A check ended (with an answer, an error or cancelled).
    void checkFinished();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// The rows: each platform with the backends the plan uses on it, in plan order.
    [[nodiscard]] QList<std::pair<TargetPlatform::Os, QString>> rows() const;
    /// Whether the last answer covers \a wanted.
    [[nodiscard]] bool covers(const TorchAvailability::Query &wanted) const;
    void planChanged();
    void showTable();
    void showStatus();
    void retranslateUi();
    [[nodiscard]] QString cellToolTip(TargetPlatform::Os os, const QString &backend, const QString &python) const;

    ProjectEditor *m_editor;
    QPointer<JobTracker> m_jobs;
    std::shared_ptr<SimpleIndexClient> m_client;
    QList<std::pair<QString, QString>> m_overrides;
    QPointer<Job> m_job;
    std::optional<TorchAvailability::Query> m_reportQuery; ///< what m_report answers
    std::optional<TorchAvailability::Report> m_report;
    std::optional<Error> m_error;
    qint64 m_stepsDone = 0;
    qint64 m_stepsTotal = -1;

    QLabel *m_status;
    QPushButton *m_refresh;
    QTableWidget *m_table;
};

} // namespace Akari
