// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "hardwarereport.h"
#include "probeenvironment.h"

namespace Akari
{

/**
 * \brief Apple Silicon: macOS on arm64 has one integrated GPU that PyTorch drives through MPS.
 *
 * Decided from report.machine, so tests can play macOS anywhere; the chip's name comes from
 * sysctl only on a real Mac (behind Q_OS_MACOS, and only for the real root). uv itself has no
 * Apple detection: MPS comes with the default macOS wheels.
 */
class AppleProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::AppleProbe)

public:
    explicit AppleProbe(const ProbeEnvironment &environment);

    /// Appends the Apple GPU when report.machine is macOS on arm64; otherwise adds nothing.
    void addGpus(HardwareReport &report) const;

private:
    ProbeEnvironment m_environment;
};

} // namespace Akari
