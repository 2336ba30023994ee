// SPDX-License-Identifier: GPL-3.0-or-later
#include "pcidevice.h"

#include <algorithm>
#include <cctype>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../logging/logcategories.h"
#include "probeenvironment.h"
#include "probefile.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// Q_DECLARE_TR_FUNCTIONS needs a class; PciDevice is a plain aggregate shared by value.
class PciText
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PciDevice)

public:
    static QString cannotList(const QString &path) { return tr("Cannot list the PCI devices in %1.").arg(path); }
    static QString notDirectory(const QString &path)
    {
        return tr("%1 is not a folder, so the PCI devices cannot be listed.").arg(path);
    }
    static QString cannotRead(const QString &path, const QString &reason)
    {
        return tr("Cannot read %1: %2").arg(path, reason);
    }
    static QString notHex(const QString &path, const QString &text)
    {
        return tr("%1 does not hold a hexadecimal number (it says \"%2\").").arg(path, text);
    }
    static QString skipped(int count, const QString &first)
    {
        return tr("%n PCI device(s) could not be read and were skipped: %1", nullptr, count).arg(first);
    }
};

} // namespace

std::optional<Error> PciDevice::Listing::skippedError() const
{
    if (skipped.isEmpty())
        return std::nullopt;
    const Error &first = skipped.first();
    return Error(first.code(), PciText::skipped(int(skipped.size()), first.message()), first.file());
}

Result<quint32> PciDevice::readIdFile(const QString &path, quint32 maximum)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io, PciText::cannotRead(path, file.errorString()), path));
    // sysfs attributes report a size of 4096 whatever they hold; read to the end instead.
    QByteArray text = file.readAll().trimmed();
    const QByteArray shown = text.left(40);
    // "0x030000\n" → 0x030000. sysfs always writes the 0x prefix; copied trees may lack it.
    if (text.startsWith("0x") || text.startsWith("0X"))
        text = text.mid(2);
    bool ok = false;
    const qulonglong value = text.isEmpty() ? 0 : text.toULongLong(&ok, 16);
    // toULongLong accepts a sign and spaces; sysfs never writes them, so they mean garbage.
    const bool plainDigits =
        std::all_of(text.cbegin(), text.cend(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
    if (!ok || !plainDigits || value > maximum)
        return fail(Error(Error::Code::Parse, PciText::notHex(path, QString::fromUtf8(shown)), path));
    return quint32(value);
}

QString PciDevice::idText(quint16 id)
{
    return u"0x%1"_s.arg(id, 4, 16, QChar(u'0'));
}

Result<PciDevice::Listing> PciDevice::readAll(const ProbeEnvironment &environment)
{
    const QString directoryPath = environment.path(u"/sys/bus/pci/devices"_s);
    // Only a directory that does not exist means "no PCI here"; one behind a folder without
    // access is an error, as it is for uv.
    if (ProbeFile::isAbsent(directoryPath))
        return Listing{};
    const QFileInfo directoryInfo(directoryPath);
    if (directoryInfo.exists() && !directoryInfo.isDir())
        return fail(Error(Error::Code::Io, PciText::notDirectory(directoryPath), directoryPath));
    // QDir lists an unreadable folder as empty; check first so it is reported, not taken for "no devices".
    if (!directoryInfo.exists() || !directoryInfo.isReadable() || !directoryInfo.isExecutable())
        return fail(Error(Error::Code::Io, PciText::cannotList(directoryPath), directoryPath));

    const QDir directory(directoryPath);
    // Real sysfs entries are symbolic links into /sys/devices; fixtures may use plain folders.
    const QStringList names = directory.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    Listing listing;
    listing.devices.reserve(names.size());
    for (const QString &name : names) {
        const QString devicePath = directory.filePath(name);
        PciDevice device;
        device.address = name;

        // uv logs a device whose class or vendor it cannot read and goes on with the next one.
        Result<quint32> deviceClass = readIdFile(devicePath + u"/class"_s, 0xFFFFFFu);
        if (!deviceClass) {
            qCDebug(lcSystem) << "Skipping PCI device:" << deviceClass.error().message();
            listing.skipped.append(deviceClass.error());
            continue;
        }
        device.deviceClass = *deviceClass;

        Result<quint32> vendor = readIdFile(devicePath + u"/vendor"_s, 0xFFFFu);
        if (!vendor) {
            qCDebug(lcSystem) << "Skipping PCI device:" << vendor.error().message();
            listing.skipped.append(vendor.error());
            continue;
        }
        device.vendor = quint16(*vendor);

        // uv reads only class and vendor; the device id is a detail, so a missing or unreadable
        // file leaves 0 and costs the device nothing.
        const QString deviceIdPath = devicePath + u"/device"_s;
        if (QFileInfo::exists(deviceIdPath)) {
            if (Result<quint32> deviceId = readIdFile(deviceIdPath, 0xFFFFu))
                device.device = quint16(*deviceId);
            else
                qCDebug(lcSystem) << "No device id:" << deviceId.error().message();
        }

        const QFileInfo driverLink(devicePath + u"/driver"_s);
        if (driverLink.isSymLink())
            device.driver = QFileInfo(driverLink.symLinkTarget()).fileName();

        QFile bootVga(devicePath + u"/boot_vga"_s);
        if (bootVga.open(QIODevice::ReadOnly))
            device.bootVga = bootVga.readAll().trimmed() == "1";

        listing.devices.append(device);
    }
    return listing;
}

} // namespace Akari
