// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsview.h"

#include <QGridLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

FactsView::FactsView(QWidget *parent)
    : QWidget(parent)
    // A grid, not a QFormLayout: QFormLayout reuses the wrapped heights computed for its size
    // hint's width when laid out at another width, so wrapped values got cut off.
    , m_layout(new QGridLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setHorizontalSpacing(18);
    m_layout->setColumnStretch(1, 1); // the labels keep their width, the values take the rest
}

void FactsView::addRow(const QString &id)
{
    auto *label = new QLabel(this);
    auto *value = new QLabel(this);
    label->setObjectName(id + u"Label"_s);
    value->setObjectName(id);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop); // level with its label when it wraps
    value->setText(u"—"_s);
    label->setBuddy(value);
    const auto row = static_cast<int>(m_rows.size());
    m_layout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
    m_layout->addWidget(value, row, 1);
    // Room to spare goes below the last row, not between the rows.
    m_layout->setRowStretch(row, 0);
    m_layout->setRowStretch(row + 1, 1);
    m_rows.insert(id, {label, value});
}

void FactsView::setLabel(const QString &id, const QString &label)
{
    const Row row = m_rows.value(id);
    Q_ASSERT(row.label);
    row.label->setText(label);
    row.value->setAccessibleName(label);
}

void FactsView::setValue(const QString &id, const QString &value)
{
    const Row row = m_rows.value(id);
    Q_ASSERT(row.value);
    row.value->setText(value.isEmpty() ? u"—"_s : value);
}

QString FactsView::value(const QString &id) const
{
    const Row row = m_rows.value(id);
    return row.value ? row.value->text() : QString();
}

void FactsView::setRowVisible(const QString &id, bool visible)
{
    const Row row = m_rows.value(id);
    Q_ASSERT(row.label);
    row.label->setVisible(visible);
    row.value->setVisible(visible);
}

void FactsView::clearValues()
{
    for (const Row &row : std::as_const(m_rows))
        row.value->setText(u"—"_s);
}

} // namespace Akari
