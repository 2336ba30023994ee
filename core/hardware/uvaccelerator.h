// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "../error.h"
#include "../pep/version.h"

namespace Akari
{

/**
 * \brief What uv's `--torch-backend=auto` detection would conclude on this machine.
 *
 * Filled by following uv's steps in uv's order (UV-TORCH-FACTS.md §2.1): the first step
 * that answers wins, and later steps are not consulted for this value. Akari's richer
 * view of the GPUs lives beside it in HardwareReport.
 */
struct UvAccelerator
{
    enum class Kind : quint8
    {
        None, ///< nothing found: uv uses `cpu`
        Cuda, ///< an NVIDIA driver version
        Amd,  ///< a known AMD GPU architecture
        Xpu,  ///< an Intel display device
    };

    Kind kind = Kind::None;
    std::optional<Version> driverVersion; ///< Kind::Cuda only
    QString driverVersionText;            ///< Kind::Cuda only: as written ("550.144.03"; the Version drops the 0)
    QString amdArchitecture;              ///< Kind::Amd only: "gfx1100"
    /// Which step answered: "UV_CUDA_DRIVER_VERSION", "/sys/module/nvidia/version",
    /// "/proc/driver/nvidia/version", "nvidia-smi", "UV_AMD_GPU_ARCHITECTURE",
    /// "rocm_agent_enumerator", "/sys/bus/pci/devices", "Configuration Manager"; empty for None.
    QString source;
    /// Set when uv itself would stop with an error (unreadable or unparsable sysfs file,
    /// an nvidia-smi line that is not a version). Kind is then None.
    std::optional<Error> uvError;
};

} // namespace Akari
