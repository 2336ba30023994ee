// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

namespace Akari
{

class TorchBackend;
class SpecifierSet;

/**
 * \brief The triton build that PyTorch's ROCm and XPU wheels need from the same index.
 *
 * uv only applies `[tool.uv.sources]` to direct dependencies, so the guide lists
 * `pytorch-triton-rocm` / `pytorch-triton-xpu` in the project's dependencies and pins them
 * to the PyTorch index. PyTorch 2.9 renamed them `triton-rocm` / `triton-xpu`.
 */
struct TritonCompanion
{
    enum class Kind : quint8
    {
        Rocm,
        Xpu,
    };

    /// The companion a backend id needs (rocm* → Rocm, xpu → Xpu), if any.
    [[nodiscard]] static std::optional<Kind> forBackend(const QString &backendId);
    /// Both spellings of a kind, older first: {"pytorch-triton-rocm", "triton-rocm"}.
    [[nodiscard]] static QStringList names(Kind kind);
    /// The kind \a name (canonical) belongs to, if it is a companion.
    [[nodiscard]] static std::optional<Kind> kindOf(const QString &name);

    /**
     * The requirement to add, without marker: the name for the torch versions the project
     * allows (before 2.9: the pytorch- spelling) and `>=` the triton release those torch
     * versions were built with, e.g. torch>=2.7.0 → "pytorch-triton-rocm>=3.3.0". Without
     * a lower bound on torch: the current name and no version.
     */
    [[nodiscard]] static QString requirementFor(Kind kind, const SpecifierSet *torchSpecifier);
};

} // namespace Akari
