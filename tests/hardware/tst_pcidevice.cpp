// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "capturedlspci.h"
#include "core/hardware/pcidevice.h"
#include "core/hardware/probeenvironment.h"
#include "sysfstree.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::PciDevice;
using Akari::ProbeEnvironment;
using Akari::Test::SysfsTree;
using namespace Akari::Test::CapturedLspci;

namespace
{

/// The devices of a listing that must not fail.
QList<PciDevice> devicesAt(const QString &root, QList<Akari::Error> *skipped = nullptr);

ProbeEnvironment environmentAt(const QString &root)
{
    ProbeEnvironment environment;
    environment.root = root;
    return environment;
}

QList<PciDevice> devicesAt(const QString &root, QList<Akari::Error> *skipped)
{
    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root));
    if (!listing) {
        qWarning("%s", qPrintable(listing.error().message()));
        return {};
    }
    if (skipped)
        *skipped = listing->skipped;
    return listing->devices;
}

PciDevice device(const QString &address, quint16 vendor, quint16 id, quint32 deviceClass)
{
    PciDevice device;
    device.address = address;
    device.vendor = vendor;
    device.device = id;
    device.deviceClass = deviceClass;
    return device;
}
} // namespace

/// PciDevice::readAll on sysfs trees built like the kernel's, from captured `lspci` listings.
class TestPciDevice final : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadDevicesInAddressOrder_data();
    void shouldReadDevicesInAddressOrder();
    void shouldGiveEmptyListWithoutSysfs();
    void shouldReadPlainFolders();
    void shouldReadDriverAndBootVga();
    void shouldLeaveDeviceIdZeroWhenFileMissing();
    void shouldParseClassSpellings_data();
    void shouldParseClassSpellings();
    void shouldSkipUnreadableDevices_data();
    void shouldSkipUnreadableDevices();
    void shouldKeepDeviceWithBadDeviceId_data();
    void shouldKeepDeviceWithBadDeviceId();
    void shouldSumUpSkippedDevices();
    void shouldFailWhenListIsNotFolder_data();
    void shouldFailWhenListIsNotFolder();
    void shouldFailOnUnreadableFolder();
    void shouldWriteIds_data();
    void shouldWriteIds();
    void shouldTellDisplayControllers_data();
    void shouldTellDisplayControllers();
};

void TestPciDevice::shouldReadDevicesInAddressOrder_data()
{
    QTest::addColumn<QStringList>("lspci");
    QTest::addColumn<QList<PciDevice>>("expected");

    QTest::newRow("Tiger Lake iGPU and DG1") << QStringList{Dg1, TigerLake}
                                             << QList<PciDevice>{device(u"0000:00:02.0"_s, 0x8086, 0x9a49, 0x030000),
                                                                 device(u"0000:03:00.0"_s, 0x8086, 0x4905, 0x030000)};
    QTest::newRow("host bridge, iGPU, NVIDIA dGPU")
        << QStringList{Rtx4070, TigerLake, HostBridge}
        << QList<PciDevice>{device(u"0000:00:00.0"_s, 0x8086, 0x9a14, 0x060000),
                            device(u"0000:00:02.0"_s, 0x8086, 0x9a49, 0x030000),
                            device(u"0000:01:00.0"_s, 0x10de, 0x2786, 0x030000)};
    QTest::newRow("3D controller and display controller")
        << QStringList{u"0001:04:00.0 3D controller [0302]: NVIDIA Corporation GH100 [H100 PCIe] [10de:2331] (rev a1)"_s,
                       u"0000:4d:00.0 Display controller [0380]: Intel Corporation Device [8086:0bd5] (rev 08)"_s}
        << QList<PciDevice>{device(u"0000:4d:00.0"_s, 0x8086, 0x0bd5, 0x038000),
                            device(u"0001:04:00.0"_s, 0x10de, 0x2331, 0x030200)};
}

void TestPciDevice::shouldReadDevicesInAddressOrder()
{
    QFETCH(QStringList, lspci);
    QFETCH(QList<PciDevice>, expected);
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    for (const QString &line : std::as_const(lspci))
        QVERIFY2(tree.addFromLspci(line), qPrintable(line));

    QList<Akari::Error> skipped;
    QCOMPARE(devicesAt(root.path(), &skipped), expected);
    QVERIFY(skipped.isEmpty());
}

void TestPciDevice::shouldGiveEmptyListWithoutSysfs()
{
    QTemporaryDir root;
    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root.path()));
    QVERIFY(listing.has_value());
    QVERIFY(listing->devices.isEmpty());
    QVERIFY(listing->skipped.isEmpty());
    QVERIFY(!listing->skippedError().has_value());
}

void TestPciDevice::shouldReadPlainFolders()
{
    // Copied trees (tar, a fixture checked into git) may hold folders where sysfs has links.
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addPciDevice(u"0000:00:02.0"_s, "0x030000", "0x8086", "0x46a6", SysfsTree::Layout::PlainFolders));
    QCOMPARE(devicesAt(root.path()), QList<PciDevice>{device(u"0000:00:02.0"_s, 0x8086, 0x46a6, 0x030000)});
}

void TestPciDevice::shouldReadDriverAndBootVga()
{
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(TigerLake));
    QVERIFY(tree.addFromLspci(Dg1));
    const QString igpu = tree.deviceFolder(u"0000:00:02.0"_s);
    // The kernel links `driver` to /sys/bus/pci/drivers/<name>; boot_vga exists on VGA devices.
    QVERIFY(tree.link(u"../../../bus/pci/drivers/i915"_s, igpu + u"/driver"_s));
    QVERIFY(Akari::Test::writeFile(igpu + u"/boot_vga"_s, "1\n"));
    QVERIFY(Akari::Test::writeFile(tree.deviceFolder(u"0000:03:00.0"_s) + u"/boot_vga"_s, "0\n"));

    const QList<PciDevice> devices = devicesAt(root.path());
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).driver, u"i915"_s);
    QVERIFY(devices.at(0).bootVga);
    QCOMPARE(devices.at(1).driver, QString());
    QVERIFY(!devices.at(1).bootVga);
}

void TestPciDevice::shouldLeaveDeviceIdZeroWhenFileMissing()
{
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(TigerLake));
    QVERIFY(QFile::remove(tree.deviceFolder(u"0000:00:02.0"_s) + u"/device"_s));
    QCOMPARE(devicesAt(root.path()), QList<PciDevice>{device(u"0000:00:02.0"_s, 0x8086, 0, 0x030000)});
}

void TestPciDevice::shouldParseClassSpellings_data()
{
    QTest::addColumn<QByteArray>("classFile");
    QTest::addColumn<quint32>("expected");

    QTest::newRow("kernel format") << QByteArray("0x030000\n") << quint32(0x030000);
    QTest::newRow("upper-case prefix and digits") << QByteArray("0X03800A\n") << quint32(0x03800a);
    QTest::newRow("no prefix") << QByteArray("030200") << quint32(0x030200);
    QTest::newRow("surrounding blanks") << QByteArray("  0x030000 \r\n") << quint32(0x030000);
}

void TestPciDevice::shouldParseClassSpellings()
{
    QFETCH(QByteArray, classFile);
    QFETCH(quint32, expected);
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(TigerLake));
    QVERIFY(Akari::Test::writeFile(tree.deviceFolder(u"0000:00:02.0"_s) + u"/class"_s, classFile));
    QList<Akari::Error> skipped;
    const QList<PciDevice> devices = devicesAt(root.path(), &skipped);
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices.value(0).deviceClass, expected);
    QVERIFY(skipped.isEmpty());
}

void TestPciDevice::shouldSkipUnreadableDevices_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("contents"); // empty QByteArray() with remove = true deletes the file
    QTest::addColumn<bool>("remove");
    QTest::addColumn<Akari::Error::Code>("code");

    QTest::newRow("class is not hex") << u"class"_s << QByteArray("0xZZZZ\n") << false << Akari::Error::Code::Parse;
    QTest::newRow("class is empty") << u"class"_s << QByteArray("\n") << false << Akari::Error::Code::Parse;
    QTest::newRow("class has a sign") << u"class"_s << QByteArray("-0x030000\n") << false << Akari::Error::Code::Parse;
    QTest::newRow("class is text") << u"class"_s << QByteArray("VGA compatible controller\n") << false
                                   << Akari::Error::Code::Parse;
    QTest::newRow("class too wide") << u"class"_s << QByteArray("0x1030000\n") << false << Akari::Error::Code::Parse;
    QTest::newRow("vendor is garbage") << u"vendor"_s << QByteArray("\x01\x02\xff") << false
                                       << Akari::Error::Code::Parse;
    QTest::newRow("vendor too wide") << u"vendor"_s << QByteArray("0x18086\n") << false << Akari::Error::Code::Parse;
    QTest::newRow("class file missing") << u"class"_s << QByteArray() << true << Akari::Error::Code::Io;
    QTest::newRow("vendor file missing") << u"vendor"_s << QByteArray() << true << Akari::Error::Code::Io;
}

void TestPciDevice::shouldSkipUnreadableDevices()
{
    // uv's step 7 logs a device it cannot read and goes on scanning: the others stay listed.
    QFETCH(QString, file);
    QFETCH(QByteArray, contents);
    QFETCH(bool, remove);
    QFETCH(Akari::Error::Code, code);
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(HostBridge));
    QVERIFY(tree.addFromLspci(TigerLake));
    QVERIFY(tree.addFromLspci(Rtx4070));
    const QString path = tree.deviceFolder(u"0000:00:02.0"_s) + u'/' + file;
    if (remove)
        QVERIFY(QFile::remove(path));
    else
        QVERIFY(Akari::Test::writeFile(path, contents));

    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root.path()));
    QVERIFY2(listing.has_value(), qPrintable(listing ? QString() : listing.error().message()));
    QCOMPARE(listing->devices, (QList<PciDevice>{device(u"0000:00:00.0"_s, 0x8086, 0x9a14, 0x060000),
                                                 device(u"0000:01:00.0"_s, 0x10de, 0x2786, 0x030000)}));
    QCOMPARE(listing->skipped.size(), 1);
    const Akari::Error &problem = listing->skipped.first();
    QCOMPARE(problem.code(), code);
    // The error names the file the user would look at, through the link they would follow.
    QCOMPARE(problem.file(), QDir(root.path()).filePath(u"sys/bus/pci/devices/0000:00:02.0/"_s + file));
    QVERIFY(problem.message().contains(u"0000:00:02.0/"_s + file));
    // Reported as one failure that still names the file.
    const std::optional<Akari::Error> summary = listing->skippedError();
    QVERIFY(summary.has_value());
    QCOMPARE(summary->file(), problem.file());
    QVERIFY2(summary->message().contains(problem.message()), qPrintable(summary->message()));
}

void TestPciDevice::shouldKeepDeviceWithBadDeviceId_data()
{
    QTest::addColumn<QByteArray>("contents");

    QTest::newRow("not hex") << QByteArray("0x9a4g\n");
    QTest::newRow("binary garbage") << QByteArray("\xff\xfe\x00\x01");
    QTest::newRow("too wide") << QByteArray("0x19a49\n");
    QTest::newRow("empty") << QByteArray();
}

void TestPciDevice::shouldKeepDeviceWithBadDeviceId()
{
    // uv never reads `device`: whatever it holds, the device stays, with id 0, and nothing is reported.
    QFETCH(QByteArray, contents);
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(TigerLake));
    QVERIFY(Akari::Test::writeFile(tree.deviceFolder(u"0000:00:02.0"_s) + u"/device"_s, contents));
    QList<Akari::Error> skipped;
    QCOMPARE(devicesAt(root.path(), &skipped), QList<PciDevice>{device(u"0000:00:02.0"_s, 0x8086, 0, 0x030000)});
    QVERIFY(skipped.isEmpty());
}

void TestPciDevice::shouldSumUpSkippedDevices()
{
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    for (const QString &line : {HostBridge, TigerLake, Rtx4070})
        QVERIFY(tree.addFromLspci(line));
    QVERIFY(Akari::Test::writeFile(tree.deviceFolder(u"0000:00:00.0"_s) + u"/class"_s, "bridge\n"));
    QVERIFY(Akari::Test::writeFile(tree.deviceFolder(u"0000:01:00.0"_s) + u"/vendor"_s, "nvidia\n"));

    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root.path()));
    QVERIFY(listing.has_value());
    QCOMPARE(listing->devices, QList<PciDevice>{device(u"0000:00:02.0"_s, 0x8086, 0x9a49, 0x030000)});
    QCOMPARE(listing->skipped.size(), 2);
    const std::optional<Akari::Error> summary = listing->skippedError();
    QVERIFY(summary.has_value());
    // The first problem, and how many devices were left out in all.
    QVERIFY2(summary->message().contains(listing->skipped.first().message()), qPrintable(summary->message()));
    QVERIFY2(summary->message().contains(u'2'), qPrintable(summary->message()));
    QCOMPARE(summary->file(), listing->skipped.first().file());
}

void TestPciDevice::shouldFailWhenListIsNotFolder_data()
{
    QTest::addColumn<QString>("file"); // what is a plain file instead of a folder
    QTest::addColumn<QString>("reported");

    QTest::newRow("devices is a file") << u"sys/bus/pci/devices"_s << u"sys/bus/pci/devices"_s;
    // Not "absent": the path cannot be reached at all (ENOTDIR), which uv reports as an error.
    QTest::newRow("a parent is a file") << u"sys/bus/pci"_s << u"sys/bus/pci/devices"_s;
}

void TestPciDevice::shouldFailWhenListIsNotFolder()
{
    QFETCH(QString, file);
    QFETCH(QString, reported);
    QTemporaryDir root;
    QVERIFY(Akari::Test::writeFile(QDir(root.path()).filePath(file), "not a folder\n"));
    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root.path()));
    QVERIFY(!listing.has_value());
    QCOMPARE(listing.error().code(), Akari::Error::Code::Io);
    QCOMPARE(listing.error().file(), QDir(root.path()).filePath(reported));
}

void TestPciDevice::shouldFailOnUnreadableFolder()
{
    QTemporaryDir root;
    const SysfsTree tree(root.path());
    QVERIFY(tree.addFromLspci(TigerLake));
    const QString path = QDir(root.path()).filePath(u"sys/bus/pci/devices"_s);
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    const bool stillReadable = QFileInfo(path).isReadable();
    if (stillReadable) {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QSKIP("This user reads folders whatever their permissions say (root).");
    }
    const Akari::Result<PciDevice::Listing> listing = PciDevice::readAll(environmentAt(root.path()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!listing.has_value());
    QCOMPARE(listing.error().code(), Akari::Error::Code::Io);
    QCOMPARE(listing.error().file(), path);
}

void TestPciDevice::shouldWriteIds_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<QString>("text");

    QTest::newRow("Intel") << 0x8086 << u"0x8086"_s;
    QTest::newRow("lower case") << 0x9A49 << u"0x9a49"_s;
    QTest::newRow("leading zeros") << 0x0bd5 << u"0x0bd5"_s;
    QTest::newRow("zero") << 0 << u"0x0000"_s;
    QTest::newRow("largest") << 0xffff << u"0xffff"_s;
}

void TestPciDevice::shouldWriteIds()
{
    QFETCH(int, id);
    QFETCH(QString, text);
    QCOMPARE(PciDevice::idText(quint16(id)), text);
}

void TestPciDevice::shouldTellDisplayControllers_data()
{
    QTest::addColumn<quint32>("deviceClass");
    QTest::addColumn<bool>("display");

    QTest::newRow("VGA") << quint32(0x030000) << true;
    QTest::newRow("3D controller") << quint32(0x030200) << true;
    QTest::newRow("display controller") << quint32(0x038000) << true;
    QTest::newRow("VGA with 8514 interface") << quint32(0x030001) << true;
    QTest::newRow("host bridge") << quint32(0x060000) << false;
    QTest::newRow("multimedia audio") << quint32(0x040300) << false;
    QTest::newRow("class 0x02 network") << quint32(0x020000) << false;
}

void TestPciDevice::shouldTellDisplayControllers()
{
    QFETCH(quint32, deviceClass);
    QFETCH(bool, display);
    QCOMPARE(device(u"0000:00:02.0"_s, 0x8086, 0x9a49, deviceClass).isDisplayController(), display);
}

QTEST_GUILESS_MAIN(TestPciDevice)
#include "tst_pcidevice.moc"
