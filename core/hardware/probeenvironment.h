// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "../system/systeminfo.h"

namespace Akari
{

class CommandRunner;
class ProbeCache;

/**
 * \brief Where the hardware probes look: files, environment variables, programs.
 *
 * The application uses system(); tests point root at a folder of captured files
 * (sys/, proc/, opt/rocm/, …), set the variables they need and answer commands with a
 * fake runner, so every probe runs on real captured data without the real hardware.
 */
struct ProbeEnvironment
{
    QString root = QStringLiteral("/"); ///< every absolute path a probe reads is taken below this
    QProcessEnvironment environment;    ///< UV_CUDA_DRIVER_VERSION, CUDA_VISIBLE_DEVICES, PATH, …
    std::shared_ptr<const CommandRunner> runner;
    bool useNvml = true; ///< try libnvidia-ml / nvml.dll first; tests turn it off
    /// The machine's OS, architecture and C library. When unset the detector asks SystemProbe
    /// about root; tests set it to play another platform (macOS on arm64, Windows, musl).
    std::optional<SystemInfo> machine;
    /// Answers shared by the probes of one detection (HardwareDetector sets a fresh one per
    /// detect()); null: every probe asks for itself.
    std::shared_ptr<const ProbeCache> cache;

    /// This machine: "/", the process environment, ProcessCommandRunner, NVML on.
    [[nodiscard]] static ProbeEnvironment system();
    /// root joined with an absolute path ("/proc/driver/nvidia/version").
    [[nodiscard]] QString path(const QString &absolutePath) const;
    /// Whether root is this machine's own "/" (however spelt): only then may probes ask the
    /// machine itself (NVML, the Configuration Manager, sysctl) instead of the files below root.
    [[nodiscard]] bool isSystemRoot() const;
    /// Windows' present display adapters, through the cache when there is one; an empty list
    /// elsewhere. Callers ask only for the system root.
    [[nodiscard]] Result<QStringList> displayAdapters() const;
};

} // namespace Akari
