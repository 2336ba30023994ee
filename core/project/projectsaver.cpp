// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectsaver.h"

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "tomldocument.h"
#include "torchplanwriter.h"

namespace Akari
{

Result<SavedProject> ProjectSaver::save(PyProjectFile file, const QByteArray &base, const TorchPlan &plan)
{
    const Result<TomlDocument> document = TomlDocument::parse(base, file.filePath());
    if (!document)
        return fail(document.error());
    const Result<QByteArray> text = TorchPlanWriter::apply(*document, plan);
    if (!text)
        return fail(text.error());
    SavedProject saved;
    if (const Result<void> written = file.save(*text, &saved.backupPath); !written)
        return fail(written.error());
    saved.file = std::move(file);
    saved.plan = plan;
    return saved;
}

Job *ProjectSaver::saveJob(const PyProjectFile &file, const QByteArray &base, const TorchPlan &plan, QObject *parent)
{
    return Job::create<SavedProject>(
        tr("Saving the project"),
        [file, base, plan](JobContext &context) -> Result<SavedProject> {
            context.reportProgress({.phase = tr("Saving"), .item = file.filePath()});
            return save(file, base, plan);
        },
        parent);
}

} // namespace Akari
