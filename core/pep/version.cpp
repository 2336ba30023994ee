// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Python's str.isspace(), which is what packaging's `\s` and strip() accept.
bool isSpace(char16_t c)
{
    if (c < 0x80)
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isAlnum(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isSeparator(char16_t c)
{
    return c == u'.' || c == u'-' || c == u'_';
}

char16_t lower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

// A cursor over UTF-16 text that reads 0 past the end.
struct Text
{
    QStringView text;

    [[nodiscard]] char16_t at(qsizetype index) const { return index < text.size() ? text[index].unicode() : u'\0'; }

    // Length of \a word (lower-case ASCII) at \a index, matched case-insensitively; 0 when absent.
    [[nodiscard]] qsizetype word(qsizetype index, QLatin1StringView word) const
    {
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (lower(at(index + k)) != char16_t(word[k].unicode()))
                return 0;
        }
        return word.size();
    }

    // Reads the digits at \a index into \a value; returns the index after them (\a index when
    // there are none). Sets \a overflow when the number does not fit in 63 bits.
    qsizetype number(qsizetype index, quint64 &value, bool &overflow) const
    {
        value = 0;
        while (isDigit(at(index))) {
            const quint64 digit = at(index) - u'0';
            if (value > (0x7fffffffffffffffULL - digit) / 10)
                overflow = true;
            else
                value = value * 10 + digit;
            ++index;
        }
        return index;
    }
};

struct Spelling
{
    QLatin1StringView word;
    quint64 rank; // 1 a, 2 b, 3 rc
};

// Longest spellings first, so "alpha" wins over "a" and "preview" over "pre".
constexpr Spelling PreSpellings[] = {
    {"preview"_L1, 3}, {"alpha"_L1, 1}, {"beta"_L1, 2}, {"pre"_L1, 3},
    {"rc"_L1, 3},      {"a"_L1, 1},     {"b"_L1, 2},    {"c"_L1, 3},
};
constexpr QLatin1StringView PostSpellings[] = {"post"_L1, "rev"_L1, "r"_L1};

int compareNumbers(quint64 a, quint64 b)
{
    return a < b ? -1 : (a > b ? 1 : 0);
}

bool isNumeric(QStringView segment)
{
    return std::all_of(segment.begin(), segment.end(), [](QChar c) { return isDigit(c.unicode()); });
}

// Local labels compare segment by segment: numbers numerically and above any text segment,
// text segments lexically; a label that is a prefix of another sorts first. No label sorts first.
int compareLocal(QStringView a, QStringView b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() ? (b.isEmpty() ? 0 : -1) : 1;
    qsizetype i = 0;
    qsizetype j = 0;
    for (;;) {
        const qsizetype dotA = a.indexOf(u'.', i);
        const qsizetype dotB = b.indexOf(u'.', j);
        const qsizetype endA = dotA < 0 ? a.size() : dotA;
        const qsizetype endB = dotB < 0 ? b.size() : dotB;
        const QStringView segmentA = a.sliced(i, endA - i);
        const QStringView segmentB = b.sliced(j, endB - j);
        const bool numericA = isNumeric(segmentA);
        const bool numericB = isNumeric(segmentB);
        int order = 0;
        if (numericA != numericB)
            order = numericA ? 1 : -1;
        else if (numericA && segmentA.size() != segmentB.size())
            order = segmentA.size() < segmentB.size() ? -1 : 1;
        else
            order = segmentA.compare(segmentB);
        if (order != 0)
            return order < 0 ? -1 : 1;
        if (dotA < 0 || dotB < 0)
            return dotA < 0 ? (dotB < 0 ? 0 : -1) : 1;
        i = endA + 1;
        j = endB + 1;
    }
}

// Lower case, '.' separators, numeric segments without leading zeros (packaging keeps them as ints).
QString normaliseLocal(QStringView label)
{
    QString result;
    result.reserve(label.size());
    qsizetype start = 0;
    while (start <= label.size()) {
        qsizetype end = start;
        while (end < label.size() && !isSeparator(label[end].unicode()))
            ++end;
        QStringView segment = label.sliced(start, end - start);
        if (isNumeric(segment)) {
            while (segment.size() > 1 && segment.front() == u'0')
                segment = segment.sliced(1);
        }
        if (!result.isEmpty())
            result.append(u'.');
        for (const QChar c : segment)
            result.append(QChar(lower(c.unicode())));
        start = end + 1;
    }
    return result;
}

// The column (1-based, in code points) of \a index.
int columnOf(QStringView text, qsizetype index)
{
    int column = 1;
    for (qsizetype k = 0; k < index && k < text.size(); ++k) {
        if (!(text[k].isLowSurrogate() && k > 0 && text[k - 1].isHighSurrogate()))
            ++column;
    }
    return column;
}

} // namespace

QString Version::PreRelease::letter() const
{
    switch (kind) {
    case Kind::Alpha:
        return u"a"_s;
    case Kind::Beta:
        return u"b"_s;
    case Kind::ReleaseCandidate:
        return u"rc"_s;
    }
    return {};
}

std::optional<Version::PreRelease::Kind> Version::PreRelease::kindFromLetter(QStringView letter)
{
    const Text text{letter};
    for (const Spelling &spelling : PreSpellings) {
        if (letter.size() == spelling.word.size() && text.word(0, spelling.word) != 0)
            return static_cast<Kind>(spelling.rank - 1);
    }
    return std::nullopt;
}

Version::Version() = default;

bool Version::isWhitespace(char16_t c) noexcept
{
    return isSpace(c);
}

Version::Scan Version::scan(QStringView input, qsizetype begin, Version &out, bool allowWildcard)
{
    const Text text{input};
    Scan result;
    result.end = begin;
    qsizetype i = begin;
    if (lower(text.at(i)) == u'v')
        ++i;
    quint64 value = 0;
    auto readNumber = [&](qsizetype at) {
        bool overflow = false;
        const qsizetype after = text.number(at, value, overflow);
        if (overflow) {
            result.overflow = true;
            result.errorAt = at;
        }
        return after;
    };
    if (!isDigit(text.at(i))) {
        result.errorAt = i;
        return result;
    }
    out.m_release.clear();
    out.m_local.clear();
    out.m_epoch = 0;
    out.m_key = {FinalRank, 0, NoPost, NoDev};
    i = readNumber(i);
    if (text.at(i) == u'!') {
        out.m_epoch = value;
        if (!isDigit(text.at(i + 1))) {
            result.errorAt = i + 1;
            return result;
        }
        i = readNumber(i + 1);
    }
    out.m_release.append(value);
    while (text.at(i) == u'.' && isDigit(text.at(i + 1))) {
        i = readNumber(i + 1);
        out.m_release.append(value);
    }
    if (result.overflow)
        return result;
    if (allowWildcard && text.at(i) == u'.' && text.at(i + 1) == u'*') {
        result.wildcard = true;
        result.end = i + 2;
        out.finish();
        return result;
    }

    // Pre-release: [sep] letter [sep] [number]. A separator after the letter is taken even
    // without digits, as packaging's greedy pattern does; nothing that follows needs it.
    {
        qsizetype k = isSeparator(text.at(i)) ? i + 1 : i;
        for (const Spelling &spelling : PreSpellings) {
            if (const qsizetype length = text.word(k, spelling.word)) {
                k += length;
                if (isSeparator(text.at(k)))
                    ++k;
                i = readNumber(k);
                out.m_key[0] = spelling.rank;
                out.m_key[1] = value;
                break;
            }
        }
    }
    // Post release: "-N", or [sep] post|rev|r [sep] [number].
    if (text.at(i) == u'-' && isDigit(text.at(i + 1))) {
        i = readNumber(i + 1);
        out.m_key[2] = value + 1;
    } else {
        const qsizetype k = isSeparator(text.at(i)) ? i + 1 : i;
        for (const QLatin1StringView word : PostSpellings) {
            if (const qsizetype length = text.word(k, word)) {
                const qsizetype afterWord = k + length;
                i = readNumber(isSeparator(text.at(afterWord)) ? afterWord + 1 : afterWord);
                out.m_key[2] = value + 1;
                break;
            }
        }
    }
    // Dev release: [sep] dev [sep] [number].
    {
        const qsizetype k = isSeparator(text.at(i)) ? i + 1 : i;
        if (const qsizetype length = text.word(k, "dev"_L1)) {
            const qsizetype afterWord = k + length;
            i = readNumber(isSeparator(text.at(afterWord)) ? afterWord + 1 : afterWord);
            out.m_key[3] = value;
        }
    }
    if (result.overflow)
        return result;
    // Local label: "+" alnum+ ([sep] alnum+)*.
    if (text.at(i) == u'+') {
        if (!isAlnum(text.at(i + 1))) {
            result.end = i;
            result.errorAt = i + 1;
            out.finish();
            return result;
        }
        qsizetype k = i + 1;
        while (isAlnum(text.at(k)))
            ++k;
        while (isSeparator(text.at(k)) && isAlnum(text.at(k + 1))) {
            k += 2;
            while (isAlnum(text.at(k)))
                ++k;
        }
        out.m_local = normaliseLocal(input.sliced(i + 1, k - i - 1));
        i = k;
    }
    result.end = i;
    out.finish();
    return result;
}

void Version::finish()
{
    m_trimmedSize = m_release.size();
    while (m_trimmedSize > 1 && m_release[m_trimmedSize - 1] == 0)
        --m_trimmedSize;
    if (m_key[0] == FinalRank && m_key[2] == NoPost && m_key[3] != NoDev)
        m_key[0] = DevOnlyRank;
}

Error Version::parseError(QStringView text, const Scan &scan)
{
    const QString quoted = text.toString();
    if (scan.overflow) {
        const int column = columnOf(text, scan.errorAt);
        return {Error::Code::Parse,
                tr("Invalid version '%1': the number at column %2 is too large").arg(quoted, QString::number(column)),
                QString(), 0, column};
    }
    const qsizetype at = scan.errorAt >= 0 ? scan.errorAt : scan.end;
    const int column = columnOf(text, at);
    if (at >= text.size()) {
        return {Error::Code::Parse,
                tr("Invalid version '%1': unexpected end at column %2").arg(quoted, QString::number(column)), QString(),
                0, column};
    }
    const qsizetype length = (text[at].isHighSurrogate() && at + 1 < text.size()) ? 2 : 1;
    return {Error::Code::Parse,
            tr("Invalid version '%1': unexpected '%2' at column %3")
                .arg(quoted, text.sliced(at, length).toString(), QString::number(column)),
            QString(), 0, column};
}

Result<Version> Version::parse(QStringView text)
{
    qsizetype begin = 0;
    while (begin < text.size() && isSpace(text[begin].unicode()))
        ++begin;
    Version version;
    Scan result = scan(text, begin, version, false);
    if (result.errorAt < 0 && !result.overflow) {
        qsizetype end = result.end;
        while (end < text.size() && isSpace(text[end].unicode()))
            ++end;
        if (end == text.size())
            return version;
    }
    return fail(parseError(text, result));
}

bool Version::isValid(QStringView text)
{
    Version version;
    return parseInto(text, version);
}

bool Version::parseInto(QStringView text, Version &version)
{
    qsizetype begin = 0;
    while (begin < text.size() && isSpace(text[begin].unicode()))
        ++begin;
    const Scan result = scan(text, begin, version, false);
    if (result.errorAt >= 0 || result.overflow)
        return false;
    qsizetype end = result.end;
    while (end < text.size() && isSpace(text[end].unicode()))
        ++end;
    return end == text.size();
}

Version Version::make(const Parts &parts, QString normalisedLocal)
{
    Version version;
    version.m_epoch = parts.epoch;
    version.m_release.clear();
    for (const quint64 number : parts.release)
        version.m_release.append(number);
    if (version.m_release.isEmpty())
        version.m_release.append(0);
    if (parts.pre) {
        version.m_key[0] = static_cast<quint64>(parts.pre->kind) + 1;
        version.m_key[1] = parts.pre->number;
    }
    version.m_key[2] = parts.post ? *parts.post + 1 : NoPost;
    version.m_key[3] = parts.dev ? *parts.dev : NoDev;
    version.m_local = std::move(normalisedLocal);
    version.finish();
    return version;
}

Result<Version> Version::fromParts(const Parts &parts)
{
    if (parts.release.isEmpty())
        return fail({Error::Code::InvalidArgument, tr("A version needs at least one release number.")});
    // Post and dev numbers are stored plus one and as "none" respectively at the top of the range.
    if ((parts.post && *parts.post == NoDev) || (parts.dev && *parts.dev == NoDev))
        return fail({Error::Code::InvalidArgument, tr("A version number is too large.")});
    QString local;
    if (!parts.local.isEmpty()) {
        const Text text{parts.local};
        qsizetype k = 0;
        bool valid = isAlnum(text.at(0));
        while (valid && k < parts.local.size()) {
            while (isAlnum(text.at(k)))
                ++k;
            if (k < parts.local.size())
                valid = isSeparator(text.at(k)) && isAlnum(text.at(k + 1));
            ++k;
        }
        if (!valid)
            return fail({Error::Code::InvalidArgument, tr("Invalid local version label '%1'.").arg(parts.local)});
        local = normaliseLocal(parts.local);
    }
    return make(parts, std::move(local));
}

Version::Parts Version::parts() const
{
    Parts parts;
    parts.epoch = m_epoch;
    parts.release = QList<quint64>(m_release.begin(), m_release.end());
    parts.pre = pre();
    parts.post = post();
    parts.dev = dev();
    parts.local = m_local;
    return parts;
}

std::optional<Version::PreRelease> Version::pre() const noexcept
{
    if (m_key[0] == DevOnlyRank || m_key[0] == FinalRank)
        return std::nullopt;
    return PreRelease{static_cast<PreRelease::Kind>(m_key[0] - 1), m_key[1]};
}

std::optional<quint64> Version::post() const noexcept
{
    return m_key[2] == NoPost ? std::nullopt : std::optional<quint64>(m_key[2] - 1);
}

std::optional<quint64> Version::dev() const noexcept
{
    return m_key[3] == NoDev ? std::nullopt : std::optional<quint64>(m_key[3]);
}

QString Version::baseVersion() const
{
    QString text;
    text.reserve(4 * m_release.size() + 4);
    if (m_epoch != 0)
        text += QString::number(m_epoch) + u'!';
    for (qsizetype index = 0; index < m_release.size(); ++index) {
        if (index > 0)
            text += u'.';
        text += QString::number(m_release[index]);
    }
    return text;
}

QString Version::publicVersion() const
{
    QString text = baseVersion();
    if (const std::optional<PreRelease> preRelease = pre())
        text += preRelease->letter() + QString::number(preRelease->number);
    if (const std::optional<quint64> postNumber = post())
        text += u".post"_s + QString::number(*postNumber);
    if (const std::optional<quint64> devNumber = dev())
        text += u".dev"_s + QString::number(*devNumber);
    return text;
}

QString Version::toString() const
{
    return m_local.isEmpty() ? publicVersion() : publicVersion() + u'+' + m_local;
}

QString Version::canonicalString() const
{
    if (m_trimmedSize == m_release.size())
        return toString();
    Version trimmed = *this;
    trimmed.m_release.resize(m_trimmedSize);
    return trimmed.toString();
}

int Version::compare(const Version &other, Scope scope) const noexcept
{
    if (m_epoch != other.m_epoch)
        return compareNumbers(m_epoch, other.m_epoch);
    const qsizetype length = std::max(m_trimmedSize, other.m_trimmedSize);
    for (qsizetype index = 0; index < length; ++index) {
        const quint64 a = index < m_trimmedSize ? m_release[index] : 0;
        const quint64 b = index < other.m_trimmedSize ? other.m_release[index] : 0;
        if (a != b)
            return compareNumbers(a, b);
    }
    const qsizetype keys = scope == Scope::ReleaseAndPre ? 2 : 4;
    for (qsizetype index = 0; index < keys; ++index) {
        if (m_key[index] != other.m_key[index])
            return compareNumbers(m_key[index], other.m_key[index]);
    }
    if (scope != Scope::Full)
        return 0;
    return compareLocal(m_local, other.m_local);
}

size_t Version::hash(size_t seed) const noexcept
{
    const Version &version = *this;
    const auto combine = [](size_t h, const auto &value) {
        return h ^ (::qHash(value) + 0x9e3779b9 + (h << 6) + (h >> 2));
    };
    seed = combine(seed, version.m_epoch);
    for (qsizetype index = 0; index < version.m_trimmedSize; ++index)
        seed = combine(seed, version.m_release[index]);
    for (const quint64 key : version.m_key)
        seed = combine(seed, key);
    return combine(seed, version.m_local);
}

} // namespace Akari
