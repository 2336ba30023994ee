// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace Akari
{

/**
 * \brief A two-column list of facts ("Python: 3.12.3"), with selectable values.
 *
 * Rows are identified by a stable id (also the value label's object name, so tests and
 * accessibility tools find them); labels are set in the owner's retranslateUi(). Long values
 * wrap, and the view asks for the height that takes (height for width).
 */
class FactsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FactsView)

public:
    explicit FactsView(QWidget *parent = nullptr);

    void addRow(const QString &id);
    void setLabel(const QString &id, const QString &label);
    /// An empty value shows a dash, so a row never looks broken.
    void setValue(const QString &id, const QString &value);
    [[nodiscard]] QString value(const QString &id) const;
    void clearValues();
    /// Hides or shows a row, label and value together; hidden rows take no room.
    void setRowVisible(const QString &id, bool visible);

private:
    struct Row
    {
        QLabel *label;
        QLabel *value;
    };
    QGridLayout *m_layout;
    QHash<QString, Row> m_rows;
};

} // namespace Akari
