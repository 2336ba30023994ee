// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomlhighlighter.h"

#include <algorithm>
#include <cmath>

#include <QRegularExpression>

#include "widgets/palettecolours.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// A block's state carries what continues onto the next line: an open multi-line string, the
// arrays and inline tables still open (a value may span lines inside them) and whether a key
// comes next. It stays non-negative, as QSyntaxHighlighter reserves -1 for "unknown".
enum StringMode
{
    NoString = 0,
    MultiLineBasic = 1,
    MultiLineLiteral = 2,
};
constexpr int StringModeMask = 0x3;
constexpr int ExpectKeyBit = 0x4;
constexpr int DepthShift = 3;
constexpr int DepthMask = 0x1f;
constexpr int StackShift = 8;
// Nesting levels whose kind (array or inline table) is remembered; deeper ones count as arrays.
constexpr int RememberedLevels = 22;
constexpr int MaxDepth = DepthMask;

// WCAG 2 contrast for normal text.
constexpr double MinimumContrast = 4.5;

struct LineState
{
    int stringMode = NoString;
    bool expectKey = true;
    int depth = 0;
    quint32 tables = 0; ///< bit n set: nesting level n is an inline table, clear: an array

    static LineState decode(int state)
    {
        LineState s;
        if (state < 0)
            return s;
        s.stringMode = state & StringModeMask;
        s.expectKey = (state & ExpectKeyBit) != 0;
        s.depth = (state >> DepthShift) & DepthMask;
        s.tables = quint32(state) >> StackShift;
        return s;
    }
    [[nodiscard]] int encode() const
    {
        return stringMode | (expectKey ? ExpectKeyBit : 0) | (depth << DepthShift) | int(tables << StackShift);
    }
    [[nodiscard]] bool inTable() const { return depth > 0 && depth <= RememberedLevels && (tables >> (depth - 1)) & 1; }
    void push(bool table)
    {
        if (depth == MaxDepth)
            return;
        if (depth < RememberedLevels) {
            const quint32 bit = 1u << depth;
            tables = table ? (tables | bit) : (tables & ~bit);
        }
        ++depth;
    }
    void pop()
    {
        if (depth > 0)
            --depth;
    }
};

bool isBareKeyChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

qsizetype skipSpaces(const QString &text, qsizetype i)
{
    while (i < text.size() && (text[i] == u' ' || text[i] == u'\t'))
        ++i;
    return i;
}

/// End of a one-line basic string whose opening quote is before \a from, or -1.
qsizetype basicStringEnd(const QString &text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'"')
            return i + 1;
    }
    return -1;
}

/// End of a one-line literal string whose opening quote is before \a from, or -1.
qsizetype literalStringEnd(const QString &text, qsizetype from)
{
    const qsizetype quote = text.indexOf(u'\'', from);
    return quote < 0 ? -1 : quote + 1;
}

/// End of a multi-line string's closing delimiter at or after \a from on this line, or -1.
qsizetype multiLineEnd(const QString &text, qsizetype from, QChar quote, bool escapes)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (escapes && text[i] == u'\\') {
            ++i;
            continue;
        }
        if (text[i] == quote && i + 2 < text.size() && text[i + 1] == quote && text[i + 2] == quote) {
            // Up to two quotes may stand right before the delimiter as part of the content.
            qsizetype end = i + 3;
            while (end < text.size() && text[end] == quote && end - i < 5)
                ++end;
            return end;
        }
    }
    return -1;
}

/// End of one key part (bare, "basic" or 'literal') starting at \a i, or -1.
qsizetype keyPartEnd(const QString &text, qsizetype i)
{
    if (i >= text.size())
        return -1;
    if (text[i] == u'"')
        return basicStringEnd(text, i + 1);
    if (text[i] == u'\'')
        return literalStringEnd(text, i + 1);
    qsizetype end = i;
    while (end < text.size() && isBareKeyChar(text[end]))
        ++end;
    return end > i ? end : -1;
}

/// End of a dotted key (`a."b".c`, spaces allowed around the dots) starting at \a i, or -1.
qsizetype dottedKeyEnd(const QString &text, qsizetype i)
{
    qsizetype end = keyPartEnd(text, i);
    while (end > 0) {
        const qsizetype dot = skipSpaces(text, end);
        if (dot >= text.size() || text[dot] != u'.')
            break;
        const qsizetype next = keyPartEnd(text, skipSpaces(text, dot + 1));
        if (next < 0)
            break;
        end = next;
    }
    return end;
}

/// End of a table header (`[a.b]` or `[[a.b]]`) starting at \a i, or -1 when it is malformed.
qsizetype tableHeaderEnd(const QString &text, qsizetype i)
{
    const bool arrayOfTables = i + 1 < text.size() && text[i + 1] == u'[';
    const qsizetype keyEnd = dottedKeyEnd(text, skipSpaces(text, i + (arrayOfTables ? 2 : 1)));
    if (keyEnd < 0)
        return -1;
    const qsizetype close = skipSpaces(text, keyEnd);
    const QString closing = arrayOfTables ? u"]]"_s : u"]"_s;
    return QStringView(text).sliced(close).startsWith(closing) ? close + closing.size() : -1;
}

// Numbers (decimal, hex, octal, binary, inf/nan, with underscores), booleans, offset and local
// dates and times; a token counts only where it ends at a value's boundary.
const QRegularExpression &scalarPattern()
{
    static const QRegularExpression pattern(uR"((?:\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
                                            uR"((?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
                                            uR"(|[+-]?(?:0x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|0o[0-7](?:_?[0-7])*)"
                                            uR"(|0b[01](?:_?[01])*|inf|nan|\d(?:_?\d)*(?:\.\d(?:_?\d)*)?)"
                                            uR"((?:[eE][+-]?\d(?:_?\d)*)?)|true|false)(?![A-Za-z0-9_.:+-]))"_s);
    return pattern;
}

double luminance(const QColor &colour)
{
    const auto channel = [](float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// \a colour, moved towards the palette's text colour just far enough to read well on Base.
QColor readable(const QColor &colour, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    for (int step = 0; step <= 10; ++step) {
        const QColor candidate = PaletteColours::mix(colour, text, step / 10.0);
        if (contrast(candidate, base) >= MinimumContrast)
            return candidate;
    }
    return text;
}

/// A colour of \a hue (degrees) as light as suits the palette's Base: dark on light, light on dark.
QColor tint(int hue, const QPalette &palette)
{
    const bool darkBase = luminance(palette.color(QPalette::Base)) < 0.2;
    return readable(QColor::fromHslF(hue / 360.0f, 0.75f, darkBase ? 0.7f : 0.35f), palette);
}

QTextCharFormat formatFor(TomlHighlighter::Category category, const QPalette &palette)
{
    using Category = TomlHighlighter::Category;
    QTextCharFormat result;
    switch (category) {
    case Category::Plain:
        break;
    case Category::TableHeader:
        result.setForeground(tint(280, palette));
        result.setFontWeight(QFont::Bold);
        break;
    case Category::Key:
        result.setForeground(tint(210, palette));
        break;
    case Category::String:
        result.setForeground(tint(120, palette));
        break;
    case Category::Number:
        result.setForeground(tint(25, palette));
        break;
    case Category::Comment:
        // Muted: half way to the background, then back towards the text until it reads.
        result.setForeground(
            readable(PaletteColours::mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.5), palette));
        result.setFontItalic(true);
        break;
    }
    return result;
}
} // namespace

TomlHighlighter::TomlHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    PaletteColours::fillFormats(m_formats, formatFor, palette);
}

void TomlHighlighter::setPalette(const QPalette &palette)
{
    PaletteColours::fillFormats(m_formats, formatFor, palette);
    rehighlight();
}

QTextCharFormat TomlHighlighter::format(Category category) const
{
    return m_formats.at(std::size_t(category));
}

void TomlHighlighter::highlightBlock(const QString &text)
{
    const QTextCharFormat &header = m_formats.at(std::size_t(Category::TableHeader));
    const QTextCharFormat &key = m_formats.at(std::size_t(Category::Key));
    const QTextCharFormat &string = m_formats.at(std::size_t(Category::String));
    const QTextCharFormat &number = m_formats.at(std::size_t(Category::Number));
    const QTextCharFormat &comment = m_formats.at(std::size_t(Category::Comment));
    const auto colour = [this](qsizetype from, qsizetype to, const QTextCharFormat &f) {
        setFormat(int(from), int(to - from), f);
    };

    LineState state = LineState::decode(previousBlockState());
    const qsizetype n = text.size();
    qsizetype i = 0;

    // The rest of a multi-line string from the lines above.
    if (state.stringMode != NoString) {
        const bool basic = state.stringMode == MultiLineBasic;
        const qsizetype end = multiLineEnd(text, 0, basic ? u'"' : u'\'', basic);
        if (end < 0) {
            colour(0, n, string);
            setCurrentBlockState(state.encode());
            return;
        }
        colour(0, end, string);
        i = end;
        state.stringMode = NoString;
        state.expectKey = false;
    } else if (state.depth == 0) {
        // Outside any array a line starts a key/value pair or a table header.
        state.expectKey = true;
        const qsizetype start = skipSpaces(text, 0);
        if (start < n && text[start] == u'[') {
            qsizetype end = tableHeaderEnd(text, start);
            if (end < 0) {
                // Malformed, but still meant as a header: up to a comment or the line's end.
                const qsizetype hash = text.indexOf(u'#', start);
                end = hash < 0 ? n : hash;
            }
            colour(start, end, header);
            i = end;
            state.expectKey = false;
        }
    }

    while (i < n) {
        const QChar c = text[i];
        if (c == u' ' || c == u'\t') {
            ++i;
            continue;
        }
        if (c == u'#') {
            colour(i, n, comment);
            break;
        }
        if (state.expectKey) {
            const qsizetype end = dottedKeyEnd(text, i);
            if (end > i) {
                colour(i, end, key);
                i = end;
                state.expectKey = false;
                continue;
            }
        }
        if (c == u'"' || c == u'\'') {
            const bool basic = c == u'"';
            const bool multiLine = i + 2 < n && text[i + 1] == c && text[i + 2] == c;
            qsizetype end = multiLine ? multiLineEnd(text, i + 3, c, basic)
                            : basic   ? basicStringEnd(text, i + 1)
                                      : literalStringEnd(text, i + 1);
            if (end < 0) {
                if (multiLine)
                    state.stringMode = basic ? MultiLineBasic : MultiLineLiteral;
                end = n;
            }
            colour(i, end, string);
            i = end;
            state.expectKey = false;
            continue;
        }
        switch (c.unicode()) {
        case u'[':
        case u'{':
            state.push(c == u'{');
            state.expectKey = c == u'{';
            ++i;
            continue;
        case u']':
        case u'}':
            state.pop();
            state.expectKey = false;
            ++i;
            continue;
        case u',':
            state.expectKey = state.inTable();
            ++i;
            continue;
        case u'=':
            state.expectKey = false;
            ++i;
            continue;
        default:
            break;
        }
        const QRegularExpressionMatch match = scalarPattern().match(text, i, QRegularExpression::NormalMatch,
                                                                    QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch() && match.capturedLength() > 0) {
            colour(i, match.capturedEnd(), number);
            i = match.capturedEnd();
            continue;
        }
        // Not valid TOML: leave the word plain and go on after it.
        qsizetype end = i + 1;
        while (end < n && (isBareKeyChar(text[end]) || text[end] == u'.' || text[end] == u':' || text[end] == u'+'))
            ++end;
        i = end;
    }
    setCurrentBlockState(state.encode());
}

} // namespace Akari
