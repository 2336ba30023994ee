// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

#include "lspcilisting.h"
#include "testenvironment.h"

namespace Akari::Test
{

/**
 * \brief Builds sysfs trees below a test root the way the kernel lays them out.
 *
 * PCI devices live in sys/devices/pci0000:00/<address> and are reached through symbolic links
 * from sys/bus/pci/devices, as on a real machine; attribute files hold 0x-prefixed hex and a
 * newline. Header-only: shared by the probe tests and HardwareFixture.
 */
class SysfsTree final
{
public:
    enum class Layout
    {
        KernelLinks,  ///< folders in sys/devices, linked from sys/bus/pci/devices, as the kernel does
        PlainFolders, ///< folders directly in sys/bus/pci/devices (what the probes must also accept)
    };

    explicit SysfsTree(QString root)
        : m_root(std::move(root))
    {}

    [[nodiscard]] QString path(const QString &relative) const { return QDir(m_root).filePath(relative); }

    /// The real device folder of \a address; created on first use.
    [[nodiscard]] QString deviceFolder(const QString &address) const
    {
        return path(QStringLiteral("sys/devices/pci0000:00/") + address);
    }

    /// One PCI device with its class, vendor and device files (raw contents, so tests can write garbage).
    [[nodiscard]] bool addPciDevice(const QString &address, const QByteArray &deviceClass, const QByteArray &vendor,
                                    const QByteArray &device, Layout layout = Layout::KernelLinks) const
    {
        const QString folder = pciFolder(address, layout);
        if (!writeFile(folder + QStringLiteral("/class"), deviceClass + '\n') ||
            !writeFile(folder + QStringLiteral("/vendor"), vendor + '\n') ||
            !writeFile(folder + QStringLiteral("/device"), device + '\n') ||
            !writeFile(folder + QStringLiteral("/uevent"), "PCI_SLOT_NAME=" + address.toUtf8() + '\n'))
            return false;
        return layout == Layout::PlainFolders || link(QStringLiteral("../../../devices/pci0000:00/") + address,
                                                      path(QStringLiteral("sys/bus/pci/devices/") + address));
    }

    /// One device of a parsed lspci listing, with its `driver` link when lspci -k named one.
    [[nodiscard]] bool addPciDevice(const LspciDevice &device, Layout layout = Layout::KernelLinks) const
    {
        const auto hex = [](quint32 value, int width) {
            return QStringLiteral("0x%1").arg(qulonglong(value), width, 16, QChar(u'0')).toLatin1();
        };
        if (!addPciDevice(device.address, hex(device.deviceClass, 6), hex(device.vendor, 4), hex(device.device, 4),
                          layout))
            return false;
        if (device.driver.isEmpty())
            return true;
        // Real sysfs links <device>/driver to bus/pci/drivers/<name>; probes read the link's name.
        const QString driverFolder = path(QStringLiteral("sys/bus/pci/drivers/") + device.driver);
        const QString folder = pciFolder(device.address, layout);
        return QDir().mkpath(driverFolder) &&
               link(QDir(folder).relativeFilePath(driverFolder), folder + QStringLiteral("/driver"));
    }

    /// A device from one line of `lspci -Dnn`, e.g. "0000:00:02.0 VGA compatible controller [0300]:
    /// Intel Corporation TigerLake-LP GT2 [Iris Xe Graphics] [8086:9a49] (rev 01)".
    [[nodiscard]] bool addFromLspci(const QString &line) const
    {
        const std::optional<QList<LspciDevice>> devices = parseLspci(line, QStringLiteral("lspci"));
        return devices && devices->size() == 1 && addPciDevice(devices->first());
    }

    /// A DRM card for an existing PCI device: sys/class/drm/cardN -> …/<address>/drm/cardN, whose
    /// `device` link points back at the PCI device, as the kernel does it.
    [[nodiscard]] bool addDrmCard(int index, const QString &address) const
    {
        const QString card = QStringLiteral("card%1").arg(index);
        const QString cardFolder = deviceFolder(address) + QStringLiteral("/drm/") + card;
        if (!QDir().mkpath(cardFolder))
            return false;
        return link(QStringLiteral("../../../") + address, cardFolder + QStringLiteral("/device")) &&
               link(QStringLiteral("../../devices/pci0000:00/") + address + QStringLiteral("/drm/") + card,
                    path(QStringLiteral("sys/class/drm/") + card));
    }

    [[nodiscard]] bool link(const QString &target, const QString &linkPath) const
    {
        return QDir().mkpath(QFileInfo(linkPath).absolutePath()) && QFile::link(target, linkPath);
    }

private:
    [[nodiscard]] QString pciFolder(const QString &address, Layout layout) const
    {
        return layout == Layout::KernelLinks ? deviceFolder(address)
                                             : path(QStringLiteral("sys/bus/pci/devices/") + address);
    }

    QString m_root;
};

} // namespace Akari::Test
