// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

namespace Akari
{

/**
 * \brief One PyTorch build line uv knows: cpu, cuXXX, rocmX.Y[.Z] or xpu, and its index.
 *
 * The catalogue (all()) holds the 49 backends of UV-TORCH-FACTS.md §1 in uv's order:
 * cpu, CUDA newest first, ROCm newest first, xpu. Values are cheap to copy.
 */
class TorchBackend final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TorchBackend)

public:
    enum class Kind : quint8
    {
        Cpu,
        Cuda,
        Rocm,
        Xpu,
    };

    /// The catalogue, in uv's order.
    [[nodiscard]] static const QList<TorchBackend> &all();
    /// Exactly uv's lowercase spellings ("cu128", "rocm6.2.4", "cpu", "xpu").
    [[nodiscard]] static std::optional<TorchBackend> fromId(QStringView id);
    /// Reverse mapping as uv does it: https://download.pytorch.org/whl/<id> and pyx's
    /// https://api.pyx.dev/simple/astral-sh/<id> (a trailing slash allowed); mirrors are not recognised.
    [[nodiscard]] static std::optional<TorchBackend> fromIndexUrl(QStringView url);

    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    /// The CUDA or ROCm version ("12.8", "6.2.4"); empty for cpu and xpu.
    [[nodiscard]] QString toolkitVersion() const { return m_toolkitVersion; }
    /// https://download.pytorch.org/whl/<id>
    [[nodiscard]] QString indexUrl() const;
    /// Whether uv's `auto` can ever choose it (ROCm 5.x and 4.x are explicit only).
    [[nodiscard]] bool isAutoReachable() const { return m_autoReachable; }
    /// The system dependency uv tags packages with ("cuda 12.8", "rocm 6.2.4"); empty for cpu/xpu.
    [[nodiscard]] bool hasSystemDependency() const { return m_kind == Kind::Cuda || m_kind == Kind::Rocm; }
    /// Translated short name: "CUDA 12.8", "ROCm 6.2.4", "CPU", "Intel XPU".
    [[nodiscard]] QString displayName() const;
    /// Translated one-line explanation for tooltips.
    [[nodiscard]] QString description() const;

    friend bool operator==(const TorchBackend &a, const TorchBackend &b) { return a.m_id == b.m_id; }

private:
    TorchBackend(QString id, Kind kind, QString toolkitVersion, bool autoReachable);

    QString m_id;
    Kind m_kind = Kind::Cpu;
    QString m_toolkitVersion;
    bool m_autoReachable = true;
};

} // namespace Akari
