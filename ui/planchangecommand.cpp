// SPDX-License-Identifier: GPL-3.0-or-later
#include "planchangecommand.h"

#include "projecteditor.h"

namespace Akari
{

PlanChangeCommand::PlanChangeCommand(ProjectEditor *editor, TorchPlan before, TorchPlan after, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
    , m_before(std::move(before))
    , m_after(std::move(after))
{}

void PlanChangeCommand::undo()
{
    m_editor->showPlan(m_before);
}

void PlanChangeCommand::redo()
{
    m_editor->showPlan(m_after);
}

} // namespace Akari
