// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

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
 * libnvidia-ml.so.1 (Linux; WSL 2's copy in /usr/lib/wsl/lib as a fallback) or nvml.dll
 * (Windows, by full path from the system directory) comes with the driver, so Akari has no
 * build-time CUDA dependency: the few C functions it needs are declared in the .cpp and resolved
 * with QLibrary. A missing library is normal (no NVIDIA driver) and fails with
 * Error::Code::NotFound; anything else that goes wrong fails with Error::Code::Io.
 *
 * The driver is asked on a helper thread, so a hung driver costs at most the timeout. The state
 * is process-wide: at most one question is in flight (a second caller shares its answer), and
 * once the driver has not answered in time NVML is not asked again while the process runs.
 * Thread-safe.
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

    /// Something that reads a Snapshot, possibly hanging: the real library, or a test's stand-in.
    using Reader = std::function<Result<Snapshot>()>;

    /// Loads NVML and reads every GPU, waiting at most \a timeoutMs for the driver.
    [[nodiscard]] static Result<Snapshot> query(int timeoutMs);
    /// query() with another reader behind the same process-wide rules (one in flight, skipped
    /// after a timeout); tests use it to play a driver that hangs.
    [[nodiscard]] static Result<Snapshot> queryWith(Reader reader, int timeoutMs);
    /// True once a query ran past its timeout in this process; NVML is skipped from then on.
    [[nodiscard]] static bool hasHung();

    /// NVML's encoded CUDA version (1000 * major + 10 * minor) as text: 12040 gives "12.4";
    /// empty for a value that is not positive.
    [[nodiscard]] static QString cudaVersionString(int encoded);
};

} // namespace Akari
