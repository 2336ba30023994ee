// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmatrixwidget.h"
// STUB (replaced by its owner): keeps akari_ui linkable meanwhile.
void Akari::PlanMatrixWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}
Akari::PlanMatrixWidget::PlanMatrixWidget(QWidget *parent)
    : QWidget(parent)
{}
