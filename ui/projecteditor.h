// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>

#include "core/error.h"
#include "core/project/planpreview.h"
#include "core/project/projectsnapshot.h"
#include "core/project/torchplan.h"

class QFileSystemWatcher;
class QTimer;
class QUndoStack;

namespace Akari
{

class Job;
class JobTracker;

/**
 * \brief The open project's editing session: the plan being edited, its undo history, the
 *        preview of the file it makes, saving, and watching the file on disk.
 *
 * Every plan change is an undoable command. The preview is always the plan applied to the
 * text loaded at open (so undoing everything gives back the original bytes), diffed against
 * what the disk holds now. Loading, previews, saving and disk checks run as jobs through the
 * JobTracker; for each kind only the newest job's answer counts. When someone else changes
 * the file: without unsaved changes it is reloaded (reloadedAfterChange()), otherwise
 * changedOnDisk() asks the page to let the user choose (reload() or keepLocalChanges()).
 */
class ProjectEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectEditor)

public:
    explicit ProjectEditor(JobTracker *jobs, QObject *parent = nullptr);
    ~ProjectEditor() override;

    /// Loads the project at \a path (folder or pyproject.toml) as a job; the newest open wins.
    void open(const QString &path);
    [[nodiscard]] bool hasProject() const { return m_snapshot.has_value(); }
    /// The tracker the editor runs its jobs with; views of the project run theirs there too.
    [[nodiscard]] JobTracker *jobs() const { return m_jobs; }
    /// Valid while hasProject().
    [[nodiscard]] const ProjectSnapshot &snapshot() const { return *m_snapshot; }
    [[nodiscard]] QString filePath() const;
    /// The project's folder (where a new project's file will be).
    [[nodiscard]] QString folder() const;
    [[nodiscard]] const TorchPlan &plan() const { return m_plan; }
    /// The plan the file on disk holds (the loaded one, then the last saved).
    [[nodiscard]] const TorchPlan &savedPlan() const { return m_savedPlan; }
    /// The preview of plan(), once computed (it may lag one change behind while a job runs).
    [[nodiscard]] const std::optional<PlanPreview> &preview() const { return m_preview; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }

    /// The plan differs from the one on disk.
    [[nodiscard]] bool isModified() const { return hasProject() && !(m_plan == m_savedPlan); }
    /// Modified, or a new project whose file does not exist yet; no save running, and the
    /// plan can be written (its last preview did not fail).
    [[nodiscard]] bool canSave() const;
    [[nodiscard]] bool isSaving() const { return !m_saveJob.isNull(); }
    [[nodiscard]] bool isLoading() const { return !m_loadJob.isNull(); }

    /// Pushes an undoable change to \a plan; \a description gives its name in the current
    /// language (e.g. "Set torch on Linux to CUDA 12.8"). Nothing happens when the plan stays
    /// the same. Consecutive changes with the same non-empty \a mergeKey are one undo step.
    void changePlan(const TorchPlan &plan, const std::function<QString()> &description, const QString &mergeKey = {});
    /// Names every step of the undo history again, in the current language.
    void retranslateHistory();
    /// Saves plan() as a job (saved() or saveFailed()).
    void save();
    /// Back to the plan on disk, as an undoable change.
    void revert();
    /// Loads the file again, dropping unsaved changes and the undo history.
    void reload();
    /// After changedOnDisk(): keep editing; the next save replaces what is on disk now, and
    /// Revert goes back to what is on disk now.
    void keepLocalChanges();
    /// Computes the preview again (e.g. so its messages follow a new language).
    void refreshPreview();

signals:
    void opened();
    void openFailed(const Akari::Error &error);
    void planChanged();
    void previewChanged();
    void previewFailed(const Akari::Error &error);
    /// isModified() or canSave() may have changed.
    void stateChanged();
    void saved(const QString &backupPath);
    void saveFailed(const Akari::Error &error);
    void changedOnDisk();
    void reloadedAfterChange();
    /// keepLocalChanges() could not read what is on disk now.
    void diskReadFailed(const Akari::Error &error);

private:
    friend class PlanChangeCommand;
    /// Shows \a plan (from an undo command) and computes its preview.
    void showPlan(const TorchPlan &plan);
    void load(const QString &path, bool answersChangeOnDisk);
    void adopt(const ProjectSnapshot &snapshot);
    void watchFile();
    void checkDisk();
    /// Runs a disk check that had to wait for a save or load to end.
    void checkDiskIfAsked();

    JobTracker *m_jobs;
    QUndoStack *m_undo;
    QFileSystemWatcher *m_watcher;
    QTimer *m_diskCheckDelay;
    std::optional<ProjectSnapshot> m_snapshot;
    TorchPlan m_plan;
    TorchPlan m_savedPlan;
    std::optional<PlanPreview> m_preview;
    bool m_previewFailed = false;  ///< the plan cannot be written (e.g. no packages); saving waits
    bool m_diskCheckAsked = false; ///< the file changed while a save or load ran
    QPointer<Job> m_loadJob;
    QPointer<Job> m_previewJob;
    QPointer<Job> m_saveJob;
    QPointer<Job> m_diskJob;
    QPointer<Job> m_refreshJob; ///< keepLocalChanges() reading the disk
};

} // namespace Akari
