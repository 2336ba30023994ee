// SPDX-License-Identifier: GPL-3.0-or-later
#include "planpreviewpane.h"

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QToolButton>

#include "diffhighlighter.h"
#include "tomlhighlighter.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
QPlainTextEdit *makeView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Keyboard users can move and select in a read-only view; Tab leaves it.
    view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    view->setTabChangesFocus(true);
    return view;
}
} // namespace

PlanPreviewPane::PlanPreviewPane(QWidget *parent)
    : QTabWidget(parent)
    , m_text(makeView(this, u"previewText"_s))
    , m_diff(makeView(this, u"previewDiff"_s))
    , m_textColours(new TomlHighlighter(m_text->document(), palette()))
    , m_diffColours(new DiffHighlighter(m_diff->document(), palette()))
{
    setObjectName(u"previewTabs"_s);
    setDocumentMode(true);
    addTab(m_text, QString());
    addTab(m_diff, QString());
    retranslateUi();
}

void PlanPreviewPane::setPreview(const QByteArray &text, const QString &diff)
{
    replaceKeepingPlace(m_text, QString::fromUtf8(text));
    replaceKeepingPlace(m_diff, diff);
    m_hasDiff = !diff.isEmpty();
    retranslateUi();
}

void PlanPreviewPane::clear()
{
    m_text->clear();
    m_diff->clear();
    m_hasDiff = false;
    retranslateUi();
}

void PlanPreviewPane::showLine(int line)
{
    setCurrentWidget(m_text);
    const QTextBlock block = m_text->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void PlanPreviewPane::replaceKeepingPlace(QPlainTextEdit *view, const QString &text)
{
    if (view->toPlainText() == text)
        return;
    const int vertical = view->verticalScrollBar()->value();
    const int horizontal = view->horizontalScrollBar()->value();
    view->setPlainText(text);
    view->verticalScrollBar()->setValue(vertical);
    view->horizontalScrollBar()->setValue(horizontal);
}

void PlanPreviewPane::retranslateUi()
{
    setTabText(indexOf(m_text), tr("pyproject.toml"));
    setTabText(indexOf(m_diff), m_hasDiff ? tr("Changes") : tr("Changes (none)"));
    setTabToolTip(indexOf(m_text), tr("The file as it will be saved"));
    setTabToolTip(indexOf(m_diff), tr("What saving changes in the file on disk, as a unified diff"));
    m_text->setAccessibleName(tr("Preview of pyproject.toml"));
    m_diff->setAccessibleName(tr("Changes to the file on disk"));
    m_diff->setPlaceholderText(tr("No changes: the file on disk already says this."));
    nameScrollButtons(tabBar());
}

void PlanPreviewPane::nameScrollButtons(QTabBar *bar)
{
    // Qt names a tab bar's scroll buttons, but its Japanese catalogue does not translate them.
    // Before the bar is first laid out the buttons have no arrow yet: Qt creates the left one first.
    const QList<QToolButton *> buttons = bar->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const Qt::ArrowType arrow = buttons.at(i)->arrowType();
        const bool left = arrow == Qt::NoArrow ? i == 0 : arrow == Qt::LeftArrow || arrow == Qt::UpArrow;
        buttons.at(i)->setAccessibleName(left ? tr("Scroll the tabs left") : tr("Scroll the tabs right"));
    }
}

void PlanPreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        m_textColours->setPalette(palette());
        m_diffColours->setPalette(palette());
    }
    QTabWidget::changeEvent(event);
}

} // namespace Akari
