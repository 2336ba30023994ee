// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncplanmodel.h"

#include <algorithm>

#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include "palettecolours.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
constexpr int KindCount = int(SyncAction::Kind::Keep) + 1;
constexpr int IconSize = 12;

QString versionText(const std::optional<Version> &version)
{
    return version ? version->toString() : QString();
}
} // namespace

SyncPlanModel::SyncPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SyncPlanModel::setPlan(const SyncPlan &plan)
{
    beginResetModel();
    m_actions = plan.actions;
    // Changes first, unchanged packages after them; each part keeps the plan's order.
    std::stable_partition(m_actions.begin(), m_actions.end(),
                          [](const SyncAction &action) { return action.changes(); });
    endResetModel();
}

void SyncPlanModel::clear()
{
    beginResetModel();
    m_actions.clear();
    endResetModel();
}

QColor SyncPlanModel::kindColour(SyncAction::Kind kind, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    // Hues with a meaning (added, changed, taken away), pulled towards the text colour so they
    // stay readable on light and dark bases alike.
    const auto tinted = [&](const QColor &hue) { return PaletteColours::mix(hue, text, 0.25); };
    switch (kind) {
    case SyncAction::Kind::Install:
        return tinted(QColor(0x1b, 0x9e, 0x3e));
    case SyncAction::Kind::Upgrade:
        return tinted(QColor(0x1f, 0x6f, 0xd1));
    case SyncAction::Kind::Downgrade:
        return tinted(QColor(0xc0, 0x6a, 0x00));
    case SyncAction::Kind::Reinstall:
        return tinted(QColor(0x8a, 0x4f, 0xc8));
    case SyncAction::Kind::Remove:
        return tinted(QColor(0xd0, 0x30, 0x30));
    case SyncAction::Kind::Keep:
        return palette.color(QPalette::PlaceholderText);
    }
    return text;
}

QIcon SyncPlanModel::iconFor(SyncAction::Kind kind) const
{
    if (m_icons.isEmpty()) {
        const QPalette palette = QGuiApplication::palette();
        const qreal ratio = qApp ? qGuiApp->devicePixelRatio() : 1.0;
        for (int k = 0; k < KindCount; ++k) {
            QPixmap pixmap(QSize(IconSize, IconSize) * ratio);
            pixmap.setDevicePixelRatio(ratio);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            const QColor colour = kindColour(SyncAction::Kind(k), palette);
            painter.setPen(QPen(colour, 1.5));
            const QRectF box(1.5, 1.5, IconSize - 3, IconSize - 3);
            // Kept packages get a hollow circle, changes a filled one, removals a bar.
            if (SyncAction::Kind(k) == SyncAction::Kind::Remove) {
                painter.fillRect(QRectF(1, IconSize / 2.0 - 1.5, IconSize - 2, 3), colour);
            } else {
                if (SyncAction::Kind(k) != SyncAction::Kind::Keep)
                    painter.setBrush(colour);
                painter.drawEllipse(box);
            }
            painter.end();
            m_icons.append(QIcon(pixmap));
        }
    }
    return m_icons.value(int(kind));
}

int SyncPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int SyncPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_actions.size())
        return {};
    const SyncAction &action = m_actions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PackageColumn:
            return action.name.canonical();
        case ChangeColumn:
            return SyncAction::kindName(action.kind);
        case InstalledColumn:
            return versionText(action.installedVersion);
        case TargetColumn:
            return action.kind == SyncAction::Kind::Remove ? QString() : versionText(action.targetVersion);
        case SizeColumn:
            if (action.changes() && action.package && action.package->file.size >= 0)
                return QLocale().formattedDataSize(action.package->file.size);
            return QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == ChangeColumn ? QVariant(iconFor(action.kind)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn || !action.changes())
            return kindColour(action.kind, QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == PackageColumn && action.package && !action.package->file.filename.isEmpty())
            return action.package->file.filename;
        return {};
    case KindRole:
        return int(action.kind);
    default:
        return {};
    }
}

QVariant SyncPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PackageColumn:
        return tr("Package");
    case ChangeColumn:
        return tr("Change");
    case InstalledColumn:
        return tr("Installed");
    case TargetColumn:
        return tr("Target");
    case SizeColumn:
        return tr("Size");
    case ColumnCount:
        break;
    }
    return {};
}

void SyncPlanModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_actions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace Akari
