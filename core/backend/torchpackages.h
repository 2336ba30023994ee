// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

namespace Akari
{

/**
 * \brief The "PyTorch ecosystem" packages uv treats specially (UV-TORCH-FACTS.md §5).
 *
 * With a torch backend active, uv sends the packages of pytorchIndex() (pyx(): the wider
 * list when the source is pyx) only to the PyTorch index, and in CUDA auto mode gives those
 * of systemDependency() a `system:cuda==X.Y` pseudo-dependency so builds from different CUDA
 * indexes are never mixed. Names are PEP 503 normalised before they are compared.
 */
class TorchPackages final
{
public:
    /// List A: routed to download.pytorch.org (22 names, normalised).
    [[nodiscard]] static const QStringList &pytorchIndex();
    /// List B: routed when the source is pyx (33 names: A plus the pyx-only ones).
    [[nodiscard]] static const QStringList &pyx();
    /// List C: tagged with the CUDA version of their index (20 names).
    [[nodiscard]] static const QStringList &systemDependency();

    /// Whether uv queries only the torch index for \a name ("Torch_Vision" counts as "torchvision").
    [[nodiscard]] static bool routesToTorchIndex(QStringView name, bool pyxSource = false);
    /// Whether uv gives \a name the `system:cuda` pseudo-dependency in CUDA auto mode.
    [[nodiscard]] static bool hasSystemDependency(QStringView name);
};

} // namespace Akari
