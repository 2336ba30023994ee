// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../error.h"
#include "gpuinfo.h"

namespace Akari
{

/**
 * \brief Asks the NVIDIA driver's management library (NVML) about the GPUs, loaded at run time.
 *
 * libnvidia-ml.so.1 (Linux, WSL) or nvml.dll (Windows) comes with the driver, so Akari has
 * no build-time CUDA dependency: the few C functions it needs are declared in the .cpp and
 * resolved with QLibrary. A missing library is normal (no NVIDIA driver) and fails with
 * Error::Code::NotFound; anything else that goes wrong fails with Error::Code::Io. The driver
 * is asked on a helper thread, so a hung driver costs at most the timeout. Thread-safe.
 */
class NvmlLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::NvmlLibrary)

public:
    /// What NVML told about the driver and each GPU.
    struct Snapshot
    {
        QString driverVersion; ///< "550.144.03"
        QString cudaVersion;   ///< newest CUDA the driver supports, "12.4"; empty when NVML did not say
        QList<GpuInfo> gpus;   ///< in NVML's index order, source "nvml"
    };

    /// Loads NVML and reads every GPU, waiting at most \a timeoutMs for the driver.
    [[nodiscard]] static Result<Snapshot> query(int timeoutMs);

    /// NVML's encoded CUDA version (1000 * major + 10 * minor) as text: 12040 gives "12.4";
    /// empty for a value that is not positive.
    [[nodiscard]] static QString cudaVersionString(int encoded);
};

} // namespace Akari
