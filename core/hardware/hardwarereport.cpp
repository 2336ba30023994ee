// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardwarereport.h"

#include <algorithm>

namespace Akari
{

bool HardwareReport::hasVendor(GpuVendor vendor) const
{
    return std::ranges::any_of(gpus, [vendor](const GpuInfo &gpu) { return gpu.vendor == vendor; });
}

QList<GpuInfo> HardwareReport::gpusOf(GpuVendor vendor) const
{
    QList<GpuInfo> matching;
    std::ranges::copy_if(gpus, std::back_inserter(matching),
                         [vendor](const GpuInfo &gpu) { return gpu.vendor == vendor; });
    return matching;
}

} // namespace Akari
