// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace Akari
{

/**
 * \brief Splits HTML into start tags, end tags and text in one forward pass; the reading half
 * of HtmlIndexParser.
 *
 * Deliberately small rather than a full HTML5 parser, but it follows HTML's tokenizing rules
 * where simple-API pages depend on them: tag and attribute names in any case, values quoted
 * with `"` or `'` or unquoted, comments (also `<!-->`), doctypes and processing instructions
 * skipped, the content of `<script>`, `<style>`, `<title>`, `<textarea>` and the like read as
 * raw text, a `<` that starts no tag kept as text, and a tag cut off by the end of the input
 * dropped. Linear in the input, never recursive; tokens are views into the input, which must
 * outlive them.
 *
 * One tokenizer per thread at a time; the static helpers are thread-safe.
 */
class HtmlTokenizer final
{
public:
    struct Attribute
    {
        QByteArrayView name;  ///< as written
        QByteArrayView value; ///< raw: character references not decoded; empty when absent
    };

    struct Token
    {
        enum class Kind
        {
            StartTag,
            EndTag,
            Text,
            End,
        };
        Kind kind = Kind::End;
        qsizetype offset = 0;                      ///< byte offset of the token in the input
        QByteArrayView name;                       ///< tag name as written
        QByteArrayView text;                       ///< raw text (Kind::Text)
        QVarLengthArray<Attribute, 12> attributes; ///< start tags only, in document order
    };

    explicit HtmlTokenizer(QByteArrayView input)
        : m_in(input)
    {}

    /// Reads the next token into \a token, reusing its storage; Kind::End once input is used up.
    void next(Token &token);

    /// ASCII case-insensitive comparison of \a text with the lower-case \a lowerLiteral.
    [[nodiscard]] static bool equalsLower(QByteArrayView text, QByteArrayView lowerLiteral);

    /**
     * \brief Text or an attribute value with its character references decoded.
     *
     * Decodes numeric references (`&#62;`, `&#x3E;`, with or without `;`; invalid code points
     * become U+FFFD, 0x80-0x9F map to Windows-1252 as in HTML) and the named ones that index
     * generators emit (`&gt;`, `&lt;`, `&amp;`, `&quot;`, `&apos;`, `&nbsp;`, `&plus;`...);
     * `&amp`, `&lt`, `&gt` and `&quot` also without `;` unless `=` follows. Unknown references
     * stay as written. \a raw is UTF-8; invalid bytes become U+FFFD.
     */
    [[nodiscard]] static QString decode(QByteArrayView raw);

private:
    bool readMarkup(qsizetype at, Token &token);
    void skipPast(char c, qsizetype from);

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    QByteArrayView m_rawTextElement; ///< set after <script>, <style>, <title>...
};

} // namespace Akari
