// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QIcon>
#include <QList>
#include <QPalette>

#include "core/install/syncplan.h"

namespace Akari
{

/**
 * \brief The change a sync plans, one row per package: name, kind of change (coloured, with an
 *        icon), installed and target versions, and the size of the file to install.
 *
 * Rows that change something come first (in the plan's order), the unchanged ones after them,
 * muted, so that the change reads at a glance even for a large environment.
 */
class SyncPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncPlanModel)

public:
    enum Column
    {
        PackageColumn,
        ChangeColumn,
        InstalledColumn,
        TargetColumn,
        SizeColumn,
        ColumnCount,
    };

    /// SyncAction::Kind of a row, as an int, under this role.
    static constexpr int KindRole = Qt::UserRole + 1;

    explicit SyncPlanModel(QObject *parent = nullptr);

    void setPlan(const SyncPlan &plan);
    void clear();
    [[nodiscard]] const QList<SyncAction> &actions() const { return m_actions; }
    /// The colours the kinds are shown in, derived from \a palette (readable on its base colour).
    [[nodiscard]] static QColor kindColour(SyncAction::Kind kind, const QPalette &palette);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    /// The language changed: headers and cells are translated again.
    void retranslate();

private:
    [[nodiscard]] QIcon iconFor(SyncAction::Kind kind) const;

    QList<SyncAction> m_actions;
    mutable QList<QIcon> m_icons; ///< by kind, painted once
};

} // namespace Akari
