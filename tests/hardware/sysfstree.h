// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QString>

#include "testenvironment.h"

namespace Akari::Test
{

/**
 * \brief Builds sysfs trees below a test root the way the kernel lays them out.
 *
 * PCI devices live in sys/devices/pci0000:00/<address> and are reached through symbolic links
 * from sys/bus/pci/devices, as on a real machine; attribute files hold 0x-prefixed hex and a
 * newline. Header-only: shared by the vendor probe tests.
 */
class SysfsTree final
{
public:
    explicit SysfsTree(QString root)
        : m_root(std::move(root))
    {}

    [[nodiscard]] QString path(const QString &relative) const { return QDir(m_root).filePath(relative); }

    /// The real device folder of \a address; created on first use.
    [[nodiscard]] QString deviceFolder(const QString &address) const
    {
        return path(QStringLiteral("sys/devices/pci0000:00/") + address);
    }

    /// One PCI device with its class, vendor and device files, linked from sys/bus/pci/devices.
    [[nodiscard]] bool addPciDevice(const QString &address, const QByteArray &deviceClass, const QByteArray &vendor,
                                    const QByteArray &device, bool linked = true) const
    {
        const QString folder = linked ? deviceFolder(address) : path(QStringLiteral("sys/bus/pci/devices/") + address);
        if (!writeFile(folder + QStringLiteral("/class"), deviceClass + '\n') ||
            !writeFile(folder + QStringLiteral("/vendor"), vendor + '\n') ||
            !writeFile(folder + QStringLiteral("/device"), device + '\n') ||
            !writeFile(folder + QStringLiteral("/uevent"), "PCI_SLOT_NAME=" + address.toUtf8() + '\n'))
            return false;
        return !linked || link(QStringLiteral("../../../devices/pci0000:00/") + address,
                               path(QStringLiteral("sys/bus/pci/devices/") + address));
    }

    /// A device from one line of `lspci -Dnn`, e.g. "0000:00:02.0 VGA compatible controller [0300]:
    /// Intel Corporation TigerLake-LP GT2 [Iris Xe Graphics] [8086:9a49] (rev 01)".
    [[nodiscard]] bool addFromLspci(const QString &line) const
    {
        static const QRegularExpression pattern(
            QStringLiteral("^([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7]) [^\\[]*\\[([0-9a-f]{4})\\]: "
                           ".*\\[([0-9a-f]{4}):([0-9a-f]{4})\\]"));
        const QRegularExpressionMatch match = pattern.match(line);
        if (!match.hasMatch())
            return false;
        // lspci -nn shows class and subclass; the programming interface is 00 for display devices.
        return addPciDevice(match.captured(1), "0x" + match.captured(2).toUtf8() + "00",
                            "0x" + match.captured(3).toUtf8(), "0x" + match.captured(4).toUtf8());
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
    QString m_root;
};

} // namespace Akari::Test
