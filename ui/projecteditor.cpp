// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecteditor.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QUndoStack>

#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobtracker.h"
#include "core/project/projectloader.h"
#include "core/project/projectsaver.h"
#include "planchangecommand.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Editors and tools write files in bursts (temporary file, rename, touch): look once they settle.
constexpr int DiskCheckDelayMs = 150;

/// Calls \a then with the job's error when it fails or is cancelled (a cancelled job's error says so).
template<typename Receiver, typename Handler>
void onFailure(Job *job, Receiver *receiver, Handler then)
{
    QObject::connect(job, &Job::failed, receiver, then);
    QObject::connect(job, &Job::cancelled, receiver, [job, then] { then(job->error()); });
}
} // namespace

ProjectEditor::ProjectEditor(JobTracker *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
    , m_undo(new QUndoStack(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_diskCheckDelay(new QTimer(this))
{
    setObjectName(u"projectEditor"_s);
    m_undo->setObjectName(u"planUndoStack"_s);
    m_diskCheckDelay->setSingleShot(true);
    m_diskCheckDelay->setInterval(DiskCheckDelayMs);
    connect(m_diskCheckDelay, &QTimer::timeout, this, &ProjectEditor::checkDisk);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_diskCheckDelay, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_diskCheckDelay, qOverload<>(&QTimer::start));
}

ProjectEditor::~ProjectEditor() = default;

QString ProjectEditor::filePath() const
{
    return m_snapshot ? m_snapshot->file.filePath() : QString();
}

QString ProjectEditor::folder() const
{
    return m_snapshot ? QFileInfo(m_snapshot->file.filePath()).absolutePath() : QString();
}

bool ProjectEditor::canSave() const
{
    if (!hasProject() || isSaving() || m_previewFailed)
        return false;
    // The disk may also differ from the plan's text when the user kept their changes
    // after someone else changed the file.
    return isModified() || m_snapshot->isNew || (m_preview && !m_preview->diff.isEmpty());
}

void ProjectEditor::open(const QString &path)
{
    load(path, false);
}

void ProjectEditor::load(const QString &path, bool answersChangeOnDisk)
{
    if (m_loadJob)
        m_loadJob->cancel();
    Job *job = m_jobs->run(ProjectLoader::loadJob(path));
    m_loadJob = job;
    connect(job, &Job::succeeded, this, [this, job, answersChangeOnDisk](const QVariant &result) {
        if (job != m_loadJob)
            return;
        m_loadJob.clear();
        adopt(result.value<ProjectSnapshot>());
        if (answersChangeOnDisk)
            emit reloadedAfterChange();
    });
    onFailure(job, this, [this, job](const Error &error) {
        if (job != m_loadJob)
            return;
        m_loadJob.clear();
        emit openFailed(error);
        checkDiskIfAsked();
    });
}

void ProjectEditor::adopt(const ProjectSnapshot &snapshot)
{
    // Whatever was still on its way concerns the project being left.
    for (const QPointer<Job> &job : {m_previewJob, m_saveJob, m_diskJob, m_refreshJob}) {
        if (job)
            job->cancel();
    }
    m_previewJob.clear();
    m_saveJob.clear();
    m_diskJob.clear();
    m_refreshJob.clear();
    m_diskCheckAsked = false;
    m_snapshot = snapshot;
    // Without PyTorch this is torch and torchvision from PyPI, which writes nothing until the user chooses.
    m_plan = snapshot.reading.plan;
    m_savedPlan = m_plan;
    m_preview.reset();
    m_previewFailed = false;
    m_undo->clear();
    m_undo->setClean();
    watchFile();
    emit opened();
    emit planChanged();
    emit previewChanged(); // the previous project's preview is gone
    emit stateChanged();
    refreshPreview();
}

void ProjectEditor::changePlan(const TorchPlan &plan, const std::function<QString()> &description,
                               const QString &mergeKey)
{
    if (!hasProject() || plan == m_plan)
        return;
    m_undo->push(new PlanChangeCommand(this, m_plan, plan, description, mergeKey));
}

void ProjectEditor::retranslateHistory()
{
    // The stack hands out its commands as const; they are ours, made by changePlan().
    for (int index = 0; index < m_undo->count(); ++index)
        static_cast<PlanChangeCommand *>(const_cast<QUndoCommand *>(m_undo->command(index)))->retranslate();
}

void ProjectEditor::showPlan(const TorchPlan &plan)
{
    m_plan = plan;
    emit planChanged();
    emit stateChanged();
    refreshPreview();
}

void ProjectEditor::refreshPreview()
{
    if (!hasProject())
        return;
    if (m_previewJob)
        m_previewJob->cancel();
    Job *job = m_jobs->run(
        PlanPreviewer::previewJob(m_snapshot->text, m_snapshot->file.bytes(), m_snapshot->file.filePath(), m_plan));
    m_previewJob = job;
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job != m_previewJob)
            return;
        m_preview = result.value<PlanPreview>();
        m_previewFailed = false;
        emit previewChanged();
        emit stateChanged();
    });
    connect(job, &Job::failed, this, [this, job](const Error &error) {
        if (job != m_previewJob)
            return;
        m_previewFailed = true; // saving would fail the same way
        emit previewFailed(error);
        emit stateChanged();
    });
}

void ProjectEditor::save()
{
    if (!canSave())
        return;
    Job *job = m_jobs->run(ProjectSaver::saveJob(m_snapshot->file, m_snapshot->text, m_plan));
    m_saveJob = job;
    emit stateChanged();
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job != m_saveJob)
            return;
        m_saveJob.clear();
        const auto outcome = result.value<SavedProject>();
        m_snapshot->file = outcome.file;
        m_snapshot->isNew = false;
        m_savedPlan = outcome.plan;
        if (m_plan == outcome.plan) {
            m_undo->setClean(); // and a later change starts a new undo step
            if (m_preview)
                m_preview->diff.clear(); // the disk now says what the preview says
        }
        watchFile(); // the file may be new, and a replaced file is a new inode
        emit saved(outcome.backupPath);
        emit stateChanged();
        refreshPreview(); // the diff now starts from the saved bytes
        checkDiskIfAsked();
    });
    onFailure(job, this, [this, job](const Error &error) {
        if (job != m_saveJob)
            return;
        m_saveJob.clear();
        emit saveFailed(error);
        emit stateChanged();
        // A refusal usually means someone else changed the file; a cancelled save may have
        // written all the same. Either way, look at what the disk holds now.
        checkDisk();
    });
}

void ProjectEditor::revert()
{
    changePlan(m_savedPlan, [] { return tr("Revert to the saved file"); });
}

void ProjectEditor::reload()
{
    if (hasProject())
        load(folder(), false); // the folder: a new project's file does not exist yet
}

void ProjectEditor::keepLocalChanges()
{
    if (!hasProject())
        return;
    // Take what is on disk now as the file being replaced (no file: one to create), keeping
    // the text edits apply to and the plan being edited.
    if (m_refreshJob)
        m_refreshJob->cancel();
    Job *job = m_jobs->run(ProjectLoader::loadJob(folder()));
    m_refreshJob = job;
    connect(job, &Job::succeeded, this, [this, job](const QVariant &result) {
        if (job != m_refreshJob)
            return;
        m_refreshJob.clear();
        const auto onDisk = result.value<ProjectSnapshot>();
        m_snapshot->file = onDisk.file;
        m_snapshot->isNew = onDisk.isNew;
        m_savedPlan = onDisk.reading.plan; // what Revert goes back to, and isModified() compares with
        watchFile();
        emit stateChanged();
        refreshPreview();
    });
    onFailure(job, this, [this, job](const Error &error) {
        if (job != m_refreshJob)
            return;
        m_refreshJob.clear();
        emit diskReadFailed(error);
    });
}

void ProjectEditor::watchFile()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_snapshot)
        return;
    const QFileInfo file(m_snapshot->file.filePath());
    // The folder too: an atomic save replaces the file, and a new project's file appears there.
    m_watcher->addPath(file.absolutePath());
    if (file.exists())
        m_watcher->addPath(file.absoluteFilePath());
}

void ProjectEditor::checkDiskIfAsked()
{
    if (std::exchange(m_diskCheckAsked, false))
        m_diskCheckDelay->start();
}

void ProjectEditor::checkDisk()
{
    if (!m_snapshot)
        return;
    if (isSaving() || isLoading() || m_refreshJob) {
        m_diskCheckAsked = true; // looked at once that ends
        return;
    }
    watchFile();
    const PyProjectFile file = m_snapshot->file;
    Job *job = m_jobs->run(Job::create<bool>(tr("Checking the project file"),
                                             [file](JobContext &) -> Result<bool> { return file.changedOnDisk(); }));
    m_diskJob = job;
    connect(job, &Job::succeeded, this, [this, job, file](const QVariant &changed) {
        if (job != m_diskJob)
            return;
        m_diskJob.clear();
        if (!changed.toBool() || !m_snapshot || !(m_snapshot->file.bytes() == file.bytes()))
            return;
        if (isModified()) {
            emit changedOnDisk();
            return;
        }
        load(folder(), true); // a deleted file leaves the folder: a new project again
    });
}

} // namespace Akari
