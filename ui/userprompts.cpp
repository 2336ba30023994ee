// SPDX-License-Identifier: GPL-3.0-or-later
#include "userprompts.h"

#include <QDir>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

UserPrompts::UnsavedChanges UserPrompts::askAboutUnsavedChanges(QWidget *parent, const QString &filePath)
{
    QMessageBox box(parent);
    box.setObjectName(u"unsavedChangesDialog"_s);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Unsaved Changes"));
    box.setText(tr("Save the changes to “%1”?").arg(QDir::toNativeSeparators(filePath)));
    box.setInformativeText(tr("If you don’t save, the PyTorch setup you chose is lost."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChanges::Save;
    case QMessageBox::Discard:
        return UnsavedChanges::Discard;
    default:
        return UnsavedChanges::Cancel;
    }
}

} // namespace Akari
