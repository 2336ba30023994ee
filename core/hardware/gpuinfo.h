// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>

namespace Akari
{

enum class GpuVendor : quint8
{
    Nvidia,
    Amd,
    Intel,
    Apple,
};

/**
 * \brief One graphics device as the probes saw it.
 *
 * Fields a probe could not learn stay empty (strings), -1 (numbers) or nullopt. Several
 * probes may describe the same device; the detector merges them by PCI bus id.
 */
struct GpuInfo
{
    GpuVendor vendor = GpuVendor::Nvidia;
    QString name;                   ///< "NVIDIA GeForce RTX 4090", "AMD Radeon RX 7900 XTX"; may be empty
    QString driverVersion;          ///< kernel driver version where the vendor has one ("550.144.03")
    qint64 memoryMib = -1;          ///< dedicated memory in MiB; -1 when unknown
    QString computeCapability;      ///< NVIDIA only, "8.9"
    QString architecture;           ///< AMD "gfx1100"; empty elsewhere
    QString pciBusId;               ///< "0000:01:00.0": lower-case, 4-digit domain
    QString pciDeviceId;            ///< "0x2684" where known
    QString uuid;                   ///< NVIDIA "GPU-…", used to match CUDA_VISIBLE_DEVICES
    int index = -1;                 ///< the driver's device index (nvidia-smi / NVML order); -1 when none
    std::optional<bool> integrated; ///< shares system memory (iGPU); nullopt when the data does not say
    bool visible = true;            ///< false when CUDA_VISIBLE_DEVICES hides it
    QString source;                 ///< where the details came from: "nvml", "nvidia-smi", "sysfs", "rocminfo", …

    friend bool operator==(const GpuInfo &, const GpuInfo &) = default;
};

/// A vendor's lower-case identifier as used in JSON ("nvidia", "amd", "intel", "apple").
[[nodiscard]] QString gpuVendorId(GpuVendor vendor);
/// The vendor's name for people ("NVIDIA", "AMD", "Intel", "Apple"); not translated (brands).
[[nodiscard]] QString gpuVendorName(GpuVendor vendor);

} // namespace Akari

Q_DECLARE_METATYPE(Akari::GpuInfo)
