// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

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
    /// Every device that could be read, and one problem per device that was skipped.
    struct Listing
    {
        QList<PciDevice> devices;
        QList<Error> skipped; ///< a class or vendor file that could not be read or parsed

        /// The skipped devices as one error to report (the first problem, with a count when
        /// there are more); nullopt when nothing was skipped.
        [[nodiscard]] std::optional<Error> skippedError() const;
    };

    QString address;         ///< the directory name, "0000:00:02.0"
    quint16 vendor = 0;      ///< 0x8086 Intel, 0x10de NVIDIA, 0x1002 AMD
    quint16 device = 0;      ///< 0 when the `device` file is missing or unreadable (uv never reads it)
    quint32 deviceClass = 0; ///< 0x030000 VGA, 0x030200 3D controller, 0x038000 display
    QString driver;          ///< basename of the `driver` link ("i915", "nvidia", "amdgpu"); empty when unbound
    bool bootVga = false;    ///< the firmware's boot display (`boot_vga` = 1)

    /// (class & 0xFF0000) == 0x030000, uv's test for a display controller.
    [[nodiscard]] bool isDisplayController() const { return (deviceClass & 0xFF0000u) == 0x030000u; }

    /// Every PCI device under root/sys/bus/pci/devices, as uv's step 7 scans them: a missing
    /// directory gives an empty listing (not Linux, or no PCI); a device whose class or vendor
    /// cannot be read or parsed is skipped and noted in Listing::skipped. Only a directory that
    /// exists but cannot be listed fails, which is the one error that stops uv's detection.
    [[nodiscard]] static Result<Listing> readAll(const ProbeEnvironment &environment);

    /// A sysfs id file such as `vendor` ("0x8086\n") as a number no larger than \a maximum.
    /// Fails (Io) when it cannot be read, (Parse) when it holds no such hexadecimal number.
    [[nodiscard]] static Result<quint32> readIdFile(const QString &path, quint32 maximum);

    /// A PCI vendor or device id as Akari shows it: "0x9a49" (lower case, four digits).
    [[nodiscard]] static QString idText(quint16 id);

    friend bool operator==(const PciDevice &, const PciDevice &) = default;
};

} // namespace Akari
