// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

#include "core/error.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"messageBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setObjectName(u"messageBannerClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    if (parent)
        parent->installEventFilter(this);
    retranslateUi();
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    m_kind = kind;
    m_text->setText(text);
    qDeleteAll(std::exchange(m_actionButtons, {}));
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setObjectName(action->objectName() + u"Button"_s);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setDefaultAction(action);
        // Before the close button, in the order given.
        row->insertWidget(row->count() - 1, button, 0, Qt::AlignTop);
        m_actionButtons.append(button);
    }
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    applyColours();
    show();
}

void MessageBanner::showError(const Error &error)
{
    showMessage(Kind::Error, error.toString());
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::applyColours()
{
    // Blend a signal colour into the surrounding window colour (never into our own, already
    // blended one) so the banner suits any theme and does not drift darker message by message.
    const QPalette surrounding = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor base = surrounding.color(QPalette::Window);
    const QColor signal = m_kind == Kind::Error     ? QColor(0xd9, 0x3f, 0x3f)
                          : m_kind == Kind::Warning ? QColor(0xe0, 0x9b, 0x2d)
                                                    : QColor(0x3d, 0x8b, 0xd9);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    // Only Window is set here, so every other role keeps following the surroundings.
    QPalette colours;
    colours.setColor(QPalette::Window, QColor(mix(base.red(), signal.red()), mix(base.green(), signal.green()),
                                              mix(base.blue(), signal.blue())));
    m_applyingColours = true;
    setPalette(colours);
    m_applyingColours = false;
}

bool MessageBanner::eventFilter(QObject *watched, QEvent *event)
{
    // Our own Window role is explicit, so Qt does not tell us when only the surrounding
    // window colour changes; the parent hears of it.
    if (watched == parentWidget() && event->type() == QEvent::PaletteChange)
        applyColours();
    return QFrame::eventFilter(watched, event);
}

void MessageBanner::retranslateUi()
{
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) &&
        !m_applyingColours)
        applyColours(); // the theme changed
    QFrame::changeEvent(event);
}

} // namespace Akari
