// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "../backend/targetplatform.h"

namespace Akari
{

/**
 * \brief The backend chosen on each of the three platforms a plan covers.
 *
 * A backend is a TorchBackend id ("cpu", "cu128", "rocm6.3", "xpu") or TorchPlan::PyPi
 * ("pypi": no source at all, so the package comes from the default index).
 */
struct PlatformBackends
{
    static constexpr int PlatformCount = 3;
    /// Linux, Windows, macOS: the order of TargetPlatform::Os and of every plan table.
    static const std::array<TargetPlatform::Os, PlatformCount> &platforms();

    std::array<QString, PlatformCount> ids;

    PlatformBackends();
    [[nodiscard]] static PlatformBackends uniform(const QString &id);
    [[nodiscard]] QString at(TargetPlatform::Os os) const { return ids[int(os)]; }
    void set(TargetPlatform::Os os, const QString &id) { ids[int(os)] = id; }
    /// The same backend on every platform.
    [[nodiscard]] bool isUniform() const { return ids[0] == ids[1] && ids[1] == ids[2]; }
    /// Whether every platform uses the default index.
    [[nodiscard]] bool isAllPyPi() const;

    friend bool operator==(const PlatformBackends &, const PlatformBackends &) = default;
};

/// One way to install the project that users choose at sync time (`uv sync --extra cu128`).
struct TorchVariant
{
    enum class Kind : quint8
    {
        Extra, ///< [project.optional-dependencies]
        Group, ///< [dependency-groups]
    };

    QString name; ///< the extra or group as written in the file
    Kind kind = Kind::Extra;
    PlatformBackends backends; ///< usually uniform; a platform may fall back to PyPI

    friend bool operator==(const TorchVariant &, const TorchVariant &) = default;
};

/**
 * \brief What the user chooses for a project's PyTorch: packages, and where each comes from.
 *
 * Either one backend per package and platform (PerPlatform: the "matrix") or a set of
 * variants, each an extra with `[tool.uv] conflicts` (Variants). The triton companions that
 * ROCm and XPU builds need are not part of the plan: the writer derives them. Package names
 * are kept canonical (PEP 503). A value type; equal plans mean the same configuration.
 */
class TorchPlan final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TorchPlan)

public:
    enum class Mode : quint8
    {
        PerPlatform,
        Variants,
    };

    /// The backend id meaning "the default index's builds".
    static const QString PyPi;

    TorchPlan() = default;

    /// torch and torchvision from PyPI everywhere: what `uv add torch torchvision` gives.
    [[nodiscard]] static TorchPlan defaultPlan();

    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }

    [[nodiscard]] const QStringList &packages() const { return m_packages; }
    /// Sets the packages (canonicalised, duplicates dropped, order kept); rows of packages
    /// that stay keep their backends, new ones start as PyPI.
    void setPackages(const QStringList &packages);

    /// PerPlatform: the backends of \a package (all PyPI for a package not in the plan).
    [[nodiscard]] PlatformBackends backends(const QString &package) const;
    void setBackends(const QString &package, const PlatformBackends &backends);
    /// One cell of the matrix.
    void setBackend(const QString &package, TargetPlatform::Os os, const QString &id);
    /// A whole column: \a id for every package on \a os.
    void setPlatformBackend(TargetPlatform::Os os, const QString &id);

    [[nodiscard]] const QList<TorchVariant> &variants() const { return m_variants; }
    void setVariants(const QList<TorchVariant> &variants) { m_variants = variants; }

    /// Every backend id the plan uses besides PyPI, each once, in the plan's order.
    [[nodiscard]] QStringList backendIds() const;
    /// Whether every id is "pypi" or a TorchBackend id, variant names are unique and
    /// non-empty, and a Variants plan has at least one variant.
    [[nodiscard]] bool isValid(QString *why = nullptr) const;

    /// {"mode", "packages", "platforms": {pkg: {linux, windows, macos}}, "variants": [...]}.
    [[nodiscard]] QJsonObject toJson() const;

    friend bool operator==(const TorchPlan &a, const TorchPlan &b);

private:
    Mode m_mode = Mode::PerPlatform;
    QStringList m_packages;
    QMap<QString, PlatformBackends> m_matrix;
    QList<TorchVariant> m_variants;
};

} // namespace Akari
