// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Akari
{

/**
 * \brief TOML syntax colours for the pyproject.toml preview: table headers, keys, strings
 *        (basic, literal and multi-line, which continue across lines), numbers, booleans and
 *        dates, comments.
 *
 * Colours are derived from the palette given (setPalette), so dark themes read as well as
 * light ones; call setPalette() again when the palette changes. format() gives the text
 * format of each category below.
 */
class TomlHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TomlHighlighter)

public:
    enum class Category
    {
        Plain,
        TableHeader,
        Key,
        String,
        Number, ///< numbers, booleans, dates and times
        Comment,
    };
    Q_ENUM(Category)

    explicit TomlHighlighter(QTextDocument *document, const QPalette &palette = {});

    void setPalette(const QPalette &palette);
    /// The format used for \a category with the current palette.
    [[nodiscard]] QTextCharFormat format(Category category) const;

protected:
    void highlightBlock(const QString &text) override;

private:
    // Worked out once per palette: highlightBlock() runs for every line on each edit.
    std::array<QTextCharFormat, std::size_t(Category::Comment) + 1> m_formats;
};

} // namespace Akari
