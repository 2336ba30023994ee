// SPDX-License-Identifier: GPL-3.0-or-later
#include "variantseditor.h"
// STUB (replaced by its owner): keeps akari_ui linkable meanwhile.
void Akari::VariantsEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}
Akari::VariantsEditor::VariantsEditor(QWidget *parent)
    : QWidget(parent)
{}
