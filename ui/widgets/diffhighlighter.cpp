// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffhighlighter.h"

#include <algorithm>

#include <QRegularExpression>

#include "widgets/palettecolours.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Inside a hunk a block's state holds the old and new lines the `@@` header announced and that
// are still to come, so that `--- x` there reads as a removed line "-- x", not as a file header.
// -1 (no state yet) means between hunks.
constexpr int InHunkBit = 1 << 30;
constexpr int CountBits = 15;
constexpr int CountMask = (1 << CountBits) - 1; // longer hunks end early: they are very rare

struct HunkState
{
    int oldLeft = 0;
    int newLeft = 0;

    static HunkState decode(int state)
    {
        if (state < 0 || !(state & InHunkBit))
            return {};
        return {(state >> CountBits) & CountMask, state & CountMask};
    }
    [[nodiscard]] bool inHunk() const { return oldLeft > 0 || newLeft > 0; }
    [[nodiscard]] int encode() const { return inHunk() ? InHunkBit | (oldLeft << CountBits) | newLeft : -1; }
};

const QRegularExpression &hunkHeader()
{
    static const QRegularExpression pattern(u"^@@ -\\d+(?:,(\\d+))? \\+\\d+(?:,(\\d+))? @@"_s);
    return pattern;
}

int count(const QRegularExpressionMatch &match, int group)
{
    // A range without a count ("@@ -3 +3 @@") stands for one line.
    return match.hasCaptured(group) ? std::min(match.captured(group).toInt(), CountMask) : 1;
}

/// A background of \a hue (degrees) blended into the palette's Base: a tint in any theme.
QColor tintedBase(int hue, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A dark base needs a little more colour for the tint to show.
    const double amount = base.lightnessF() < 0.5 ? 0.25 : 0.2;
    return PaletteColours::mix(base, QColor::fromHslF(hue / 360.0f, 0.65f, 0.45f), amount);
}

QTextCharFormat formatFor(DiffHighlighter::Category category, const QPalette &palette)
{
    using Category = DiffHighlighter::Category;
    QTextCharFormat result;
    if (category == Category::Context)
        return result;
    // The text keeps the palette's colour; only the background says what the line is.
    result.setForeground(palette.color(QPalette::Text));
    switch (category) {
    case Category::Context:
        break;
    case Category::Added:
        result.setBackground(tintedBase(120, palette));
        break;
    case Category::Removed:
        result.setBackground(tintedBase(0, palette));
        break;
    case Category::Hunk:
        result.setBackground(tintedBase(210, palette));
        break;
    case Category::FileHeader:
        result.setBackground(PaletteColours::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.1));
        result.setFontWeight(QFont::Bold);
        break;
    }
    return result;
}
} // namespace

DiffHighlighter::DiffHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    PaletteColours::fillFormats(m_formats, formatFor, palette);
}

void DiffHighlighter::setPalette(const QPalette &palette)
{
    PaletteColours::fillFormats(m_formats, formatFor, palette);
    rehighlight();
}

QTextCharFormat DiffHighlighter::format(Category category) const
{
    return m_formats.at(std::size_t(category));
}

void DiffHighlighter::highlightBlock(const QString &text)
{
    HunkState state = HunkState::decode(previousBlockState());
    Category category = Category::Context;
    if (text.startsWith(u"@@"_s)) {
        category = Category::Hunk;
        const QRegularExpressionMatch match = hunkHeader().match(text);
        state = match.hasMatch() ? HunkState{count(match, 1), count(match, 2)} : HunkState{};
    } else if (state.inHunk()) {
        const QChar marker = text.isEmpty() ? u' ' : text.front();
        if (marker == u'+') {
            category = Category::Added;
            state.newLeft = std::max(0, state.newLeft - 1);
        } else if (marker == u'-') {
            category = Category::Removed;
            state.oldLeft = std::max(0, state.oldLeft - 1);
        } else if (marker != u'\\') { // "\ No newline at end of file" counts for neither side
            state.oldLeft = std::max(0, state.oldLeft - 1);
            state.newLeft = std::max(0, state.newLeft - 1);
        }
    } else if (text.startsWith(u"---"_s) || text.startsWith(u"+++"_s) || text.startsWith(u"diff "_s)) {
        category = Category::FileHeader;
    } else if (text.startsWith(u'+')) {
        category = Category::Added; // a fragment without headers
    } else if (text.startsWith(u'-')) {
        category = Category::Removed;
    }
    if (category != Category::Context)
        setFormat(0, int(text.size()), m_formats.at(std::size_t(category)));
    setCurrentBlockState(state.encode());
}

} // namespace Akari
