// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Akari
{

/**
 * \brief `akari-cli available [PROJECT] [--backend ID]... [--python X.Y]... [--platform P]...
 *        [--package NAME]... [--index ID=URL]... [--json]`: which torch, torchvision and
 *        torchaudio versions each backend's index has wheels for, per platform and Python.
 *
 * Without --backend: the project's plan backends, or (no project) pypi, cpu and the newest
 * CUDA. Without --python: the Pythons PyTorch publishes wheels for (those the project's
 * requires-python admits). Without --platform: Linux, Windows and macOS.
 */
class AvailableCommand final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::AvailableCommand)

public:
    /// \a arguments are the program name, "available" and its options. Returns the exit code.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString summary();
};

} // namespace Akari
