// SPDX-License-Identifier: GPL-3.0-or-later
#include "specifier.h"

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
struct OperatorSpelling
{
    QLatin1StringView text;
    Specifier::Operator op;
};

// Longest first: "===" before "==", "<=" before "<".
constexpr OperatorSpelling Operators[] = {
    {"==="_L1, Specifier::Operator::Arbitrary}, {"~="_L1, Specifier::Operator::Compatible},
    {"=="_L1, Specifier::Operator::Equal},      {"!="_L1, Specifier::Operator::NotEqual},
    {"<="_L1, Specifier::Operator::LessEqual},  {">="_L1, Specifier::Operator::GreaterEqual},
    {"<"_L1, Specifier::Operator::Less},        {">"_L1, Specifier::Operator::Greater},
};

int columnOf(QStringView text, qsizetype index)
{
    int column = 1;
    for (qsizetype k = 0; k < index && k < text.size(); ++k) {
        if (!(text[k].isLowSurrogate() && k > 0 && text[k - 1].isHighSurrogate()))
            ++column;
    }
    return column;
}

// Whether the first \a count release numbers of \a version (zero-padded) equal those of \a prefix.
bool hasReleasePrefix(const Version &version, const Version &prefix, qsizetype count)
{
    if (version.epoch() != prefix.epoch())
        return false;
    const std::span<const quint64> release = version.release();
    const std::span<const quint64> wanted = prefix.release();
    for (qsizetype index = 0; index < count; ++index) {
        const quint64 have = std::cmp_less(index, release.size()) ? release[index] : 0;
        const quint64 want = std::cmp_less(index, wanted.size()) ? wanted[index] : 0;
        if (have != want)
            return false;
    }
    return true;
}

bool equalIgnoringCase(QStringView a, QStringView b)
{
    // packaging compares str.lower() of both; QString::toLower() is the same Unicode mapping.
    if (a.size() == b.size() && a.compare(b, Qt::CaseSensitive) == 0)
        return true;
    return a.toString().toLower() == b.toString().toLower();
}
} // namespace

QString Specifier::operatorString(Operator op)
{
    for (const OperatorSpelling &spelling : Operators) {
        if (spelling.op == op)
            return spelling.text;
    }
    return {};
}

QString Specifier::operatorString() const
{
    return operatorString(m_op);
}

Result<Specifier> Specifier::parse(QStringView text, std::optional<bool> prereleases)
{
    return parseAt(text, 0, text.size(), prereleases);
}

Error Specifier::parseError(QStringView text, qsizetype begin, qsizetype end, qsizetype at, const char *message,
                            const QString &detail)
{
    // \a message (marked with QT_TR_NOOP) has %1 for the clause, %2 for the column, %3 for \a detail.
    const int column = columnOf(text, at);
    const QString clause = text.sliced(begin, end - begin).toString();
    const QString translated = tr(message);
    return {Error::Code::Parse,
            detail.isNull() ? translated.arg(clause, QString::number(column))
                            : translated.arg(clause, QString::number(column), detail),
            QString(), 0, column};
}

Result<Specifier> Specifier::parseAt(QStringView text, qsizetype begin, qsizetype end, std::optional<bool> prereleases)
{
    const QStringView input = text.first(end);
    const auto unexpected = [&](qsizetype at) {
        if (at >= end)
            return parseError(text, begin, end, at, QT_TR_NOOP("Invalid specifier '%1': unexpected end at column %2"));
        const qsizetype length = (input[at].isHighSurrogate() && at + 1 < end) ? 2 : 1;
        return parseError(text, begin, end, at, QT_TR_NOOP("Invalid specifier '%1': unexpected '%3' at column %2"),
                          input.sliced(at, length).toString());
    };
    qsizetype i = begin;
    while (i < end && Version::isWhitespace(input[i].unicode()))
        ++i;
    Specifier spec;
    spec.m_prereleases = prereleases;
    const auto spelling = std::ranges::find_if(
        Operators, [&](const OperatorSpelling &candidate) { return input.sliced(i).startsWith(candidate.text); });
    if (spelling == std::end(Operators)) {
        return fail(parseError(text, begin, end, i,
                               QT_TR_NOOP("Invalid specifier '%1': expected one of the operators ==, !=, <=, >=, <, "
                                          ">, ~= or === at column %2")));
    }
    spec.m_op = spelling->op;
    i += spelling->text.size();
    while (i < end && Version::isWhitespace(input[i].unicode()))
        ++i;
    const qsizetype versionBegin = i;
    if (spec.m_op == Operator::Arbitrary) {
        // Anything but whitespace, ';' and ')' (packaging leaves those to requirement parsing).
        while (i < end && !Version::isWhitespace(input[i].unicode()) && input[i] != u';' && input[i] != u')')
            ++i;
        spec.m_text = input.sliced(versionBegin, i - versionBegin).toString();
        spec.m_textIsVersion = Version::parseInto(spec.m_text, spec.m_version);
        if (!spec.m_textIsVersion)
            spec.m_version = Version();
    } else {
        const bool equality = spec.m_op == Operator::Equal || spec.m_op == Operator::NotEqual;
        const Version::Scan scan = Version::scan(input, versionBegin, spec.m_version, equality);
        if (scan.overflow) {
            return fail(parseError(text, begin, end, scan.errorAt,
                                   QT_TR_NOOP("Invalid specifier '%1': the number at column %2 is too large")));
        }
        if (scan.errorAt >= 0) {
            if (scan.end == versionBegin)
                return fail(parseError(text, begin, end, scan.errorAt,
                                       QT_TR_NOOP("Invalid specifier '%1': expected a version at column %2")));
            return fail(unexpected(scan.errorAt));
        }
        i = scan.end;
        spec.m_wildcard = scan.wildcard;
        spec.m_text = input.sliced(versionBegin, i - versionBegin).toString();
        if (spec.m_version.hasLocal() && !equality) {
            return fail(parseError(text, begin, end, versionBegin + spec.m_text.indexOf(u'+'),
                                   QT_TR_NOOP("Invalid specifier '%1': a local version label (column %2) is only "
                                              "allowed with == and !=")));
        }
        if (spec.m_op == Operator::Compatible && spec.m_version.release().size() < 2)
            return fail(
                parseError(text, begin, end, versionBegin,
                           QT_TR_NOOP("Invalid specifier '%1': ~= needs at least two release numbers (column %2)")));
        if (spec.m_op == Operator::Less && !spec.m_version.isPrerelease()) {
            Version::Parts parts = spec.m_version.parts();
            parts.dev = 0;
            spec.m_bound = Version::make(parts, QString());
        }
    }
    while (i < end && Version::isWhitespace(input[i].unicode()))
        ++i;
    if (i != end)
        return fail(unexpected(i));
    return spec;
}

std::optional<bool> Specifier::prereleases() const
{
    if (m_prereleases)
        return m_prereleases;
    if (m_op == Operator::NotEqual || (m_op == Operator::Equal && m_wildcard))
        return false;
    if (m_op == Operator::Arbitrary && !m_textIsVersion)
        return std::nullopt;
    return m_version.isPrerelease();
}

std::optional<bool> Specifier::policy(std::optional<bool> prereleases) const
{
    if (prereleases)
        return prereleases;
    if (m_prereleases)
        return m_prereleases;
    return this->prereleases() == true ? std::optional<bool>(true) : std::nullopt;
}

bool Specifier::matches(const Version &version) const noexcept
{
    using Scope = Version::Scope;
    switch (m_op) {
    case Operator::Compatible:
        return version.compare(m_version) >= 0 &&
               hasReleasePrefix(version, m_version, qsizetype(m_version.release().size()) - 1);
    case Operator::Equal:
    case Operator::NotEqual: {
        bool equal = false;
        if (m_wildcard)
            equal = hasReleasePrefix(version, m_version, qsizetype(m_version.release().size()));
        else
            equal = version.compare(m_version, m_version.hasLocal() ? Scope::Full : Scope::Public) == 0;
        return equal == (m_op == Operator::Equal);
    }
    case Operator::LessEqual:
        return version.compare(m_version, Scope::Public) <= 0;
    case Operator::GreaterEqual:
        return version.compare(m_version) >= 0;
    case Operator::Less:
        return version.compare(m_version.isPrerelease() ? m_version : m_bound) < 0;
    case Operator::Greater:
        // Above V's local versions when V is a dev or post release, else above all of V's post
        // releases too.
        if (m_version.isDevrelease() || m_version.isPostrelease())
            return version.compare(m_version, Scope::Public) > 0;
        return version.compare(m_version, Scope::ReleaseAndPre) > 0;
    case Operator::Arbitrary:
        return matchesText(version.toString());
    }
    return false;
}

bool Specifier::matchesText(QStringView text) const
{
    return equalIgnoringCase(text, m_text);
}

bool Specifier::contains(const Version &version, std::optional<bool> prereleases) const
{
    if (!matches(version))
        return false;
    return !(policy(prereleases) == false && version.isPrerelease());
}

bool Specifier::contains(QStringView version, std::optional<bool> prereleases) const
{
    Version parsed;
    const bool isVersion = Version::parseInto(version, parsed);
    const bool matched = m_op == Operator::Arbitrary ? matchesText(version) : (isVersion && matches(parsed));
    if (!matched)
        return false;
    return !(policy(prereleases) == false && isVersion && parsed.isPrerelease());
}

void Specifier::applyPolicy(QList<Candidate> &candidates, std::optional<bool> policy)
{
    if (policy == true)
        return;
    // Without an override, pre-releases stay only when no final release matched.
    const bool dropPrereleases = policy == false || std::ranges::any_of(candidates, [](const Candidate &c) {
                                     return c.matched && c.parsed && !c.prerelease;
                                 });
    if (!dropPrereleases)
        return;
    for (Candidate &candidate : candidates) {
        if (candidate.parsed && candidate.prerelease)
            candidate.matched = false;
    }
}

QStringList Specifier::filter(const QStringList &versions, std::optional<bool> prereleases) const
{
    QList<Candidate> candidates;
    candidates.reserve(versions.size());
    Version parsed;
    for (const QString &text : versions) {
        Candidate candidate;
        candidate.parsed = Version::parseInto(text, parsed);
        candidate.prerelease = candidate.parsed && parsed.isPrerelease();
        candidate.matched = m_op == Operator::Arbitrary ? matchesText(text) : (candidate.parsed && matches(parsed));
        candidates.append(candidate);
    }
    applyPolicy(candidates, policy(prereleases));
    QStringList result;
    for (qsizetype index = 0; index < versions.size(); ++index) {
        if (candidates[index].matched)
            result.append(versions[index]);
    }
    return result;
}

QList<Version> Specifier::filter(const QList<Version> &versions, std::optional<bool> prereleases) const
{
    QList<Candidate> candidates;
    candidates.reserve(versions.size());
    for (const Version &version : versions)
        candidates.append({matches(version), true, version.isPrerelease()});
    applyPolicy(candidates, policy(prereleases));
    QList<Version> result;
    for (qsizetype index = 0; index < versions.size(); ++index) {
        if (candidates[index].matched)
            result.append(versions[index]);
    }
    return result;
}

bool operator==(const Specifier &a, const Specifier &b) noexcept
{
    if (a.m_op != b.m_op || a.m_wildcard != b.m_wildcard)
        return false;
    if (a.m_op == Specifier::Operator::Arbitrary || a.m_wildcard)
        return a.m_text == b.m_text;
    // packaging compares canonical version strings: trailing zeros dropped except for ~=.
    if (a.m_op == Specifier::Operator::Compatible && a.m_version.release().size() != b.m_version.release().size())
        return false;
    return a.m_version.compare(b.m_version) == 0;
}

size_t Specifier::hash(size_t seed) const noexcept
{
    const Specifier &specifier = *this;
    seed = ::qHash(static_cast<int>(specifier.m_op), seed);
    if (specifier.m_op == Specifier::Operator::Arbitrary || specifier.m_wildcard)
        return ::qHash(specifier.m_text, seed);
    if (specifier.m_op == Specifier::Operator::Compatible)
        seed = ::qHash(specifier.m_version.release().size(), seed);
    return qHash(specifier.m_version, seed);
}

} // namespace Akari
