// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../backend/recommendation.h"
#include "../error.h"
#include "torchplan.h"

namespace Akari
{

struct PlanReading;

/**
 * \brief The ready-made plans the Project page offers, built with PlanBuilder.
 *
 * - Recommended: the Advisor's primary backend where PyTorch builds it, PyPI elsewhere
 *   (what `akari-cli configure --backend auto` writes);
 * - CudaLinuxWindowsPyPiMac: CUDA on Linux and Windows, PyPI on macOS;
 * - CudaLinuxCpuElsewhere: CUDA on Linux, CPU on Windows and macOS (the guide's example);
 * - CpuEverywhere: CPU on every platform;
 * - VariantsCpuCuda: extras "cpu" and the CUDA one, with conflicts (the guide's example).
 * The CUDA presets use cudaBackend(). Every preset keeps the plan's packages (torch and
 * torchvision when it has none). Pure.
 */
class PlanPresets final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PlanPresets)

public:
    enum class Preset : quint8
    {
        Recommended,
        CudaLinuxWindowsPyPiMac,
        CudaLinuxCpuElsewhere,
        CpuEverywhere,
        VariantsCpuCuda,
    };

    PlanPresets() = delete;

    /// Every preset, in the order menus show them.
    [[nodiscard]] static const QList<Preset> &all();
    /// Translated menu text ("CUDA on Linux and Windows, PyPI on macOS").
    [[nodiscard]] static QString name(Preset preset);
    /// Translated one-line explanation for tooltips and status tips; for the CUDA presets it
    /// names the CUDA version \a cudaId (e.g. "cu128") that will be used.
    [[nodiscard]] static QString description(Preset preset, const QString &cudaId);

    /// The CUDA backend the CUDA presets use: the newest CUDA \a current already uses, else
    /// the recommendation's primary when it is a CUDA backend, else "cu128" (the guide's).
    [[nodiscard]] static QString cudaBackend(const TorchPlan &current,
                                             const std::optional<Recommendation> &recommendation);

    /**
     * The plan \a preset makes from \a current (the plan being edited) in the project \a reading
     * describes (variant names and kinds are reused, see PlanBuilder). Recommended without a
     * recommendation fails with Error::Code::InvalidArgument and a translated message.
     */
    [[nodiscard]] static Result<TorchPlan> make(Preset preset, const TorchPlan &current, const PlanReading &reading,
                                                const std::optional<Recommendation> &recommendation);
};

} // namespace Akari
