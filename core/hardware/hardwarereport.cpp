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

bool HardwareReport::hasFailure(const QString &probe) const
{
    return std::ranges::any_of(failures, [&probe](const ProbeFailure &failure) { return failure.probe == probe; });
}

void HardwareReport::addFailureOnce(const QString &probe, const Error &error)
{
    const bool known = std::ranges::any_of(
        failures, [&](const ProbeFailure &failure) { return failure.probe == probe && failure.error == error; });
    if (!known)
        failures.append({probe, error});
}

} // namespace Akari
