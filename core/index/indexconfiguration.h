// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "../pep/marker.h"
#include "../pep/markerenvironment.h"
#include "../pep/packagename.h"
#include "packageindex.h"

namespace Akari
{

class TomlDocument;

/**
 * \brief Which indexes a project's packages come from, by uv's rules (UV-TORCH-FACTS.md §7).
 *
 * Read from `[[tool.uv.index]]`, `[tool.uv.sources]` (index sources only; git/url/path/
 * workspace sources are kept as Unsupported so the resolver can say so), `[tool.uv]
 * index-strategy`, the deprecated `index-url` / `extra-index-url`, and the environment:
 * `UV_INDEX` (space-separated `url` or `name=url`, placed before the project's indexes),
 * `UV_DEFAULT_INDEX` (replaces the default), `UV_INDEX_STRATEGY`.
 *
 * Order of indexes(): environment indexes, then the project's in file order, and the default
 * index last: `UV_DEFAULT_INDEX`, else the project's `default = true` entry, else PyPI
 * (`https://pypi.org/simple`). An index that is both default and explicit drops PyPI and is
 * used only by pinned packages.
 */
class IndexConfiguration final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::IndexConfiguration)

public:
    enum class Strategy : quint8
    {
        FirstIndex,       ///< `first-index` (uv's default)
        UnsafeFirstMatch, ///< `unsafe-first-match`
        UnsafeBestMatch,  ///< `unsafe-best-match`
    };

    /// One `[tool.uv.sources]` entry for a package.
    struct Source
    {
        enum class Kind : quint8
        {
            Index,
            Unsupported, ///< git, url, path or workspace: not resolved by Akari yet
        };
        Kind kind = Kind::Index;
        QString indexName;            ///< for Kind::Index
        std::optional<Marker> marker; ///< `marker`, when given
        QString extra;                ///< `extra` (normalised), empty when none
        QString group;                ///< `group` (normalised), empty when none
        QString description;          ///< for Unsupported: the key that names it, e.g. "git"
    };

    IndexConfiguration();

    /**
     * \brief Reads \a document (a pyproject.toml) and \a environment.
     *
     * Fails with Error::Code::Parse, naming the file, line and column, when an index entry
     * lacks `url`, has a wrong type, or a source names an index that is not defined in the
     * file (uv's rule); a bad `UV_INDEX` entry fails with Error::Code::InvalidArgument.
     */
    [[nodiscard]] static Result<IndexConfiguration> read(const TomlDocument &document,
                                                         const QProcessEnvironment &environment);

    /// Only the environment's indexes and the default (no project): for `available` and tests.
    [[nodiscard]] static Result<IndexConfiguration> fromEnvironment(const QProcessEnvironment &environment);

    /// Adds \a index as the project's own indexes would be (before the default). For callers
    /// that build a configuration without a file (the availability view, tests).
    void addIndex(const PackageIndex &index);
    /// Replaces the default index (as UV_DEFAULT_INDEX does).
    void setDefaultIndex(const PackageIndex &index);
    void setSources(const PackageName &package, const QList<Source> &sources);
    void setStrategy(Strategy strategy) { m_strategy = strategy; }

    /// Every index in search order, default last.
    [[nodiscard]] QList<PackageIndex> indexes() const;
    [[nodiscard]] std::optional<PackageIndex> indexNamed(const QString &name) const;
    [[nodiscard]] Strategy strategy() const { return m_strategy; }
    [[nodiscard]] QList<Source> sources(const PackageName &package) const;

    /**
     * \brief The indexes to search for \a package, in order, for one target environment with
     *        \a markers (its `extras`/`dependency_groups` sets say which extras/groups are active).
     *
     * A package whose sources have an index entry that applies (marker true, and its extra or
     * group active when it names one) is pinned: exactly that index. Otherwise every index
     * that is not explicit. Fails (Error::Code::InvalidArgument, translated) when the only
     * applicable source is Unsupported.
     */
    [[nodiscard]] Result<QList<PackageIndex>> indexesFor(const PackageName &package,
                                                         const MarkerEnvironment &markers) const;

    /// PyPI's simple API root.
    [[nodiscard]] static PackageIndex pypi();

private:
    QList<PackageIndex> m_environmentIndexes;
    QList<PackageIndex> m_projectIndexes;
    std::optional<PackageIndex> m_defaultIndex; // nullopt: PyPI (unless a default is explicit)
    QHash<QString, QList<Source>> m_sources;    // by normalised package name
    Strategy m_strategy = Strategy::FirstIndex;
};

} // namespace Akari
