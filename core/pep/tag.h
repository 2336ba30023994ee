// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>
#include <QStringView>

#include "core/error.h"

namespace Akari
{

/**
 * \brief A PEP 425 compatibility tag: interpreter, ABI and platform, e.g. `cp312-cp312-win_amd64`.
 *
 * The three parts are stored lower-cased in one string "interpreter-abi-platform" together with a
 * precomputed hash, so copying, comparing and hashing a Tag is cheap (tags are looked up by the
 * thousand when wheels are ranked, see SupportedTags). Immutable value type, safe to share
 * between threads.
 *
 * A wheel file name carries a *compressed tag set* such as `py2.py3-none-any`, which stands for
 * every combination of its dotted parts; parseSet() expands it as pypa/packaging's `parse_tag`
 * does, including its validation.
 */
class Tag final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Tag)

public:
    /// Whether parseSet() requires the dotted parts of each component in sorted order (PEP 425).
    enum class Order
    {
        Any,    ///< accept any order (packaging's default)
        Sorted, ///< reject unsorted components (packaging's `validate_order=True`)
    };

    /// An empty tag; isEmpty() is true. Such a tag is never supported by anything.
    Tag() = default;
    /// Makes a tag from its parts, lower-casing them. The parts are not validated.
    Tag(QStringView interpreter, QStringView abi, QStringView platform);

    /**
     * \brief Expands a (possibly compressed) tag set such as `py2.py3-none-any`.
     *
     * Returns the distinct tags in the order interpreter × ABI × platform as written. Fails with
     * Error::Code::Parse, naming the column, when a component or dotted part is empty ("has an
     * empty component"), when there are not exactly three components ("must have exactly three
     * components"), when an interpreter part is not a Python identifier ("has an invalid
     * interpreter"), when \a order is Order::Sorted and a component's parts are not sorted
     * ("is not in sorted order"), or when \a limit is not negative and the set would expand to
     * more than \a limit tags ("exceeding limit"). The messages follow pypa/packaging's wording.
     */
    [[nodiscard]] static Result<QList<Tag>> parseSet(QStringView text, Order order = Order::Any, qsizetype limit = -1);

    /// Parses exactly one tag triple (no dotted parts), with parseSet()'s rules.
    [[nodiscard]] static Result<Tag> parse(QStringView text);

    [[nodiscard]] QStringView interpreter() const { return QStringView(m_text).left(m_abiStart - 1); }
    [[nodiscard]] QStringView abi() const
    {
        return QStringView(m_text).mid(m_abiStart, m_platformStart - 1 - m_abiStart);
    }
    [[nodiscard]] QStringView platform() const { return QStringView(m_text).mid(m_platformStart); }
    /// "interpreter-abi-platform"; empty for an empty tag.
    [[nodiscard]] const QString &toString() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }

    friend bool operator==(const Tag &a, const Tag &b) noexcept { return a.m_hash == b.m_hash && a.m_text == b.m_text; }
    /// Orders by the text "interpreter-abi-platform" (for stable, sorted listings).
    friend std::strong_ordering operator<=>(const Tag &a, const Tag &b) noexcept
    {
        return QString::compare(a.m_text, b.m_text, Qt::CaseSensitive) <=> 0;
    }
    friend size_t qHash(const Tag &tag, size_t seed = 0) noexcept
    {
        return QT_PREPEND_NAMESPACE(qHash)(tag.m_hash, seed);
    }

private:
    QString m_text;
    size_t m_hash = 0;
    qsizetype m_abiStart = 1;
    qsizetype m_platformStart = 2;
};

} // namespace Akari
