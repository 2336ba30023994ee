// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

class AdviceContext;

/**
 * \brief The Advisor's NVIDIA insight: what uv's driver-only choice misses.
 *
 * Compute capability against the wheels' kernels, the driver needed for CUDA 13 builds,
 * WSL 2 (driver from Windows, nvidia-smi off PATH), hybrid Intel + NVIDIA laptops,
 * CUDA_VISIBLE_DEVICES and GPUs without a driver. Internal to core/backend.
 */
class NvidiaAdvice final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::NvidiaAdvice)

public:
    /// The CUDA backends Akari reasons with, newest first: uv's when uv found the driver, else
    /// those the driver Akari found allows (uv erred, or nvidia-smi is only in WSL's folder).
    [[nodiscard]] static QStringList cudaBackends(const AdviceContext &context);
    /// Adds every NVIDIA advice that applies and moves the primary pick where needed.
    static void addTo(AdviceContext &context);

private:
    static void addWsl(AdviceContext &context);
    static void addComputeCapability(AdviceContext &context, const QStringList &cuda);
    static void addDriverUpdate(AdviceContext &context);
    static void addHybridGraphics(AdviceContext &context);
    static void addHiddenGpus(AdviceContext &context);
    static void addMissingDriver(AdviceContext &context);
};

} // namespace Akari
