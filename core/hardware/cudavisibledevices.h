// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include "gpuinfo.h"

namespace Akari
{

/**
 * \brief What CUDA_VISIBLE_DEVICES leaves visible to CUDA programs such as PyTorch.
 *
 * uv ignores the variable; Akari notes it so the user sees why PyTorch may find fewer GPUs.
 * Pure and thread-safe.
 */
namespace CudaVisibleDevices
{
/// Sets GpuInfo::visible on the NVIDIA GPUs in \a gpus from the variable's \a value, following
/// the CUDA documentation: a comma-separated list of device indices or "GPU-" UUIDs (a unique
/// prefix is enough); the list ends at the first entry that is invalid, unknown or repeated, so
/// "-1" and "" hide every GPU. MIG entries name a slice of some GPU and are skipped. Indices are
/// the driver's (nvidia-smi, NVML); CUDA's own order can differ unless CUDA_DEVICE_ORDER=PCI_BUS_ID.
void apply(QStringView value, QList<GpuInfo> &gpus);
} // namespace CudaVisibleDevices

} // namespace Akari
