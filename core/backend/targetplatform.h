// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

namespace Akari
{

struct SystemInfo;

/// The operating system whose wheels are being chosen; picks uv's driver and index tables.
struct TargetPlatform
{
    enum class Os : quint8
    {
        Linux,
        Windows,
        MacOs,
    };

    Os os = Os::Linux;
    bool musl = false; ///< Linux only: musllinux rather than manylinux (XPU then gives cpu)

    /// "linux", "windows" or "macos" (as `akari-cli --platform` takes them); nullopt otherwise.
    [[nodiscard]] static std::optional<TargetPlatform> fromName(QStringView name);
    /// The platform of the machine \a machine describes; Linux for unknown systems.
    [[nodiscard]] static TargetPlatform host(const SystemInfo &machine);
    /// The operating system Akari was built for: this machine's, known without probing.
    [[nodiscard]] static constexpr Os buildOs()
    {
#if defined(Q_OS_WIN)
        return Os::Windows;
#elif defined(Q_OS_MACOS)
        return Os::MacOs;
#else
        return Os::Linux;
#endif
    }
    /// "linux", "windows" or "macos".
    [[nodiscard]] QString name() const;
    /// The system's product name for people: "Linux", "Linux (musl)", "Windows", "macOS" (not translated).
    [[nodiscard]] QString displayName() const;

    friend bool operator==(const TargetPlatform &, const TargetPlatform &) = default;
};

} // namespace Akari
