// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

#include "core/error.h"
#include "core/install/interpreterdiscovery.h"
#include "core/install/projectsync.h"
#include "core/install/syncprogress.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace Akari
{

class Job;
class JobTracker;
class SimpleIndexClient;
class SyncLogQueue;
class SyncPlanModel;
class SyncProgressModel;
class VerificationCard;

/**
 * \brief Syncing the project's environment: plan the change (ProjectSync::planJob), show it,
 *        carry it out (executeJob) with a row per package, an overall bar with bytes and time
 *        left, the live log, Cancel with a question, and a verification card at the end; or
 *        run `uv sync` instead when uv is on PATH.
 *
 * Nothing here blocks the GUI thread: the work runs in jobs, log lines from their worker
 * threads are queued and appended in batches, and progress updates only the rows that changed.
 */
class SyncPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPanel)

public:
    /// \a jobs null: the panel starts its jobs itself.
    explicit SyncPanel(JobTracker *jobs, QWidget *parent = nullptr);
    ~SyncPanel() override;

    /// An empty directory: no project (everything disabled).
    void setProjectDirectory(const QString &directory);
    /// The client to read indexes with; by default IndexSession::shared().
    void setIndexClient(std::shared_ptr<SimpleIndexClient> client);
    /// Cache folders, parallelism and verification for syncs; the project, extras and log sink
    /// always come from the panel, and so does the Python unless "Automatic" is chosen.
    void setBaseSettings(const ProjectSync::Settings &settings);
    /// Where "Python" looks for interpreters; by default InterpreterDiscovery::defaultOptions().
    void setInterpreterOptions(const InterpreterDiscovery::Options &options);
    /// The folders to look for `uv` in (empty: PATH); looks again now.
    void setUvSearchPath(const QStringList &searchPath);

    void planSync();
    void sync();
    void syncWithUv();
    /// Asks first when a sync runs (a window-modal question, answered later); planning stops at once.
    void requestCancel();

    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] const std::optional<SyncPlan> &plan() const { return m_plan; }
    [[nodiscard]] QString uvPath() const { return m_uv; }

    void showPlan(const SyncPlan &plan);
    void showProgress(const SyncProgress &progress);
    void showOutcome(const ProjectSync::Outcome &outcome);
    /// A thread-safe sink for log lines: they reach the log view in batches, in the GUI thread.
    [[nodiscard]] std::function<void(const QString &)> logSink() const;

    /// "Downloading: 120 MB of 350 MB, 40 MB/s, about 6 s left" in the current language.
    [[nodiscard]] static QString overallText(const SyncProgress &progress);

    [[nodiscard]] QComboBox *extrasBox() const { return m_extras; }
    [[nodiscard]] QComboBox *pythonBox() const { return m_python; }
    [[nodiscard]] QPushButton *planButton() const { return m_planButton; }
    [[nodiscard]] QPushButton *syncButton() const { return m_syncButton; }
    [[nodiscard]] QPushButton *uvButton() const { return m_uvButton; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancelButton; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QLabel *overallLabel() const { return m_overall; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }
    [[nodiscard]] QTableView *planView() const { return m_planView; }
    [[nodiscard]] QTableView *progressView() const { return m_progressView; }
    [[nodiscard]] SyncPlanModel *planModel() const { return m_planModel; }
    [[nodiscard]] SyncProgressModel *progressModel() const { return m_progressModel; }
    [[nodiscard]] QPlainTextEdit *logView() const { return m_log; }
    [[nodiscard]] VerificationCard *verificationCard() const { return m_card; }
    /// The open cancel question, if any.
    [[nodiscard]] QMessageBox *cancelQuestion() const { return m_question; }

signals:
    /// Planning or a sync started (an earlier error no longer applies).
    void workStarted();
    /// A sync (Akari's or uv's) ended, however: the environment may have changed.
    void environmentChanged();
    /// A plan or sync failed; the page shows \a error in its banner.
    void failed(const Akari::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Ending : quint8
    {
        None,
        Succeeded,
        Failed,
        Cancelled,
    };

    [[nodiscard]] ProjectSync::Settings settings() const;
    [[nodiscard]] QStringList chosenExtras() const;
    void loadChoices();
    void fillExtras(const QStringList &names);
    void fillPythons(const InterpreterDiscovery::Report &report);
    void watchSync(Job *job, bool uv);
    void updateState();
    void retranslateUi();

    QPointer<JobTracker> m_jobs;
    QString m_projectDirectory;
    std::shared_ptr<SimpleIndexClient> m_client;
    ProjectSync::Settings m_base;
    std::optional<InterpreterDiscovery::Options> m_interpreterOptions;
    QString m_uv;

    std::optional<SyncPlan> m_plan;
    QPointer<Job> m_planJob;
    QPointer<Job> m_syncJob;
    bool m_syncIsUv = false;
    QPointer<Job> m_extrasJob;
    QPointer<Job> m_discoveryJob;
    bool m_extrasLoaded = false;
    bool m_pythonsLoaded = false;
    Ending m_ending = Ending::None;
    bool m_lastWasUv = false;
    qint64 m_elapsedMs = -1;
    QPointer<QMessageBox> m_question;

    QLabel *m_extrasLabel;
    QComboBox *m_extras;
    QLabel *m_pythonLabel;
    QComboBox *m_python;
    QPushButton *m_planButton;
    QPushButton *m_syncButton;
    QPushButton *m_uvButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_overall;
    QLabel *m_status;
    QStackedWidget *m_views;
    QTableView *m_planView;
    QTableView *m_progressView;
    SyncPlanModel *m_planModel;
    SyncProgressModel *m_progressModel;
    QPlainTextEdit *m_log;
    SyncLogQueue *m_logQueue; ///< a child of m_log, which it appends to
    VerificationCard *m_card;
};

} // namespace Akari
