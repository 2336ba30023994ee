// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagename.h"

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

constexpr bool isAsciiAlnum(char16_t c) noexcept
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

constexpr bool isSeparator(char16_t c) noexcept
{
    return c == u'-' || c == u'_' || c == u'.';
}

/// 0 when \a name is a valid core metadata name, else the 1-based column of the first offence
/// (one past the end for an empty name or a trailing separator's own column).
qsizetype firstInvalidColumn(QStringView name) noexcept
{
    if (name.isEmpty())
        return 1;
    for (qsizetype index = 0; index < name.size(); ++index) {
        const char16_t c = name[index].unicode();
        if (isAsciiAlnum(c))
            continue;
        const bool atEdge = index == 0 || index == name.size() - 1;
        if (!isSeparator(c) || atEdge)
            return index + 1;
    }
    return 0;
}

QString quoted(QStringView text)
{
    QString result;
    result.reserve(text.size() + 2);
    result += u'\'';
    for (const QChar c : text) {
        if (c == u'\n')
            result += u"\\n"_s;
        else if (c == u'\r')
            result += u"\\r"_s;
        else if (c == u'\t')
            result += u"\\t"_s;
        else
            result += c;
    }
    result += u'\'';
    return result;
}

} // namespace

PackageName::PackageName(QString canonical, QString original)
    : m_canonical(std::move(canonical))
    , m_original(std::move(original))
{}

Result<PackageName> PackageName::parse(QStringView name)
{
    Result<QString> canonical = canonicalizeValidated(name);
    if (!canonical)
        return fail(std::move(canonical.error()));
    if (*canonical == name)
        return PackageName(*canonical, *canonical);
    return PackageName(std::move(*canonical), name.toString());
}

PackageName PackageName::fromUnvalidated(QStringView name)
{
    QString canonical = canonicalize(name);
    if (canonical == name)
        return PackageName(canonical, canonical);
    return PackageName(std::move(canonical), name.toString());
}

QString PackageName::canonicalize(QStringView name)
{
    bool ascii = true;
    for (const QChar c : name) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    // Non-ASCII letters take Unicode's full lower-case mapping (one letter may become two), as
    // Python's str.lower() does; the separators are ASCII either way.
    const QString lowered = ascii ? QString() : name.toString().toLower();
    const QStringView source = ascii ? name : QStringView(lowered);

    QString result(source.size(), Qt::Uninitialized);
    QChar *out = result.data();
    qsizetype length = 0;
    bool previousWasSeparator = false;
    for (const QChar c : source) {
        char16_t u = c.unicode();
        if (isSeparator(u)) {
            if (!previousWasSeparator)
                out[length++] = u'-';
            previousWasSeparator = true;
            continue;
        }
        previousWasSeparator = false;
        if (u >= u'A' && u <= u'Z')
            u = static_cast<char16_t>(u + (u'a' - u'A'));
        out[length++] = QChar(u);
    }
    result.truncate(length);
    return result;
}

Result<QString> PackageName::canonicalizeValidated(QStringView name)
{
    if (const qsizetype column = firstInvalidColumn(name); column != 0) {
        if (name.isEmpty())
            return fail({Error::Code::Parse, tr("name is invalid: the name is empty")});
        return fail({Error::Code::Parse, tr("name is invalid: %1 (unexpected character at column %2; a name has "
                                            "ASCII letters and digits, with '.', '_' or '-' only between them)")
                                             .arg(quoted(name))
                                             .arg(column)});
    }
    return canonicalize(name);
}

bool PackageName::isValid(QStringView name)
{
    return firstInvalidColumn(name) == 0;
}

bool PackageName::isNormalized(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype index = 0; index < name.size(); ++index) {
        const char16_t c = name[index].unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            continue;
        if (c != u'-' || index == 0 || index == name.size() - 1 || name[index + 1] == u'-')
            return false;
    }
    return true;
}

QString PackageName::fileNameForm() const
{
    QString result = m_canonical;
    result.replace(u'-', u'_');
    return result;
}

} // namespace Akari
