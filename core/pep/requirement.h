// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVarLengthArray>

#include "../error.h"
#include "marker.h"
#include "markerenvironment.h"
#include "packagename.h"
#include "specifierset.h"

namespace Akari
{

class RequirementTokenizer;

/**
 * \brief A PEP 508 dependency specifier, e.g. `torch[cuda]==2.8.0+cu128 ; sys_platform == 'linux'`.
 *
 * A name, optional extras, then either version clauses (`>=2.6,<3`, also in parentheses) or a
 * URL (`@ https://...`, `@ file:///...`), and an optional marker after `;`. parse() reads it
 * exactly as pypa/packaging 26 does and fails with packaging's message on the same inputs:
 * Error::Code::Parse, the message, the requirement and a `~~~^` line under the offending part,
 * and the caret's column (technical texts, not translated). A clause that packaging's tokenizer
 * takes but its specifier set rejects (`demo===x,y`) gives `Invalid specifier: 'y'`.
 *
 * toString() gives packaging's normalised form: the name as written, extras sorted, clauses
 * sorted without spaces, ` @ url`, and `; marker` normalised (`name @ url ; marker` keeps the
 * space before the semicolon). Equality compares the PEP 503 normalised name, the extras
 * normalised (`[SECURE]` equals `[secure]`), the clauses as SpecifierSet compares them, the URL
 * and the normalised marker.
 *
 * Value type; safe to use from any thread (const methods never mutate).
 *
 * \code
 * const Result<Requirement> req = Requirement::parse(u"torch==2.8.0+rocm6.3 ; sys_platform == 'linux'");
 * req->packageName().canonical();    // "torch"
 * req->specifier().toString();       // "==2.8.0+rocm6.3"
 * req->toString();                   // torch==2.8.0+rocm6.3; sys_platform == "linux"
 * \endcode
 */
class Requirement final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Requirement)

public:
    Requirement() = default;

    [[nodiscard]] static Result<Requirement> parse(QStringView text);

    /// The name as written, e.g. "Typing_Extensions".
    [[nodiscard]] QString name() const { return m_name.original(); }
    /// The name, compared by its normalised form.
    [[nodiscard]] const PackageName &packageName() const noexcept { return m_name; }
    /// The extras as written, sorted, duplicates removed.
    [[nodiscard]] const QStringList &extras() const noexcept { return m_extras; }
    /// The version clauses (empty when there are none, or for a URL).
    [[nodiscard]] const SpecifierSet &specifier() const noexcept { return m_specifier; }
    /// The URL after `@`; empty when there is none.
    [[nodiscard]] const QString &url() const noexcept { return m_url; }
    /// The marker after `;`, if any.
    [[nodiscard]] const std::optional<Marker> &marker() const noexcept { return m_marker; }

    /// Whether the requirement applies in \a environment: true without a marker, else the
    /// marker's evaluate() (which fails where packaging's would).
    [[nodiscard]] Result<bool> appliesTo(const MarkerEnvironment &environment) const;

    [[nodiscard]] QString toString() const;

    friend bool operator==(const Requirement &a, const Requirement &b) noexcept;
    /// A hash consistent with ==; qHash() calls it.
    [[nodiscard]] size_t hash(size_t seed = 0) const noexcept;

private:
    [[nodiscard]] QStringList canonicalExtras() const;
    // The clause tokens as packaging's tokenizer reads them (a `===` token may hold commas).
    using ClauseTokens = QVarLengthArray<QStringView, 4>;
    static Result<void> parseSpecifier(RequirementTokenizer &tokenizer, ClauseTokens &tokens);
    static Result<SpecifierSet> makeSpecifierSet(const ClauseTokens &tokens);

    PackageName m_name;
    QStringList m_extras;
    SpecifierSet m_specifier;
    QString m_url;
    std::optional<Marker> m_marker;
};

/// Requirements hash alike when they compare equal.
inline size_t qHash(const Requirement &requirement, size_t seed = 0) noexcept
{
    return requirement.hash(seed);
}

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Requirement)
