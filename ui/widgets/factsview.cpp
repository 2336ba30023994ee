// SPDX-License-Identifier: GPL-3.0-or-later
#include "factsview.h"

#include <QFormLayout>
#include <QLabel>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

FactsView::FactsView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setHorizontalSpacing(18);
}

void FactsView::addRow(const QString &id)
{
    auto *label = new QLabel(this);
    auto *value = new QLabel(this);
    label->setObjectName(id + u"Label"_s);
    value->setObjectName(id);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    value->setText(u"—"_s);
    label->setBuddy(value);
    m_layout->addRow(label, value);
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

void FactsView::clearValues()
{
    for (const Row &row : std::as_const(m_rows))
        row.value->setText(u"—"_s);
}

} // namespace Akari
