// SPDX-License-Identifier: GPL-3.0-or-later
#include "backendpicker.h"
// STUB (replaced by its owner): keeps akari_ui linkable meanwhile.
void Akari::BackendPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
}
Akari::BackendPicker::BackendPicker(QWidget *parent)
    : QComboBox(parent)
{}
