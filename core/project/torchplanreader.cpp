// SPDX-License-Identifier: GPL-3.0-or-later
#include "torchplanreader.h"

#include <algorithm>
#include <array>
#include <expected>
#include <tuple>

#include <QHash>
#include <QSet>

#include "../backend/targetplatform.h"
#include "../backend/torchbackend.h"
#include "../pep/markerenvironment.h"
#include "../pep/packagename.h"
#include "../pep/version.h"
#include "planreaderinput.h"
#include "tomldocument.h"
#include "tritoncompanion.h"

using namespace Qt::Literals::StringLiterals;

// Decisions where the design leaves room (see also PlanReaderInput):
// - The packages judged are the ecosystem packages the project requires anywhere plus those
//   that merely have sources (a source says where a package comes from even without a
//   requirement). The triton companions are never judged: the writer derives them.
// - A kept package gets exactly one finding, for the first problem met in file order.
// - Entries that are broken (wrong types, bad marker) keep their package and do not decide
//   the mode; variant entries of kept packages alone do not make the file's plan a
//   Variants one (its other packages are read per platform).
// - Variants are keyed by normalised name; one name used as extra and as group keeps the
//   package. Group entries are evaluated without an extra; include-group is not followed.
// - Packages agree on a variant when they get the same backends with it. A package without an
//   entry for a variant gets PyPI there if the variant installs it (a [project] dependency or
//   listed in that extra/group), and is not compared at all if it does not.

namespace Akari
{

namespace
{
using Position = PlanReaderInput::Position;
using Entry = PlanReaderInput::SourceEntry;
using Sources = PlanReaderInput::PackageSources;
template<typename T>
using Outcome = std::expected<T, PlanFinding>;

/// The marker environments that stand for one platform: every machine and Python a plan must
/// serve there. A source whose marker tells them apart cannot be one cell of the plan.
struct PlatformEnvironments
{
    TargetPlatform::Os os = TargetPlatform::Os::Linux;
    QList<MarkerEnvironment> environments;
};

const std::array<PlatformEnvironments, PlatformBackends::PlatformCount> &platformEnvironments()
{
    static const std::array<PlatformEnvironments, PlatformBackends::PlatformCount> all = [] {
        const QList<Version> pythons{Version::parse(u"3.10").value(), Version::parse(u"3.13").value()};
        const auto make = [&pythons](TargetPlatform::Os os, MarkerEnvironment::TargetPlatform target,
                                     const QStringList &machines) {
            PlatformEnvironments platform{os, {}};
            for (const QString &machine : machines) {
                for (const Version &python : pythons)
                    platform.environments.append(MarkerEnvironment::forTarget(target, python, machine));
            }
            return platform;
        };
        return std::array<PlatformEnvironments, PlatformBackends::PlatformCount>{
            make(TargetPlatform::Os::Linux, MarkerEnvironment::TargetPlatform::Linux, {u"x86_64"_s, u"aarch64"_s}),
            make(TargetPlatform::Os::Windows, MarkerEnvironment::TargetPlatform::Windows, {u"AMD64"_s, u"ARM64"_s}),
            make(TargetPlatform::Os::MacOs, MarkerEnvironment::TargetPlatform::MacOS, {u"arm64"_s, u"x86_64"_s}),
        };
    }();
    return all;
}

std::unexpected<PlanFinding> finding(const QString &package, const QString &message, Position where)
{
    return std::unexpected(PlanFinding{package, message, where.line, where.column});
}

QString platformName(TargetPlatform::Os os)
{
    return TargetPlatform{os}.displayName();
}

/// An extra or group that selects a variant; names compare in their normalised form.
struct VariantInfo
{
    TorchVariant::Kind kind = TorchVariant::Kind::Extra;
    QString name; ///< as first written
    QString key;  ///< the normalised name
    std::pair<Position, int> order;

    [[nodiscard]] QString extra() const { return kind == TorchVariant::Kind::Extra ? name : QString(); }
};

// Keyed by name alone: a plan's variant names are unique whatever their kind.
VariantInfo makeVariant(TorchVariant::Kind kind, const QString &name, std::pair<Position, int> order)
{
    return {kind, name, PackageName::canonicalize(name), order};
}

const VariantInfo *findVariant(const QList<VariantInfo> &variants, const QString &key)
{
    const auto it = std::ranges::find_if(variants, [&key](const VariantInfo &v) { return v.key == key; });
    return it == variants.end() ? nullptr : &*it;
}

/// The variants of one package, each with the backends its entries give.
struct PackageVariants
{
    QList<VariantInfo> variants;
    QHash<QString, PlatformBackends> backends; ///< by VariantInfo::key
};

/// Judges sources against the plan's platforms; the findings say why a package must be kept.
class SourceJudge
{
public:
    explicit SourceJudge(const PlanReaderInput &input)
        : m_input(input)
    {}

    /// Whether \a entry applies on \a platform when \a extra is installed, the same for
    /// every machine and Python version there.
    Outcome<bool> applies(const QString &package, const Entry &entry, const PlatformEnvironments &platform,
                          const QString &extra) const
    {
        if (entry.marker.isEmpty())
            return true;
        std::optional<bool> result;
        for (MarkerEnvironment environment : platform.environments) {
            environment.setExtra(extra);
            const Result<bool> value = entry.marker.evaluate(environment);
            if (!value) {
                return finding(package,
                               TorchPlanReader::tr("The marker of a source of “%1” cannot be evaluated: %2")
                                   .arg(package, value.error().message()),
                               entry.position);
            }
            if (result && *result != *value) {
                return finding(package,
                               TorchPlanReader::tr("On %1 a source of “%2” depends on the machine or the Python "
                                                   "version, which a plan cannot express.")
                                   .arg(platformName(platform.os), package),
                               entry.position);
            }
            result = *value;
        }
        return result.value_or(false);
    }

    /// The backend that \a entry means on \a os.
    Outcome<QString> backendOf(const QString &package, const Entry &entry, TargetPlatform::Os os) const
    {
        if (entry.kind != Entry::Kind::Index) {
            static const QHash<Entry::Kind, QString> keys{{Entry::Kind::Url, u"url"_s},
                                                          {Entry::Kind::Git, u"git"_s},
                                                          {Entry::Kind::Path, u"path"_s},
                                                          {Entry::Kind::Workspace, u"workspace"_s}};
            return finding(package,
                           TorchPlanReader::tr("On %1 “%2” comes from a “%3” source, not from a package index.")
                               .arg(platformName(os), package, keys.value(entry.kind)),
                           entry.position);
        }
        const auto url = m_input.indexUrls.constFind(entry.index);
        if (url == m_input.indexUrls.constEnd()) {
            return finding(package,
                           TorchPlanReader::tr("A source of “%1” names the index “%2”, which no [[tool.uv.index]] "
                                               "defines.")
                               .arg(package, entry.index),
                           entry.position);
        }
        if (const std::optional<QString> backend = TorchPlanReader::backendOfIndexUrl(*url))
            return *backend;
        return finding(package,
                       TorchPlanReader::tr("“%1” comes from the index “%2” (%3), which is neither PyPI nor one of "
                                           "PyTorch's backend indexes.")
                           .arg(package, entry.index, *url),
                       entry.position);
    }

    /// The backend on each platform when \a extra is installed: the one entry that applies,
    /// or PyPI when none does.
    Outcome<PlatformBackends> backends(const QString &package, const QList<const Entry *> &entries,
                                       const QString &extra) const
    {
        PlatformBackends row;
        for (const PlatformEnvironments &platform : platformEnvironments()) {
            const Entry *match = nullptr;
            for (const Entry *entry : entries) {
                const Outcome<bool> applied = applies(package, *entry, platform, extra);
                if (!applied)
                    return std::unexpected(applied.error());
                if (!*applied)
                    continue;
                if (match) {
                    return finding(package,
                                   TorchPlanReader::tr("On %1 more than one source of “%2” applies.")
                                       .arg(platformName(platform.os), package),
                                   entry->position);
                }
                match = entry;
            }
            if (!match)
                continue;
            const Outcome<QString> backend = backendOf(package, *match, platform.os);
            if (!backend)
                return std::unexpected(backend.error());
            row.set(platform.os, *backend);
        }
        return row;
    }

    /// The variants an entry belongs to: its extra or group, or the extras its marker selects.
    /// An entry that also applies without any extra or group is an error in a Variants plan.
    Outcome<QList<VariantInfo>> variantsOf(const QString &package, const Entry &entry) const
    {
        const std::pair<Position, int> order{entry.position, 0};
        if (!entry.extra.isEmpty())
            return QList<VariantInfo>{makeVariant(TorchVariant::Kind::Extra, entry.extra, order)};
        if (!entry.group.isEmpty())
            return QList<VariantInfo>{makeVariant(TorchVariant::Kind::Group, entry.group, order)};
        const auto noVariant = [&] {
            return finding(package,
                           TorchPlanReader::tr("A source of “%1” applies without an extra or a group, which a plan "
                                               "with variants cannot express.")
                               .arg(package),
                           entry.position);
        };
        if (!entry.marker.references(MarkerEnvironment::Variable::Extra))
            return noVariant();
        const Outcome<bool> withoutExtra = appliesAnywhere(package, entry, {});
        if (!withoutExtra)
            return std::unexpected(withoutExtra.error());
        if (*withoutExtra)
            return noVariant();
        // `extra == 'cu124'`: the entry belongs to every extra of the project it selects.
        QList<VariantInfo> variants;
        for (qsizetype i = 0; i < m_input.extras.size(); ++i) {
            const Outcome<bool> selected = appliesAnywhere(package, entry, m_input.extras[i]);
            if (!selected)
                return std::unexpected(selected.error());
            if (*selected)
                variants.append(makeVariant(TorchVariant::Kind::Extra, m_input.extras[i], {entry.position, int(i)}));
        }
        return variants;
    }

    /// Whether \a package is installed with \a variant, so that it has a backend there.
    [[nodiscard]] bool isRequired(const QString &package, const VariantInfo &variant) const
    {
        const QString name = PackageName::canonicalize(variant.name);
        const auto &table =
            variant.kind == TorchVariant::Kind::Extra ? m_input.extraRequirements : m_input.groupRequirements;
        return m_input.baseDependencies.contains(package) || table.value(name).contains(package);
    }

private:
    Outcome<bool> appliesAnywhere(const QString &package, const Entry &entry, const QString &extra) const
    {
        for (const PlatformEnvironments &platform : platformEnvironments()) {
            const Outcome<bool> applied = applies(package, entry, platform, extra);
            if (!applied || *applied)
                return applied;
        }
        return false;
    }

    const PlanReaderInput &m_input;
};

/// The problem that keeps a package's sources out of any plan before they are judged.
std::optional<PlanFinding> structuralProblem(const Sources &sources)
{
    if (!sources.problem.isEmpty())
        return PlanFinding{sources.name, sources.problem, sources.position.line, sources.position.column};
    for (const Entry &entry : sources.entries) {
        if (!entry.problem.isEmpty())
            return PlanFinding{sources.name, entry.problem, entry.position.line, entry.position.column};
    }
    return std::nullopt;
}

/// torch, torchvision and torchaudio first, the others as the file first names them.
QStringList candidatePackages(const PlanReaderInput &input)
{
    QSet<QString> names;
    for (const QString &name : input.dependedOn) {
        if (PlanReaderInput::isEcosystemPackage(name))
            names.insert(name);
    }
    for (const Sources &sources : input.sources)
        names.insert(sources.name);
    QStringList result(names.cbegin(), names.cend());
    static const QStringList first{u"torch"_s, u"torchvision"_s, u"torchaudio"_s};
    std::ranges::sort(result, [&input](const QString &a, const QString &b) {
        const auto rank = [&input](const QString &name) {
            const qsizetype priority = first.indexOf(name);
            return std::tuple(priority < 0 ? first.size() : priority, input.firstSeen.value(name), name);
        };
        return rank(a) < rank(b);
    });
    return result;
}

// Broken entries say nothing about the mode; they only keep their package.
bool usesVariants(const Sources &sources)
{
    return sources.problem.isEmpty() && std::ranges::any_of(sources.entries, [](const Entry &entry) {
               return entry.problem.isEmpty() && (!entry.extra.isEmpty() || !entry.group.isEmpty() ||
                                                  entry.marker.references(MarkerEnvironment::Variable::Extra));
           });
}

bool usesVariants(const PlanReaderInput &input)
{
    return std::ranges::any_of(input.sources, [](const Sources &sources) { return usesVariants(sources); });
}

const Sources *sourcesOf(const PlanReaderInput &input, const QString &package)
{
    const auto it = std::ranges::find_if(input.sources, [&package](const Sources &s) { return s.name == package; });
    return it == input.sources.end() ? nullptr : &*it;
}

QList<const Entry *> entryPointers(const Sources &sources)
{
    QList<const Entry *> entries;
    for (const Entry &entry : sources.entries)
        entries.append(&entry);
    return entries;
}

void readPerPlatform(const PlanReaderInput &input, const QStringList &candidates, PlanReading &reading)
{
    const SourceJudge judge(input);
    QStringList packages;
    QHash<QString, PlatformBackends> rows;
    for (const QString &package : candidates) {
        const Sources *sources = sourcesOf(input, package);
        if (!sources) {
            packages.append(package); // no source: PyPI everywhere
            continue;
        }
        const std::optional<PlanFinding> problem = structuralProblem(*sources);
        const Outcome<PlatformBackends> row = problem ? Outcome<PlatformBackends>(std::unexpected(*problem))
                                                      : judge.backends(package, entryPointers(*sources), {});
        if (!row) {
            reading.keptPackages.append(package);
            reading.findings.append(row.error());
            continue;
        }
        packages.append(package);
        rows.insert(package, *row);
    }
    reading.plan.setMode(TorchPlan::Mode::PerPlatform);
    reading.plan.setPackages(packages);
    for (const QString &package : std::as_const(packages))
        reading.plan.setBackends(package, rows.value(package));
}

/// One package's variants and their backends, or why the package must be kept.
Outcome<PackageVariants> variantsOfPackage(const SourceJudge &judge, const Sources &sources)
{
    if (const std::optional<PlanFinding> problem = structuralProblem(sources))
        return std::unexpected(*problem);
    PackageVariants result;
    QHash<QString, QList<const Entry *>> entriesOf;
    for (const Entry &entry : sources.entries) {
        const Outcome<QList<VariantInfo>> variants = judge.variantsOf(sources.name, entry);
        if (!variants)
            return std::unexpected(variants.error());
        for (const VariantInfo &variant : *variants) {
            const VariantInfo *known = findVariant(result.variants, variant.key);
            if (known && known->kind != variant.kind) {
                return finding(sources.name,
                               TorchPlanReader::tr("The sources of “%1” use “%2” both as an extra and as a group.")
                                   .arg(sources.name, variant.name),
                               entry.position);
            }
            if (!known)
                result.variants.append(variant);
            entriesOf[variant.key].append(&entry);
        }
    }
    for (const VariantInfo &variant : std::as_const(result.variants)) {
        const Outcome<PlatformBackends> row =
            judge.backends(sources.name, entriesOf.value(variant.key), variant.extra());
        if (!row)
            return std::unexpected(row.error());
        result.backends.insert(variant.key, *row);
    }
    return result;
}

void readVariants(const PlanReaderInput &input, const QStringList &candidates, PlanReading &reading)
{
    const SourceJudge judge(input);
    QStringList packages;
    QList<PackageVariants> accepted;
    // What a package gets with a variant: its entries' backends, PyPI when it is installed
    // with the variant but has no entry for it, nothing to compare when it is not installed.
    const auto valueFor = [&judge](const QString &package, const PackageVariants &own,
                                   const VariantInfo &variant) -> std::optional<PlatformBackends> {
        if (own.backends.contains(variant.key))
            return own.backends.value(variant.key);
        if (judge.isRequired(package, variant))
            return PlatformBackends();
        return std::nullopt;
    };
    for (const QString &package : candidates) {
        const Sources *sources = sourcesOf(input, package);
        if (!sources)
            continue; // comes from the default index whatever the variant; not the plan's business
        Outcome<PackageVariants> mine = variantsOfPackage(judge, *sources);
        for (qsizetype i = 0; mine && i < accepted.size(); ++i) {
            QList<VariantInfo> all = mine->variants + accepted[i].variants;
            for (const VariantInfo &variant : std::as_const(all)) {
                const std::optional<PlatformBackends> own = valueFor(package, *mine, variant);
                const std::optional<PlatformBackends> other = valueFor(packages[i], accepted[i], variant);
                const VariantInfo *ownKind = findVariant(mine->variants, variant.key);
                const VariantInfo *otherKind = findVariant(accepted[i].variants, variant.key);
                if ((own && other && *own != *other) || (ownKind && otherKind && ownKind->kind != otherKind->kind)) {
                    mine = finding(package,
                                   TorchPlanReader::tr("With “%1”, “%2” does not come from the same backends as "
                                                       "“%3”; a plan gives every package of a variant the same "
                                                       "backends.")
                                       .arg(variant.name, package, packages[i]),
                                   sources->position);
                    break;
                }
            }
        }
        if (!mine) {
            reading.keptPackages.append(package);
            reading.findings.append(mine.error());
            continue;
        }
        packages.append(package);
        accepted.append(*mine);
    }
    // Variants in the order the file first names them; backends from the first package that
    // has entries for them (the others agree).
    QList<VariantInfo> order;
    QHash<QString, PlatformBackends> backends;
    for (const PackageVariants &variants : std::as_const(accepted)) {
        for (const VariantInfo &variant : variants.variants) {
            const auto known =
                std::ranges::find_if(order, [&variant](const VariantInfo &v) { return v.key == variant.key; });
            if (known == order.end()) {
                order.append(variant);
                backends.insert(variant.key, variants.backends.value(variant.key));
            } else if (variant.order < known->order) {
                known->order = variant.order;
            }
        }
    }
    std::ranges::stable_sort(order, [](const VariantInfo &a, const VariantInfo &b) { return a.order < b.order; });
    QList<TorchVariant> variants;
    for (const VariantInfo &variant : std::as_const(order))
        variants.append({variant.name, variant.kind, backends.value(variant.key)});
    reading.plan.setMode(TorchPlan::Mode::Variants);
    reading.plan.setPackages(packages);
    reading.plan.setVariants(variants);
}
} // namespace

PlanReading TorchPlanReader::read(const TomlDocument &document)
{
    const PlanReaderInput input = PlanReaderInput::collect(document.root());
    PlanReading reading;
    reading.requiresPython = input.requiresPython;
    reading.findings = input.findings;
    const QStringList candidates = candidatePackages(input);
    if (candidates.isEmpty()) {
        // Nothing of PyTorch's yet: what `uv add torch torchvision` would give.
        reading.plan = TorchPlan::defaultPlan();
        reading.withoutPyTorch = true;
        return reading;
    }
    // Variants only when a package the plan can hold uses them: variant entries of kept
    // packages alone (a nightly index, direct URLs) leave the others to be read per platform.
    if (!usesVariants(input)) {
        readPerPlatform(input, candidates, reading);
        return reading;
    }
    PlanReading variants = reading;
    readVariants(input, candidates, variants);
    if (!variants.plan.packages().isEmpty())
        return variants;
    // Only kept packages use variants: they keep the reasons found for them there, and the
    // other packages are read per platform.
    QStringList variantUsers;
    for (const Sources &sources : input.sources) {
        if (usesVariants(sources) && variants.keptPackages.contains(sources.name))
            variantUsers.append(sources.name);
    }
    QStringList rest = candidates;
    rest.removeIf([&variantUsers](const QString &name) { return variantUsers.contains(name); });
    readPerPlatform(input, rest, reading);
    reading.keptPackages += variantUsers;
    std::ranges::sort(reading.keptPackages, {},
                      [&candidates](const QString &name) { return candidates.indexOf(name); });
    for (const PlanFinding &finding : std::as_const(variants.findings).mid(input.findings.size())) {
        if (variantUsers.contains(finding.package))
            reading.findings.append(finding);
    }
    return reading;
}

std::optional<QString> TorchPlanReader::backendOfIndexUrl(QStringView url)
{
    const QString normalized = normalizedIndexUrl(url);
    if (normalized == u"https://pypi.org/simple")
        return TorchPlan::PyPi;
    if (const std::optional<TorchBackend> backend = TorchBackend::fromIndexUrl(normalized))
        return backend->id();
    return std::nullopt;
}

QString TorchPlanReader::normalizedIndexUrl(QStringView url)
{
    QString text = url.trimmed().toString();
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd > 0) {
        const qsizetype authorityStart = schemeEnd + 3;
        qsizetype authorityEnd = text.indexOf(u'/', authorityStart);
        if (authorityEnd < 0)
            authorityEnd = text.size();
        // user:password@ keeps its case; only the host (and port) is case-insensitive.
        const qsizetype at = text.lastIndexOf(u'@', authorityEnd - 1);
        const qsizetype hostStart = at >= authorityStart ? at + 1 : authorityStart;
        text = text.first(schemeEnd).toLower() + u"://"_s + text.mid(authorityStart, hostStart - authorityStart) +
               text.mid(hostStart, authorityEnd - hostStart).toLower() + text.mid(authorityEnd);
    }
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

bool TorchPlanReader::isTritonCompanion(QStringView name)
{
    return TritonCompanion::kindOf(PackageName::canonicalize(name)).has_value();
}

} // namespace Akari
