// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "torchplan.h"

namespace Akari
{

class TomlDocument;

/// Something in the file that a TorchPlan cannot express; the file keeps it as written.
struct PlanFinding
{
    QString package; ///< canonical name; empty when it concerns the file as a whole
    QString message; ///< translated, one sentence that says what and why
    int line = 0;    ///< 1-based, 0 when unknown
    int column = 0;

    friend bool operator==(const PlanFinding &, const PlanFinding &) = default;
};

/// What TorchPlanReader found in a pyproject.toml.
struct PlanReading
{
    TorchPlan plan;
    /// PyTorch-ecosystem packages the project uses whose sources the plan cannot express
    /// (direct URLs, git, non-PyTorch or nightly indexes, markers on the machine or Python
    /// version, overlapping entries, ...). They are not in plan.packages(); writing a plan
    /// never touches their sources or requirements.
    QStringList keptPackages;
    QList<PlanFinding> findings;
    QString requiresPython; ///< [project] requires-python as written; empty when absent
    /// The project uses no PyTorch package yet: plan is TorchPlan::defaultPlan(), what
    /// `uv add torch torchvision` would give, not something the file says.
    bool withoutPyTorch = false;
};

/**
 * \brief Recognises the PyTorch plan in any pyproject.toml (uv's guide style or not).
 *
 * Sources may be one table or a list, with `marker`, `extra` or `group`; indexes are
 * recognised by URL whatever their names (TorchBackend::fromIndexUrl; PyPI's URL means
 * "pypi"); extras may also be selected by markers (`extra == 'cu124'`); dependency groups
 * are variants of kind Group. Never fails and never throws: structure it cannot use
 * becomes a PlanFinding. Pure; safe on any thread.
 */
class TorchPlanReader final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TorchPlanReader)

public:
    TorchPlanReader() = delete;

    [[nodiscard]] static PlanReading read(const TomlDocument &document);

    /// The plan backend an index URL stands for: a TorchBackend id, "pypi" for PyPI's simple
    /// API (https://pypi.org/simple, with or without a trailing slash), nullopt otherwise.
    [[nodiscard]] static std::optional<QString> backendOfIndexUrl(QStringView url);
    /// A URL reduced for comparing indexes: scheme and host lower case, no trailing slash.
    [[nodiscard]] static QString normalizedIndexUrl(QStringView url);
    /// Whether \a name (any spelling) is one of the triton builds the writer manages for
    /// ROCm and XPU: pytorch-triton-rocm, triton-rocm, pytorch-triton-xpu, triton-xpu.
    [[nodiscard]] static bool isTritonCompanion(QStringView name);
};

} // namespace Akari
