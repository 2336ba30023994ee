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
     * platforms not named stay on PyPI. Fails with Error::Code::InvalidArgument and a
     * message naming the bad spec.
     */
    [[nodiscard]] static Result<TorchPlan> perPlatform(const QStringList &specs, const QStringList &packages);

    /**
     * A variants plan: one extra per backend id, uniform on every platform as in the guide.
     * A variant the project already has with the same backend keeps its name and kind.
     */
    [[nodiscard]] static Result<TorchPlan> variants(const QStringList &backendIds, const QStringList &packages,
                                                    const PlanReading &current);

    /// The packages to cover: \a requested when given, else the project's, else torch + torchvision.
    [[nodiscard]] static QStringList packagesFor(const QStringList &requested, const PlanReading &current);

private:
    static Result<QString> checkedBackend(const QString &id);
};

} // namespace Akari
