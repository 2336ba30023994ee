// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/logging/logbuffer.h"

namespace Akari
{

/**
 * \brief Adapts a LogBuffer to views: one row per message, appended live.
 *
 * Holds at most the buffer's capacity of rows, dropping the oldest like the buffer does.
 * Debug messages are shown only when setShowDebug(true).
 */
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column
    {
        TimeColumn,
        TypeColumn,
        CategoryColumn,
        MessageColumn,
        ColumnCount,
    };

    explicit LogModel(LogBuffer *buffer, QObject *parent = nullptr);

    void setShowDebug(bool show);
    [[nodiscard]] bool showDebug() const { return m_showDebug; }
    /// Tells views that headers and level names changed language.
    void retranslate();
    /// All visible rows as tab-separated text, for the clipboard.
    [[nodiscard]] QString toPlainText() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void fetchNew();
    void reload();
    [[nodiscard]] bool accepts(const LogEntry &entry) const;

    LogBuffer *m_buffer;
    QList<LogEntry> m_rows;
    qint64 m_lastId = 0;
    bool m_showDebug = false;
};

} // namespace Akari
