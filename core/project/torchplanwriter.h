// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "../error.h"
#include "torchplan.h"

namespace Akari
{

class TomlDocument;

/**
 * \brief Writes a TorchPlan into a pyproject.toml the way uv's PyTorch guide shows it,
 *        touching nothing else.
 *
 * What the plan owns: the `[tool.uv.sources]` entries of its packages and of the triton
 * companions (TritonCompanion), the `[[tool.uv.index]]` tables of PyTorch indexes (reused
 * by URL whatever their names; new ones named `pytorch-<backend>` with `explicit = true`;
 * removed when the change leaves them unused), the plan packages' requirements in
 * `dependencies` or the variant extras, those extras, and the `[tool.uv] conflicts` set of
 * the variants. Packages whose sources a plan cannot express (PlanReading::keptPackages)
 * are never touched. A package whose sources already mean what the plan asks keeps its
 * bytes, so applying the plan a file already has changes nothing.
 *
 * Every result is parsed again and read back with TorchPlanReader; anything that does not
 * mean exactly the plan is an error, and the caller's text stays as it was.
 */
class TorchPlanWriter final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TorchPlanWriter)

public:
    TorchPlanWriter() = delete;

    /// The document's text with \a plan applied (the same bytes when nothing changes).
    [[nodiscard]] static Result<QByteArray> apply(const TomlDocument &document, const TorchPlan &plan);

    /**
     * Whether two plans configure the same thing: the same mode; PerPlatform: the same
     * non-PyPI rows (a package on PyPI everywhere is the same as one the plan leaves out);
     * Variants: the same packages and variants, in any order.
     */
    [[nodiscard]] static bool samePlan(const TorchPlan &a, const TorchPlan &b);
};

} // namespace Akari
