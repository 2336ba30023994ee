// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowsdevicelist.h"

#include <algorithm>

#include <QList>

#ifdef Q_OS_WIN
#include <vector>

#include <windows.h>

#include <cfgmgr32.h>

// Older SDK and MinGW headers may lack the Windows 7 filter flags.
#ifndef CM_GETIDLIST_FILTER_PRESENT
#define CM_GETIDLIST_FILTER_PRESENT 0x00000100
#endif
#ifndef CM_GETIDLIST_FILTER_CLASS
#define CM_GETIDLIST_FILTER_CLASS 0x00000200
#endif
#endif

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// "PCI\VEN_8086&DEV_9A49&SUBSYS_…" → {"PCI", "VEN_8086", "DEV_9A49", "SUBSYS_…"}.
QList<QStringView> segments(QStringView id)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= id.size(); ++i) {
        if (i == id.size() || id.at(i) == u'\\' || id.at(i) == u'&') {
            parts.append(id.mid(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

/// The four hex digits after \a prefix ("VEN_", "DEV_") in some segment, ignoring case.
std::optional<quint16> hexAfter(QStringView id, QStringView prefix)
{
    for (QStringView segment : segments(id)) {
        if (segment.size() != prefix.size() + 4 || !segment.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        bool ok = false;
        const uint value = segment.mid(prefix.size()).toUInt(&ok, 16);
        if (ok)
            return quint16(value);
    }
    return std::nullopt;
}

} // namespace

QStringList WindowsDeviceList::splitMultiString(QByteArrayView utf16le)
{
    // Decode by hand: the bytes come from a wide-character buffer and may be unaligned for char16_t.
    QString text;
    text.reserve(utf16le.size() / 2);
    for (qsizetype i = 0; i + 1 < utf16le.size(); i += 2) {
        const auto low = static_cast<unsigned char>(utf16le.at(i));
        const auto high = static_cast<unsigned char>(utf16le.at(i + 1));
        text.append(QChar(char16_t(low | (high << 8))));
    }
    QStringList ids;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf(QChar(u'\0'), start);
        if (end < 0)
            end = text.size(); // a list cut off before its terminator keeps its last entry
        if (end == start)
            break; // the empty string that ends the list
        ids.append(text.mid(start, end - start));
        start = end + 1;
    }
    return ids;
}

bool WindowsDeviceList::isIntelDeviceId(QStringView id)
{
    const QList<QStringView> parts = segments(id);
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](QStringView segment) { return segment.compare(u"VEN_8086", Qt::CaseInsensitive) == 0; });
}

std::optional<quint16> WindowsDeviceList::pciVendorId(QStringView id)
{
    return hexAfter(id, u"VEN_");
}

std::optional<quint16> WindowsDeviceList::pciDeviceId(QStringView id)
{
    return hexAfter(id, u"DEV_");
}

Result<QStringList> WindowsDeviceList::presentDisplayAdapters()
{
#ifdef Q_OS_WIN
    // The Display adapters setup class; PRESENT leaves out devices that are unplugged or disabled in hardware.
    wchar_t displayClass[] = L"{4d36e968-e325-11ce-bfc1-08002be10318}";
    const ULONG flags = CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT;
    // A device may appear between the two calls; then the list no longer fits and is asked for again.
    for (int attempt = 0; attempt < 3; ++attempt) {
        ULONG length = 0;
        CONFIGRET status = CM_Get_Device_ID_List_SizeW(&length, displayClass, flags);
        if (status != CR_SUCCESS)
            return fail(Error(Error::Code::Io,
                              tr("Windows could not tell how long its list of display adapters is (Configuration "
                                 "Manager error %1).")
                                  .arg(status)));
        std::vector<wchar_t> buffer(std::size_t(length) + 1, L'\0');
        status = CM_Get_Device_ID_ListW(displayClass, buffer.data(), length, flags);
        if (status == CR_BUFFER_SMALL)
            continue;
        if (status != CR_SUCCESS)
            return fail(
                Error(Error::Code::Io,
                      tr("Windows could not list its display adapters (Configuration Manager error %1).").arg(status)));
        static_assert(sizeof(wchar_t) == 2, "Windows wide characters are UTF-16 code units");
        return splitMultiString(
            QByteArrayView(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size() * sizeof(wchar_t))));
    }
    return fail(
        Error(Error::Code::Io, tr("The list of display adapters kept changing while Windows was asked for it.")));
#else
    return QStringList{};
#endif
}

} // namespace Akari
