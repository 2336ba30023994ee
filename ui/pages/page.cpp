// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

#include "../widgets/messagebanner.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_content(new QVBoxLayout)
{
    m_title->setObjectName(u"pageTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(u"pageTitle"_s);
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_banner);
    layout->addLayout(m_content, 1);
}

void Page::retranslateUi()
{
    m_title->setText(title());
    m_title->setAccessibleName(title());
    m_subtitle->setText(subtitle());
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Akari
