// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include "../pep/requirement.h"
#include "plantomltext.h"
#include "tomleditor.h"
#include "torchplan.h"
#include "torchplanreader.h"
#include "tritoncompanion.h"

namespace Akari
{

class TomlDocument;

/// A triton companion requirement as it goes into one list: `pytorch-triton-rocm>=3.3.0 ; sys_platform == 'linux'`.
struct CompanionRequirement
{
    TritonCompanion::Kind kind = TritonCompanion::Kind::Rocm;
    QString text;
};

/**
 * \brief The span edits that turn one plan's file into another's (TorchPlanWriter's worker).
 *
 * Computes what the new plan needs (indexes by URL, source lists, companions, conflicts),
 * compares it with what the file has and records only the differences in a TomlEditor;
 * RequirementEdits does the dependency lists, ConflictEdits the conflict sets. One use:
 * construct, then make().
 */
class PlanEdits final
{
public:
    PlanEdits(const TomlDocument &document, const PlanReading &before, const TorchPlan &plan);

    /// The edited text, or the editor's error.
    [[nodiscard]] Result<QByteArray> make();

private:
    struct ExistingIndex
    {
        QString name;
        QString url;
    };

    void readIndexes();
    QString indexNameFor(const QString &backendId);
    QList<SourceEntry> desiredSources(const QString &package);
    QList<BackendPlatforms> companionGroups(TritonCompanion::Kind kind, const PlatformBackends &row) const;
    QList<SourceEntry> desiredCompanionSources(TritonCompanion::Kind kind);
    PlatformBackends companionColumns() const;
    const SpecifierSet *torchSpecifier() const;
    bool rowUnchanged(const QString &package) const;
    QString companionName(TritonCompanion::Kind kind) const;
    QList<CompanionRequirement> companionRequirements(const PlatformBackends &row) const;
    QList<std::pair<QString, QString>> requirementStrings() const;

    void editSources();
    QString sourceText(const toml::node &existing, const QList<SourceEntry> &entries) const;
    void setSources(const QString &package, const QList<SourceEntry> &entries);
    void editIndexes();

    const TomlDocument &m_document;
    const PlanReading &m_before;
    const TorchPlan &m_plan;
    TomlEditor m_editor;
    PlanTomlText m_text;

    QList<ExistingIndex> m_indexes;
    QList<ExistingIndex> m_newIndexes;
    const toml::table *m_sources = nullptr;
    QMap<QString, QList<SourceEntry>> m_changedSources; ///< canonical package → new entries (empty: removed)
    QSet<QString> m_removedLists;                       ///< "extra:name"/"group:name" of lists removed as a whole
    QSet<QString> m_indexesLeft;                        ///< index names the old entries of changed packages used
    std::optional<Requirement> m_torch; ///< the project's torch requirement, for the companions' versions
};

} // namespace Akari
