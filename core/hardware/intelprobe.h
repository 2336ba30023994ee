// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "hardwarereport.h"
#include "pcidevice.h"
#include "probeenvironment.h"
#include "uvaccelerator.h"

namespace Akari
{

/**
 * \brief Intel GPUs: uv's PCI and Configuration Manager steps, plus a per-device listing.
 *
 * uvDetect() is uv's step 7 (any display-class PCI device of vendor 0x8086) and, on Windows
 * only, step 8 (the Configuration Manager's present display adapters). addGpus() lists each
 * Intel display device and tells integrated from discrete where the PCI data allows. Reads
 * only through the ProbeEnvironment; safe on any thread.
 */
class IntelProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::IntelProbe)

public:
    explicit IntelProbe(const ProbeEnvironment &environment);

    /// uv's steps 7 and 8. nullopt: neither step answered. A failure is the one error uv itself
    /// stops with here: /sys/bus/pci/devices exists but cannot be listed. Devices whose class or
    /// vendor cannot be read are skipped (one ProbeFailure), as uv logs and skips them; a failing
    /// Configuration Manager adds a ProbeFailure.
    [[nodiscard]] Result<std::optional<UvAccelerator>> uvDetect(HardwareReport &report) const;
    /// Appends the Intel display devices; adds a failure when the device list cannot be read or
    /// devices were skipped (once, however many probes met the same problem).
    void addGpus(HardwareReport &report) const;

    /// true for an iGPU, false for a discrete card, nullopt when address and id do not tell.
    [[nodiscard]] static std::optional<bool> isIntegrated(const QString &pciAddress, quint16 deviceId);
    /// A name for people: a known product line, else "Intel graphics (device 0x9a49)".
    [[nodiscard]] static QString displayName(quint16 deviceId);

private:
    ProbeEnvironment m_environment;
};

} // namespace Akari
