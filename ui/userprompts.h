// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Akari
{

/**
 * \brief The questions that need an answer before Akari can go on: modal dialogs in the
 *        application, a stand-in with fixed answers in tests (so tests never hang).
 *
 * MainWindow owns one; tests replace it with MainWindow::setPrompts().
 */
class UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(Akari::UserPrompts)

public:
    enum class UnsavedChanges
    {
        Save,    ///< save, then go on
        Discard, ///< go on without saving
        Cancel,  ///< stay
    };

    UserPrompts() = default;
    virtual ~UserPrompts() = default;
    Q_DISABLE_COPY_MOVE(UserPrompts)

    /// Asked before closing the window or opening another project while \a filePath has unsaved changes.
    [[nodiscard]] virtual UnsavedChanges askAboutUnsavedChanges(QWidget *parent, const QString &filePath);
};

} // namespace Akari
