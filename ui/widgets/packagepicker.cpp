// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagepicker.h"

#include <QAction>
#include <QEvent>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

#include "core/backend/torchpackages.h"
#include "core/project/torchplanreader.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
/// The packages the list offers: PyTorch's index list (less what the writer manages) and extras.
QStringList offeredPackages(const QStringList &chosen, const QStringList &kept)
{
    QStringList names = TorchPackages::pytorchIndex();
    names.removeIf([](const QString &name) { return TorchPlanReader::isTritonCompanion(name); });
    for (const QString &name : chosen + kept) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

QString packageToolTip(const QString &name)
{
    if (name == u"torch"_s)
        return PackagePicker::tr("PyTorch itself: tensors, automatic differentiation and the GPU backends");
    if (name == u"torchvision"_s)
        return PackagePicker::tr("Image and video models, data sets and transforms for PyTorch");
    if (name == u"torchaudio"_s)
        return PackagePicker::tr("Audio and signal processing for PyTorch");
    if (TorchPackages::pytorchIndex().contains(name))
        return PackagePicker::tr("A PyTorch ecosystem package served by PyTorch's indexes");
    return PackagePicker::tr("Covered by this plan, though uv does not send it to PyTorch's indexes by itself");
}
} // namespace

PackagePicker::PackagePicker(QWidget *parent)
    : QToolButton(parent)
    , m_menu(new QMenu(this))
    , m_list(new QListWidget(m_menu))
{
    setObjectName(u"packagePicker"_s);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    m_list->setObjectName(u"packageList"_s);
    // The pop-up is a window of its own, so the list's font and style changes reach only it.
    m_list->installEventFilter(this);
    auto *listAction = new QWidgetAction(m_menu);
    listAction->setDefaultWidget(m_list);
    m_menu->addAction(listAction);
    setMenu(m_menu);
    // Keys go to the list as soon as the pop-up shows, so Space toggles the current package.
    connect(m_menu, &QMenu::aboutToShow, this, [this, listAction] {
        m_menu->setActiveAction(listAction);
        m_list->setFocus(Qt::PopupFocusReason);
        if (m_list->currentRow() < 0 && m_list->count() > 0)
            m_list->setCurrentRow(0);
    });
    // Space opens the pop-up like any tool button; Enter and Down do too, as in a combo box.
    auto *open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Down)});
    open->setShortcutContext(Qt::WidgetShortcut);
    addAction(open);
    connect(open, &QAction::triggered, this, &QToolButton::showMenu);

    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString name = item->data(Qt::UserRole).toString();
        QStringList chosen = m_chosen;
        if (item->checkState() == Qt::Checked && !chosen.contains(name))
            chosen.append(name);
        else if (item->checkState() == Qt::Unchecked)
            chosen.removeAll(name);
        if (chosen == m_chosen)
            return;
        m_chosen = chosen;
        retranslateUi();
        emit packagesChosen(m_chosen);
    });
    rebuild();
}

void PackagePicker::setPackages(const QStringList &chosen, const QStringList &kept)
{
    m_chosen = chosen;
    m_kept = kept;
    rebuild();
}

void PackagePicker::rebuild()
{
    const QStringList names = offeredPackages(m_chosen, m_kept);
    const QSignalBlocker blocker(m_list);
    QStringList shown;
    for (int row = 0; row < m_list->count(); ++row)
        shown.append(m_list->item(row)->data(Qt::UserRole).toString());
    // The same names: change the check marks in place, so the current row stays where it is.
    if (shown != names) {
        const QString current =
            m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
        m_list->clear();
        for (const QString &name : names) {
            auto *item = new QListWidgetItem(name, m_list);
            item->setData(Qt::UserRole, name);
            if (name == current)
                m_list->setCurrentItem(item);
        }
    }
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString name = item->data(Qt::UserRole).toString();
        const bool kept = m_kept.contains(name);
        Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
        if (!kept)
            flags |= Qt::ItemIsEnabled;
        item->setFlags(flags);
        item->setCheckState(kept || m_chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    retranslateUi();
}

void PackagePicker::retranslateUi()
{
    const QSignalBlocker blocker(m_list);
    setText(m_chosen.isEmpty()
                ? tr("Packages: none")
                : tr("Packages: %1", "the list of package names").arg(QLocale().createSeparatedList(m_chosen)));
    setToolTip(tr("The PyTorch packages whose sources the plan sets"));
    setAccessibleName(tr("PyTorch packages"));
    setAccessibleDescription(text());
    m_list->setAccessibleName(tr("PyTorch packages the plan covers"));
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString name = item->data(Qt::UserRole).toString();
        item->setToolTip(m_kept.contains(name)
                             ? tr("Its sources are kept as written: the plan cannot express them, so Akari leaves "
                                  "them alone.")
                             : packageToolTip(name));
    }
    updateListWidth();
}

void PackagePicker::updateListWidth()
{
    // As wide as the longest name, with room for the scroll bar, so no name is cut short.
    m_list->setMinimumWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                            m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list));
}

void PackagePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QToolButton::changeEvent(event);
}

bool PackagePicker::eventFilter(QObject *watched, QEvent *event)
{
    // Measured once the list has taken the change in (its frame follows the style only then).
    if (watched == m_list && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
        QMetaObject::invokeMethod(this, &PackagePicker::updateListWidth, Qt::QueuedConnection);
    return QToolButton::eventFilter(watched, event);
}

} // namespace Akari
