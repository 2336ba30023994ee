// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "../system/systeminfo.h"
#include "gpuinfo.h"
#include "uvaccelerator.h"

namespace Akari
{

/// A probe that could not finish; the others carried on.
struct ProbeFailure
{
    QString probe; ///< "nvidia-smi", "rocminfo", "/sys/class/drm", …
    Error error;
};

/// Everything detection learned about the machine, as the Advisor and the front ends read it.
struct HardwareReport
{
    SystemInfo machine;
    UvAccelerator accelerator; ///< uv's own conclusion, step for step
    QList<GpuInfo> gpus;       ///< every GPU found, NVIDIA first, then AMD, Intel, Apple

    QString nvidiaDriverVersion;               ///< "550.144.03"; empty without an NVIDIA driver
    QString cudaDriverVersion;                 ///< newest CUDA the driver supports, "12.4"; empty when unknown
    bool cudaVersionEstimated = false;         ///< true when taken from the driver table, not the driver
    std::optional<QString> cudaVisibleDevices; ///< the variable's value when it is set
    QString rocmVersion;                       ///< "6.4.1" from /opt/rocm/.info/version; empty when absent
    /// True when nvidia-smi was found only in WSL's /usr/lib/wsl/lib, not on PATH (uv misses it there).
    bool nvidiaSmiOnlyInWslPath = false;

    QList<ProbeFailure> failures;
    QStringList commandsRun; ///< programs started, in order (for transparency and tests)

    [[nodiscard]] bool hasVendor(GpuVendor vendor) const;
    [[nodiscard]] QList<GpuInfo> gpusOf(GpuVendor vendor) const;
    /// Whether some failure of \a probe was recorded.
    [[nodiscard]] bool hasFailure(const QString &probe) const;
    /// Records a failure unless the same probe already reported the same error (several probes
    /// read the same PCI listing or device list and meet the same problem).
    void addFailureOnce(const QString &probe, const Error &error);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::HardwareReport)
