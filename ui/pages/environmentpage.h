// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QPointer>

#include "core/project/virtualenvironment.h"
#include "page.h"

class QListWidget;
class QPushButton;
class QTabWidget;

namespace Akari
{

class FactsView;
class Job;
class JobTracker;
class SyncPanel;

/**
 * \brief The project's virtual environment (.venv): its interpreter and installed packages,
 *        and syncing it with the project (a tab with the SyncPanel).
 */
class EnvironmentPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentPage)

public:
    explicit EnvironmentPage(JobTracker *jobs, QWidget *parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QString subtitle() const override;
    /// Inspects <directory>/.venv as a job; an empty directory means no project is open.
    void setProjectDirectory(const QString &directory);
    void refresh();
    [[nodiscard]] std::optional<VirtualEnvironmentInfo> info() const { return m_info; }
    [[nodiscard]] SyncPanel *syncPanel() const { return m_sync; }
    /// Brings the Sync tab to the front.
    void showSyncTab();

protected:
    void retranslateUi() override;

private:
    void showInfo();

    JobTracker *m_jobs;
    QString m_projectDirectory;
    FactsView *m_facts;
    QTabWidget *m_tabs;
    QListWidget *m_packages;
    SyncPanel *m_sync;
    QPushButton *m_refreshButton;
    std::optional<VirtualEnvironmentInfo> m_info;
    QPointer<Job> m_inspection; ///< the newest inspection; older ones are ignored
    bool m_inspectionFailed = false;
    bool m_syncFailed = false; ///< the banner shows a sync's error, which an inspection must not hide
};

} // namespace Akari
