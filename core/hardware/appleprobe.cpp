// SPDX-License-Identifier: GPL-3.0-or-later
#include "appleprobe.h"

#ifdef Q_OS_MACOS
#include <string>

#include <sys/sysctl.h>
#include <sys/types.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

#ifdef Q_OS_MACOS
/// "Apple M2 Pro" on Apple Silicon; empty when the key is missing.
QString chipName()
{
    std::size_t size = 0;
    if (sysctlbyname("machdep.cpu.brand_string", nullptr, &size, nullptr, 0) != 0 || size == 0)
        return {};
    std::string buffer(size, '\0');
    if (sysctlbyname("machdep.cpu.brand_string", buffer.data(), &size, nullptr, 0) != 0)
        return {};
    return QString::fromUtf8(buffer.c_str()).trimmed();
}
#endif

bool isArm64(const QString &architecture)
{
    return architecture == u"arm64"_s || architecture == u"aarch64"_s;
}

} // namespace

AppleProbe::AppleProbe(const ProbeEnvironment &environment)
    : m_environment(environment)
{}

void AppleProbe::addGpus(HardwareReport &report) const
{
    // Intel Macs have AMD or Intel GPUs that PyTorch does not use; only Apple Silicon has MPS.
    if (report.machine.osFamily != SystemInfo::OsFamily::MacOs || !isArm64(report.machine.architecture))
        return;

    GpuInfo gpu;
    gpu.vendor = GpuVendor::Apple;
    gpu.name = tr("Apple Silicon GPU");
    gpu.integrated = true; // unified memory shared with the CPU
    gpu.source = u"sysctl"_s;
#ifdef Q_OS_MACOS
    // Only the real machine has a chip to ask about; a test playing macOS keeps the generic name.
    if (m_environment.isSystemRoot()) {
        const QString chip = chipName();
        if (chip.startsWith(u"Apple "_s))
            gpu.name = tr("%1 GPU", "Apple chip name, e.g. Apple M2 Pro").arg(chip);
    }
#else
    Q_UNUSED(m_environment)
#endif
    report.gpus.append(gpu);
}

} // namespace Akari
