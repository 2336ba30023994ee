// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

#include "../error.h"
#include "pyprojectvalidator.h"
#include "torchplan.h"
#include "torchplanreader.h"

class QObject;

namespace Akari
{

class Job;

/// What a plan does to a project's file: the new text, uv's rules on it, the diff.
struct PlanPreview
{
    TorchPlan plan;                ///< the plan this preview is of
    QByteArray text;               ///< the base text with the plan applied (the base's bytes when nothing changes)
    QList<ValidationIssue> issues; ///< PyProjectValidator on text (translated when made)
    QList<PlanFinding> findings;   ///< TorchPlanReader's findings on text: what stays as written
    /// RequiresPythonCheck on text: requires-python admits a Python PyTorch has no wheels for.
    std::optional<ValidationIssue> requiresPythonIssue;
    QString diff; ///< UnifiedDiff from the bytes on disk to text ("a/pyproject.toml", "b/pyproject.toml")
};

/**
 * \brief Computes PlanPreviews: TorchPlanWriter::apply, then validation and the diff.
 *
 * \a base is the text the plan is applied to (the loaded file, or a new project's template);
 * \a onDisk is what the diff starts from (empty for a file that does not exist yet).
 * Fails with the writer's or parser's error (file:line:column naming \a filePath). Pure;
 * safe on any thread.
 */
class PlanPreviewer final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PlanPreviewer)

public:
    PlanPreviewer() = delete;

    [[nodiscard]] static Result<PlanPreview> preview(const QByteArray &base, const QByteArray &onDisk,
                                                     const QString &filePath, const TorchPlan &plan);
    /// preview() as a job; the result is a PlanPreview.
    [[nodiscard]] static Job *previewJob(const QByteArray &base, const QByteArray &onDisk, const QString &filePath,
                                         const TorchPlan &plan, QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::PlanPreview)
