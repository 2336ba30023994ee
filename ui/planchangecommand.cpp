// SPDX-License-Identifier: GPL-3.0-or-later
#include "planchangecommand.h"

#include "projecteditor.h"

namespace Akari
{

namespace
{
constexpr int MergeableId = 1; // QUndoStack merges only commands with the same id, -1 never
} // namespace

PlanChangeCommand::PlanChangeCommand(ProjectEditor *editor, TorchPlan before, TorchPlan after,
                                     std::function<QString()> describe, QString mergeKey)
    : QUndoCommand(describe())
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_describe(std::move(describe))
    , m_mergeKey(std::move(mergeKey))
{}

void PlanChangeCommand::undo()
{
    m_editor->showPlan(m_before);
}

void PlanChangeCommand::redo()
{
    m_editor->showPlan(m_after);
}

int PlanChangeCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : MergeableId;
}

bool PlanChangeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PlanChangeCommand *>(other);
    if (next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    m_describe = next->m_describe;
    setText(next->text());
    setObsolete(m_after == m_before);
    return true;
}

} // namespace Akari
