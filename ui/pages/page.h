// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace Akari
{

class MessageBanner;

/**
 * \brief A sidebar page: a heading, a one-line explanation, an error banner and the content.
 *
 * Subclasses put their widgets in contentLayout() and assign every translated string in
 * retranslateUi(), which this class calls again whenever the language changes; each
 * subclass calls retranslateUi() once at the end of its constructor.
 */
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(QWidget *parent = nullptr);

    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QString subtitle() const = 0;
    [[nodiscard]] MessageBanner *banner() const { return m_banner; }

protected:
    [[nodiscard]] QVBoxLayout *contentLayout() const { return m_content; }
    /// Sets every translated string; call at the end of the subclass constructor.
    virtual void retranslateUi();
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    MessageBanner *m_banner;
    QVBoxLayout *m_content;
};

} // namespace Akari
