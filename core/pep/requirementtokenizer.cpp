// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirementtokenizer.h"

#include "pythonrepr.h"

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

using Variable = MarkerEnvironment::Variable;

struct VariableSpelling
{
    QLatin1StringView text;
    Variable variable;
};

// Every spelling packaging's VARIABLE pattern accepts. With a word boundary required on both
// sides at most one of them can match at a position, so the order does not matter.
constexpr std::array VariableSpellings{
    VariableSpelling{"python_version"_L1, Variable::PythonVersion},
    VariableSpelling{"python_full_version"_L1, Variable::PythonFullVersion},
    VariableSpelling{"os_name"_L1, Variable::OsName},
    VariableSpelling{"os.name"_L1, Variable::OsName},
    VariableSpelling{"sys_platform"_L1, Variable::SysPlatform},
    VariableSpelling{"sys.platform"_L1, Variable::SysPlatform},
    VariableSpelling{"platform_release"_L1, Variable::PlatformRelease},
    VariableSpelling{"platform_system"_L1, Variable::PlatformSystem},
    VariableSpelling{"platform_version"_L1, Variable::PlatformVersion},
    VariableSpelling{"platform.version"_L1, Variable::PlatformVersion},
    VariableSpelling{"platform_machine"_L1, Variable::PlatformMachine},
    VariableSpelling{"platform.machine"_L1, Variable::PlatformMachine},
    VariableSpelling{"platform_python_implementation"_L1, Variable::PlatformPythonImplementation},
    VariableSpelling{"platform.python_implementation"_L1, Variable::PlatformPythonImplementation},
    VariableSpelling{"python_implementation"_L1, Variable::PlatformPythonImplementation},
    VariableSpelling{"implementation_name"_L1, Variable::ImplementationName},
    VariableSpelling{"implementation_version"_L1, Variable::ImplementationVersion},
    VariableSpelling{"extra"_L1, Variable::Extra},
    VariableSpelling{"extras"_L1, Variable::Extras},
    VariableSpelling{"dependency_groups"_L1, Variable::DependencyGroups},
};

// Whether \a word (ASCII) stands in \a s at \a pos; cheaper than QStringView::startsWith().
bool hasAsciiAt(QStringView s, qsizetype pos, QLatin1StringView word) noexcept
{
    if (s.size() - pos < word.size())
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        if (s[pos + i] != word[i])
            return false;
    }
    return true;
}

constexpr bool isAsciiDigit(char16_t c) noexcept
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiAlnum(char16_t c) noexcept
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr bool isSeparator(char16_t c) noexcept
{
    return c == u'-' || c == u'_' || c == u'.';
}

constexpr char16_t asciiLower(char16_t c) noexcept
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

constexpr int hexValue(char16_t c) noexcept
{
    if (isAsciiDigit(c))
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

// The parts of packaging's version-clause pattern, each reading from \a i in \a s: they
// return the index after what they matched, or \a i when they matched nothing.
class ClauseScanner
{
public:
    explicit ClauseScanner(QStringView s) noexcept
        : m_s(s)
    {}

    [[nodiscard]] char16_t at(qsizetype i) const noexcept { return i < m_s.size() ? m_s[i].unicode() : u'\0'; }

    [[nodiscard]] qsizetype digits(qsizetype i) const noexcept
    {
        while (isAsciiDigit(at(i)))
            ++i;
        return i;
    }

    // Case-insensitive ASCII \a word at \a i; the index after it, or -1.
    [[nodiscard]] qsizetype word(qsizetype i, QLatin1StringView text) const noexcept
    {
        for (const char c : text) {
            if (asciiLower(at(i)) != char16_t(c))
                return -1;
            ++i;
        }
        return i;
    }

    [[nodiscard]] qsizetype spaces(qsizetype i) const noexcept
    {
        while (i < m_s.size() && RequirementTokenizer::isPythonSpace(m_s[i].unicode()))
            ++i;
        return i;
    }

    // v? (epoch!)? release, with at least \a minimumParts release numbers; -1 if none.
    [[nodiscard]] qsizetype version(qsizetype i, int minimumParts) const noexcept
    {
        if (asciiLower(at(i)) == u'v')
            ++i;
        const qsizetype epochEnd = digits(i);
        if (epochEnd > i && at(epochEnd) == u'!') {
            const qsizetype end = release(epochEnd + 1, minimumParts);
            if (end >= 0)
                return end;
        }
        return release(i, minimumParts);
    }

    [[nodiscard]] qsizetype release(qsizetype i, int minimumParts) const noexcept
    {
        qsizetype end = digits(i);
        if (end == i)
            return -1;
        int parts = 1;
        while (at(end) == u'.' && isAsciiDigit(at(end + 1))) {
            end = digits(end + 1);
            ++parts;
        }
        return parts >= minimumParts ? end : -1;
    }

    // [-_.]? (one of \a words) [-_.]? [0-9]*
    template<size_t N>
    [[nodiscard]] qsizetype labelled(qsizetype i, const std::array<QLatin1StringView, N> &words) const noexcept
    {
        const qsizetype start = isSeparator(at(i)) ? i + 1 : i;
        for (const QLatin1StringView candidate : words) {
            qsizetype end = word(start, candidate);
            if (end < 0)
                continue;
            if (isSeparator(at(end)))
                ++end;
            return digits(end);
        }
        return i;
    }

    [[nodiscard]] qsizetype pre(qsizetype i) const noexcept
    {
        static constexpr std::array Words{"alpha"_L1, "beta"_L1, "preview"_L1, "pre"_L1,
                                          "a"_L1,     "b"_L1,    "c"_L1,       "rc"_L1};
        return labelled(i, Words);
    }

    [[nodiscard]] qsizetype post(qsizetype i) const noexcept
    {
        if (at(i) == u'-' && isAsciiDigit(at(i + 1)))
            return digits(i + 1);
        static constexpr std::array Words{"post"_L1, "rev"_L1, "r"_L1};
        return labelled(i, Words);
    }

    [[nodiscard]] qsizetype dev(qsizetype i) const noexcept
    {
        static constexpr std::array Words{"dev"_L1};
        return labelled(i, Words);
    }

    // \+[a-z0-9]+([-_.][a-z0-9]+)*, letters of either case unless \a lowerOnly.
    [[nodiscard]] qsizetype local(qsizetype i, bool lowerOnly) const noexcept
    {
        const auto alnum = [lowerOnly](char16_t c) {
            return lowerOnly ? (isAsciiDigit(c) || (c >= u'a' && c <= u'z')) : isAsciiAlnum(c);
        };
        if (at(i) != u'+' || !alnum(at(i + 1)))
            return i;
        qsizetype end = i + 1;
        while (alnum(at(end)))
            ++end;
        while (isSeparator(at(end)) && alnum(at(end + 1))) {
            end += 1;
            while (alnum(at(end)))
                ++end;
        }
        return end;
    }

private:
    QStringView m_s;
};

} // namespace

bool RequirementTokenizer::isPythonSpace(char32_t c) noexcept
{
    switch (c) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x1c:
    case 0x1d:
    case 0x1e:
    case 0x1f:
    case 0x20:
    case 0x85:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200a;
    }
}

QStringView RequirementTokenizer::pythonStrip(QStringView text) noexcept
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPythonSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isPythonSpace(text[end - 1].unicode()))
        --end;
    return text.sliced(begin, end - begin);
}

bool RequirementTokenizer::isWordAt(qsizetype index) const noexcept
{
    if (index < 0 || index >= m_source.size())
        return false;
    const QChar c = m_source[index];
    if (c == u'_')
        return true;
    if (c.isHighSurrogate() && index + 1 < m_source.size() && m_source[index + 1].isLowSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, m_source[index + 1]));
    return c.isLetterOrNumber();
}

bool RequirementTokenizer::isWordBefore(qsizetype index) const noexcept
{
    if (index <= 0 || index > m_source.size())
        return false;
    const QChar c = m_source[index - 1];
    if (c.isLowSurrogate() && index >= 2 && m_source[index - 2].isHighSurrogate())
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(m_source[index - 2], c));
    return c == u'_' || c.isLetterOrNumber();
}

bool RequirementTokenizer::skipWhitespace() noexcept
{
    const qsizetype start = m_position;
    while (m_position < m_source.size() && (m_source[m_position] == u' ' || m_source[m_position] == u'\t'))
        ++m_position;
    return m_position > start;
}

qsizetype RequirementTokenizer::matchKeyword(QLatin1StringView word) const noexcept
{
    if (!hasAsciiAt(m_source, m_position, word))
        return -1;
    return isBoundary(m_position) && isBoundary(m_position + word.size()) ? word.size() : -1;
}

std::optional<MarkerEnvironment::Variable> RequirementTokenizer::matchVariable(qsizetype &length) const noexcept
{
    // Every spelling starts with one of these letters.
    switch (atEnd() ? u'\0' : m_source[m_position].unicode()) {
    case u'd':
    case u'e':
    case u'i':
    case u'o':
    case u'p':
    case u's':
        break;
    default:
        return std::nullopt;
    }
    if (!isBoundary(m_position))
        return std::nullopt;
    const QChar second = m_position + 1 < m_source.size() ? m_source[m_position + 1] : QChar();
    for (const VariableSpelling &spelling : VariableSpellings) {
        if (second == spelling.text[1] && hasAsciiAt(m_source, m_position, spelling.text) &&
            isBoundary(m_position + spelling.text.size())) {
            length = spelling.text.size();
            return spelling.variable;
        }
    }
    return std::nullopt;
}

qsizetype RequirementTokenizer::matchQuotedString() const noexcept
{
    if (atEnd())
        return -1;
    const QChar quote = m_source[m_position];
    if (quote != u'\'' && quote != u'"')
        return -1;
    const qsizetype close = m_source.indexOf(quote, m_position + 1);
    return close < 0 ? -1 : close - m_position + 1;
}

qsizetype RequirementTokenizer::matchComparison() const noexcept
{
    static constexpr std::array Operators{"==="_L1, "=="_L1, "~="_L1, "!="_L1, "<="_L1, ">="_L1, "<"_L1, ">"_L1};
    for (const QLatin1StringView op : Operators) {
        if (hasAsciiAt(m_source, m_position, op))
            return op.size();
    }
    return -1;
}

qsizetype RequirementTokenizer::matchIdentifier() const noexcept
{
    if (atEnd() || !isAsciiAlnum(m_source[m_position].unicode()) || !isBoundary(m_position))
        return -1;
    qsizetype end = m_position + 1;
    while (end < m_source.size() && (isAsciiAlnum(m_source[end].unicode()) || isSeparator(m_source[end].unicode())))
        ++end;
    // The pattern ends in \b: give back trailing characters until a boundary is reached.
    while (end > m_position && !isBoundary(end))
        --end;
    return end > m_position ? end - m_position : -1;
}

qsizetype RequirementTokenizer::matchUrl() const noexcept
{
    qsizetype end = m_position;
    while (end < m_source.size() && m_source[end] != u' ' && m_source[end] != u'\t')
        ++end;
    return end > m_position ? end - m_position : -1;
}

qsizetype RequirementTokenizer::matchSpecifier() const noexcept
{
    const ClauseScanner scan(m_source);
    const auto at = [this](QLatin1StringView op) { return hasAsciiAt(m_source, m_position, op); };
    qsizetype i = m_position;
    if (at("==="_L1)) {
        // Anything but whitespace, ';' and ')'.
        i = scan.spaces(i + 3);
        while (i < m_source.size() && !isPythonSpace(m_source[i].unicode()) && m_source[i] != u';' &&
               m_source[i] != u')')
            ++i;
        return i - m_position;
    }
    if (at("=="_L1) || at("!="_L1)) {
        i = scan.version(scan.spaces(i + 2), 1);
        if (i < 0)
            return -1;
        if (scan.at(i) == u'.' && scan.at(i + 1) == u'*')
            return i + 2 - m_position;
        return scan.local(scan.dev(scan.post(scan.pre(i))), false) - m_position;
    }
    if (at("~="_L1)) {
        i = scan.version(scan.spaces(i + 2), 2);
        return i < 0 ? -1 : scan.dev(scan.post(scan.pre(i))) - m_position;
    }
    if (at("<="_L1) || at(">="_L1))
        i += 2;
    else if (at("<"_L1) || at(">"_L1))
        i += 1;
    else
        return -1;
    i = scan.version(scan.spaces(i), 1);
    return i < 0 ? -1 : scan.dev(scan.post(scan.pre(i))) - m_position;
}

bool RequirementTokenizer::matchesWildcardTrail() const noexcept
{
    return hasAsciiAt(m_source, m_position, ".*"_L1);
}

bool RequirementTokenizer::matchesLocalLabelTrail() const noexcept
{
    const ClauseScanner scan(m_source);
    return scan.local(m_position, true) > m_position;
}

qsizetype RequirementTokenizer::codePoints(qsizetype end) const noexcept
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < end && i < m_source.size(); ++i) {
        if (!(m_source[i].isLowSurrogate() && i > 0 && m_source[i - 1].isHighSurrogate()))
            ++count;
    }
    return count + qMax<qsizetype>(0, end - m_source.size());
}

Error RequirementTokenizer::syntaxError(const QString &message, qsizetype spanStart, qsizetype spanEnd) const
{
    const qsizetype start = codePoints(spanStart);
    const qsizetype end = qMax(start, codePoints(spanEnd));
    QString text;
    text.reserve(message.size() + 2 * m_source.size() + 16);
    text += message;
    text += u"\n    "_s;
    text += m_source;
    text += u"\n    "_s;
    text += QString(start, u' ');
    text += QString(end - start, u'~');
    text += u'^';
    return {Error::Code::Parse, text, QString(), 0, int(end) + 1};
}

std::optional<QString> RequirementTokenizer::decodeQuotedString(QStringView token)
{
    if (token.size() < 2)
        return std::nullopt;
    const QStringView body = token.sliced(1, token.size() - 2);
    // Without a backslash the value is the text between the quotes, unless Python refuses it.
    bool plain = true;
    for (qsizetype i = 0; i < body.size() && plain; ++i) {
        const QChar c = body[i];
        if (c == u'\\')
            plain = false;
        else if (c == u'\n' || c == u'\r' || c == u'\0' || c.isLowSurrogate())
            return std::nullopt;
        else if (c.isHighSurrogate() && (i + 1 >= body.size() || !body[++i].isLowSurrogate()))
            return std::nullopt;
    }
    if (plain)
        return body.toString();
    QString value;
    value.reserve(body.size());
    const qsizetype n = body.size();
    const auto hex = [&](qsizetype from, int count) -> std::optional<char32_t> {
        if (from + count > n)
            return std::nullopt;
        char32_t code = 0;
        for (int k = 0; k < count; ++k) {
            const int digit = hexValue(body[from + k].unicode());
            if (digit < 0)
                return std::nullopt;
            code = code * 16 + char32_t(digit);
        }
        return code;
    };
    const auto append = [&value](char32_t code) {
        if (QChar::requiresSurrogates(code)) {
            value += QChar(QChar::highSurrogate(code));
            value += QChar(QChar::lowSurrogate(code));
        } else {
            value += QChar(char16_t(code));
        }
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = body[i];
        if (c == u'\n' || c == u'\r' || c == u'\0')
            return std::nullopt;
        if (c.isLowSurrogate())
            return std::nullopt;
        if (c.isHighSurrogate()) {
            if (i + 1 >= n || !body[i + 1].isLowSurrogate())
                return std::nullopt;
            value += c;
            value += body[++i];
            continue;
        }
        if (c != u'\\') {
            value += c;
            continue;
        }
        if (i + 1 >= n)
            return std::nullopt; // the backslash would escape the closing quote
        const char16_t e = body[++i].unicode();
        switch (e) {
        case u'\n':
            break; // line continuation
        case u'\r':
            if (i + 1 < n && body[i + 1] == u'\n')
                ++i;
            break;
        case u'\\':
        case u'\'':
        case u'"':
            value += QChar(e);
            break;
        case u'a':
            value += QChar(u'\a');
            break;
        case u'b':
            value += QChar(u'\b');
            break;
        case u'f':
            value += QChar(u'\f');
            break;
        case u'n':
            value += QChar(u'\n');
            break;
        case u'r':
            value += QChar(u'\r');
            break;
        case u't':
            value += QChar(u'\t');
            break;
        case u'v':
            value += QChar(u'\v');
            break;
        case u'x':
        case u'u':
        case u'U': {
            const int count = e == u'x' ? 2 : (e == u'u' ? 4 : 8);
            const std::optional<char32_t> code = hex(i + 1, count);
            if (!code || *code > 0x10ffff)
                return std::nullopt;
            append(*code);
            i += count;
            break;
        }
        case u'N':
            return std::nullopt;
        default:
            if (e >= u'0' && e <= u'7') {
                char32_t code = e - u'0';
                for (int k = 0; k < 2 && i + 1 < n && body[i + 1] >= u'0' && body[i + 1] <= u'7'; ++k)
                    code = code * 8 + (body[++i].unicode() - u'0');
                append(code);
            } else {
                // Unknown escapes stay as written; a following line break is still an error.
                --i;
                value += QChar(u'\\');
            }
            break;
        }
    }
    return value;
}

} // namespace Akari
