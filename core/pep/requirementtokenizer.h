// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringView>

#include "../error.h"
#include "markerenvironment.h"

namespace Akari
{

/**
 * \brief The context-sensitive tokens of PEP 508 dependency specifiers and markers.
 *
 * Reads tokens at a moving position in a source text, as pypa/packaging's tokenizer does: the
 * caller asks whether a given kind of token comes next (the grammar decides which kinds may),
 * and the match functions give its length without moving (-1: no such token here). Word
 * boundaries follow Python's `\b` (Unicode letters, digits and `_` are word characters);
 * whitespace between tokens is only spaces and tabs.
 *
 * syntaxError() builds packaging's error text: the message, the source and a `~~~^` line
 * under the offending span, each on its own line, with columns counted in code points as
 * Python counts them.
 *
 * Used by Marker and Requirement while they parse; not meant to outlive the text it reads.
 * Not thread-safe (it has a position); cheap to make.
 */
class RequirementTokenizer final
{
public:
    explicit RequirementTokenizer(QStringView source) noexcept
        : m_source(source)
    {}

    [[nodiscard]] QStringView source() const noexcept { return m_source; }
    [[nodiscard]] qsizetype position() const noexcept { return m_position; }
    void advance(qsizetype length) noexcept { m_position += length; }
    [[nodiscard]] bool atEnd() const noexcept { return m_position >= m_source.size(); }
    /// Whether the next character is \a c.
    [[nodiscard]] bool peek(char16_t c) const noexcept
    {
        return m_position < m_source.size() && m_source[m_position] == c;
    }

    /// Skips spaces and tabs; returns whether there were any.
    bool skipWhitespace() noexcept;
    /// `\bword\b` (word is ASCII).
    [[nodiscard]] qsizetype matchKeyword(QLatin1StringView word) const noexcept;
    /// A marker variable, legacy spellings included (`os.name`, `python_implementation`, ...).
    [[nodiscard]] std::optional<MarkerEnvironment::Variable> matchVariable(qsizetype &length) const noexcept;
    /// `'...'` or `"..."` (the quotes may enclose anything but themselves).
    [[nodiscard]] qsizetype matchQuotedString() const noexcept;
    /// A marker comparison operator: ===, ==, ~=, !=, <=, >=, < or >.
    [[nodiscard]] qsizetype matchComparison() const noexcept;
    /// A project or extra name: `\b[a-zA-Z0-9][a-zA-Z0-9._-]*\b`.
    [[nodiscard]] qsizetype matchIdentifier() const noexcept;
    /// A URL after `@`: everything up to a space or tab.
    [[nodiscard]] qsizetype matchUrl() const noexcept;
    /// One version clause as packaging's specifier pattern reads it (prefix match, no
    /// surrounding whitespace), e.g. `>= 1.0`, `==2.*`, `===anything`.
    [[nodiscard]] qsizetype matchSpecifier() const noexcept;
    /// `.*` right here.
    [[nodiscard]] bool matchesWildcardTrail() const noexcept;
    /// A lower-case local label `+abc.1` right here.
    [[nodiscard]] bool matchesLocalLabelTrail() const noexcept;

    /// packaging's ParserSyntaxError text for the span [\a spanStart, \a spanEnd) (UTF-16
    /// indexes); the error's column is the caret's, 1-based, in code points.
    [[nodiscard]] Error syntaxError(const QString &message, qsizetype spanStart, qsizetype spanEnd) const;
    /// syntaxError() with an empty span at the current position.
    [[nodiscard]] Error syntaxError(const QString &message) const
    {
        return syntaxError(message, m_position, m_position);
    }

    /**
     * \brief The value of a quoted-string token, read as Python reads a string literal.
     *
     * \a token includes its quotes. Escapes (`\n`, `\x41`, `\u00e9`, octal, line
     * continuations) are decoded and unknown escapes kept, as `ast.literal_eval` does. Returns
     * nullopt for what Python rejects: a bare line break, a NUL, a lone surrogate, a truncated
     * `\x`/`\u`/`\U` escape, a code point above U+10FFFF, a backslash before the closing quote;
     * also for `\N{...}`, whose Unicode name table Akari does not carry.
     */
    [[nodiscard]] static std::optional<QString> decodeQuotedString(QStringView token);

    /// Python's str.isspace() (what `\s` and str.strip() treat as whitespace).
    [[nodiscard]] static bool isPythonSpace(char32_t c) noexcept;
    /// Python's str.strip().
    [[nodiscard]] static QStringView pythonStrip(QStringView text) noexcept;

private:
    [[nodiscard]] bool isWordAt(qsizetype index) const noexcept;
    [[nodiscard]] bool isWordBefore(qsizetype index) const noexcept;
    [[nodiscard]] bool isBoundary(qsizetype index) const noexcept { return isWordBefore(index) != isWordAt(index); }
    [[nodiscard]] qsizetype codePoints(qsizetype end) const noexcept;

    QStringView m_source;
    qsizetype m_position = 0;
};

} // namespace Akari
