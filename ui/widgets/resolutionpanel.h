// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

#include "core/backend/targetplatform.h"
#include "core/resolve/projectresolver.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Akari
{

class Job;
class JobTracker;
class ProjectEditor;
class SimpleIndexClient;

/**
 * \brief Resolves the project as its current plan would write it, on demand, for one
 *        platform and Python version (and, for a plan of variants, one variant).
 *
 * Resolve runs ProjectResolver::resolveJob through the JobTracker with a progress bar and a
 * Cancel button; the answer is a table (package, version, index, size), or for no solution
 * the resolver's explanation, or the error. A result that no longer matches the plan or the
 * chosen target says so; nothing is resolved without the user asking.
 */
class ResolutionPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResolutionPanel)

public:
    /// \a jobs null: \a editor's JobTracker (or none: the panel then runs its jobs itself).
    ResolutionPanel(ProjectEditor *editor, JobTracker *jobs, QWidget *parent = nullptr);
    ~ResolutionPanel() override;

    /// The title of the tab the panel sits in (it keeps that tab's text in the current language).
    [[nodiscard]] static QString title();

    /// The client to read indexes with; by default IndexSession::shared().
    void setIndexClient(std::shared_ptr<SimpleIndexClient> client);

    void setPlatform(TargetPlatform::Os os);
    /// "3.12"; ignored when the list does not offer it.
    void setPython(const QString &python);
    [[nodiscard]] TargetPlatform::Os platform() const;
    [[nodiscard]] QString python() const;
    /// The variant chosen for a plan of variants; empty otherwise.
    [[nodiscard]] QString variant() const;

    /// Starts resolving the current plan for the chosen target.
    void resolve();
    void cancel();
    [[nodiscard]] bool isResolving() const { return !m_job.isNull(); }
    /// The last outcome; nullopt before one, or after an error.
    [[nodiscard]] const std::optional<ProjectResolver::Outcome> &outcome() const { return m_outcome; }

    [[nodiscard]] QComboBox *platformBox() const { return m_platform; }
    [[nodiscard]] QComboBox *pythonBox() const { return m_python; }
    [[nodiscard]] QComboBox *variantBox() const { return m_variant; }
    [[nodiscard]] QPushButton *resolveButton() const { return m_resolve; }
    [[nodiscard]] QPushButton *cancelButton() const { return m_cancel; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QTableWidget *table() const { return m_table; }
    [[nodiscard]] QPlainTextEdit *explanationView() const { return m_explanation; }
    [[nodiscard]] QLabel *statusLabel() const { return m_status; }

signals:
    /// A resolution ended (solved, unsolvable, failed or cancelled).
    void resolveFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void projectChanged();
    void fillPythons();
    void fillVariants();
    void showOutcome();
    void showStatus();
    void retranslateUi();
    /// What the current plan, target and variant are, to tell a stale result.
    [[nodiscard]] QString requestKey() const;

    ProjectEditor *m_editor;
    QPointer<JobTracker> m_jobs;
    std::shared_ptr<SimpleIndexClient> m_client;
    QPointer<Job> m_job;
    std::optional<ProjectResolver::Outcome> m_outcome;
    std::optional<Error> m_error;
    bool m_cancelled = false;
    QString m_outcomeKey; ///< requestKey() of what m_outcome / m_error answer

    QLabel *m_platformLabel;
    QComboBox *m_platform;
    QLabel *m_pythonLabel;
    QComboBox *m_python;
    QLabel *m_variantLabel;
    QComboBox *m_variant;
    QPushButton *m_resolve;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableWidget *m_table;
    QPlainTextEdit *m_explanation;
};

} // namespace Akari
