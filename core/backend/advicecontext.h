// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "../hardware/hardwarereport.h"
#include "../pep/version.h"
#include "recommendation.h"
#include "targetplatform.h"

namespace Akari
{

/**
 * \brief The Advisor's working state while it builds one Recommendation.
 *
 * Holds the inputs, uv's list, the primary pick with the advice that explains it, and the
 * rest of the advice in the order it was found. Internal to core/backend.
 */
class AdviceContext final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::AdviceContext)

public:
    AdviceContext(const HardwareReport &hardware, const TargetPlatform &target, QStringList uvList);

    const HardwareReport &report;
    const TargetPlatform platform;
    const QStringList uvBackends;
    /// The NVIDIA driver Akari reasons with: uv's when uv found one, else the one Akari's own
    /// probes read (NVML, nvidia-smi under /usr/lib/wsl/lib); nullopt without a driver.
    const std::optional<Version> nvidiaDriver;

    /// nvidiaDriver as the driver spells it ("550.144.03", not PEP 440's "550.144.3"); empty without one.
    [[nodiscard]] QString driverText() const;
    /// Linux (glibc or musl) or Windows: the targets with CUDA and ROCm tables.
    [[nodiscard]] bool hasCudaTable() const { return platform.os != TargetPlatform::Os::MacOs; }
    /// NVIDIA GPUs that CUDA_VISIBLE_DEVICES leaves visible and whose compute capability is known.
    [[nodiscard]] QList<GpuInfo> visibleNvidiaWithCapability() const;

    [[nodiscard]] QString primary() const { return m_primary; }
    /// Replaces the primary pick; \a reason is the advice that will be listed first.
    void setPrimary(const QString &backend, Advice reason);
    void add(const QString &id, Advice::Severity severity, const QString &text);
    /// The advice: the reason for the primary pick first (when it was changed), then the rest.
    [[nodiscard]] QList<Advice> advice() const;

    /// The GPU's name, or "NVIDIA GPU" and the like when the probes did not learn it.
    [[nodiscard]] static QString label(const GpuInfo &gpu);
    /// The distinct labels of \a gpus, comma-separated.
    [[nodiscard]] static QString labels(const QList<GpuInfo> &gpus);
    /// The translated display name of a backend id ("CUDA 12.8", "CPU"), or the id itself.
    [[nodiscard]] static QString backendName(const QString &id);

private:
    QString m_primary;
    std::optional<Advice> m_primaryReason;
    QList<Advice> m_advice;
};

} // namespace Akari
