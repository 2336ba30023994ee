// SPDX-License-Identifier: GPL-3.0-or-later
#include "gputablemodel.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString Dash = u"—"_s;

bool lacksDriver(const GpuInfo &gpu)
{
    // AMD and Intel drivers live in the kernel and report no version of their own; only an
    // NVIDIA card without a version means no NVIDIA driver answered for it.
    return gpu.vendor == GpuVendor::Nvidia && gpu.driverVersion.isEmpty();
}
} // namespace

GpuTableModel::GpuTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void GpuTableModel::setGpus(const QList<GpuInfo> &gpus, const std::optional<QString> &cudaVisibleDevices)
{
    beginResetModel();
    m_gpus = gpus;
    m_cudaVisibleDevices = cudaVisibleDevices;
    endResetModel();
}

void GpuTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_gpus.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GpuTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_gpus.size());
}

int GpuTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GpuTableModel::text(const GpuInfo &gpu, int column) const
{
    const QLocale locale;
    switch (column) {
    case VendorColumn:
        return gpuVendorName(gpu.vendor);
    case NameColumn:
        if (!gpu.name.isEmpty())
            return gpu.name;
        return gpu.pciDeviceId.isEmpty() ? tr("Unknown model")
                                         : tr("Unknown model (device %1)", "PCI device id").arg(gpu.pciDeviceId);
    case MemoryColumn:
        if (gpu.memoryMib > 0)
            return locale.formattedDataSize(gpu.memoryMib * 1024 * 1024, 1, QLocale::DataSizeTraditionalFormat);
        return gpu.integrated.value_or(false) ? tr("Shared", "GPU memory shared with the processor") : Dash;
    case ArchitectureColumn: {
        const QString value = gpu.vendor == GpuVendor::Nvidia ? gpu.computeCapability : gpu.architecture;
        return value.isEmpty() ? Dash : value;
    }
    case DriverColumn:
        return gpu.driverVersion.isEmpty() ? Dash : gpu.driverVersion;
    case PciBusColumn:
        // Domain 0000 is the only one on nearly every machine; lspci leaves it out too.
        if (gpu.pciBusId.startsWith(u"0000:"_s))
            return gpu.pciBusId.mid(5);
        return gpu.pciBusId.isEmpty() ? Dash : gpu.pciBusId;
    case TypeColumn:
        if (!gpu.integrated)
            return Dash;
        return *gpu.integrated ? tr("Integrated", "GPU type") : tr("Discrete", "GPU type");
    case StatusColumn:
        if (!gpu.visible)
            return tr("Hidden", "GPU status: hidden by CUDA_VISIBLE_DEVICES");
        if (lacksDriver(gpu))
            return tr("No driver", "GPU status");
        return {};
    default:
        return {};
    }
}

QString GpuTableModel::toolTip(const GpuInfo &gpu, int column) const
{
    switch (column) {
    case PciBusColumn:
        return gpu.pciBusId;
    case MemoryColumn:
        if (gpu.memoryMib > 0)
            return tr("%1 MiB", "GPU memory").arg(QLocale().toString(gpu.memoryMib));
        return gpu.integrated.value_or(false) ? tr("An integrated GPU uses the computer’s main memory.") : QString();
    case ArchitectureColumn:
        if (gpu.vendor == GpuVendor::Nvidia && !gpu.computeCapability.isEmpty())
            return tr("Compute capability %1: the GPU generation that PyTorch’s CUDA builds must include.")
                .arg(gpu.computeCapability);
        if (!gpu.architecture.isEmpty())
            return tr("GPU architecture %1: the name ROCm builds are made for.").arg(gpu.architecture);
        return {};
    case StatusColumn:
    case NameColumn:
        if (!gpu.visible)
            return m_cudaVisibleDevices
                       ? tr("CUDA_VISIBLE_DEVICES=%1 hides this GPU: CUDA programs, PyTorch included, will not see it.")
                             .arg(*m_cudaVisibleDevices)
                       : tr("CUDA_VISIBLE_DEVICES hides this GPU: CUDA programs, PyTorch included, will not see it.");
        if (lacksDriver(gpu))
            return tr("The card is on the PCI bus, but no NVIDIA driver answered for it.");
        return column == NameColumn && !gpu.uuid.isEmpty() ? gpu.uuid : QString();
    default:
        return {};
    }
}

QVariant GpuTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GpuInfo &gpu = m_gpus.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(gpu, index.column());
    case Qt::AccessibleTextRole: {
        // Screen readers would say "em dash"; say what the dash means.
        const QString shown = text(gpu, index.column());
        return shown == Dash ? tr("Unknown") : shown;
    }
    case Qt::ToolTipRole: {
        const QString tip = toolTip(gpu, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole:
        // Present but out of CUDA's reach: greyed like a disabled control, in the theme's own colour.
        if (!gpu.visible)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MemoryColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        return QVariant::fromValue(gpu);
    default:
        return {};
    }
}

QVariant GpuTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ArchitectureColumn)
        return tr("NVIDIA: compute capability. AMD: GPU architecture (gfx).");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VendorColumn:
        return tr("Vendor");
    case NameColumn:
        return tr("Model");
    case MemoryColumn:
        return tr("Memory");
    case ArchitectureColumn:
        return tr("Architecture");
    case DriverColumn:
        return tr("Driver");
    case PciBusColumn:
        return tr("PCI bus");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Akari
