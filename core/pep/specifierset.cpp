// SPDX-License-Identifier: GPL-3.0-or-later
#include "specifierset.h"

#include <algorithm>
#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// Set reasoning works on the PEP 440 order extended by two kinds of points that lie between
// real versions: AfterLocals(V) sits above V and every V+local (below V.post0.dev0), and
// AfterPosts(V) sits above everything that shares V's epoch, release and pre-release (so
// above every V.postN). A point of kind K compares at the Version::Scope its kind names.
enum class Kind : quint8
{
    AfterPosts,
    AfterLocals,
    Exact,
};

struct Point
{
    Version version;
    Kind kind = Kind::Exact;
};

int comparePoints(const Point &a, const Point &b)
{
    const Kind coarser = std::min(a.kind, b.kind);
    const Version::Scope scope = coarser == Kind::Exact         ? Version::Scope::Full
                                 : coarser == Kind::AfterLocals ? Version::Scope::Public
                                                                : Version::Scope::ReleaseAndPre;
    if (const int order = a.version.compare(b.version, scope))
        return order;
    if (a.kind == b.kind)
        return 0;
    return a.kind < b.kind ? 1 : -1; // the coarser point lies after all it covers
}

struct Bound
{
    Point point;
    bool inclusive = false;
    bool infinite = true; // -inf as a lower bound, +inf as an upper bound
};

struct Interval
{
    Bound lower;
    Bound upper;
};

// Sorted and disjoint.
using Intervals = QList<Interval>;

Bound bound(const Version &version, Kind kind, bool inclusive)
{
    return {{version, kind}, inclusive, false};
}

int compareLower(const Bound &a, const Bound &b)
{
    if (a.infinite || b.infinite)
        return a.infinite ? (b.infinite ? 0 : -1) : 1;
    if (const int order = comparePoints(a.point, b.point))
        return order;
    return a.inclusive == b.inclusive ? 0 : (a.inclusive ? -1 : 1);
}

int compareUpper(const Bound &a, const Bound &b)
{
    if (a.infinite || b.infinite)
        return a.infinite ? (b.infinite ? 0 : 1) : -1;
    if (const int order = comparePoints(a.point, b.point))
        return order;
    return a.inclusive == b.inclusive ? 0 : (a.inclusive ? 1 : -1);
}

// Whether the interval holds any point of the extended order (not necessarily a version).
bool holdsPoint(const Bound &lower, const Bound &upper)
{
    if (lower.infinite || upper.infinite)
        return true;
    const int order = comparePoints(lower.point, upper.point);
    return order < 0 || (order == 0 && lower.inclusive && upper.inclusive);
}

Intervals intersect(const Intervals &a, const Intervals &b)
{
    Intervals result;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const Bound &lower = compareLower(a[i].lower, b[j].lower) >= 0 ? a[i].lower : b[j].lower;
        const Bound &upper = compareUpper(a[i].upper, b[j].upper) <= 0 ? a[i].upper : b[j].upper;
        if (holdsPoint(lower, upper))
            result.append({lower, upper});
        if (compareUpper(a[i].upper, b[j].upper) < 0)
            ++i;
        else
            ++j;
    }
    return result;
}

Intervals complement(const Intervals &intervals)
{
    Intervals result;
    Bound lower; // -inf
    for (const Interval &interval : intervals) {
        if (!interval.lower.infinite) {
            const Bound upper{interval.lower.point, !interval.lower.inclusive, false};
            if (holdsPoint(lower, upper))
                result.append({lower, upper});
        }
        if (interval.upper.infinite)
            return result;
        lower = {interval.upper.point, !interval.upper.inclusive, false};
    }
    result.append({lower, Bound{}});
    return result;
}

Version withParts(const Version &base, const std::function<void(Version::Parts &)> &change)
{
    Version::Parts parts = base.parts();
    parts.local.clear();
    change(parts);
    return Version::fromParts(parts).value(); // parts of a valid version, numbers below 2^63 + 1
}

// The lowest version whose first \a count release numbers follow those of \a base: 1.2 -> 1.3.dev0.
Version nextPrefixDev0(const Version &base, qsizetype count)
{
    return withParts(base, [count](Version::Parts &parts) {
        parts.release.resize(count);
        ++parts.release.last();
        parts.pre.reset();
        parts.post.reset();
        parts.dev = 0;
    });
}

Version releaseDev0(const Version &base)
{
    return withParts(base, [](Version::Parts &parts) {
        parts.pre.reset();
        parts.post.reset();
        parts.dev = 0;
    });
}

Intervals intervalsOf(const Specifier &spec)
{
    using Op = Specifier::Operator;
    const Version &v = spec.parsedVersion();
    const Bound none;
    switch (spec.op()) {
    case Op::Arbitrary:
        return {{none, none}};
    case Op::GreaterEqual:
        return {{bound(v, Kind::Exact, true), none}};
    case Op::LessEqual:
        return {{none, bound(v, Kind::AfterLocals, true)}};
    case Op::Greater: // PEP 440: >V admits neither V's local versions nor (for final and pre) its posts
        return {{bound(v, v.isDevrelease() || v.isPostrelease() ? Kind::AfterLocals : Kind::AfterPosts, false), none}};
    case Op::Less: // PEP 440: <V admits no pre-release of V unless V is one
        return {{none,
                 bound(v.isPrerelease() ? v : withParts(v, [](Version::Parts &p) { p.dev = 0; }), Kind::Exact, false)}};
    case Op::Compatible:
        return {{bound(v, Kind::Exact, true),
                 bound(nextPrefixDev0(v, qsizetype(v.release().size()) - 1), Kind::Exact, false)}};
    case Op::Equal:
    case Op::NotEqual: {
        Intervals equal;
        if (spec.isWildcard()) {
            equal = {{bound(releaseDev0(v), Kind::Exact, true),
                      bound(nextPrefixDev0(v, qsizetype(v.release().size())), Kind::Exact, false)}};
        } else {
            equal = {{bound(v, Kind::Exact, true), bound(v, v.hasLocal() ? Kind::Exact : Kind::AfterLocals, true)}};
        }
        return spec.op() == Op::Equal ? equal : complement(equal);
    }
    }
    return {};
}

// The lowest final (not pre, not dev) release at or above the pre-release \a version.
Version nearestFinal(const Version &version)
{
    return withParts(version, [](Version::Parts &parts) {
        if (parts.pre) {
            parts.pre.reset();
            parts.post.reset();
        }
        parts.dev.reset();
    });
}

// Whether \a interval holds a real version (with \a finalsOnly: a final or post release). Between
// a version and any point above it there is always another version (a longer local label), and
// above AfterPosts(V) for a final V there are always longer releases (V.0.0…1); the other
// points have a lowest version above them.
bool holdsVersion(const Interval &interval, bool finalsOnly)
{
    const Bound &lower = interval.lower;
    const Bound &upper = interval.upper;
    const auto reaches = [&](const Version &candidate) {
        if (upper.infinite)
            return true;
        const int order = comparePoints({candidate, Kind::Exact}, upper.point);
        return order < 0 || (order == 0 && upper.inclusive);
    };
    const auto denseAbove = [&](const Point &point) { return upper.infinite || comparePoints(upper.point, point) > 0; };
    if (lower.infinite)
        return reaches(Version::parse(finalsOnly ? u"0" : u"0.dev0").value());
    const Version &v = lower.point.version;
    switch (lower.point.kind) {
    case Kind::Exact:
        if (finalsOnly && v.isPrerelease())
            return reaches(nearestFinal(v));
        return lower.inclusive ? reaches(v) : denseAbove(lower.point);
    case Kind::AfterLocals:
        if (finalsOnly && v.isPrerelease())
            return reaches(nearestFinal(v));
        return reaches(withParts(v, [finalsOnly](Version::Parts &parts) {
            if (parts.dev) {
                ++*parts.dev;
                return;
            }
            parts.post = parts.post ? *parts.post + 1 : 0;
            if (!finalsOnly)
                parts.dev = 0;
        }));
    case Kind::AfterPosts: // only made for a final or pre-release V without post and dev
        if (!v.pre())
            return denseAbove(lower.point);
        if (finalsOnly)
            return reaches(withParts(v, [](Version::Parts &parts) {
                parts.pre.reset();
                parts.post.reset();
                parts.dev.reset();
            }));
        return reaches(withParts(v, [](Version::Parts &parts) {
            ++parts.pre->number;
            parts.post.reset();
            parts.dev = 0;
        }));
    }
    return false;
}

bool holdsVersion(const Intervals &intervals, bool finalsOnly)
{
    return std::ranges::any_of(intervals, [finalsOnly](const Interval &i) { return holdsVersion(i, finalsOnly); });
}

Intervals intervalsOf(const QList<Specifier> &specifiers)
{
    Intervals result{{Bound{}, Bound{}}};
    for (const Specifier &spec : specifiers) {
        result = intersect(result, intervalsOf(spec));
        if (result.isEmpty())
            break;
    }
    return result;
}

} // namespace

SpecifierSet::SpecifierSet(QList<Specifier> specifiers, std::optional<bool> prereleases)
    : m_specifiers(std::move(specifiers))
    , m_prereleases(prereleases)
{}

Result<SpecifierSet> SpecifierSet::parse(QStringView text, std::optional<bool> prereleases)
{
    SpecifierSet set({}, prereleases);
    qsizetype begin = 0;
    while (begin <= text.size()) {
        const qsizetype comma = text.indexOf(u',', begin);
        const qsizetype end = comma < 0 ? text.size() : comma;
        const bool blank = std::all_of(text.begin() + begin, text.begin() + end,
                                       [](QChar c) { return Version::isWhitespace(c.unicode()); });
        if (!blank) {
            Result<Specifier> spec = Specifier::parseAt(text, begin, end, std::nullopt);
            if (!spec)
                return fail(spec.error());
            set.m_specifiers.append(std::move(*spec));
        }
        begin = end + 1;
    }
    return set;
}

std::optional<bool> SpecifierSet::prereleases() const
{
    if (m_prereleases || m_specifiers.isEmpty())
        return m_prereleases;
    if (std::ranges::any_of(m_specifiers, [](const Specifier &s) { return s.prereleases() == true; }))
        return true;
    return std::nullopt;
}

bool SpecifierSet::hasArbitrary() const
{
    return std::ranges::any_of(m_specifiers,
                               [](const Specifier &s) { return s.op() == Specifier::Operator::Arbitrary; });
}

bool SpecifierSet::matchesAll(const Version *version, QStringView text) const
{
    return std::ranges::all_of(m_specifiers, [&](const Specifier &spec) {
        if (spec.op() == Specifier::Operator::Arbitrary)
            return spec.matchesText(text.isNull() && version ? QStringView(version->toString()) : text);
        return version && spec.matches(*version);
    });
}

bool SpecifierSet::contains(const Version &version, std::optional<bool> prereleases, bool installed) const
{
    if (!std::ranges::all_of(m_specifiers, [&](const Specifier &spec) { return spec.matches(version); }))
        return false;
    if (installed && version.isPrerelease())
        return true;
    return !((prereleases ? prereleases : this->prereleases()) == false && version.isPrerelease());
}

bool SpecifierSet::contains(QStringView version, std::optional<bool> prereleases, bool installed) const
{
    Version parsed;
    const bool isVersion = Version::parseInto(version, parsed);
    if (!matchesAll(isVersion ? &parsed : nullptr, version))
        return false;
    if (!isVersion || !parsed.isPrerelease() || installed)
        return true;
    return (prereleases ? prereleases : this->prereleases()) != false;
}

QStringList SpecifierSet::filter(const QStringList &versions, std::optional<bool> prereleases) const
{
    QList<Specifier::Candidate> candidates;
    candidates.reserve(versions.size());
    Version parsed;
    for (const QString &text : versions) {
        Specifier::Candidate candidate;
        candidate.parsed = Version::parseInto(text, parsed);
        candidate.prerelease = candidate.parsed && parsed.isPrerelease();
        candidate.matched = matchesAll(candidate.parsed ? &parsed : nullptr, text);
        candidates.append(candidate);
    }
    Specifier::applyPolicy(candidates, prereleases ? prereleases : this->prereleases());
    QStringList result;
    for (qsizetype index = 0; index < versions.size(); ++index) {
        if (candidates[index].matched)
            result.append(versions[index]);
    }
    return result;
}

QList<Version> SpecifierSet::filter(const QList<Version> &versions, std::optional<bool> prereleases) const
{
    QList<Specifier::Candidate> candidates;
    candidates.reserve(versions.size());
    for (const Version &version : versions)
        candidates.append({matchesAll(&version, QStringView()), true, version.isPrerelease()});
    Specifier::applyPolicy(candidates, prereleases ? prereleases : this->prereleases());
    QList<Version> result;
    for (qsizetype index = 0; index < versions.size(); ++index) {
        if (candidates[index].matched)
            result.append(versions[index]);
    }
    return result;
}

Result<SpecifierSet> SpecifierSet::combined(const SpecifierSet &other) const
{
    if (m_prereleases && other.m_prereleases && *m_prereleases != *other.m_prereleases) {
        return fail(
            {Error::Code::InvalidArgument, tr("Cannot combine specifier sets that allow and forbid pre-releases.")});
    }
    SpecifierSet result(m_specifiers + other.m_specifiers, m_prereleases ? m_prereleases : other.m_prereleases);
    return result;
}

bool SpecifierSet::arbitraryUnsatisfiable() const
{
    // `===V` admits only the text V, so V must satisfy every other clause.
    const Specifier *first = nullptr;
    for (const Specifier &spec : m_specifiers) {
        if (spec.op() != Specifier::Operator::Arbitrary)
            continue;
        if (!first)
            first = &spec;
        else if (!spec.matchesText(first->version()))
            return true;
    }
    if (!first)
        return false;
    if (prereleases() == false && first->m_textIsVersion && first->m_version.isPrerelease())
        return true;
    return !std::ranges::all_of(m_specifiers, [&](const Specifier &spec) {
        return spec.op() == Specifier::Operator::Arbitrary ||
               (first->m_textIsVersion && spec.contains(first->m_version));
    });
}

bool SpecifierSet::isUnsatisfiable() const
{
    if (m_specifiers.isEmpty())
        return false;
    const Intervals intervals = intervalsOf(m_specifiers);
    if (!holdsVersion(intervals, false) || arbitraryUnsatisfiable())
        return true;
    return prereleases() == false && !holdsVersion(intervals, true);
}

Result<bool> SpecifierSet::checkRelation(const SpecifierSet &other) const
{
    if (hasArbitrary() || other.hasArbitrary())
        return fail({Error::Code::InvalidArgument, tr("Set relations do not support === specifiers.")});
    if (m_prereleases != other.m_prereleases) {
        return fail({Error::Code::InvalidArgument,
                     tr("Set relations need both specifier sets to have the same pre-release setting.")});
    }
    return true;
}

Result<bool> SpecifierSet::isSubset(const SpecifierSet &other) const
{
    if (Result<bool> usable = checkRelation(other); !usable)
        return usable;
    const Intervals outside = intersect(intervalsOf(m_specifiers), complement(intervalsOf(other.m_specifiers)));
    return !holdsVersion(outside, m_prereleases == false);
}

Result<bool> SpecifierSet::isSuperset(const SpecifierSet &other) const
{
    return other.isSubset(*this);
}

Result<bool> SpecifierSet::isDisjoint(const SpecifierSet &other) const
{
    if (Result<bool> usable = checkRelation(other); !usable)
        return usable;
    const Intervals shared = intersect(intervalsOf(m_specifiers), intervalsOf(other.m_specifiers));
    return !holdsVersion(shared, m_prereleases == false);
}

QList<Specifier> SpecifierSet::canonical() const
{
    QList<Specifier> sorted = m_specifiers;
    std::ranges::stable_sort(sorted,
                             [](const Specifier &a, const Specifier &b) { return a.toString() < b.toString(); });
    QList<Specifier> unique;
    for (const Specifier &spec : sorted) {
        if (!unique.contains(spec))
            unique.append(spec);
    }
    return unique;
}

QString SpecifierSet::toString() const
{
    QStringList texts;
    for (const Specifier &spec : canonical())
        texts.append(spec.toString());
    return texts.join(u',');
}

bool operator==(const SpecifierSet &a, const SpecifierSet &b) noexcept
{
    return a.canonical() == b.canonical();
}

size_t SpecifierSet::hash(size_t seed) const noexcept
{
    const SpecifierSet &set = *this;
    for (const Specifier &spec : set.canonical())
        seed = qHash(spec, seed);
    return seed;
}

} // namespace Akari
