// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprogressdelegate.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

#include "syncprogressmodel.h"

namespace Akari
{

namespace
{
constexpr int Steps = 1000;
constexpr int MinimumBarWidth = 120;
} // namespace

void SyncProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant value = index.data(SyncProgressModel::FractionRole);
    if (!value.isValid() || !option.widget) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, alternating rows) first, then the bar inside it.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const double fraction = value.toDouble();
    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    // Qt 6 styles read the orientation from the state; without it Fusion draws no fill.
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    // An unknown amount is shown as an empty bar without a number, not as an animated one: a
    // table of busy indicators would repaint constantly.
    bar.maximum = Steps;
    bar.progress = fraction < 0 ? 0 : qRound(fraction * Steps);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = !bar.text.isEmpty();
    bar.textAlignment = Qt::AlignCenter;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize SyncProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), MinimumBarWidth));
    return size;
}

} // namespace Akari
