// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include "core/error.h"

namespace Akari::Bench
{

/**
 * \brief The inputs of akari-bench-pep: realistic version strings, specifier sets, markers,
 * marker environments and requirements, generated from a fixed seed.
 *
 * write() puts them in a folder (one item per line in versions.txt, specifiers.txt, markers.txt
 * and requirements.txt; environments.json; workload.json with the counts) so that
 * packaging_bench.py times pypa/packaging on exactly the same data. Membership check k pairs
 * version k % versions with set k % sets; every marker is evaluated against every environment.
 * Every item is valid, and the items keep to what packaging 23 and 26 decide alike (final
 * versions in the environments and in marker comparisons), so both sides' counts agree.
 *
 * Value type; generate() is deterministic for a seed and sizes. Not thread-safe to mutate.
 */
class PepWorkload final
{
public:
    struct Sizes
    {
        qsizetype versions = 1'000'000;
        qsizetype specifierSets = 1000;
        qsizetype memberships = 1'000'000;
        qsizetype markers = 1000;
        qsizetype environments = 1000;
        qsizetype requirements = 100'000;
    };

    /// Generates the workload; \a scale (0, 1] shrinks every size for a quick run.
    [[nodiscard]] static PepWorkload generate(quint64 seed, double scale = 1.0);

    /// Writes the files described above into \a directory (which must exist); fails with
    /// Error::Code::Io naming the file that could not be written.
    [[nodiscard]] Result<void> write(const QString &directory) const;

    [[nodiscard]] const Sizes &sizes() const noexcept { return m_sizes; }
    [[nodiscard]] const QStringList &versions() const noexcept { return m_versions; }
    [[nodiscard]] const QStringList &specifierSets() const noexcept { return m_specifierSets; }
    [[nodiscard]] const QStringList &markers() const noexcept { return m_markers; }
    /// One object per environment: variable name to value, every PEP 508 variable and `extra`.
    [[nodiscard]] const QJsonArray &environments() const noexcept { return m_environments; }
    [[nodiscard]] const QStringList &requirements() const noexcept { return m_requirements; }

private:
    Sizes m_sizes;
    QStringList m_versions;
    QStringList m_specifierSets;
    QStringList m_markers;
    QJsonArray m_environments;
    QStringList m_requirements;
};

} // namespace Akari::Bench
