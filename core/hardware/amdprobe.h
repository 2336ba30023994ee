// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "../error.h"
#include "hardwarereport.h"
#include "probeenvironment.h"
#include "uvaccelerator.h"

namespace Akari
{

/**
 * \brief AMD GPUs: uv's rocm_agent_enumerator step, plus what sysfs and rocminfo tell.
 *
 * uvDetect() is uv's step 6 (UV-TORCH-FACTS.md §2.1, §3) and nothing more. addGpus() lists
 * the AMD cards under /sys/class/drm with their VRAM, the ROCm version and, when an AMD GPU
 * was seen, each GPU agent's marketing name and gfx architecture from rocminfo. Reads only
 * through the ProbeEnvironment; safe on any thread.
 */
class AmdProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::AmdProbe)

public:
    /// One GPU agent in rocminfo's output (CPU agents are left out).
    struct RocmAgent
    {
        QString architecture;  ///< "gfx1100" (rocminfo's "Name:", without feature flags)
        QString marketingName; ///< "Radeon RX 7900 XTX"; may be empty
        int bdfid = -1;        ///< "BDFID:", (bus << 8) | (device << 3) | function; -1 when absent
        quint16 chipId = 0;    ///< "Chip ID:", the PCI device id; 0 when absent
        bool apu = false;      ///< "Memory Properties: APU"

        friend bool operator==(const RocmAgent &, const RocmAgent &) = default;
    };

    explicit AmdProbe(const ProbeEnvironment &environment);

    /// uv's step 6: rocm_agent_enumerator found on PATH, exit 0, the smallest known architecture.
    /// A non-zero exit, a timeout or a failed start adds a ProbeFailure (uv only logs them); a
    /// missing program starts nothing. A failure is uv's own error: output that is not UTF-8.
    [[nodiscard]] Result<std::optional<UvAccelerator>> uvDetect(HardwareReport &report) const;
    /// Appends the AMD GPUs, sets report.rocmVersion, adds failures for probes that broke.
    /// rocminfo runs only when an AMD GPU was seen, and not when uv already chose CUDA and every
    /// AMD card is an iGPU (an APU beside an NVIDIA card).
    void addGpus(HardwareReport &report) const;

    /// uv's rule on rocm_agent_enumerator's output: trimmed lines naming a known architecture,
    /// the smallest by AmdArchitecture::rank; empty when no line names one.
    [[nodiscard]] static QString smallestKnownArchitecture(QStringView output);
    /// The GPU agents of a rocminfo listing, in its order.
    [[nodiscard]] static QList<RocmAgent> parseRocminfo(QByteArrayView output);

private:
    ProbeEnvironment m_environment;
};

} // namespace Akari
