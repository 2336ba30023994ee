// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "core/hardware/windowsdevicelist.h"

using namespace Qt::Literals::StringLiterals;
using Akari::WindowsDeviceList;

namespace
{
/// \a ids as CM_Get_Device_ID_ListW fills its buffer: UTF-16LE strings, each NUL-ended, and one
/// more NUL to end the list.
QByteArray multiString(const QStringList &ids)
{
    QByteArray bytes;
    const auto appendUnit = [&bytes](char16_t unit) {
        bytes.append(char(unit & 0xFF));
        bytes.append(char(unit >> 8));
    };
    for (const QString &id : ids) {
        for (const QChar c : id)
            appendUnit(c.unicode());
        appendUnit(0);
    }
    appendUnit(0);
    return bytes;
}
} // namespace

/// WindowsDeviceList's pure string handling, on uv's own test strings (UV-TORCH-FACTS.md §6)
/// and device instance IDs as Windows prints them.
class TestWindowsDeviceList final : public QObject
{
    Q_OBJECT

private slots:
    void shouldRecogniseIntelIds_data();
    void shouldRecogniseIntelIds();
    void shouldSplitMultiString_data();
    void shouldSplitMultiString();
    void shouldReadVendorAndDevice_data();
    void shouldReadVendorAndDevice();
    void shouldListNothingOffWindows();
};

void TestWindowsDeviceList::shouldRecogniseIntelIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("intel");

    // uv's `intel_vendor_id_from_pnp_device_id` cases.
    QTest::newRow("uv: Intel") << u"PCI\\VEN_8086&DEV_9A49&SUBSYS_00000000"_s << true;
    QTest::newRow("uv: lower case") << u"pci\\ven_8086&dev_9a49&subsys_00000000"_s << true;
    QTest::newRow("uv: NVIDIA") << u"PCI\\VEN_10DE&DEV_2684&SUBSYS_00000000"_s << false;
    QTest::newRow("uv: 8086 as the device, not the vendor") << u"PCI\\DEV_8086&SUBSYS_00000000"_s << false;
    // Full instance IDs carry the bus-relative part after a second backslash.
    QTest::newRow("full Iris Xe instance id")
        << u"PCI\\VEN_8086&DEV_9A49&SUBSYS_C195144D&REV_01\\3&11583659&0&10"_s << true;
    QTest::newRow("AMD instance id") << u"PCI\\VEN_1002&DEV_73FF&SUBSYS_0E3D1002&REV_C1\\4&2D2E5D1F&0&0008"_s << false;
    QTest::newRow("vendor must be the whole segment") << u"PCI\\VEN_80861&DEV_9A49"_s << false;
    QTest::newRow("prefix of a segment is not enough") << u"PCI\\XVEN_8086&DEV_9A49"_s << false;
    QTest::newRow("Microsoft Basic Display Adapter") << u"ROOT\\BasicDisplay\\0000"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestWindowsDeviceList::shouldRecogniseIntelIds()
{
    QFETCH(QString, id);
    QFETCH(bool, intel);
    QCOMPARE(WindowsDeviceList::isIntelDeviceId(id), intel);
}

void TestWindowsDeviceList::shouldSplitMultiString_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("ids");

    const QString intel = u"PCI\\VEN_8086&DEV_9A49&SUBSYS_00000000\\3&11583659&0&10"_s;
    const QString nvidia = u"PCI\\VEN_10DE&DEV_25A2&SUBSYS_00000000\\4&2B9A0E27&0&0008"_s;
    // uv's `windows_device_instance_ids` case: Intel and NVIDIA, double-NUL terminated.
    QTest::newRow("uv: Intel and NVIDIA") << multiString({intel, nvidia}) << QStringList{intel, nvidia};
    QTest::newRow("one adapter") << multiString({intel}) << QStringList{intel};
    QTest::newRow("empty list: a lone NUL") << multiString({}) << QStringList{};
    QTest::newRow("no bytes at all") << QByteArray() << QStringList{};
    QTest::newRow("missing final terminator keeps the last id")
        << multiString({intel, nvidia}).chopped(4) << QStringList{intel, nvidia};
    QTest::newRow("odd trailing byte is ignored") << multiString({intel}) + 'x' << QStringList{intel};
    QTest::newRow("stops at the empty string") << multiString({intel}) + multiString({nvidia}) << QStringList{intel};
    QTest::newRow("non-ASCII survives") << multiString({u"SWD\\Ünïcode"_s}) << QStringList{u"SWD\\Ünïcode"_s};
}

void TestWindowsDeviceList::shouldSplitMultiString()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, ids);
    QCOMPARE(WindowsDeviceList::splitMultiString(bytes), ids);
}

void TestWindowsDeviceList::shouldReadVendorAndDevice_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<std::optional<quint16>>("vendor");
    QTest::addColumn<std::optional<quint16>>("device");

    QTest::newRow("Intel Iris Xe") << u"PCI\\VEN_8086&DEV_9A49&SUBSYS_00000000"_s << std::optional<quint16>(0x8086)
                                   << std::optional<quint16>(0x9a49);
    QTest::newRow("lower case") << u"pci\\ven_1002&dev_73bf"_s << std::optional<quint16>(0x1002)
                                << std::optional<quint16>(0x73bf);
    QTest::newRow("no vendor segment") << u"PCI\\DEV_8086&SUBSYS_00000000"_s << std::optional<quint16>()
                                       << std::optional<quint16>(0x8086);
    QTest::newRow("not hex") << u"PCI\\VEN_XYZW&DEV_12G4"_s << std::optional<quint16>() << std::optional<quint16>();
    QTest::newRow("not PCI") << u"ROOT\\BasicDisplay\\0000"_s << std::optional<quint16>() << std::optional<quint16>();
}

void TestWindowsDeviceList::shouldReadVendorAndDevice()
{
    QFETCH(QString, id);
    QFETCH(std::optional<quint16>, vendor);
    QFETCH(std::optional<quint16>, device);
    QCOMPARE(WindowsDeviceList::pciVendorId(id), vendor);
    QCOMPARE(WindowsDeviceList::pciDeviceId(id), device);
}

void TestWindowsDeviceList::shouldListNothingOffWindows()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows the list is the machine's own; nothing to compare it with.");
#else
    const Akari::Result<QStringList> ids = WindowsDeviceList::presentDisplayAdapters();
    QVERIFY(ids.has_value());
    QVERIFY(ids->isEmpty());
#endif
}

QTEST_GUILESS_MAIN(TestWindowsDeviceList)
#include "tst_windowsdevicelist.moc"
