// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "../error.h"
#include "gpuinfo.h"

namespace Akari
{

/**
 * \brief Pure parsers for what the NVIDIA driver prints: /proc text and nvidia-smi output.
 *
 * No I/O: NvidiaProbe reads the files and runs the programs, these functions only read the
 * text, so every rule is unit-tested on captured strings. Safe on any thread.
 */
class NvidiaSmiOutput final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::NvidiaSmiOutput)

public:
    /// uv's rule for /proc/driver/nvidia/version: the whole text split on every two spaces,
    /// the second piece, trimmed ("…x86_64  550.144.03  Release Build…" gives "550.144.03").
    /// nullopt when the text holds no two spaces (uv only logs that); the piece may still not
    /// be a version, which uv treats as an error.
    [[nodiscard]] static std::optional<QString> procVersionField(QStringView content);

    /// uv's rule for `nvidia-smi --query-gpu=driver_version --format=csv,noheader`: the first
    /// line (trailing CR removed), trimmed; nullopt when the output is empty.
    [[nodiscard]] static std::optional<QString> firstLine(QStringView output);

    /// The GPUs of `nvidia-smi --query-gpu=… --format=csv[,nounits]` output WITH its header line.
    /// Columns are found by name ("memory.total [MiB]" is memory.total), so any subset and order
    /// of index, uuid, name, memory.total, compute_cap, pci.bus_id and driver_version works.
    /// "[N/A]"-style values stay unknown. Fails (Error::Code::Parse) when the first line names
    /// none of these columns, which is what an error message instead of a table looks like.
    [[nodiscard]] static Result<QList<GpuInfo>> parseQuery(QByteArrayView output);

    /// Whether nvidia-smi refused \a field as unknown (older drivers and compute_cap):
    /// `Field "compute_cap" is not a valid field to query.`
    [[nodiscard]] static bool rejectsField(QByteArrayView output, QByteArrayView field);

    /// "00000000:01:00.0" (nvidia-smi, NVML) as sysfs spells it: "0000:01:00.0", lower case,
    /// at least four domain digits. Text that is no PCI address comes back trimmed and lower-cased.
    [[nodiscard]] static QString normalisedPciBusId(QStringView busId);
};

} // namespace Akari
