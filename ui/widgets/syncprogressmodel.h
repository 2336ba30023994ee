// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/install/syncprogress.h"

namespace Akari
{

/**
 * \brief A row per package while a sync runs: stage, a progress bar (drawn by
 *        SyncProgressDelegate from FractionRole), bytes and rate.
 *
 * update() takes each whole SyncProgress snapshot and tells views only about the rows that
 * changed (dataChanged); the model is reset only when the list of packages itself changes, so
 * selection and scrolling survive hundreds of reports a second.
 */
class SyncProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressModel)

public:
    enum Column
    {
        PackageColumn,
        StageColumn,
        ProgressColumn,
        BytesColumn,
        RateColumn,
        ColumnCount,
    };

    /// 0..1 for the stage a row is in, or -1 while unknown (a busy bar).
    static constexpr int FractionRole = Qt::UserRole + 1;
    static constexpr int StageRole = Qt::UserRole + 2;

    explicit SyncProgressModel(QObject *parent = nullptr);

    /// Rows for \a packages before anything is reported (all Waiting).
    void setPackages(const QList<SyncPackageProgress> &packages);
    void update(const SyncProgress &progress);
    void clear();
    [[nodiscard]] const QList<SyncPackageProgress> &packages() const { return m_packages; }
    /// How many rows the last update() changed (for tests: only those were announced).
    [[nodiscard]] int lastChangedRows() const { return m_lastChangedRows; }

    /// "12.5 MB of 30 MB", "12.5 MB", "" (nothing yet), in this locale.
    [[nodiscard]] static QString bytesText(qint64 done, qint64 total);
    /// "4.2 MB/s", or "" for no rate.
    [[nodiscard]] static QString rateText(double bytesPerSecond);
    [[nodiscard]] static double fraction(const SyncPackageProgress &package);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    void retranslate();

private:
    QList<SyncPackageProgress> m_packages;
    int m_lastChangedRows = 0;
};

} // namespace Akari
