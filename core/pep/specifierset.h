// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "../error.h"
#include "specifier.h"
#include "version.h"

namespace Akari
{

/**
 * \brief A comma-separated set of PEP 440 clauses, `>=2.6,!=2.6.1,<3`; the empty set admits all.
 *
 * A version is in the set when every clause admits it. Pre-releases follow pypa/packaging 26:
 * an explicit override (argument, else the set's own) decides; without one, contains() accepts a
 * pre-release and filter() keeps pre-releases only when no final release matches. A clause that
 * names a pre-release (`>=2.0a1`) makes the set accept them. `installed = true` admits an
 * installed pre-release whatever the override says.
 *
 * isUnsatisfiable(), isSubset(), isSuperset() and isDisjoint() reason over the sets of versions
 * the clauses admit (intervals on the PEP 440 order, with PEP 440's gaps: `>1.0,<1.0.post1`
 * admits nothing), not over the text.
 *
 * Value type, safe to use from any thread; const methods never mutate. parse() fails with
 * Error::Code::Parse naming the column within the whole text. Equality and qHash ignore the
 * order of clauses and the pre-release override; toString() gives the clauses sorted.
 *
 * \code
 * const Result<SpecifierSet> set = SpecifierSet::parse(u">=2.6, <2.8, !=2.7.0");
 * set->contains(u"2.7.1+cu128");                              // true
 * set->contains(u"2.7.0+cpu");                                // false: != ignores the local label
 * set->filter({u"2.5"_s, u"2.6.0"_s, u"2.8.0rc1"_s});        // {"2.6.0"}
 * set->isSubset(SpecifierSet::parse(u">=2").value()).value(); // true
 * set->toString();                                            // "!=2.7.0,<2.8,>=2.6"
 * \endcode
 */
class SpecifierSet final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SpecifierSet)

public:
    /// The empty set: admits every version.
    SpecifierSet() = default;
    explicit SpecifierSet(QList<Specifier> specifiers, std::optional<bool> prereleases = std::nullopt);

    /// Parses comma-separated clauses; empty items and whitespace around them are skipped.
    [[nodiscard]] static Result<SpecifierSet> parse(QStringView text, std::optional<bool> prereleases = std::nullopt);

    /// The clauses in the order given (duplicates kept).
    [[nodiscard]] const QList<Specifier> &specifiers() const noexcept { return m_specifiers; }
    [[nodiscard]] qsizetype size() const noexcept { return m_specifiers.size(); }
    [[nodiscard]] bool isEmpty() const noexcept { return m_specifiers.isEmpty(); }
    [[nodiscard]] QList<Specifier>::const_iterator begin() const noexcept { return m_specifiers.cbegin(); }
    [[nodiscard]] QList<Specifier>::const_iterator end() const noexcept { return m_specifiers.cend(); }

    /// The override if set; else true when a clause names a pre-release; else nullopt.
    [[nodiscard]] std::optional<bool> prereleases() const;
    void setPrereleases(std::optional<bool> prereleases) { m_prereleases = prereleases; }

    [[nodiscard]] bool contains(const Version &version, std::optional<bool> prereleases = std::nullopt,
                                bool installed = false) const;
    /// Text that is no version matches only `===` clauses (and the empty set).
    [[nodiscard]] bool contains(QStringView version, std::optional<bool> prereleases = std::nullopt,
                                bool installed = false) const;
    [[nodiscard]] QStringList filter(const QStringList &versions, std::optional<bool> prereleases = std::nullopt) const;
    [[nodiscard]] QList<Version> filter(const QList<Version> &versions,
                                        std::optional<bool> prereleases = std::nullopt) const;

    /// Both sets' clauses (packaging's `a & b`). Fails with Error::Code::InvalidArgument when
    /// one set overrides pre-releases to true and the other to false.
    [[nodiscard]] Result<SpecifierSet> combined(const SpecifierSet &other) const;

    /// Whether no version can satisfy every clause (with an override of false: no final release).
    [[nodiscard]] bool isUnsatisfiable() const;
    /// Whether every version this set admits is admitted by \a other. Fails with
    /// Error::Code::InvalidArgument for `===` clauses or different pre-release overrides.
    [[nodiscard]] Result<bool> isSubset(const SpecifierSet &other) const;
    [[nodiscard]] Result<bool> isSuperset(const SpecifierSet &other) const;
    [[nodiscard]] Result<bool> isDisjoint(const SpecifierSet &other) const;

    /// The clauses sorted by their text, duplicates removed, joined by ",".
    [[nodiscard]] QString toString() const;

    friend bool operator==(const SpecifierSet &a, const SpecifierSet &b) noexcept;
    /// A hash consistent with ==; qHash() calls it.
    [[nodiscard]] size_t hash(size_t seed = 0) const noexcept;

private:
    [[nodiscard]] QList<Specifier> canonical() const;
    [[nodiscard]] bool hasArbitrary() const;
    [[nodiscard]] bool matchesAll(const Version *version, QStringView text) const;
    [[nodiscard]] bool arbitraryUnsatisfiable() const;
    [[nodiscard]] Result<bool> checkRelation(const SpecifierSet &other) const;

    QList<Specifier> m_specifiers;
    std::optional<bool> m_prereleases;
};

/// Specifier sets hashes alike when they compare equal.
inline size_t qHash(const SpecifierSet &set, size_t seed = 0) noexcept
{
    return set.hash(seed);
}

} // namespace Akari
