// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <compare>
#include <optional>
#include <span>

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>

#include "../error.h"

namespace Akari
{

/**
 * \brief A PEP 440 version such as `1!2.7.0rc1.post2.dev3+cu128`, ordered exactly like pypa/packaging.
 *
 * parse() accepts every spelling PEP 440 allows (a leading `v`, `alpha`/`beta`/`c`/`pre`/`preview`,
 * `-`, `_` and `.` separators, implicit post releases `1.0-1`, `rev`/`r`, upper case, surrounding
 * whitespace) and toString() gives the normalised form. Comparison follows PEP 440: dev releases
 * before pre-releases before the release before post releases, trailing zeros do not count
 * (`1.0 == 1.0.0`), and a local label sorts after its public version (`2.7.0 < 2.7.0+cpu`).
 * Numbers must fit in 63 bits; larger ones are rejected as a parse error.
 *
 * Value type: cheap to copy (the release numbers live inline for up to four components), and
 * safe to use from any thread; const methods never mutate. Fallible factories return
 * Result<Version> with Error::Code::Parse and a message that names the offending column.
 *
 * \code
 * const Result<Version> torch = Version::parse(u"2.7.0+cu128");
 * if (!torch)
 *     return fail(torch.error());              // "Invalid version '…': unexpected '…' at column …"
 * torch->publicVersion();                      // u"2.7.0"
 * torch->local();                              // u"cu128"
 * *torch > Version::parse(u"2.7.0").value();   // true: a local label sorts after its public version
 * Version::parse(u"1.0").value() == Version::parse(u"1.0.0").value();  // true (and equal qHash)
 * \endcode
 */
class Version final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::Version)

public:
    /// A pre-release segment: its kind (a, b or rc) and number.
    struct PreRelease
    {
        enum class Kind : quint8
        {
            Alpha,
            Beta,
            ReleaseCandidate,
        };

        Kind kind = Kind::Alpha;
        quint64 number = 0;

        /// The normalised letter: "a", "b" or "rc".
        [[nodiscard]] QString letter() const;
        /// Every spelling PEP 440 accepts (a, alpha, b, beta, c, rc, pre, preview), any case.
        [[nodiscard]] static std::optional<Kind> kindFromLetter(QStringView letter);

        friend bool operator==(const PreRelease &, const PreRelease &) = default;
    };

    /// The segments of a version, as fromParts() takes them and parts() gives them back.
    struct Parts
    {
        quint64 epoch = 0;
        QList<quint64> release;
        std::optional<PreRelease> pre;
        std::optional<quint64> post;
        std::optional<quint64> dev;
        QString local; ///< empty when there is none; `-` and `_` are accepted as separators
    };

    /// How much of two versions compare() looks at (each is a prefix of the full ordering).
    enum class Scope : quint8
    {
        ReleaseAndPre, ///< epoch, release and pre-release only (a `>V` specifier skips the rest)
        Public,        ///< everything but the local label
        Full,          ///< everything
    };

    /// The version "0".
    Version();

    /// Parses \a text; surrounding whitespace is ignored.
    [[nodiscard]] static Result<Version> parse(QStringView text);
    /// Whether parse() would succeed, without building an error message.
    [[nodiscard]] static bool isValid(QStringView text);
    /// Builds a version from its segments (packaging's `Version.from_parts`); fails with
    /// Error::Code::InvalidArgument on an empty release, a malformed local label, or a post or
    /// dev number of 2^64 - 1. (Numbers are not limited to 63 bits here, unlike parse().)
    [[nodiscard]] static Result<Version> fromParts(const Parts &parts);
    [[nodiscard]] Parts parts() const;

    [[nodiscard]] quint64 epoch() const noexcept { return m_epoch; }
    /// The release numbers as written (trailing zeros kept: "1.0.0" gives {1, 0, 0}).
    [[nodiscard]] std::span<const quint64> release() const noexcept
    {
        return {m_release.data(), size_t(m_release.size())};
    }
    [[nodiscard]] std::optional<PreRelease> pre() const noexcept;
    [[nodiscard]] std::optional<quint64> post() const noexcept;
    [[nodiscard]] std::optional<quint64> dev() const noexcept;
    /// The normalised local label ("cu128", "ubuntu.1"), empty when there is none.
    [[nodiscard]] QString local() const { return m_local; }
    [[nodiscard]] bool hasLocal() const noexcept { return !m_local.isEmpty(); }

    /// The normalised form, e.g. "1!2.0rc1.post2.dev3+abc".
    [[nodiscard]] QString toString() const;
    /// toString() without the local label.
    [[nodiscard]] QString publicVersion() const;
    /// Epoch and release only, e.g. "1!2.0".
    [[nodiscard]] QString baseVersion() const;
    /// toString() with trailing zeros of the release removed ("1.0.0" gives "1"), as
    /// packaging's `canonicalize_version`; equal versions give equal strings.
    [[nodiscard]] QString canonicalString() const;

    /// True for pre-releases and dev releases.
    [[nodiscard]] bool isPrerelease() const noexcept { return isDevrelease() || m_key[0] != FinalRank; }
    [[nodiscard]] bool isDevrelease() const noexcept { return m_key[3] != NoDev; }
    [[nodiscard]] bool isPostrelease() const noexcept { return m_key[2] != NoPost; }

    /// Three-way comparison (<0, 0, >0) of the parts \a scope names.
    [[nodiscard]] int compare(const Version &other, Scope scope = Scope::Full) const noexcept;

    friend bool operator==(const Version &a, const Version &b) noexcept { return a.compare(b) == 0; }
    friend std::weak_ordering operator<=>(const Version &a, const Version &b) noexcept
    {
        const int order = a.compare(b);
        return order < 0 ? std::weak_ordering::less
                         : (order > 0 ? std::weak_ordering::greater : std::weak_ordering::equivalent);
    }
    /// A hash consistent with ==; qHash() calls it.
    [[nodiscard]] size_t hash(size_t seed = 0) const noexcept;

private:
    friend class Specifier;
    friend class SpecifierSet;

    // m_key: the ordering of everything after the release, precomputed at parse time.
    static constexpr quint64 DevOnlyRank = 0; // key[0]: 0 dev-only, 1 a, 2 b, 3 rc, 4 final/post
    static constexpr quint64 FinalRank = 4;
    static constexpr quint64 NoPost = 0;          // key[2]: post + 1, or 0 without one
    static constexpr quint64 NoDev = ~quint64(0); // key[3]: dev number, or the maximum without one

    // What scan() found: where the version ended and, when parsing stopped early, why.
    struct Scan
    {
        qsizetype end = 0;
        qsizetype errorAt = -1; // >= 0: the first offending index
        bool wildcard = false;  // a ".*" followed the release (only when allowed)
        bool overflow = false;
    };
    // Reads the longest version at \a begin (no surrounding whitespace); the caller decides what
    // may follow. With \a allowWildcard a ".*" right after the release ends the version.
    static Scan scan(QStringView text, qsizetype begin, Version &out, bool allowWildcard);
    static Error parseError(QStringView text, const Scan &scan);
    // parse() without the error message: fills \a out and returns whether \a text is a version.
    static bool parseInto(QStringView text, Version &out);
    // Python's str.isspace(): the whitespace packaging strips and its patterns skip.
    static bool isWhitespace(char16_t c) noexcept;
    static Version make(const Parts &parts, QString normalisedLocal);
    void finish();

    QVarLengthArray<quint64, 4> m_release{0};
    QString m_local;
    quint64 m_epoch = 0;
    std::array<quint64, 4> m_key{FinalRank, 0, NoPost, NoDev};
    qsizetype m_trimmedSize = 1; // release length without trailing zeros, at least 1
};

/// Versions hashes alike when they compare equal.
inline size_t qHash(const Version &version, size_t seed = 0) noexcept
{
    return version.hash(seed);
}

} // namespace Akari

Q_DECLARE_METATYPE(Akari::Version)
