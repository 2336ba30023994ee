// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Akari
{

/**
 * \brief Which CPython minor versions each PyTorch minor release publishes wheels for.
 *
 * From the "Release Compatibility Matrix" in PyTorch's RELEASE.md; a Python marked
 * "experimental" there counts, as wheels for it exist. Free-threaded builds (3.13t) are
 * not told apart. Releases are 2.x only (PyTorch 2.0 and later).
 */
class TorchPythonSupport final
{
public:
    struct Release
    {
        int torchMinor = 0;   ///< x in torch 2.x
        int oldestPython = 0; ///< y in Python 3.y
        int newestPython = 0;
    };

    TorchPythonSupport() = delete;

    /// The releases in the table, oldest first.
    [[nodiscard]] static const QList<Release> &releases();
    /// The newest Python minor (3.y) any release in the table has wheels for.
    [[nodiscard]] static int newestPython();
};

} // namespace Akari
