// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncprogressmodel.h"

#include <algorithm>

#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
bool sameRows(const QList<SyncPackageProgress> &a, const QList<SyncPackageProgress> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const SyncPackageProgress &x, const SyncPackageProgress &y) { return x.name == y.name; });
}
} // namespace

SyncProgressModel::SyncProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SyncProgressModel::setPackages(const QList<SyncPackageProgress> &packages)
{
    beginResetModel();
    m_packages = packages;
    endResetModel();
    m_lastChangedRows = int(packages.size());
}

void SyncProgressModel::update(const SyncProgress &progress)
{
    if (!sameRows(m_packages, progress.packages)) {
        setPackages(progress.packages);
        return;
    }
    m_lastChangedRows = 0;
    // Neighbouring changed rows are announced together: one signal per run of rows.
    int first = -1;
    const auto announce = [&](int last) {
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        first = -1;
    };
    for (int row = 0; row < m_packages.size(); ++row) {
        if (m_packages.at(row) == progress.packages.at(row)) {
            announce(row - 1);
            continue;
        }
        m_packages[row] = progress.packages.at(row);
        ++m_lastChangedRows;
        if (first < 0)
            first = row;
    }
    announce(int(m_packages.size()) - 1);
}

void SyncProgressModel::clear()
{
    setPackages({});
}

QString SyncProgressModel::bytesText(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total > 0)
        return tr("%1 of %2", "bytes done of total")
            .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
    return done > 0 ? locale.formattedDataSize(done) : QString();
}

QString SyncProgressModel::rateText(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return tr("%1/s", "transfer rate").arg(QLocale().formattedDataSize(qint64(bytesPerSecond)));
}

double SyncProgressModel::fraction(const SyncPackageProgress &package)
{
    using Stage = SyncPackageProgress::Stage;
    switch (package.stage) {
    case Stage::Waiting:
        return 0;
    case Stage::Done:
        return 1;
    case Stage::Downloading:
    case Stage::Unpacking:
        if (package.bytesTotal > 0)
            return std::clamp(double(package.bytesDone) / double(package.bytesTotal), 0.0, 1.0);
        return -1;
    case Stage::Installing:
    case Stage::Removing:
    case Stage::Failed:
        return -1;
    }
    return -1;
}

int SyncProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int SyncProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_packages.size())
        return {};
    const SyncPackageProgress &package = m_packages.at(index.row());
    using Stage = SyncPackageProgress::Stage;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case PackageColumn:
            return package.version.isEmpty() ? package.name
                                             : tr("%1 %2", "package version").arg(package.name, package.version);
        case StageColumn:
            if (package.fromCache && package.stage == Stage::Waiting)
                return tr("In the cache");
            return SyncProgress::stageName(package.stage);
        case ProgressColumn: {
            const double done = fraction(package);
            return done < 0 ? QString() : QLocale().toString(qRound(done * 100)) + u'%';
        }
        case BytesColumn:
            return package.stage == Stage::Downloading || package.stage == Stage::Unpacking
                       ? bytesText(package.bytesDone, package.bytesTotal)
                       : (package.bytesTotal > 0 ? QLocale().formattedDataSize(package.bytesTotal) : QString());
        case RateColumn:
            return package.stage == Stage::Downloading ? rateText(package.bytesPerSecond) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BytesColumn || index.column() == RateColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FractionRole:
        return fraction(package);
    case StageRole:
        return int(package.stage);
    default:
        return {};
    }
}

QVariant SyncProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case PackageColumn:
        return tr("Package");
    case StageColumn:
        return tr("Stage");
    case ProgressColumn:
        return tr("Progress");
    case BytesColumn:
        return tr("Bytes");
    case RateColumn:
        return tr("Rate");
    case ColumnCount:
        break;
    }
    return {};
}

void SyncProgressModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_packages.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace Akari
