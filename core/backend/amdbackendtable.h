// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Akari
{

/**
 * \brief uv's AMD GPU architecture → ROCm backend table (`LINUX_AMD_GPU_DRIVERS`).
 *
 * UV-TORCH-FACTS.md §3: for each of the 14 architectures uv knows, the ROCm builds whose
 * `torch.cuda.get_arch_list()` includes it. Only ROCm 6.0 and newer are listed: the 5.x and
 * 4.x lines are explicit-only. The match is exact on the architecture name.
 */
class AmdBackendTable final
{
public:
    struct Row
    {
        QString architecture; ///< "gfx1100"
        QStringList backends; ///< newest first, e.g. "rocm7.2", "rocm7.1", …
    };

    /// One row per architecture, in AmdArchitecture::known() order.
    [[nodiscard]] static const QList<Row> &rows();
    /// The ROCm backends built for \a architecture, newest first; empty for an architecture uv
    /// does not know.
    [[nodiscard]] static QStringList backendsFor(QStringView architecture);
};

} // namespace Akari
