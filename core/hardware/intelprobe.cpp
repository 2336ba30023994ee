// SPDX-License-Identifier: GPL-3.0-or-later
#include "intelprobe.h"

#include <algorithm>

#include "windowsdevicelist.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr quint16 IntelVendorId = 0x8086;
const QString PciProbe = u"/sys/bus/pci/devices"_s;
const QString ConfigurationManagerProbe = u"Configuration Manager"_s;

/// An Intel discrete product line: a device id range and the name Intel sells it under.
struct DiscreteFamily
{
    quint16 first;
    quint16 last;
    const char16_t *name; ///< nullptr where the product name is not settled
};

// Intel's discrete GPUs, from the Linux kernel's include/drm/intel/pciids.h (INTEL_DG1_IDS,
// INTEL_DG2_*_IDS, INTEL_ATS_M_IDS, INTEL_PVC_IDS, INTEL_BMG_IDS, INTEL_CRI_IDS). The ranges are
// contiguous there except for unassigned gaps; every other Intel display device is integrated.
constexpr DiscreteFamily DiscreteFamilies[] = {
    {0x4905, 0x4909, u"Intel Iris Xe (DG1)"},
    {0x5690, 0x5697, u"Intel Arc (Alchemist)"}, // DG2 mobile
    {0x56A0, 0x56A6, u"Intel Arc (Alchemist)"}, // DG2 desktop
    {0x56B0, 0x56B3, u"Intel Arc Pro (Alchemist)"},
    {0x56BA, 0x56BF, u"Intel Arc (Alchemist)"}, // DG2 embedded
    {0x56C0, 0x56C2, u"Intel Data Center GPU Flex"},
    {0x0B69, 0x0B6E, u"Intel Data Center GPU Max (Ponte Vecchio)"},
    {0x0BD4, 0x0BE5, u"Intel Data Center GPU Max (Ponte Vecchio)"},
    {0xE202, 0xE223, u"Intel Arc (Battlemage)"},
    {0x674C, 0x6750, nullptr}, // Crescent Island,
};

const DiscreteFamily *discreteFamily(quint16 deviceId)
{
    for (const DiscreteFamily &family : DiscreteFamilies) {
        if (deviceId >= family.first && deviceId <= family.last)
            return &family;
    }
    return nullptr;
}

} // namespace

IntelProbe::IntelProbe(const ProbeEnvironment &environment)
    : m_environment(environment)
{}

std::optional<bool> IntelProbe::isIntegrated(const QString &pciAddress, quint16 deviceId)
{
    if (discreteFamily(deviceId))
        return false;
    // Intel puts its integrated graphics at bus 0, device 2, function 0 (the "Graphics and Display"
    // device in every Core processor datasheet since Sandy Bridge); discrete cards sit behind a
    // PCIe port on another bus.
    if (pciAddress.endsWith(u":00:02.0"_s))
        return true;
    return std::nullopt;
}

QString IntelProbe::displayName(quint16 deviceId)
{
    if (const DiscreteFamily *family = discreteFamily(deviceId); family && family->name)
        return QString::fromUtf16(family->name);
    return tr("Intel graphics (device %1)").arg(PciDevice::idText(deviceId));
}

Result<std::optional<UvAccelerator>> IntelProbe::uvDetect(HardwareReport &report) const
{
    UvAccelerator xpu;
    xpu.kind = UvAccelerator::Kind::Xpu;

    // uv's step 7: any Intel display controller on the PCI bus, integrated graphics included.
    // Only a folder that cannot be listed stops uv; a device it cannot read is logged and skipped.
    Result<PciDevice::Listing> listing = PciDevice::readAll(m_environment);
    if (!listing)
        return fail(listing.error());
    if (const std::optional<Error> skipped = listing->skippedError())
        report.addFailureOnce(PciProbe, *skipped);
    for (const PciDevice &device : std::as_const(listing->devices)) {
        if (device.isDisplayController() && device.vendor == IntelVendorId) {
            xpu.source = PciProbe;
            return xpu;
        }
    }

#ifdef Q_OS_WIN
    // uv's step 8: Windows has no sysfs, so uv asks the Configuration Manager for display adapters.
    if (m_environment.isSystemRoot()) {
        const Result<QStringList> ids = m_environment.displayAdapters();
        if (!ids) {
            report.addFailureOnce(ConfigurationManagerProbe, ids.error());
            return std::nullopt;
        }
        if (std::ranges::any_of(*ids, [](const QString &id) { return WindowsDeviceList::isIntelDeviceId(id); })) {
            xpu.source = ConfigurationManagerProbe;
            return xpu;
        }
    }
#endif
    return std::nullopt;
}

void IntelProbe::addGpus(HardwareReport &report) const
{
    // uvDetect() may have said so already; one report per cause is enough.
    const Result<PciDevice::Listing> listing = PciDevice::readAll(m_environment);
    if (!listing) {
        report.addFailureOnce(PciProbe, listing.error());
    } else {
        if (const std::optional<Error> skipped = listing->skippedError())
            report.addFailureOnce(PciProbe, *skipped);
        for (const PciDevice &device : std::as_const(listing->devices)) {
            if (!device.isDisplayController() || device.vendor != IntelVendorId)
                continue;
            GpuInfo gpu;
            gpu.vendor = GpuVendor::Intel;
            gpu.name = displayName(device.device);
            gpu.pciBusId = device.address.toLower();
            gpu.pciDeviceId = PciDevice::idText(device.device);
            gpu.integrated = isIntegrated(gpu.pciBusId, device.device);
            gpu.source = u"sysfs"_s;
            report.gpus.append(gpu);
        }
    }

#ifdef Q_OS_WIN
    if (m_environment.isSystemRoot()) {
        const Result<QStringList> ids = m_environment.displayAdapters();
        if (!ids) {
            report.addFailureOnce(ConfigurationManagerProbe, ids.error());
            return;
        }
        for (const QString &id : std::as_const(*ids)) {
            if (!WindowsDeviceList::isIntelDeviceId(id))
                continue;
            const quint16 deviceId = WindowsDeviceList::pciDeviceId(id).value_or(0);
            GpuInfo gpu;
            gpu.vendor = GpuVendor::Intel;
            gpu.name = displayName(deviceId);
            gpu.pciDeviceId = deviceId ? PciDevice::idText(deviceId) : QString();
            gpu.integrated = isIntegrated({}, deviceId); // the instance id holds no bus address
            gpu.source = ConfigurationManagerProbe;
            report.gpus.append(gpu);
        }
    }
#endif
}

} // namespace Akari
