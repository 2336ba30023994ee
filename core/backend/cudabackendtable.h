// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "../pep/version.h"
#include "targetplatform.h"

namespace Akari
{

/**
 * \brief uv's minimum NVIDIA driver for each CUDA backend, on Linux and on Windows.
 *
 * The tables `LINUX_CUDA_DRIVERS` and `WINDOWS_CUDA_VERSIONS` of uv (UV-TORCH-FACTS.md §2.3),
 * newest CUDA first. uv took them from NVIDIA's CUDA Toolkit release notes ("Table 2", and
 * "Table 1" of the 10.2 notes); the 12.x rows all share 525.60.13 / 528.33 because CUDA
 * minor-version compatibility lets every CUDA 12 build run on the first CUDA 12 driver.
 * Musl Linux uses the Linux column; macOS has no CUDA builds.
 */
class CudaBackendTable final
{
public:
    struct Row
    {
        QString backend; ///< "cu132"
        Version linuxMinimum;
        Version windowsMinimum;
    };

    /// Every CUDA backend uv's auto mode can pick, newest first.
    [[nodiscard]] static const QList<Row> &rows();
    /// The smallest driver \a backendId needs on \a os; nullopt for non-CUDA ids and for macOS.
    [[nodiscard]] static std::optional<Version> minimumDriver(QStringView backendId, TargetPlatform::Os os);
    /// minimumDriver() as NVIDIA spells it ("450.80.02"); empty where minimumDriver() is nullopt.
    [[nodiscard]] static QString minimumDriverText(QStringView backendId, TargetPlatform::Os os);
    /// The CUDA backends whose minimum is at most \a driver (PEP 440 order), newest first; uv
    /// appends "cpu" after them. Empty for macOS.
    [[nodiscard]] static QStringList backendsFor(const Version &driver, TargetPlatform::Os os);
};

} // namespace Akari
