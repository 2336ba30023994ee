// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

#include "plantomltext.h"
#include "tomleditor.h"
#include "torchplan.h"
#include "torchplanreader.h"

namespace Akari
{

/**
 * \brief Keeps `[tool.uv] conflicts` in step with the plan's variants (PlanEdits' helper).
 *
 * A variants plan with two or more variants needs one conflict set of them all; the set that
 * belongs to the old plan is replaced or removed. Other sets lose the extras and groups that
 * were removed as a whole. One use: construct, then make().
 */
class ConflictEdits final
{
public:
    /// \a removedLists holds "extra:name"/"group:name" (canonical) of the lists removed as a whole.
    ConflictEdits(const TomlDocument &document, TomlEditor &editor, const PlanReading &before, const TorchPlan &plan,
                  const PlanTomlText &text, const QSet<QString> &removedLists);

    void make();

private:
    void removeDanglingMembers(const toml::array &conflicts, qsizetype ours);

    const TomlDocument &m_document;
    TomlEditor &m_editor;
    const PlanReading &m_before;
    const TorchPlan &m_plan;
    const PlanTomlText &m_text;
    const QSet<QString> &m_removedLists;
};

} // namespace Akari
