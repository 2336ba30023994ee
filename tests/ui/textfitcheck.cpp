// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfitcheck.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QFocusFrame>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRubberBand>
#include <QScrollBar>
#include <QSizeGrip>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionGroupBox>
#include <QTabBar>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{
// Rounding in layouts and styles may cost a pixel without clipping anything visible.
constexpr int Slack = 1;
// Room a combo box leaves around its text inside the edit field.
constexpr int ComboTextMargin = 4;

QString sizeText(QSize size)
{
    return u"%1×%2"_s.arg(size.width()).arg(size.height());
}

QString shownText(const QWidget *widget)
{
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        return box->title();
    return {};
}

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty() ? text : widget->objectName();
    return u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

QString clipped(const QWidget *widget, const QString &text, QSize needs, QSize has)
{
    return u"%1: needs %2, has %3"_s.arg(describe(widget, text), sizeText(needs), sizeText(has));
}

bool exceeds(QSize needs, QSize has)
{
    return needs.width() > has.width() + Slack || needs.height() > has.height() + Slack;
}

// Widgets Qt creates inside its own ones, sized by Qt and not by anyone's layout.
bool madeByQt(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return widget->objectName().startsWith(u"qt_"_s) || qobject_cast<const QTabBar *>(parent) ||
           qobject_cast<const QLineEdit *>(parent);
}

void checkLabel(const QLabel *label, QStringList &out)
{
    if (label->text().isEmpty() || label->objectName().endsWith(u"Elided"_s))
        return;
    if (label->wordWrap()) {
        const QSize needs(label->width(), label->heightForWidth(label->width()));
        if (needs.height() > label->height() + Slack)
            out << clipped(label, label->text(), needs, label->size());
    } else if (exceeds(label->sizeHint(), label->size())) {
        out << clipped(label, label->text(), label->sizeHint(), label->size());
    }
}

void checkButton(const QAbstractButton *button, QStringList &out)
{
    if (madeByQt(button))
        return;
    if (exceeds(button->sizeHint(), button->size()))
        out << clipped(button, button->text(), button->sizeHint(), button->size());
}

void checkComboBox(const QComboBox *combo, QStringList &out)
{
    const QString text = combo->currentText();
    if (text.isEmpty())
        return;
    QStyleOptionComboBox option;
    option.initFrom(combo);
    option.editable = combo->isEditable();
    option.frame = combo->hasFrame();
    option.currentText = text;
    option.iconSize = combo->iconSize();
    option.subControls = QStyle::SC_All;
    const QRect field =
        combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
    int width = combo->fontMetrics().horizontalAdvance(text) + ComboTextMargin;
    if (!combo->itemIcon(combo->currentIndex()).isNull())
        width += combo->iconSize().width() + ComboTextMargin;
    const QSize needs(width, combo->fontMetrics().height());
    if (exceeds(needs, field.size()))
        out << clipped(combo, text, needs, field.size());
}

// QTabBar::tabSizeHint() is protected; a pointer to it, taken in a derived class, is not.
struct TabBarAccess : QTabBar
{
    static QSize hint(const QTabBar *bar, int index) { return (bar->*(&TabBarAccess::tabSizeHint))(index); }
};

void checkTabBar(const QTabBar *bar, QStringList &out)
{
    if (bar->elideMode() != Qt::ElideNone)
        return;
    for (int i = 0; i < bar->count(); ++i) {
        if (!bar->isTabVisible(i) || bar->tabText(i).isEmpty())
            continue;
        const QSize needs = TabBarAccess::hint(bar, i);
        // Tabs that run past the bar's end can be scrolled to only with scroll buttons.
        const QRect rect = bar->tabRect(i);
        const QSize has = bar->usesScrollButtons() ? rect.size() : rect.intersected(bar->rect()).size();
        if (exceeds(needs, has))
            out << clipped(bar, bar->tabText(i), needs, has);
    }
}

void checkGroupBox(const QGroupBox *box, QStringList &out)
{
    if (box->title().isEmpty())
        return;
    QStyleOptionGroupBox option;
    option.initFrom(box);
    option.text = box->title();
    option.textAlignment = box->alignment();
    option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
    if (box->isCheckable())
        option.subControls |= QStyle::SC_GroupBoxCheckBox;
    if (box->isFlat())
        option.features |= QStyleOptionFrame::Flat;
    const QStyle *style = box->style();
    QRect title = style->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, box);
    if (box->isCheckable())
        title |= style->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxCheckBox, box);
    // The style places the title by its own width; what sticks out of the box is cut off.
    const QSize has = title.intersected(box->rect()).size();
    if (exceeds(title.size(), has))
        out << clipped(box, box->title(), title.size(), has);
}

bool leftOut(const QWidget *widget)
{
    return widget->isWindow() || qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QSizeGrip *>(widget) ||
           qobject_cast<const QRubberBand *>(widget) || qobject_cast<const QFocusFrame *>(widget);
}
} // namespace

QStringList clippedTexts(const QWidget *root)
{
    QStringList out;
    if (!root)
        return out;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->isWindow())
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(label, out);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkButton(button, out);
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            checkComboBox(combo, out);
        else if (const auto *bar = qobject_cast<const QTabBar *>(widget))
            checkTabBar(bar, out);
        else if (const auto *box = qobject_cast<const QGroupBox *>(widget))
            checkGroupBox(box, out);
    }
    return out;
}

QStringList overlappingWidgets(const QWidget *root)
{
    QStringList out;
    if (!root)
        return out;
    QList<const QWidget *> parents{root};
    for (const QWidget *widget : root->findChildren<QWidget *>())
        parents << widget;
    for (const QWidget *parent : std::as_const(parents)) {
        // A stack's pages share its whole area; only one shows at a time.
        if (qobject_cast<const QStackedWidget *>(parent) || !parent->isVisibleTo(root))
            continue;
        QList<const QWidget *> siblings;
        for (const QWidget *child : parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (child->isVisibleTo(root) && !leftOut(child))
                siblings << child;
        }
        for (qsizetype i = 0; i < siblings.size(); ++i) {
            for (qsizetype j = i + 1; j < siblings.size(); ++j) {
                const QRect overlap = siblings[i]->geometry().intersected(siblings[j]->geometry());
                if (overlap.width() > Slack && overlap.height() > Slack)
                    out << u"%1 overlaps %2 by %3"_s.arg(describe(siblings[i], shownText(siblings[i])),
                                                         describe(siblings[j], shownText(siblings[j])),
                                                         sizeText(overlap.size()));
            }
        }
    }
    return out;
}

} // namespace Akari::Test
