// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Akari
{

/**
 * \brief Which GPU compute capabilities the CUDA builds of current PyTorch releases carry kernels for.
 *
 * uv picks CUDA builds by driver version only (uv issue #14742): a GTX 1080 Ti (sm_61) with a
 * new driver gets cu128 or cu130 builds, which have no kernels for it. This small table says,
 * per CUDA backend line, which architectures the newest PyTorch release on that index was
 * compiled for (TORCH_CUDA_ARCH_LIST of the Linux x86_64 and Windows wheels). Lines not in
 * the table are unknown: supports() answers nullopt and the Advisor says nothing about them.
 */
class CudaArchitectureSupport final
{
public:
    struct Line
    {
        QString backend;         ///< "cu128"
        QString pytorchReleases; ///< the releases the list describes, "2.11"
        /// TORCH_CUDA_ARCH_LIST entries, "7.5", …, "12.0+PTX" (PTX: also shipped as PTX)
        QStringList architectures;
    };

    /// The lines Akari knows about, newest CUDA first.
    [[nodiscard]] static const QList<Line> &lines();
    /// The known line for \a backendId; nullopt when Akari has no data for it.
    [[nodiscard]] static std::optional<Line> line(QStringView backendId);

    /**
     * \brief Whether the \a backendId builds have machine code for a GPU of \a computeCapability ("6.1").
     *
     * A kernel compiled for sm_XY runs on GPUs X.Z with Z ≥ Y (same major version), as NVIDIA's
     * compatibility rules say: sm_60 code covers the sm_61 GTX 1080 Ti. PTX is not counted: it
     * is JIT-compiled slowly and only in part, and PyTorch itself warns that such GPUs are
     * unsupported. nullopt when the line is unknown or \a computeCapability is not "X.Y".
     */
    [[nodiscard]] static std::optional<bool> supports(QStringView backendId, QStringView computeCapability);

    /// The lowest architecture of \a backendId's line as "sm_75"; empty when unknown.
    [[nodiscard]] static QString lowestArchitecture(QStringView backendId);
    /// "6.1" → "sm_61"; empty when \a computeCapability is not "X.Y".
    [[nodiscard]] static QString smName(QStringView computeCapability);
};

} // namespace Akari
