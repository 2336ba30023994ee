// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "../error.h"
#include "hardwarereport.h"
#include "probeenvironment.h"

class QObject;

namespace Akari
{

class Job;

/**
 * \brief Runs every probe and merges what they found into one HardwareReport.
 *
 * First uv's own detection, step for step (UV-TORCH-FACTS.md §2.1), then the detail probes
 * (NVML or nvidia-smi, sysfs, rocminfo, the Windows device list, Apple Silicon). A probe
 * that fails adds a ProbeFailure and the rest carry on; only invalid UV_CUDA_DRIVER_VERSION
 * or UV_AMD_GPU_ARCHITECTURE values fail the whole detection, as they fail every uv command.
 * Programs are started only when they exist and only when their answer is needed. Safe on
 * any thread.
 */
class HardwareDetector final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::HardwareDetector)

public:
    explicit HardwareDetector(ProbeEnvironment environment);

    [[nodiscard]] Result<HardwareReport> detect() const;

    /// A job whose result is the HardwareReport of this machine.
    [[nodiscard]] static Job *detectJob(QObject *parent = nullptr);
    /// A job whose result is the HardwareReport of what \a environment describes.
    [[nodiscard]] static Job *detectJob(ProbeEnvironment environment, QObject *parent = nullptr);

private:
    ProbeEnvironment m_environment;
};

} // namespace Akari
