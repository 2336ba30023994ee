// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabWidget>

class QPlainTextEdit;

namespace Akari
{

class DiffHighlighter;
class TomlHighlighter;

/**
 * \brief The resulting pyproject.toml with TOML colours, and its diff against the file on
 *        disk, as two tabs. Both are read-only; updating them keeps the reader's place.
 */
class PlanPreviewPane final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPreviewPane)

public:
    explicit PlanPreviewPane(QWidget *parent = nullptr);

    /// \a diff empty: the file on disk already says this.
    void setPreview(const QByteArray &text, const QString &diff);
    void clear();
    /// Shows the preview tab with \a line (1-based) in view and selected.
    void showLine(int line);

    [[nodiscard]] QPlainTextEdit *textView() const { return m_text; }
    [[nodiscard]] QPlainTextEdit *diffView() const { return m_diff; }
    /// Gives \a bar's scroll buttons translated accessible names (call on each language change).
    static void nameScrollButtons(QTabBar *bar);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    static void replaceKeepingPlace(QPlainTextEdit *view, const QString &text);

    QPlainTextEdit *m_text;
    QPlainTextEdit *m_diff;
    TomlHighlighter *m_textColours;
    DiffHighlighter *m_diffColours;
    bool m_hasDiff = false;
};

} // namespace Akari
