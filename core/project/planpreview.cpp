// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreview.h"

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "requirespythoncheck.h"
#include "tomldocument.h"
#include "torchplanwriter.h"
#include "unifieddiff.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

Result<PlanPreview> PlanPreviewer::preview(const QByteArray &base, const QByteArray &onDisk, const QString &filePath,
                                           const TorchPlan &plan)
{
    const Result<TomlDocument> before = TomlDocument::parse(base, filePath);
    if (!before)
        return fail(before.error());
    const Result<QByteArray> text = TorchPlanWriter::apply(*before, plan);
    if (!text)
        return fail(text.error());
    // The writer gives back the same bytes when nothing changes: no need to parse them again.
    const Result<TomlDocument> after = *text == base ? before : TomlDocument::parse(*text, filePath);
    if (!after)
        return fail(after.error());
    PlanPreview preview;
    preview.plan = plan;
    preview.text = *text;
    preview.issues = PyProjectValidator::validate(*after);
    preview.findings = TorchPlanReader::read(*after).findings;
    preview.requiresPythonIssue = RequiresPythonCheck::check(*after);
    preview.diff = UnifiedDiff::make(onDisk, *text, u"a/pyproject.toml"_s, u"b/pyproject.toml"_s);
    return preview;
}

Job *PlanPreviewer::previewJob(const QByteArray &base, const QByteArray &onDisk, const QString &filePath,
                               const TorchPlan &plan, QObject *parent)
{
    return Job::create<PlanPreview>(
        tr("Previewing the plan"),
        [base, onDisk, filePath, plan](JobContext &) -> Result<PlanPreview> {
            return preview(base, onDisk, filePath, plan);
        },
        parent);
}

} // namespace Akari
