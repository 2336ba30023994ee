// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>
#include <QStringView>

#include "../error.h"

namespace Akari
{

/**
 * \brief Windows' list of present display adapters (uv's step 8) and its device instance IDs.
 *
 * The string handling is pure and runs everywhere, so it is tested on uv's own test strings;
 * only presentDisplayAdapters() talks to the Configuration Manager, on Windows.
 */
class WindowsDeviceList final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WindowsDeviceList)

public:
    /// The device instance IDs in a UTF-16LE multi-string: NUL-separated, ended by an empty string.
    [[nodiscard]] static QStringList splitMultiString(QByteArrayView utf16le);
    /// uv's test: some `\`- or `&`-separated segment equals VEN_8086, ignoring case.
    [[nodiscard]] static bool isIntelDeviceId(QStringView id);
    /// The PCI vendor of "PCI\VEN_8086&DEV_9A49&…" (0x8086); nullopt when there is no VEN_ segment.
    [[nodiscard]] static std::optional<quint16> pciVendorId(QStringView id);
    /// The PCI device of "PCI\VEN_8086&DEV_9A49&…" (0x9a49); nullopt when there is no DEV_ segment.
    [[nodiscard]] static std::optional<quint16> pciDeviceId(QStringView id);

    /// The device instance IDs of the present display adapters (class GUID
    /// {4d36e968-e325-11ce-bfc1-08002be10318}). Windows only; elsewhere an empty list.
    [[nodiscard]] static Result<QStringList> presentDisplayAdapters();
};

} // namespace Akari
