// SPDX-License-Identifier: GPL-3.0-or-later
#include "cudavisibledevices.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace Akari::CudaVisibleDevices
{

namespace
{
// The position in gpus of the NVIDIA GPU an entry names, or -1 when it names none (or several).
qsizetype find(QStringView entry, const QList<GpuInfo> &gpus)
{
    bool isNumber = false;
    const int index = entry.toInt(&isNumber);
    if (isNumber && index < 0)
        return -1;
    qsizetype found = -1;
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        const GpuInfo &gpu = gpus.at(i);
        if (gpu.vendor != GpuVendor::Nvidia)
            continue;
        const bool matches =
            isNumber ? gpu.index == index : (!gpu.uuid.isEmpty() && gpu.uuid.startsWith(entry, Qt::CaseInsensitive));
        if (matches) {
            if (found >= 0)
                return -1; // an ambiguous UUID prefix is invalid for CUDA too
            found = i;
        }
    }
    if (!isNumber && !entry.startsWith(u"GPU-"_s, Qt::CaseInsensitive))
        return -1;
    return found;
}
} // namespace

void apply(QStringView value, QList<GpuInfo> &gpus)
{
    QSet<qsizetype> visible;
    for (QStringView entry : value.split(u',')) {
        entry = entry.trimmed();
        if (entry.startsWith(u"MIG-"_s, Qt::CaseInsensitive))
            continue;
        const qsizetype position = find(entry, gpus);
        if (position < 0 || visible.contains(position))
            break;
        visible.insert(position);
    }
    for (qsizetype i = 0; i < gpus.size(); ++i) {
        if (gpus.at(i).vendor == GpuVendor::Nvidia)
            gpus[i].visible = visible.contains(i);
    }
}

} // namespace Akari::CudaVisibleDevices
