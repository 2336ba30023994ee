// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Akari
{

/**
 * \brief Colours for a unified diff: added lines, removed lines, hunk headers (`@@`) and
 *        file headers (`---`/`+++`), from the palette (green/red tints blended into the
 *        palette's base so dark themes work).
 */
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffHighlighter)

public:
    enum class Category
    {
        Context,
        Added,
        Removed,
        Hunk,
        FileHeader,
    };
    Q_ENUM(Category)

    explicit DiffHighlighter(QTextDocument *document, const QPalette &palette = {});

    void setPalette(const QPalette &palette);
    [[nodiscard]] QTextCharFormat format(Category category) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Worked out once per palette rather than for every line.
    std::array<QTextCharFormat, std::size_t(Category::FileHeader) + 1> m_formats;
};

} // namespace Akari
