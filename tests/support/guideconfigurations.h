// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace Akari::Test
{

/**
 * \brief The complete pyproject.toml examples of uv's PyTorch guide, read from
 *        ../shared/seed/uv-pytorch-guide.txt at test time.
 *
 * The seed is the guide's text in English and Japanese; its TOML examples are the lines
 * from a `[project]` line on while they look like TOML (and hold no Japanese). In the
 * guide's order: PyPI default, CPU everywhere, CUDA on Linux with CPU elsewhere, ROCm on
 * Linux, Intel XPU, and the cpu/cu128 variants. Empty when the seed cannot be read.
 */
[[nodiscard]] QList<QByteArray> guideConfigurations();

/// Indexes into guideConfigurations(), in the guide's order.
enum GuideConfiguration : int
{
    GuideDefault,       ///< PyPI's builds, no sources
    GuideCpuEverywhere, ///< pytorch-cpu on every platform
    GuideCudaOnLinux,   ///< cu128 on Linux, CPU elsewhere
    GuideRocm,          ///< rocm6.3 on Linux
    GuideXpu,           ///< xpu on Linux and Windows
    GuideVariants,      ///< extras cpu and cu128 with conflicts
    GuideCount
};

} // namespace Akari::Test
