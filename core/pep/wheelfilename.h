// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include "core/error.h"
#include "packagename.h"
#include "tag.h"
#include "version.h"

namespace Akari
{

/**
 * \brief A parsed wheel file name, `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`.
 *
 * parse() follows pypa/packaging's `parse_wheel_filename()`: the name part may hold only
 * letters, digits, "_" and "." (no "__") and is normalised (PEP 503); the version must be a
 * PEP 440 version; the optional build tag starts with a digit and is kept as (number, suffix);
 * the tag part may be a compressed tag set (`py2.py3-none-any`), expanded into tags(). With
 * Tag::Order::Sorted a compressed set must list its parts in sorted order, as PEP 425 asks.
 *
 * Immutable value type; copies share their data and may be used from any thread.
 *
 * \code
 * const auto wheel = WheelFileName::parse(u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_x86_64.whl");
 * // wheel->name().canonical() == u"torch", wheel->version().toString() == u"2.7.0+cu128"
 * \endcode
 */
class WheelFileName final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelFileName)

public:
    /// A wheel's build tag, e.g. "1000abc" = (1000, "abc"); ordered as Python orders the tuple.
    struct BuildTag
    {
        quint64 number = 0;
        QString suffix;

        friend bool operator==(const BuildTag &, const BuildTag &) = default;
        friend std::strong_ordering operator<=>(const BuildTag &a, const BuildTag &b) noexcept
        {
            if (a.number != b.number)
                return a.number <=> b.number;
            return QString::compare(a.suffix, b.suffix, Qt::CaseSensitive) <=> 0;
        }
    };

    WheelFileName() = default;

    /**
     * \brief Parses \a fileName (a file name, not a path or URL).
     *
     * Fails with Error::Code::Parse when the name does not end in ".whl", does not have five or
     * six "-"-separated parts, or when its project name, version, build tag or tags are invalid;
     * the message names the part and, where it helps, its column (1-based).
     */
    [[nodiscard]] static Result<WheelFileName> parse(QStringView fileName, Tag::Order order = Tag::Order::Any);

    /// The file name as given.
    [[nodiscard]] const QString &fileName() const { return m_fileName; }
    /// The project name (normalised; original() is the spelling in the file name).
    [[nodiscard]] const PackageName &name() const { return m_name; }
    [[nodiscard]] const Version &version() const { return m_version; }
    /// The build tag, or nullopt when the file name has none. nullopt orders before any tag.
    [[nodiscard]] const std::optional<BuildTag> &buildTag() const { return m_buildTag; }
    /// The expanded tags, in the order the compressed set lists them.
    [[nodiscard]] const QList<Tag> &tags() const { return m_tags; }
    /// The tag part as written, e.g. "py2.py3-none-any".
    [[nodiscard]] QStringView tagText() const { return QStringView(m_fileName).mid(m_tagStart, m_tagLength); }
    [[nodiscard]] bool isEmpty() const { return m_fileName.isEmpty(); }

    /// Equal when name, version, build tag and the set of tags are equal (as in packaging).
    friend bool operator==(const WheelFileName &a, const WheelFileName &b);

private:
    QString m_fileName;
    PackageName m_name;
    Version m_version;
    std::optional<BuildTag> m_buildTag;
    QList<Tag> m_tags;
    qsizetype m_tagStart = 0;
    qsizetype m_tagLength = 0;
};

} // namespace Akari
