// SPDX-License-Identifier: GPL-3.0-or-later
#include "logmodel.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

LogModel::LogModel(LogBuffer *buffer, QObject *parent)
    : QAbstractTableModel(parent)
    , m_buffer(buffer)
{
    connect(m_buffer, &LogBuffer::messagesAdded, this, &LogModel::fetchNew);
    connect(m_buffer, &LogBuffer::cleared, this, &LogModel::reload);
    reload();
}

bool LogModel::accepts(const LogEntry &entry) const
{
    return m_showDebug || entry.type != QtDebugMsg;
}

void LogModel::setShowDebug(bool show)
{
    if (show == m_showDebug)
        return;
    m_showDebug = show;
    reload();
}

void LogModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastId = 0;
    const QList<LogEntry> entries = m_buffer->entries();
    for (const LogEntry &entry : entries) {
        m_lastId = entry.id;
        if (accepts(entry))
            m_rows.append(entry);
    }
    endResetModel();
}

void LogModel::fetchNew()
{
    QList<LogEntry> fresh;
    const QList<LogEntry> entries = m_buffer->entriesAfter(m_lastId);
    for (const LogEntry &entry : entries) {
        m_lastId = entry.id;
        if (accepts(entry))
            fresh.append(entry);
    }
    const qsizetype overflow = m_rows.size() + fresh.size() - m_buffer->capacity();
    if (overflow > 0) {
        const qsizetype drop = qMin(overflow, m_rows.size());
        if (drop > 0) {
            beginRemoveRows({}, 0, static_cast<int>(drop - 1));
            m_rows.remove(0, drop);
            endRemoveRows();
        }
        fresh = fresh.mid(overflow - drop);
    }
    if (fresh.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + fresh.size() - 1));
    m_rows.append(fresh);
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogEntry &entry = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time.toString(u"HH:mm:ss.zzz"_s);
        case TypeColumn:
            return LogBuffer::typeName(entry.type);
        case CategoryColumn:
            return entry.category;
        case MessageColumn:
            return entry.message;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == TypeColumn) {
        if (entry.type == QtWarningMsg)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (entry.type == QtCriticalMsg || entry.type == QtFatalMsg)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn));
}

QString LogModel::toPlainText() const
{
    QStringList lines;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column)
            cells.append(data(index(row, column)).toString());
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

} // namespace Akari
