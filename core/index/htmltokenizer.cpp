// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltokenizer.h"

#include <algorithm>
#include <array>
#include <cstring>

#include <QByteArray>

namespace Akari
{

namespace
{

// ---- Bytes ---------------------------------------------------------------------------------

constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

constexpr bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

constexpr char toLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

qsizetype find(QByteArrayView text, char c, qsizetype from)
{
    if (from >= text.size())
        return -1;
    const void *hit = std::memchr(text.data() + from, c, static_cast<size_t>(text.size() - from));
    return hit ? static_cast<const char *>(hit) - text.data() : -1;
}

qsizetype find(QByteArrayView text, QByteArrayView needle, qsizetype from)
{
    if (from >= text.size())
        return -1;
    const qsizetype hit = text.sliced(from).indexOf(needle);
    return hit < 0 ? -1 : from + hit;
}

// ---- Character references ------------------------------------------------------------------

struct NamedReference
{
    QByteArrayView name;
    char32_t codePoint;
    bool legacy; ///< HTML also decodes it without the closing ';'
};

// The references that index pages and their generators actually emit (html.escape, Jinja,
// Django, Java's StringEscapeUtils...): every ASCII punctuation name plus a few common others.
constexpr std::array<NamedReference, 45> NamedReferences = {{
    {"amp", U'&', true},       {"lt", U'<', true},        {"gt", U'>', true},       {"quot", U'"', true},
    {"apos", U'\'', false},    {"nbsp", 0xA0, true},      {"copy", 0xA9, true},     {"reg", 0xAE, true},
    {"plus", U'+', false},     {"equals", U'=', false},   {"excl", U'!', false},    {"comma", U',', false},
    {"period", U'.', false},   {"sol", U'/', false},      {"bsol", U'\\', false},   {"num", U'#', false},
    {"percnt", U'%', false},   {"colon", U':', false},    {"semi", U';', false},    {"quest", U'?', false},
    {"lpar", U'(', false},     {"rpar", U')', false},     {"ast", U'*', false},     {"midast", U'*', false},
    {"commat", U'@', false},   {"lsqb", U'[', false},     {"rsqb", U']', false},    {"lbrack", U'[', false},
    {"rbrack", U']', false},   {"lcub", U'{', false},     {"rcub", U'}', false},    {"lbrace", U'{', false},
    {"rbrace", U'}', false},   {"lowbar", U'_', false},   {"verbar", U'|', false},  {"vert", U'|', false},
    {"dollar", U'$', false},   {"grave", U'`', false},    {"Hat", U'^', false},     {"Tab", U'\t', false},
    {"NewLine", U'\n', false}, {"hellip", 0x2026, false}, {"ndash", 0x2013, false}, {"mdash", 0x2014, false},
    {"rsquo", 0x2019, false},
}};

// HTML maps these numeric references to the Windows-1252 characters (0x80..0x9F).
constexpr std::array<char16_t, 32> Windows1252 = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178,
};

void appendUtf8(QByteArray &out, char32_t c)
{
    if (c < 0x80) {
        out.append(static_cast<char>(c));
    } else if (c < 0x800) {
        out.append(static_cast<char>(0xC0 | (c >> 6)));
        out.append(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(static_cast<char>(0xE0 | (c >> 12)));
        out.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (c >> 18)));
        out.append(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

/// Decodes the reference at text[at] == '&' into \a out; returns the bytes it used, 0 if none.
qsizetype decodeReference(QByteArrayView text, qsizetype at, QByteArray &out)
{
    qsizetype p = at + 1;
    if (p < text.size() && text[p] == '#') {
        ++p;
        const bool hex = p < text.size() && (text[p] == 'x' || text[p] == 'X');
        if (hex)
            ++p;
        const qsizetype digitsStart = p;
        char32_t value = 0;
        for (; p < text.size(); ++p) {
            const char c = toLower(text[p]);
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            if (digit < 0)
                break;
            if (value <= 0x10FFFF) // saturate: anything larger is invalid anyway
                value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
        }
        if (p == digitsStart)
            return 0;
        if (p < text.size() && text[p] == ';')
            ++p;
        if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            value = 0xFFFD;
        else if (value >= 0x80 && value <= 0x9F)
            value = Windows1252[value - 0x80];
        appendUtf8(out, value);
        return p - at;
    }
    const qsizetype nameStart = p;
    while (p < text.size() && p - nameStart < 32 && (isAlpha(text[p]) || isDigit(text[p])))
        ++p;
    const QByteArrayView name = text.sliced(nameStart, p - nameStart);
    const bool terminated = p < text.size() && text[p] == ';';
    for (const NamedReference &reference : NamedReferences) {
        if (reference.name != name)
            continue;
        // Without ';' only the legacy names count, and not before '=' (an URL query, say).
        if (!terminated && (!reference.legacy || (p < text.size() && text[p] == '=')))
            return 0;
        appendUtf8(out, reference.codePoint);
        return p - at + (terminated ? 1 : 0);
    }
    return 0;
}

// ---- Tokenizer -----------------------------------------------------------------------------

bool startsMarkup(char c)
{
    return isAlpha(c) || c == '/' || c == '!' || c == '?';
}

bool isRawTextElement(QByteArrayView name)
{
    static constexpr std::array<QByteArrayView, 8> Names = {"script", "style",   "title",    "textarea",
                                                            "iframe", "noembed", "noframes", "xmp"};
    return std::ranges::any_of(
        Names, [name](QByteArrayView candidate) { return HtmlTokenizer::equalsLower(name, candidate); });
}

} // namespace

bool HtmlTokenizer::equalsLower(QByteArrayView text, QByteArrayView lowerLiteral)
{
    if (text.size() != lowerLiteral.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (toLower(text[i]) != lowerLiteral[i])
            return false;
    }
    return true;
}

QString HtmlTokenizer::decode(QByteArrayView raw)
{
    if (find(raw, '&', 0) < 0)
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '&') {
            if (const qsizetype used = decodeReference(raw, i, out)) {
                i += used - 1;
                continue;
            }
        }
        out.append(raw[i]);
    }
    return QString::fromUtf8(out);
}

void HtmlTokenizer::skipPast(char c, qsizetype from)
{
    const qsizetype hit = find(m_in, c, from);
    m_pos = hit < 0 ? m_in.size() : hit + 1;
}

void HtmlTokenizer::next(Token &token)
{
    token.attributes.clear();
    if (!m_rawTextElement.isEmpty()) {
        // The element's content runs to the first "</name" followed by a non-name character.
        qsizetype end = m_pos;
        for (;;) {
            end = find(m_in, QByteArrayView("</"), end);
            if (end < 0) {
                end = m_in.size();
                break;
            }
            const qsizetype after = end + 2 + m_rawTextElement.size();
            if (after <= m_in.size() &&
                m_in.sliced(end + 2, m_rawTextElement.size()).compare(m_rawTextElement, Qt::CaseInsensitive) == 0 &&
                (after == m_in.size() || !(isAlpha(m_in[after]) || isDigit(m_in[after]))))
                break;
            end += 2;
        }
        m_rawTextElement = {};
        if (end > m_pos) {
            token.kind = Token::Kind::Text;
            token.offset = m_pos;
            token.text = m_in.sliced(m_pos, end - m_pos);
            m_pos = end;
            return;
        }
    }
    for (;;) {
        qsizetype lt = m_pos;
        for (;;) {
            lt = find(m_in, '<', lt);
            if (lt < 0 || lt + 1 >= m_in.size()) {
                lt = m_in.size();
                break;
            }
            if (startsMarkup(m_in[lt + 1]))
                break;
            ++lt;
        }
        if (lt > m_pos) {
            token.kind = Token::Kind::Text;
            token.offset = m_pos;
            token.text = m_in.sliced(m_pos, lt - m_pos);
            m_pos = lt;
            return;
        }
        if (lt >= m_in.size()) {
            token.kind = Token::Kind::End;
            token.offset = m_in.size();
            return;
        }
        if (readMarkup(lt, token))
            return;
    }
}

bool HtmlTokenizer::readMarkup(qsizetype at, Token &token)
{
    const qsizetype size = m_in.size();
    const char first = m_in[at + 1];
    if (first == '!') {
        if (m_in.sliced(at).startsWith("<!--")) {
            // "<!-->" and "<!--->" close at once, as HTML has it.
            const qsizetype end = find(m_in, QByteArrayView("-->"), at + 2);
            m_pos = end < 0 ? size : end + 3;
        } else {
            skipPast('>', at + 2); // doctype, CDATA or a bogus comment
        }
        return false;
    }
    if (first == '?') {
        skipPast('>', at + 2);
        return false;
    }
    qsizetype p = at + 1;
    const bool endTag = first == '/';
    if (endTag) {
        ++p;
        if (p >= size) {
            m_pos = size;
            return false;
        }
        if (!isAlpha(m_in[p])) { // "</>" or a bogus comment
            skipPast('>', p);
            return false;
        }
    }
    const qsizetype nameStart = p;
    while (p < size && !isSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>')
        ++p;
    token.name = m_in.sliced(nameStart, p - nameStart);
    for (;;) {
        while (p < size && (isSpace(m_in[p]) || m_in[p] == '/'))
            ++p;
        if (p >= size) { // a tag cut off by the end of the input is dropped
            m_pos = size;
            return false;
        }
        if (m_in[p] == '>') {
            ++p;
            break;
        }
        const qsizetype attributeStart = p++; // the first character may even be '='
        while (p < size && !isSpace(m_in[p]) && m_in[p] != '/' && m_in[p] != '>' && m_in[p] != '=')
            ++p;
        Attribute attribute{m_in.sliced(attributeStart, p - attributeStart), {}};
        qsizetype q = p;
        while (q < size && isSpace(m_in[q]))
            ++q;
        if (q < size && m_in[q] == '=') {
            p = q + 1;
            while (p < size && isSpace(m_in[p]))
                ++p;
            if (p >= size) {
                m_pos = size;
                return false;
            }
            const char quote = m_in[p];
            if (quote == '"' || quote == '\'') {
                const qsizetype close = find(m_in, quote, p + 1);
                if (close < 0) {
                    m_pos = size;
                    return false;
                }
                attribute.value = m_in.sliced(p + 1, close - p - 1);
                p = close + 1;
            } else if (quote != '>') {
                const qsizetype valueStart = p;
                while (p < size && !isSpace(m_in[p]) && m_in[p] != '>')
                    ++p;
                attribute.value = m_in.sliced(valueStart, p - valueStart);
            }
        }
        if (!endTag)
            token.attributes.append(attribute);
    }
    m_pos = p;
    token.kind = endTag ? Token::Kind::EndTag : Token::Kind::StartTag;
    token.offset = at;
    if (!endTag && isRawTextElement(token.name))
        m_rawTextElement = token.name;
    return true;
}

} // namespace Akari
