// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "commandrunner.h"
#include "hardwarereport.h"
#include "nvmllibrary.h"
#include "probeenvironment.h"
#include "uvaccelerator.h"

namespace Akari
{

/**
 * \brief NVIDIA GPUs: uv's three driver-version steps, plus the per-GPU details uv lacks.
 *
 * uvDetect() is uv's steps 3 to 5 (UV-TORCH-FACTS.md §2.1) and nothing more:
 * /sys/module/nvidia/version, /proc/driver/nvidia/version, then `nvidia-smi` found on PATH.
 * addGpus() asks NVML when it may (real root, ProbeEnvironment::useNvml) and nvidia-smi
 * otherwise (PATH, then WSL's /usr/lib/wsl/lib), estimates the newest CUDA from the driver when
 * NVML cannot tell it, notes CUDA_VISIBLE_DEVICES, and lists NVIDIA display devices that sysfs
 * shows but no driver reports. Reads only through the ProbeEnvironment; safe on any thread.
 */
class NvidiaProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::NvidiaProbe)

public:
    explicit NvidiaProbe(const ProbeEnvironment &environment);
    /// For tests: NVML is answered by \a nvml (behind NvmlLibrary's process-wide rules)
    /// whenever environment.useNvml is on, whatever the root.
    NvidiaProbe(const ProbeEnvironment &environment, NvmlLibrary::Reader nvml);

    /// uv's steps 3–5. nullopt: no step answered (go on with AMD). A failure is an error uv itself
    /// would stop with: an unreadable or unparsable sysfs file, an unreadable /proc file, a /proc
    /// field or nvidia-smi line that is not a version. nvidia-smi failing to start, exiting
    /// non-zero or timing out only adds a ProbeFailure, as uv only logs it.
    [[nodiscard]] Result<std::optional<UvAccelerator>> uvDetect(HardwareReport &report) const;

    /// Appends the NVIDIA GPUs (by driver index, driverless sysfs devices last) and sets
    /// report.nvidiaDriverVersion, cudaDriverVersion, cudaVersionEstimated, cudaVisibleDevices
    /// and nvidiaSmiOnlyInWslPath. Problems become ProbeFailures. Once NVML has hung (in this
    /// call or earlier in the process), nvidia-smi is not asked for details either: it goes
    /// through the same driver.
    void addGpus(HardwareReport &report) const;

private:
    [[nodiscard]] QList<GpuInfo> gpusFromSmi(HardwareReport &report, const QString &program) const;
    [[nodiscard]] QString driverVersionFromFiles() const;
    void addDriverlessDevices(HardwareReport &report, QList<GpuInfo> &gpus) const;
    [[nodiscard]] bool mayUseNvml() const;

    ProbeEnvironment m_environment;
    NvmlLibrary::Reader m_nvml; ///< empty: the real library
};

} // namespace Akari
