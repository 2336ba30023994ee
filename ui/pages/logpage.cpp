// SPDX-License-Identifier: GPL-3.0-or-later
#include "logpage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "../logmodel.h"
#include "core/logging/logbuffer.h"
#include "core/settings/settings.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

LogPage::LogPage(LogBuffer *buffer, Settings *settings, QWidget *parent)
    : Page(parent)
    , m_buffer(buffer)
    , m_settings(settings)
    , m_model(new LogModel(buffer, this))
    , m_view(new QTableView(this))
    , m_showDebug(new QCheckBox(this))
    , m_copyButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
{
    setObjectName(u"logPage"_s);
    m_model->setShowDebug(settings->showDebugMessages());
    m_view->setObjectName(u"logView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TimeColumn, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::TypeColumn, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::CategoryColumn, QHeaderView::ResizeToContents);

    // Follow new messages only while the user is looking at the bottom.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_followTail = bar->value() == bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_view->scrollToBottom();
    });

    m_showDebug->setObjectName(u"showDebugCheckBox"_s);
    m_showDebug->setChecked(settings->showDebugMessages());
    connect(m_showDebug, &QCheckBox::toggled, this,
            [this](bool checked) { m_settings->setShowDebugMessages(checked); });
    connect(settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key != Settings::Key::ShowDebugMessages)
            return;
        m_showDebug->setChecked(m_settings->showDebugMessages());
        m_model->setShowDebug(m_settings->showDebugMessages());
    });
    m_copyButton->setObjectName(u"copyLogButton"_s);
    connect(m_copyButton, &QPushButton::clicked, this, &LogPage::copyAll);
    m_clearButton->setObjectName(u"clearLogButton"_s);
    connect(m_clearButton, &QPushButton::clicked, m_buffer, &LogBuffer::clear);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showDebug);
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_clearButton);
    contentLayout()->addWidget(m_view, 1);
    contentLayout()->addLayout(buttons);
    retranslateUi();
}

QString LogPage::title() const
{
    return tr("Log");
}

QString LogPage::subtitle() const
{
    return tr("Everything Akari reported while it ran, newest at the bottom.");
}

void LogPage::copyAll()
{
    QGuiApplication::clipboard()->setText(m_model->toPlainText());
}

void LogPage::retranslateUi()
{
    Page::retranslateUi();
    m_view->setAccessibleName(tr("Log messages"));
    m_showDebug->setText(tr("Show &debug messages"));
    m_copyButton->setText(tr("&Copy All"));
    m_clearButton->setText(tr("C&lear"));
    m_model->retranslate();
    // Rows arrive after layout, so size the time column from its format rather than its contents.
    const QFontMetrics metrics = m_view->fontMetrics();
    int widestLevel = metrics.horizontalAdvance(m_model->headerData(LogModel::TypeColumn, Qt::Horizontal).toString());
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg})
        widestLevel = std::max(widestLevel, metrics.horizontalAdvance(LogBuffer::typeName(type)));
    const int iconSpace = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 4;
    m_view->horizontalHeader()->resizeSection(LogModel::TypeColumn,
                                              widestLevel + iconSpace + 3 * metrics.averageCharWidth());
    m_view->horizontalHeader()->resizeSection(LogModel::TimeColumn,
                                              m_view->fontMetrics().horizontalAdvance(u"00:00:00.000"_s) +
                                                  4 * m_view->fontMetrics().averageCharWidth());
}

} // namespace Akari
