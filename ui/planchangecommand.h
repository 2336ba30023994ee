// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QUndoCommand>

#include "core/project/torchplan.h"

namespace Akari
{

class ProjectEditor;

/**
 * \brief One change to the plan being edited, for the undo stack: redo shows the new plan,
 *        undo the old.
 *
 * Consecutive changes with the same non-empty merge key (one picker walked through with the
 * arrow keys) become one step; a step that ends where it began disappears.
 */
class PlanChangeCommand final : public QUndoCommand
{
public:
    /// \a describe names the change in the current language, now and after a language switch.
    PlanChangeCommand(ProjectEditor *editor, TorchPlan before, TorchPlan after, std::function<QString()> describe,
                      QString mergeKey = {});

    /// Names the change again, in the current language.
    void retranslate() { setText(m_describe()); }

    void undo() override;
    void redo() override;
    [[nodiscard]] int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectEditor *m_editor;
    TorchPlan m_before;
    TorchPlan m_after;
    std::function<QString()> m_describe;
    QString m_mergeKey;
};

} // namespace Akari
