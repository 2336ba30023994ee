// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include "planedits.h"

namespace Akari
{

/**
 * \brief Puts the plan's packages and triton companions into the right requirement lists.
 *
 * PerPlatform: `[project] dependencies`. Variants: one extra (or group) per variant, with
 * the requirements moved out of `dependencies` when a project switches to variants and
 * back when it switches away; extras that held only PyTorch requirements of a variant that
 * is gone are removed. Requirement text is copied from where the project already had it
 * (without a `+cu128`-style local label), else the bare package name.
 */
class RequirementEdits final
{
public:
    RequirementEdits(const TomlDocument &document, TomlEditor &editor, const PlanReading &before, const TorchPlan &plan,
                     const PlanTomlText &text);

    /// The companions `dependencies` needs (PerPlatform plans).
    void setDependencyCompanions(const QList<CompanionRequirement> &companions) { m_dependencyCompanions = companions; }
    /// The companions each variant needs, by variant name.
    void setVariantCompanions(const QMap<QString, QList<CompanionRequirement>> &companions)
    {
        m_variantCompanions = companions;
    }

    void make();

    /// `[project] dependencies`, then every extra's and every group's list that is a list.
    [[nodiscard]] static QList<const toml::array *> requirementLists(const TomlDocument &document);

    /// Extras and groups (canonical names) that make() removed as a whole.
    [[nodiscard]] const QSet<QString> &removedExtras() const { return m_removedExtras; }
    [[nodiscard]] const QSet<QString> &removedGroups() const { return m_removedGroups; }

private:
    struct Item
    {
        qsizetype index = 0;
        QString name; ///< canonical
    };

    static QList<Item> itemsOf(const toml::array &array);
    const toml::array *variantList(const TorchVariant &variant) const;
    QString requirementText(const QString &package) const;
    bool isPlanRequirement(const QString &name) const;
    bool needsDependency(const QString &package) const;
    QString labelFor(const QString &package, const toml::array &array, bool dependencies) const;
    void fixBackendLabels(const toml::array &array, bool dependencies);
    /// Adds what is missing to \a array and drops companions of kinds not wanted there.
    void updateList(const toml::array &array, const QList<CompanionRequirement> &companions);
    /// Removes the plan's requirements from a list a variant no longer uses; true when the
    /// list held nothing else, so that the whole entry should go.
    bool clearList(const toml::array &array);
    void removeEntries(const QStringList &ownerPath, const QStringList &keys, bool keepSection);
    void appendItems(const toml::array &array, const QStringList &items);
    void removeAllPlanItems(const toml::array &array);
    void addNewExtras(const QList<std::pair<QString, QStringList>> &extras);

    const TomlDocument &m_document;
    TomlEditor &m_editor;
    const PlanReading &m_before;
    const TorchPlan &m_plan;
    const PlanTomlText &m_text;
    QList<CompanionRequirement> m_dependencyCompanions;
    QMap<QString, QList<CompanionRequirement>> m_variantCompanions;
    QSet<QString> m_required; ///< packages some list of the project requires
    QSet<QString> m_moved;    ///< packages whose variant extra goes
    QSet<QString> m_removedExtras;
    QSet<QString> m_removedGroups;
};

} // namespace Akari
