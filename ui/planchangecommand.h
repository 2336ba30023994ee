// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include "core/project/torchplan.h"

namespace Akari
{

class ProjectEditor;

/// One change to the plan being edited, for the undo stack: redo shows the new plan, undo the old.
class PlanChangeCommand final : public QUndoCommand
{
public:
    PlanChangeCommand(ProjectEditor *editor, TorchPlan before, TorchPlan after, const QString &text);

    void undo() override;
    void redo() override;

private:
    ProjectEditor *m_editor;
    TorchPlan m_before;
    TorchPlan m_after;
};

} // namespace Akari
