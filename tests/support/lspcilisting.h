// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

namespace Akari::Test
{

/// One device of an lspci -nn listing, reduced to what sysfs tells about it.
struct LspciDevice
{
    QString address;         ///< "0000:00:02.0" (lspci's short "00:02.0" gets the 0000 domain)
    quint32 deviceClass = 0; ///< class, subclass and programming interface: 0x030000
    quint16 vendor = 0;
    quint16 device = 0;
    QString driver; ///< from lspci -k's "Kernel driver in use:"; empty without it
};

/// Parses a captured `lspci -nn` / `-Dnn` / `-nnk` / `-nnv` listing; \a path names it in errors.
/// On a malformed line returns nullopt and says why in \a error.
[[nodiscard]] std::optional<QList<LspciDevice>> parseLspci(const QString &text, const QString &path,
                                                           QString *error = nullptr);

} // namespace Akari::Test
