// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QToolButton>

class QListWidget;
class QMenu;

namespace Akari
{

/**
 * \brief A button ("Packages: torch, torchvision") whose pop-up list checks which PyTorch
 *        ecosystem packages the plan covers.
 *
 * The list holds TorchPackages::pytorchIndex() without the triton companions the writer
 * manages itself (TorchPlanReader::isTritonCompanion), plus any chosen package not in it.
 * Kept packages (their sources are kept as written) are listed checked and disabled, with a
 * tooltip saying why. Toggling an item (mouse or Space) reports the new list at once, the
 * chosen packages in their order with new ones appended; the pop-up stays open. Keyboard:
 * the button opens the pop-up with Space/Enter/Down. Texts follow the language at run time.
 */
class PackagePicker final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackagePicker)

public:
    explicit PackagePicker(QWidget *parent = nullptr);

    /// No signal. \a kept are shown checked and disabled.
    void setPackages(const QStringList &chosen, const QStringList &kept = {});
    [[nodiscard]] QStringList packages() const { return m_chosen; }
    /// The pop-up's list (for tests and accessibility checks).
    [[nodiscard]] QListWidget *list() const { return m_list; }

signals:
    void packagesChosen(const QStringList &packages);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void updateListWidth();

    QStringList m_chosen;
    QStringList m_kept;
    QMenu *m_menu;
    QListWidget *m_list;
};

} // namespace Akari
