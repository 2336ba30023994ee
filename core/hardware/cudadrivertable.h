// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "../pep/version.h"

namespace Akari
{

/**
 * \brief The newest CUDA a driver supports, estimated from NVIDIA's published minimum drivers.
 *
 * Used only when NVML cannot say it (nvmlSystemGetCudaDriverVersion_v2 is exact). The table
 * holds the general-availability releases of CUDA 11.0 to 13.2 from the CUDA Toolkit release
 * notes; see the .cpp for the source. Pure and thread-safe.
 */
namespace CudaDriverTable
{
/// The driver's operating system: Windows drivers (also the ones WSL uses) have their own numbers.
enum class DriverOs : quint8
{
    Linux,
    Windows,
};

/// "12.4" for driver 550.54.14 on Linux: the newest CUDA release whose minimum driver is ≤ \a driver.
/// Empty when the driver is older than CUDA 11.0's. A driver newer than the table gives its
/// newest entry, so the answer is a lower bound.
[[nodiscard]] QString newestCuda(const Version &driver, DriverOs os);
} // namespace CudaDriverTable

} // namespace Akari
