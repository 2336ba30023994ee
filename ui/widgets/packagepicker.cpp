// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagepicker.h"
// STUB (replaced by its owner): keeps akari_ui linkable meanwhile.
void Akari::PackagePicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}
Akari::PackagePicker::PackagePicker(QWidget *parent)
    : QToolButton(parent)
{}
