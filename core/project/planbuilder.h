// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "torchplan.h"

namespace Akari
{

struct PlanReading;

/**
 * \brief Makes TorchPlans from what a user asks for (command-line options, presets).
 *
 * A backend named without a platform applies where PyTorch publishes wheels for it, as the
 * guide configures it: CUDA and XPU on Linux and Windows, ROCm on Linux only, CPU
 * everywhere; the other platforms keep PyPI's builds. Pure functions.
 */
class PlanBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PlanBuilder)

public:
    PlanBuilder() = delete;

    /// The platforms \a backendId has wheels on, the others left on PyPI.
    [[nodiscard]] static PlatformBackends whereAvailable(const QString &backendId);

    /**
     * A per-platform plan from specs: "BACKEND" (where it is available) or
     * "PLATFORM=BACKEND" (linux, windows, macos), later specs overriding earlier ones;
     * platforms not named stay on PyPI. \a packages get that row; the project's other plan
     * packages keep theirs (or, when the project uses variants, get it too, since a file is
     * one or the other). Fails with Error::Code::InvalidArgument and a message naming the
     * bad spec, also for a backend on a platform PyTorch does not build it for.
     */
    [[nodiscard]] static Result<TorchPlan> perPlatform(const QStringList &specs, const QStringList &packages,
                                                       const PlanReading &current);

    /**
     * A variants plan: one extra per backend id, uniform on every platform as in the guide.
     * A variant the project already has for that backend keeps its name, kind and platform
     * limits. Variants cover \a packages and the project's other plan packages.
     */
    [[nodiscard]] static Result<TorchPlan> variants(const QStringList &backendIds, const QStringList &packages,
                                                    const PlanReading &current);

    /// The packages to cover: \a requested (checked: PyTorch-ecosystem packages only) when
    /// given, else the project's, else torch + torchvision.
    [[nodiscard]] static Result<QStringList> packagesFor(const QStringList &requested, const PlanReading &current);

private:
    static Result<QString> checkedBackend(const QString &id);
};

} // namespace Akari
