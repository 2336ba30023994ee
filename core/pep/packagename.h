// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QCoreApplication>
#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include "core/error.h"

namespace Akari
{

/**
 * \brief A project name, compared by its PEP 503 normalised form ("Foo.Bar_baz" == "foo-bar-baz").
 *
 * Holds the canonical name (lower case, every run of "-", "_" and "." turned into one "-") and the
 * spelling it was made from. Equality, ordering and qHash() use the canonical name only, so two
 * spellings of one project are one key. Immutable value type; copies share their strings and may
 * be used from any thread.
 *
 * parse() accepts only names that core metadata allows (ASCII letters and digits, with ".", "_"
 * and "-" inside); fromUnvalidated() normalises anything, as pypa/packaging's
 * `canonicalize_name(name)` does, for names taken from file names or legacy data.
 *
 * \code
 * const auto name = Akari::PackageName::parse(u"Typing_Extensions");
 * // name->canonical() == u"typing-extensions", name->original() == u"Typing_Extensions"
 * \endcode
 */
class PackageName final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::PackageName)

public:
    /// An empty name; isEmpty() is true.
    PackageName() = default;

    /**
     * \brief Validates \a name as a core metadata `Name` and normalises it.
     *
     * Fails with Error::Code::Parse, naming the offending column (1-based), when the name is
     * empty, contains anything but ASCII letters, digits, ".", "_" and "-", or starts or ends
     * with one of the separators.
     */
    [[nodiscard]] static Result<PackageName> parse(QStringView name);

    /// Normalises \a name without validating it (packaging's `canonicalize_name(name)`).
    [[nodiscard]] static PackageName fromUnvalidated(QStringView name);

    /// PEP 503 normalisation of \a name: lower case, runs of "-_." become one "-". Never fails.
    [[nodiscard]] static QString canonicalize(QStringView name);

    /// Like canonicalize() but first validates as parse() does (packaging's `validate=True`).
    [[nodiscard]] static Result<QString> canonicalizeValidated(QStringView name);

    /// Whether \a name is an acceptable core metadata `Name` (see parse()).
    [[nodiscard]] static bool isValid(QStringView name);

    /**
     * \brief Whether \a name is already in normalised form (packaging's `is_normalized_name`).
     *
     * True only for non-empty names of lower-case ASCII letters, digits and single "-" between
     * them, i.e. exactly the names that are valid and equal to their canonical form.
     */
    [[nodiscard]] static bool isNormalized(QStringView name);

    /// The normalised name, e.g. "foo-bar".
    [[nodiscard]] const QString &canonical() const { return m_canonical; }
    /// The spelling this name was made from, e.g. "Foo_Bar".
    [[nodiscard]] const QString &original() const { return m_original; }
    /// The canonical name with "-" replaced by "_", as wheel and sdist file names spell it.
    [[nodiscard]] QString fileNameForm() const;
    [[nodiscard]] bool isEmpty() const { return m_canonical.isEmpty(); }

    friend bool operator==(const PackageName &a, const PackageName &b) noexcept
    {
        return a.m_canonical == b.m_canonical;
    }
    friend std::strong_ordering operator<=>(const PackageName &a, const PackageName &b) noexcept
    {
        const int order = QString::compare(a.m_canonical, b.m_canonical, Qt::CaseSensitive);
        return order <=> 0;
    }
    friend size_t qHash(const PackageName &name, size_t seed = 0) noexcept { return qHash(name.m_canonical, seed); }

private:
    PackageName(QString canonical, QString original);

    QString m_canonical;
    QString m_original;
};

} // namespace Akari
