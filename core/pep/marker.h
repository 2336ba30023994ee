// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include "../error.h"
#include "markerenvironment.h"

namespace Akari
{

class RequirementTokenizer;
class MarkerExpression;

/**
 * \brief A PEP 508 environment marker such as `sys_platform == "linux" and extra == "cu128"`.
 *
 * parse() accepts what pypa/packaging 26 accepts: the PEP 508 variables, `extras` and
 * `dependency_groups` (PEP 751), the legacy spellings packaging still reads (`os.name`,
 * `sys.platform`, `platform.version`, `platform.machine`, `platform.python_implementation`,
 * `python_implementation`), quoted strings with Python's escapes, parentheses, `and` binding
 * tighter than `or`, and the operators `<`, `<=`, `!=`, `==`, `>=`, `>`, `~=`, `===`, `in`,
 * `not in`. Errors carry packaging's message, the marker and a caret line, with Error::Code::Parse
 * and the caret's column (these messages are technical and not translated).
 *
 * toString() gives packaging's normalised form: double quotes (single ones when the value holds
 * a `"`), one space around operators, legacy names in their PEP 508 spelling, outer and
 * redundant parentheses dropped but grouping kept, and the values compared with `extra`,
 * `extras` and `dependency_groups` normalised (`Foo_Bar` → `foo-bar`). Markers are equal when
 * their normalised forms are.
 *
 * evaluate() follows packaging 26: for `python_version`, `python_full_version`,
 * `implementation_version` and `platform_release` the comparison is a PEP 440 specifier match
 * (pre-releases allowed) when the right-hand side makes a valid specifier, else the strings are
 * compared; for other variables `==`/`!=` compare strings, `<=`/`>=` mean `==`, `<`/`>` are
 * false, and `in`/`not in` test substrings (set membership for `extras`/`dependency_groups`).
 * Literal versions are parsed once, when the marker is parsed.
 *
 * Value type: copies share the parsed form; safe to use from any thread (const methods never
 * mutate). A default-constructed Marker is empty: it evaluates to true and prints as "".
 *
 * \code
 * const Result<Marker> marker = Marker::parse(u"sys_platform == 'linux' and python_version >= '3.9'");
 * const auto env = MarkerEnvironment::forTarget(MarkerEnvironment::TargetPlatform::Linux,
 *                                               Version::parse(u"3.12").value());
 * marker->evaluate(env).value();   // true
 * marker->toString();              // sys_platform == "linux" and python_version >= "3.9"
 * \endcode
 */
class Marker final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Marker)

public:
    /// The comparison operators of markers.
    enum class Operator : quint8
    {
        Less,
        LessEqual,
        NotEqual,
        Equal,
        GreaterEqual,
        Greater,
        Compatible, ///< ~=
        Arbitrary,  ///< ===
        In,
        NotIn,
    };

    /// The empty marker (always true).
    Marker();

    /// Parses a whole marker; surrounding spaces and tabs are allowed, nothing else.
    [[nodiscard]] static Result<Marker> parse(QStringView text);

    [[nodiscard]] bool isEmpty() const noexcept;
    /// The normalised form (see the class description); "" for the empty marker.
    [[nodiscard]] QString toString() const;

    /**
     * \brief Whether \a environment satisfies the marker.
     *
     * Fails with Error::Code::InvalidArgument where packaging raises UndefinedComparison:
     * `~=` or `===` between values that are no versions (`os_name ~= "posix"`), or a set
     * variable on the left (`extras == "a"`). Like packaging, every comparison is evaluated,
     * so such a comparison fails the marker even where `and`/`or` would not need it.
     */
    [[nodiscard]] Result<bool> evaluate(const MarkerEnvironment &environment) const;

    /// Whether the marker reads \a variable (in any spelling).
    [[nodiscard]] bool references(MarkerEnvironment::Variable variable) const noexcept;

    /// "<", "<=", "!=", "==", ">=", ">", "~=", "===", "in" or "not in".
    [[nodiscard]] static QLatin1StringView operatorString(Operator op) noexcept;

    friend bool operator==(const Marker &a, const Marker &b) noexcept;
    /// A hash consistent with ==; qHash() calls it.
    [[nodiscard]] size_t hash(size_t seed = 0) const noexcept;

private:
    friend class Requirement;
    struct Data;

    explicit Marker(std::shared_ptr<const Data> data);
    // Reads a marker at the tokenizer's position, up to what cannot continue it (packaging's
    // `marker` rule inside a requirement); the caller checks what follows.
    static Result<Marker> parseFrom(RequirementTokenizer &tokenizer);

    std::shared_ptr<const Data> m_data;
};

/// Markers hash alike when they compare equal.
inline size_t qHash(const Marker &marker, size_t seed = 0) noexcept
{
    return marker.hash(seed);
}

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Marker)
