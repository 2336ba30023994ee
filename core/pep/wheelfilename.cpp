// SPDX-License-Identifier: GPL-3.0-or-later
#include "wheelfilename.h"

#include <algorithm>
#include <utility>

#include "pythonrepr.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// 0 when \a name may stand as a wheel's project name (PEP 427 escaping: word characters and
/// ".", no "__"), else the 1-based column of the first offence (1 for an empty name).
qsizetype invalidNameColumn(QStringView name)
{
    if (name.isEmpty())
        return 1;
    for (qsizetype index = 0; index < name.size(); ++index) {
        char32_t c = name[index].unicode();
        const qsizetype column = index + 1;
        if (c == U'_') {
            if (index + 1 < name.size() && name[index + 1] == u'_')
                return column;
            continue;
        }
        if (c == U'.' || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9'))
            continue;
        if (c < 0x80)
            return column;
        if (QChar::isHighSurrogate(c) && index + 1 < name.size() && name[index + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(name[index], name[index + 1]);
            ++index;
        }
        // Python's \w beyond ASCII: letters and numbers of every script.
        if (!QChar::isLetterOrNumber(c))
            return column;
    }
    return 0;
}

} // namespace

Result<WheelFileName> WheelFileName::parse(QStringView fileName, Tag::Order order)
{
    const auto invalid = [fileName](const QString &reason) {
        return fail({Error::Code::Parse, tr("Invalid wheel filename (%1): %2").arg(reason, pythonRepr(fileName))});
    };

    const qsizetype size = fileName.size();
    if (size < 4 || fileName[size - 4] != u'.' || fileName[size - 3] != u'w' || fileName[size - 2] != u'h' ||
        fileName[size - 1] != u'l')
        return invalid(tr("extension must be '.whl'"));
    const QStringView stem = fileName.first(size - 4);
    // One pass for the dashes: name-version[-build]-python-abi-platform.
    qsizetype dashAt[2] = {-1, -1};
    qsizetype dashes = 0;
    for (qsizetype index = 0; index < stem.size(); ++index) {
        if (stem[index] == u'-') {
            if (dashes < 2)
                dashAt[dashes] = index;
            ++dashes;
        }
    }
    if (dashes != 4 && dashes != 5)
        return invalid(tr("wrong number of parts: %1 instead of 5 or 6").arg(dashes + 1));

    // The last three parts are the tag set.
    const qsizetype nameEnd = dashAt[0];
    const qsizetype versionEnd = dashAt[1];
    const QStringView namePart = stem.left(nameEnd);
    const QStringView versionPart = stem.mid(nameEnd + 1, versionEnd - nameEnd - 1);
    qsizetype tagStart = versionEnd + 1;

    if (const qsizetype column = invalidNameColumn(namePart); column != 0)
        return invalid(tr("invalid project name %1 at column %2").arg(pythonRepr(namePart)).arg(column));

    Result<Version> version = Version::parse(versionPart);
    if (!version) {
        return invalid(tr("invalid version %1 at column %2: %3")
                           .arg(pythonRepr(versionPart))
                           .arg(nameEnd + 2)
                           .arg(version.error().message()));
    }

    std::optional<BuildTag> buildTag;
    if (dashes == 5) {
        const qsizetype buildEnd = stem.indexOf(u'-', tagStart);
        const QStringView buildPart = stem.mid(tagStart, buildEnd - tagStart);
        qsizetype digits = 0;
        while (digits < buildPart.size() && buildPart[digits] >= u'0' && buildPart[digits] <= u'9')
            ++digits;
        if (digits == 0) {
            return invalid(tr("invalid build number %1 at column %2; it must start with a digit")
                               .arg(pythonRepr(buildPart))
                               .arg(tagStart + 1));
        }
        bool ok = false;
        const quint64 number = buildPart.left(digits).toULongLong(&ok);
        if (!ok) {
            return invalid(tr("build number %1 at column %2 is too large")
                               .arg(pythonRepr(buildPart.left(digits)))
                               .arg(tagStart + 1));
        }
        buildTag = BuildTag{number, buildPart.mid(digits).toString()};
        tagStart = buildEnd + 1;
    }

    const QStringView tagPart = stem.mid(tagStart);
    Result<QList<Tag>> tags = Tag::parseSet(tagPart, order);
    if (!tags) {
        return invalid(tr("invalid tag component %1 at column %2: %3")
                           .arg(pythonRepr(tagPart))
                           .arg(tagStart + 1)
                           .arg(tags.error().message()));
    }

    WheelFileName wheel;
    wheel.m_fileName = fileName.toString();
    wheel.m_name = PackageName::fromUnvalidated(namePart);
    wheel.m_version = std::move(*version);
    wheel.m_buildTag = std::move(buildTag);
    wheel.m_tags = std::move(*tags);
    wheel.m_tagStart = tagStart;
    wheel.m_tagLength = tagPart.size();
    return wheel;
}

bool operator==(const WheelFileName &a, const WheelFileName &b)
{
    if (a.m_name != b.m_name || a.m_version != b.m_version || a.m_buildTag != b.m_buildTag ||
        a.m_tags.size() != b.m_tags.size())
        return false;
    QList<Tag> left = a.m_tags;
    QList<Tag> right = b.m_tags;
    std::sort(left.begin(), left.end());
    std::sort(right.begin(), right.end());
    return left == right;
}

} // namespace Akari
