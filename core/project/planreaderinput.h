// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include "../pep/marker.h"
#include "torchplanreader.h"

namespace Akari
{

/**
 * \brief The parts of a pyproject.toml that TorchPlanReader judges, gathered with every type
 *        checked, so the reader itself never looks at raw TOML.
 *
 * Only PyTorch-ecosystem packages (TorchPackages::pytorchIndex() without the triton
 * companions) have their sources gathered; structure that cannot be used becomes a problem
 * text on the entry or package (or a file-level finding), never an exception. Internal to
 * TorchPlanReader.
 */
class PlanReaderInput final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PlanReaderInput)

public:
    /// A place in the file (toml++'s 1-based line and column; 0 when unknown).
    struct Position
    {
        int line = 0;
        int column = 0;

        friend auto operator<=>(const Position &, const Position &) = default;
    };

    /// One `[tool.uv.sources]` entry of an ecosystem package.
    struct SourceEntry
    {
        enum class Kind : quint8
        {
            Index,
            Url,
            Git,
            Path,
            Workspace,
        };

        Kind kind = Kind::Index;
        QString index; ///< the index name (Kind::Index)
        Marker marker; ///< empty: applies everywhere
        QString extra; ///< as written; empty when absent
        QString group; ///< as written; empty when absent
        Position position;
        QString problem; ///< translated; non-empty when the entry cannot be used at all
    };

    /// The sources of one ecosystem package, entries in file order.
    struct PackageSources
    {
        QString name; ///< canonical
        QList<SourceEntry> entries;
        Position position; ///< of the value (the table or the array)
        QString problem;   ///< translated; non-empty when the value cannot be used at all
    };

    /// [project] requires-python as written.
    QString requiresPython;
    /// The [project.optional-dependencies] names as written, in file order.
    QStringList extras;
    /// Canonical names required anywhere (dependencies, extras, groups, dev-dependencies).
    QSet<QString> dependedOn;
    /// Canonical names in [project] dependencies: required by every variant.
    QSet<QString> baseDependencies;
    /// Canonical extra name → canonical names it requires.
    QHash<QString, QSet<QString>> extraRequirements;
    /// Canonical group name → canonical names it requires (include-group is not followed).
    QHash<QString, QSet<QString>> groupRequirements;
    /// Canonical name → where a requirement or source key first names it.
    QHash<QString, Position> firstSeen;
    /// `[[tool.uv.index]]` name → url; the first definition of a name wins, as in uv.
    QHash<QString, QString> indexUrls;
    /// Ecosystem packages with sources, in file order.
    QList<PackageSources> sources;
    /// Findings about the file as a whole (PlanFinding::package empty).
    QList<PlanFinding> findings;

    [[nodiscard]] static PlanReaderInput collect(const toml::table &root);
    /// Whether \a canonicalName is a PyTorch-ecosystem package that a plan may hold.
    [[nodiscard]] static bool isEcosystemPackage(const QString &canonicalName);
    [[nodiscard]] static Position positionOf(const toml::node &node);

private:
    void collectProject(const toml::table &root);
    void collectRequirements(const toml::node *node, QSet<QString> *variantSet);
    void collectIndexes(const toml::node *node);
    void collectSources(const toml::node *node);
    [[nodiscard]] SourceEntry readEntry(const QString &package, const toml::node &node) const;
    void seen(const QString &name, Position position);
};

} // namespace Akari
