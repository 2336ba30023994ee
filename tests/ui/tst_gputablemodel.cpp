// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU table: one row per device, a dash for what is unknown, hidden GPUs marked and greyed.
#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include "widgets/gputablemodel.h"

using namespace Qt::Literals::StringLiterals;
using Akari::GpuInfo;
using Akari::GpuTableModel;
using Akari::GpuVendor;

namespace
{
const QString Dash = u"—"_s;

// Every kind of row: NVIDIA with full details, one hidden by CUDA_VISIBLE_DEVICES, one seen
// only on the PCI bus, an AMD card, an Intel iGPU, and a server GPU in a second PCI domain.
QList<GpuInfo> machineGpus()
{
    GpuInfo rtx{.vendor = GpuVendor::Nvidia,
                .name = u"NVIDIA GeForce RTX 4090"_s,
                .driverVersion = u"550.144.03"_s,
                .memoryMib = 24564,
                .computeCapability = u"8.9"_s,
                .pciBusId = u"0000:01:00.0"_s,
                .uuid = u"GPU-4b1d7a5e"_s,
                .index = 0,
                .integrated = false,
                .source = u"nvidia-smi"_s};
    GpuInfo hidden{.vendor = GpuVendor::Nvidia,
                   .name = u"NVIDIA RTX A4000"_s,
                   .driverVersion = u"550.144.03"_s,
                   .memoryMib = 16376,
                   .computeCapability = u"8.6"_s,
                   .pciBusId = u"0000:02:00.0"_s,
                   .index = 1,
                   .integrated = false,
                   .visible = false,
                   .source = u"nvidia-smi"_s};
    GpuInfo bare{
        .vendor = GpuVendor::Nvidia, .pciBusId = u"0000:03:00.0"_s, .pciDeviceId = u"0x2684"_s, .source = u"sysfs"_s};
    GpuInfo amd{.vendor = GpuVendor::Amd,
                .name = u"AMD Radeon RX 7900 XTX"_s,
                .memoryMib = 24576,
                .architecture = u"gfx1100"_s,
                .pciBusId = u"0000:0c:00.0"_s,
                .integrated = false,
                .source = u"rocminfo"_s};
    GpuInfo intel{.vendor = GpuVendor::Intel,
                  .name = u"Intel UHD Graphics 770"_s,
                  .pciBusId = u"0000:00:02.0"_s,
                  .integrated = true,
                  .source = u"sysfs"_s};
    GpuInfo server{.vendor = GpuVendor::Nvidia,
                   .name = u"NVIDIA H100 80GB HBM3"_s,
                   .driverVersion = u"570.86.15"_s,
                   .memoryMib = 81559,
                   .computeCapability = u"9.0"_s,
                   .pciBusId = u"0001:c1:00.0"_s,
                   .source = u"nvml"_s};
    return {rtx, hidden, bare, amd, intel, server};
}
} // namespace

class TestGpuTableModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldPassTheModelTester()
    {
        GpuTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGpus(machineGpus());
        model.setGpus({});
        model.setGpus(machineGpus(), u"0"_s);
    }

    void shouldHaveOneRowPerGpuAndNamedColumns()
    {
        GpuTableModel model;
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(GpuTableModel::ColumnCount));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setGpus(machineGpus());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.gpus(), machineGpus());
        QStringList headers;
        for (int column = 0; column < model.columnCount(); ++column)
            headers.append(model.headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers, (QStringList{u"Vendor"_s, u"Model"_s, u"Memory"_s, u"Architecture"_s, u"Driver"_s,
                                       u"PCI bus"_s, u"Type"_s, u"Status"_s}));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(model.headerData(GpuTableModel::ArchitectureColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(u"compute capability"_s));
    }

    void shouldShowEachDetail_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        using C = GpuTableModel;
        QTest::newRow("nvidia vendor") << 0 << int(C::VendorColumn) << u"NVIDIA"_s;
        QTest::newRow("nvidia name") << 0 << int(C::NameColumn) << u"NVIDIA GeForce RTX 4090"_s;
        QTest::newRow("nvidia memory") << 0 << int(C::MemoryColumn) << u"24.0 GB"_s;
        QTest::newRow("nvidia compute capability") << 0 << int(C::ArchitectureColumn) << u"8.9"_s;
        QTest::newRow("nvidia driver") << 0 << int(C::DriverColumn) << u"550.144.03"_s;
        QTest::newRow("nvidia pci bus") << 0 << int(C::PciBusColumn) << u"01:00.0"_s;
        QTest::newRow("nvidia discrete") << 0 << int(C::TypeColumn) << u"Discrete"_s;
        QTest::newRow("nvidia status ok") << 0 << int(C::StatusColumn) << QString();
        QTest::newRow("hidden status") << 1 << int(C::StatusColumn) << u"Hidden"_s;
        QTest::newRow("hidden memory") << 1 << int(C::MemoryColumn) << u"16.0 GB"_s;
        QTest::newRow("sysfs-only name") << 2 << int(C::NameColumn) << u"Unknown model (device 0x2684)"_s;
        QTest::newRow("sysfs-only memory") << 2 << int(C::MemoryColumn) << Dash;
        QTest::newRow("sysfs-only capability") << 2 << int(C::ArchitectureColumn) << Dash;
        QTest::newRow("sysfs-only driver") << 2 << int(C::DriverColumn) << Dash;
        QTest::newRow("sysfs-only type") << 2 << int(C::TypeColumn) << Dash;
        QTest::newRow("sysfs-only status") << 2 << int(C::StatusColumn) << u"No driver"_s;
        QTest::newRow("amd vendor") << 3 << int(C::VendorColumn) << u"AMD"_s;
        QTest::newRow("amd architecture") << 3 << int(C::ArchitectureColumn) << u"gfx1100"_s;
        QTest::newRow("amd memory") << 3 << int(C::MemoryColumn) << u"24.0 GB"_s;
        QTest::newRow("amd driver in the kernel") << 3 << int(C::DriverColumn) << Dash;
        QTest::newRow("amd status ok without driver version") << 3 << int(C::StatusColumn) << QString();
        QTest::newRow("intel vendor") << 4 << int(C::VendorColumn) << u"Intel"_s;
        QTest::newRow("intel integrated") << 4 << int(C::TypeColumn) << u"Integrated"_s;
        QTest::newRow("intel shared memory") << 4 << int(C::MemoryColumn) << u"Shared"_s;
        QTest::newRow("intel architecture") << 4 << int(C::ArchitectureColumn) << Dash;
        QTest::newRow("intel pci bus") << 4 << int(C::PciBusColumn) << u"00:02.0"_s;
        QTest::newRow("pci bus in another domain") << 5 << int(C::PciBusColumn) << u"0001:c1:00.0"_s;
    }

    void shouldShowEachDetail()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, expected);
        GpuTableModel model;
        model.setGpus(machineGpus());
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data().toString(), expected);
        // Screen readers get a word where the table shows a dash.
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), expected == u"—"_s ? u"Unknown"_s : expected);
        QCOMPARE(model.index(row, 0).data(Qt::UserRole).value<GpuInfo>(), machineGpus().at(row));
    }

    void shouldExplainDetailsInTooltips()
    {
        GpuTableModel model;
        model.setGpus(machineGpus(), u"0,2"_s);
        const auto tip = [&model](int row, int column) {
            return model.index(row, column).data(Qt::ToolTipRole).toString();
        };
        QCOMPARE(tip(0, GpuTableModel::MemoryColumn), u"24,564 MiB"_s);
        QCOMPARE(tip(0, GpuTableModel::PciBusColumn), u"0000:01:00.0"_s);
        QVERIFY(tip(0, GpuTableModel::ArchitectureColumn).contains(u"Compute capability 8.9"_s));
        QVERIFY(tip(3, GpuTableModel::ArchitectureColumn).contains(u"gfx1100"_s));
        QCOMPARE(tip(0, GpuTableModel::NameColumn), u"GPU-4b1d7a5e"_s);
        QVERIFY2(tip(1, GpuTableModel::StatusColumn).contains(u"CUDA_VISIBLE_DEVICES=0,2"_s),
                 qPrintable(tip(1, GpuTableModel::StatusColumn)));
        QCOMPARE(tip(1, GpuTableModel::NameColumn), tip(1, GpuTableModel::StatusColumn));
        QVERIFY(tip(2, GpuTableModel::StatusColumn).contains(u"no NVIDIA driver"_s));
        QVERIFY(!model.index(0, GpuTableModel::StatusColumn).data(Qt::ToolTipRole).isValid());

        // Without the variable's value the tooltip still names it.
        model.setGpus(machineGpus());
        QVERIFY(tip(1, GpuTableModel::StatusColumn).startsWith(u"CUDA_VISIBLE_DEVICES hides"_s));
    }

    void shouldGreyOutOnlyHiddenGpus()
    {
        GpuTableModel model;
        model.setGpus(machineGpus(), u"0"_s);
        const QBrush disabled = QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QVariant foreground = model.index(row, column).data(Qt::ForegroundRole);
                if (row == 1)
                    QCOMPARE(foreground.value<QBrush>(), disabled);
                else
                    QVERIFY(!foreground.isValid());
            }
        }
    }

    void shouldTellViewsAboutANewLanguage()
    {
        GpuTableModel model;
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        model.retranslate();
        QCOMPARE(headers.count(), 1);
        QCOMPARE(headers.first().at(2).toInt(), GpuTableModel::ColumnCount - 1);
        QCOMPARE(data.count(), 0); // nothing to repaint in an empty table
        model.setGpus(machineGpus());
        model.retranslate();
        QCOMPARE(data.count(), 1);
        QCOMPARE(data.first().at(1).toModelIndex(), model.index(5, GpuTableModel::ColumnCount - 1));
    }
};

QTEST_MAIN(TestGpuTableModel)
#include "tst_gputablemodel.moc"
