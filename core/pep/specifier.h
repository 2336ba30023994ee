// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "../error.h"
#include "version.h"

namespace Akari
{

/**
 * \brief One PEP 440 version clause such as `>=2.7`, `==2.7.*`, `~=1.4.2` or `===foobar`.
 *
 * Matches like pypa/packaging 26: `==2.7.0` admits `2.7.0+cu128` while `==2.7.0+cu128` admits
 * only itself; `<V` leaves out V's pre-releases unless V is one; `>V` leaves out V's post
 * releases and local versions unless V is a post release; `===` compares the text,
 * case-insensitively. Pre-releases: contains() takes an explicit \a prereleases override, else
 * the one given to parse(), else accepts them (a single version has no alternatives; an
 * explicit `false` rejects them). filter() with no override keeps pre-releases only when no final
 * release matches.
 *
 * Value type, safe to use from any thread; const methods never mutate. parse() fails with
 * Error::Code::Parse naming the column. Equality ignores the pre-release override and compares
 * the operator and the normalised version (`==1.0` equals `==1.0.0`; `~=` keeps zeros).
 *
 * \code
 * const Result<Specifier> spec = Specifier::parse(u"==2.7.0");
 * spec->contains(Version::parse(u"2.7.0+cu128").value());  // true: local labels are ignored
 * spec->contains(u"2.7.1");                                 // false
 * Specifier::parse(u">=2.0").value().filter({u"1.9"_s, u"2.1"_s, u"2.2a1"_s});  // {"2.1"}
 * \endcode
 */
class Specifier final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Specifier)

public:
    enum class Operator : quint8
    {
        Compatible,   ///< ~=
        Equal,        ///< ==
        NotEqual,     ///< !=
        LessEqual,    ///< <=
        GreaterEqual, ///< >=
        Less,         ///< <
        Greater,      ///< >
        Arbitrary,    ///< ===
    };

    /// Parses one clause; whitespace around the operator and the version is allowed.
    /// \a prereleases is packaging's constructor argument (nullopt: decide from the clause).
    [[nodiscard]] static Result<Specifier> parse(QStringView text, std::optional<bool> prereleases = std::nullopt);

    [[nodiscard]] Operator op() const noexcept { return m_op; }
    /// "~=", "==", "!=", "<=", ">=", "<", ">" or "===".
    [[nodiscard]] QString operatorString() const;
    [[nodiscard]] static QString operatorString(Operator op);
    /// The version as written, e.g. "2.1.*", "v1.0" or the `===` text.
    [[nodiscard]] QString version() const { return m_text; }
    [[nodiscard]] bool isWildcard() const noexcept { return m_wildcard; }
    /// version() parsed: for `==V.*` the V; for `===` text that is no version, "0".
    [[nodiscard]] const Version &parsedVersion() const noexcept { return m_version; }
    /// Operator and version as written, without spaces: "==2.1.*".
    [[nodiscard]] QString toString() const { return operatorString() + m_text; }

    /// The override if one was set; otherwise whether the clause itself names a pre-release
    /// (false for `!=` and `==V.*`, nullopt for `===` text that is no version).
    [[nodiscard]] std::optional<bool> prereleases() const;
    void setPrereleases(std::optional<bool> prereleases) { m_prereleases = prereleases; }

    [[nodiscard]] bool contains(const Version &version, std::optional<bool> prereleases = std::nullopt) const;
    /// A \a version that is no valid version matches only a `===` clause with the same text.
    [[nodiscard]] bool contains(QStringView version, std::optional<bool> prereleases = std::nullopt) const;
    /// The matching items in their order (see the class description for pre-releases).
    [[nodiscard]] QStringList filter(const QStringList &versions, std::optional<bool> prereleases = std::nullopt) const;
    [[nodiscard]] QList<Version> filter(const QList<Version> &versions,
                                        std::optional<bool> prereleases = std::nullopt) const;

    friend bool operator==(const Specifier &a, const Specifier &b) noexcept;
    /// A hash consistent with ==; qHash() calls it.
    [[nodiscard]] size_t hash(size_t seed = 0) const noexcept;

private:
    friend class SpecifierSet;

    // One item of a filter: whether it matched, and whether it is a parsed pre-release.
    struct Candidate
    {
        bool matched = false;
        bool parsed = false;
        bool prerelease = false;
    };

    Specifier() = default;
    // Parses text[begin, end) of \a text; columns in errors count from the start of \a text.
    static Result<Specifier> parseAt(QStringView text, qsizetype begin, qsizetype end, std::optional<bool> prereleases);
    static Error parseError(QStringView text, qsizetype begin, qsizetype end, qsizetype at, const char *message,
                            const QString &detail = QString());
    // Whether \a version lies in the clause's versions, pre-release policy left aside.
    [[nodiscard]] bool matches(const Version &version) const noexcept;
    [[nodiscard]] bool matchesText(QStringView text) const;
    [[nodiscard]] std::optional<bool> policy(std::optional<bool> prereleases) const;
    // packaging's pre-release rule for filter(): drops the candidates \a policy rules out.
    static void applyPolicy(QList<Candidate> &candidates, std::optional<bool> policy);

    QString m_text;
    Version m_version; // the version; for `==V.*` the V; for `===` only when the text parses
    Version m_bound;   // for `<V` with V final: V.dev0, the lowest version that `<` leaves out
    std::optional<bool> m_prereleases;
    Operator m_op = Operator::Arbitrary;
    bool m_wildcard = false;
    bool m_textIsVersion = false; // `===` text that parses as a version
};

/// Specifiers hashes alike when they compare equal.
inline size_t qHash(const Specifier &specifier, size_t seed = 0) noexcept
{
    return specifier.hash(seed);
}

} // namespace Akari
