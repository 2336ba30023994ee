// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "../error.h"

namespace Akari
{

struct ProbeEnvironment;

/// One device under /sys/bus/pci/devices, as its sysfs files describe it.
struct PciDevice
{
    QString address;    ///< the directory name, "0000:00:02.0"
    quint16 vendor = 0; ///< 0x8086 Intel, 0x10de NVIDIA, 0x1002 AMD
    quint16 device = 0;
    quint32 deviceClass = 0; ///< 0x030000 VGA, 0x030200 3D controller, 0x038000 display
    QString driver;          ///< basename of the `driver` link ("i915", "nvidia", "amdgpu"); empty when unbound
    bool bootVga = false;    ///< the firmware's boot display (`boot_vga` = 1)

    /// (class & 0xFF0000) == 0x030000, uv's test for a display controller.
    [[nodiscard]] bool isDisplayController() const { return (deviceClass & 0xFF0000u) == 0x030000u; }

    /// Every PCI device under root/sys/bus/pci/devices. A missing directory gives an empty list
    /// (not Linux, or no PCI); an unreadable one, or a class/vendor file that is not hex, fails.
    [[nodiscard]] static Result<QList<PciDevice>> readAll(const ProbeEnvironment &environment);

    friend bool operator==(const PciDevice &, const PciDevice &) = default;
};

} // namespace Akari
