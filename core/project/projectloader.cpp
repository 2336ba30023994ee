// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectloader.h"

#include <QDir>
#include <QFileInfo>

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "newprojecttemplate.h"
#include "pyprojectreader.h"
#include "tomldocument.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString PyProjectFileName = u"pyproject.toml"_s;

// The snapshot of \a text once it parses; the summary's errors (a field of the wrong type)
// point into the file like the parser's.
Result<ProjectSnapshot> snapshotOf(PyProjectFile file, QByteArray text, bool isNew)
{
    const Result<TomlDocument> document = TomlDocument::parse(text, file.filePath());
    if (!document)
        return fail(document.error());
    Result<PyProjectSummary> summary = PyProjectReader::parse(text, file.filePath());
    if (!summary)
        return fail(summary.error());
    return ProjectSnapshot{std::move(file), std::move(text), std::move(*summary), TorchPlanReader::read(*document),
                           isNew};
}
} // namespace

Result<ProjectSnapshot> ProjectLoader::load(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        const QDir folder(info.absoluteFilePath());
        // Anything named pyproject.toml that is not a file is locate()'s to report.
        if (!QFileInfo::exists(folder.filePath(PyProjectFileName))) {
            PyProjectFile file = PyProjectFile::forNewFile(folder.filePath(PyProjectFileName));
            return snapshotOf(std::move(file), NewProjectTemplate::text(folder.path()), true);
        }
    }
    Result<PyProjectFile> file = PyProjectFile::load(path);
    if (!file)
        return fail(file.error());
    QByteArray text = file->bytes();
    return snapshotOf(std::move(*file), std::move(text), false);
}

Job *ProjectLoader::loadJob(const QString &path, QObject *parent)
{
    return Job::create<ProjectSnapshot>(
        tr("Loading the project"),
        [path](JobContext &context) -> Result<ProjectSnapshot> {
            context.reportProgress({.phase = tr("Reading"), .item = path});
            return load(path);
        },
        parent);
}

} // namespace Akari
