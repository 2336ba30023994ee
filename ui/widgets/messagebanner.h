// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

class QAction;
class QLabel;
class QToolButton;

namespace Akari
{

class Error;

/**
 * \brief An inline message above a page's content, instead of a modal dialog that blocks work.
 *
 * Colours come from the palette so light and dark themes both read well. The text is set
 * by the caller, already translated.
 */
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    /// Shows \a text; \a actions become buttons beside it (a prompt), replacing earlier ones.
    /// The actions stay owned by the caller, whose texts the buttons follow.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    void showError(const Akari::Error &error);
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] QString text() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyColours();
    void retranslateUi();

    Kind m_kind = Kind::Information;
    bool m_applyingColours = false;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QList<QToolButton *> m_actionButtons;
};

} // namespace Akari
