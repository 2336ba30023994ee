// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QList>

#include "core/hardware/gpuinfo.h"

namespace Akari
{

/**
 * \brief The GPUs of a HardwareReport as a table: one row per device, one column per detail.
 *
 * Unknown details show a dash. A GPU that CUDA_VISIBLE_DEVICES hides says so in the Status
 * column and is drawn in the palette's disabled text colour, so it reads as present but
 * out of reach. Brand and model names are data; headers and interface words are translated.
 */
class GpuTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuTableModel)

public:
    enum Column
    {
        VendorColumn,
        NameColumn,
        MemoryColumn,
        ArchitectureColumn, ///< NVIDIA compute capability or AMD gfx architecture
        DriverColumn,
        PciBusColumn,
        TypeColumn,   ///< integrated or discrete
        StatusColumn, ///< hidden by CUDA_VISIBLE_DEVICES, no driver loaded
        ColumnCount,
    };
    Q_ENUM(Column)

    explicit GpuTableModel(QObject *parent = nullptr);

    /// Replaces the rows; \a cudaVisibleDevices is the variable's value when it is set (for tooltips).
    void setGpus(const QList<GpuInfo> &gpus, const std::optional<QString> &cudaVisibleDevices = std::nullopt);
    [[nodiscard]] const QList<GpuInfo> &gpus() const { return m_gpus; }
    /// Tells views that headers and interface words changed language.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString text(const GpuInfo &gpu, int column) const;
    [[nodiscard]] QString toolTip(const GpuInfo &gpu, int column) const;

    QList<GpuInfo> m_gpus;
    std::optional<QString> m_cudaVisibleDevices;
};

} // namespace Akari
