// SPDX-License-Identifier: GPL-3.0-or-later
#include "tag.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include <QSet>
#include <QVarLengthArray>

#include "pythonrepr.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

bool isIdentifierStart(char32_t c)
{
    if (c < 0x80)
        return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_';
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_Letter:
        return true;
    default:
        return false;
    }
}

bool isIdentifierContinue(char32_t c)
{
    if (c < 0x80)
        return isIdentifierStart(c) || (c >= U'0' && c <= U'9');
    if (isIdentifierStart(c))
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Number_DecimalDigit:
    case QChar::Punctuation_Connector:
        return true;
    default:
        return false;
    }
}

/// Python's str.isidentifier() (Unicode XID rules, approximated by general categories).
bool isIdentifier(QStringView text)
{
    if (text.isEmpty())
        return false;
    bool first = true;
    for (qsizetype index = 0; index < text.size(); ++index) {
        char32_t c = text[index].unicode();
        if (QChar::isHighSurrogate(c) && index + 1 < text.size() && text[index + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[index], text[index + 1]);
            ++index;
        }
        if (first ? !isIdentifierStart(c) : !isIdentifierContinue(c))
            return false;
        first = false;
    }
    return true;
}

/// Writes \a part lower-cased (ASCII letters only) at \a out; returns the position after it and
/// ORs every code unit into \a seen, so the caller can tell whether all of it was ASCII.
QChar *writeLowered(QChar *out, QStringView part, char16_t &seen) noexcept
{
    for (const QChar c : part) {
        const char16_t u = c.unicode();
        seen |= u;
        *out++ = QChar((u >= u'A' && u <= u'Z') ? static_cast<char16_t>(u + (u'a' - u'A')) : u);
    }
    return out;
}

/// A fast 64-bit hash of the UTF-16 code units, four at a time; qHash(Tag, seed) mixes in the seed.
size_t hashText(QStringView text) noexcept
{
    quint64 hash = 0x9e3779b97f4a7c15ULL ^ static_cast<quint64>(text.size());
    qsizetype index = 0;
    for (; index + 4 <= text.size(); index += 4) {
        quint64 word = 0;
        std::memcpy(&word, text.data() + index, sizeof word);
        hash = (hash ^ word) * 0xff51afd7ed558ccdULL;
        hash ^= hash >> 29;
    }
    quint64 tail = 0;
    for (; index < text.size(); ++index)
        tail = (tail << 16) | text[index].unicode();
    hash = (hash ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    hash ^= hash >> 32;
    return static_cast<size_t>(hash);
}

struct Component
{
    QVarLengthArray<QStringView, 4> parts;
    qsizetype column = 1; ///< 1-based column of the component's first character
};

} // namespace

Tag::Tag(QStringView interpreter, QStringView abi, QStringView platform)
{
    // One allocation, lower-cased while copying: tags are made by the thousand.
    m_text = QString(interpreter.size() + abi.size() + platform.size() + 2, Qt::Uninitialized);
    char16_t seen = 0;
    QChar *out = writeLowered(m_text.data(), interpreter, seen);
    *out++ = u'-';
    out = writeLowered(out, abi, seen);
    *out++ = u'-';
    writeLowered(out, platform, seen);
    m_abiStart = interpreter.size() + 1;
    m_platformStart = m_abiStart + abi.size() + 1;
    if (seen >= 0x80) {
        // Python's str.lower() uses Unicode's full mapping, which may change the length.
        const QString lowerInterpreter = interpreter.toString().toLower();
        const QString lowerAbi = abi.toString().toLower();
        m_text = lowerInterpreter + u'-' + lowerAbi + u'-' + platform.toString().toLower();
        m_abiStart = lowerInterpreter.size() + 1;
        m_platformStart = m_abiStart + lowerAbi.size() + 1;
    }
    m_hash = hashText(m_text);
}

Result<QList<Tag>> Tag::parseSet(QStringView text, Order order, qsizetype limit)
{
    // Fast path for the common single tag "a-b-c" with non-empty parts; anything else (and every
    // error) goes through the general parser below.
    if (limit != 0) {
        qsizetype dashes[2] = {-1, -1};
        int dashCount = 0;
        bool simple = true;
        for (qsizetype index = 0; index < text.size() && simple; ++index) {
            const char16_t c = text[index].unicode();
            if (c == u'.' || (c == u'-' && dashCount == 2))
                simple = false;
            else if (c == u'-')
                dashes[dashCount++] = index;
        }
        simple = simple && dashCount == 2 && dashes[0] > 0 && dashes[1] > dashes[0] + 1 && dashes[1] + 1 < text.size();
        if (simple && isIdentifier(text.left(dashes[0]))) {
            return QList<Tag>{
                Tag(text.left(dashes[0]), text.mid(dashes[0] + 1, dashes[1] - dashes[0] - 1), text.mid(dashes[1] + 1))};
        }
    }

    QVarLengthArray<Component, 3> components;
    qsizetype start = 0;
    while (true) {
        const qsizetype dash = text.indexOf(u'-', start);
        const qsizetype end = dash < 0 ? text.size() : dash;
        Component component;
        component.column = start + 1;
        qsizetype partStart = start;
        while (true) {
            const qsizetype dot = text.indexOf(u'.', partStart);
            const qsizetype partEnd = (dot < 0 || dot > end) ? end : dot;
            const QStringView part = text.mid(partStart, partEnd - partStart);
            if (part.isEmpty()) {
                const QStringView whole = text.mid(start, end - start);
                return fail({Error::Code::Parse, tr("Tag %1 has an empty component: %2 (column %3)")
                                                     .arg(pythonRepr(text), pythonRepr(whole))
                                                     .arg(partStart + 1)});
            }
            component.parts.append(part);
            if (partEnd == end)
                break;
            partStart = partEnd + 1;
        }
        if (order == Order::Sorted && !std::is_sorted(component.parts.cbegin(), component.parts.cend())) {
            const QStringView whole = text.mid(start, end - start);
            return fail({Error::Code::Parse, tr("Tag component %1 is not in sorted order per PEP 425 (column %2)")
                                                 .arg(pythonRepr(whole))
                                                 .arg(component.column)});
        }
        components.append(std::move(component));
        if (dash < 0)
            break;
        start = dash + 1;
    }

    qsizetype count = 1;
    for (const Component &component : components)
        count *= component.parts.size();
    if (limit >= 0 && count > limit) {
        return fail({Error::Code::Parse,
                     tr("Compressed tag set would generate %1 tags, exceeding limit %2").arg(count).arg(limit)});
    }
    if (components.size() != 3) {
        return fail(
            {Error::Code::Parse,
             tr("Tag %1 must have exactly three components (found %2)").arg(pythonRepr(text)).arg(components.size())});
    }
    for (const QStringView interpreter : std::as_const(components[0].parts)) {
        if (!isIdentifier(interpreter)) {
            return fail({Error::Code::Parse, tr("Tag %1 has an invalid interpreter: %2 (column %3)")
                                                 .arg(pythonRepr(text), pythonRepr(interpreter))
                                                 .arg(interpreter.data() - text.data() + 1)});
        }
    }

    QList<Tag> tags;
    tags.reserve(count);
    for (const QStringView interpreter : std::as_const(components[0].parts)) {
        for (const QStringView abi : std::as_const(components[1].parts)) {
            for (const QStringView platform : std::as_const(components[2].parts))
                tags.append(Tag(interpreter, abi, platform));
        }
    }
    if (tags.size() > 1) {
        // Lower-casing or a repeated part may give the same tag twice; keep the first of each.
        QSet<Tag> seen;
        seen.reserve(tags.size());
        tags.removeIf([&seen](const Tag &tag) {
            if (seen.contains(tag))
                return true;
            seen.insert(tag);
            return false;
        });
    }
    return tags;
}

Result<Tag> Tag::parse(QStringView text)
{
    if (const qsizetype dot = text.indexOf(u'.'); dot >= 0) {
        return fail(
            {Error::Code::Parse,
             tr("Tag %1 is a compressed tag set, not a single tag (column %2)").arg(pythonRepr(text)).arg(dot + 1)});
    }
    Result<QList<Tag>> tags = parseSet(text);
    if (!tags)
        return fail(std::move(tags.error()));
    return tags->constFirst();
}

} // namespace Akari
