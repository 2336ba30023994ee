// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyprojectvalidator.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include <toml++/toml.h>

#include <QHash>
#include <QSet>
#include <QUrl>

#include "../backend/torchbackend.h"
#include "../pep/marker.h"
#include "../pep/markerenvironment.h"
#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "../pep/version.h"
#include "requirespythoncheck.h"
#include "tomldocument.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::stringOf;
using TomlValue::toQString;

namespace
{
using Platform = MarkerEnvironment::TargetPlatform;

// The Python versions and machines markers are tried on: together with the three platforms
// they tell apart every marker the corpus and uv's guide use.
constexpr int OldestProbedPython = 9;
constexpr int NewestProbedPython = 15;
const QStringList ProbedMachines{u"x86_64"_s, u"aarch64"_s, u"AMD64"_s, u"ARM64"_s, u"arm64"_s};

const toml::node *nodeAt(const toml::table &root, std::initializer_list<std::string_view> path)
{
    const toml::node *node = &root;
    for (std::string_view key : path) {
        const toml::table *table = node->as_table();
        node = table ? table->get(key) : nullptr;
        if (!node)
            return nullptr;
    }
    return node;
}

const toml::table *tableAt(const toml::table &root, std::initializer_list<std::string_view> path)
{
    const toml::node *node = nodeAt(root, path);
    return node ? node->as_table() : nullptr;
}

QStringList stringsIn(const toml::node *node)
{
    QStringList result;
    if (const toml::array *array = node ? node->as_array() : nullptr) {
        for (const toml::node &element : *array) {
            if (const std::optional<std::string_view> text = element.value<std::string_view>())
                result.append(toQString(*text));
        }
    }
    return result;
}

struct Where
{
    int line = 0;
    int column = 0;
};

Where whereIs(const toml::node *node)
{
    return node ? Where{int(node->source().begin.line), int(node->source().begin.column)} : Where{};
}

ValidationIssue issue(ValidationIssue::Severity severity, const QString &message, Where where)
{
    return {severity, message, where.line, where.column};
}

// An extra or a dependency group, as a key of [tool.uv] conflicts names it.
struct Variant
{
    bool group = false;
    QString name; // normalised

    [[nodiscard]] QString key() const { return (group ? u"group:"_s : u"extra:"_s) + name; }
    /// How [tool.uv] conflicts writes it (TOML, not translated).
    [[nodiscard]] QString asToml() const { return u"{ %1 = \"%2\" }"_s.arg(group ? u"group"_s : u"extra"_s, name); }
};

// One table of a package's [tool.uv.sources] entry.
struct Source
{
    QString package;   // as written
    QString canonical; // normalised
    QString index;     // empty for git, url and path sources
    QString extra;     // normalised; empty when not limited to one
    QString group;
    std::optional<Marker> marker; // nullopt when none is written or it does not parse
    bool hasMarker = false;
    Where where;
    Where indexWhere;

    [[nodiscard]] std::optional<Variant> variant() const
    {
        if (!extra.isEmpty())
            return Variant{false, extra};
        if (!group.isEmpty())
            return Variant{true, group};
        return std::nullopt;
    }
};

// One environment markers are evaluated in, and how to name it in a message.
struct Probe
{
    MarkerEnvironment environment;
    Platform platform = Platform::Linux;
    QString description;
};

QList<Probe> makeProbes()
{
    QList<Probe> probes;
    const std::pair<Platform, QString> platforms[] = {
        {Platform::Linux, u"Linux"_s}, {Platform::Windows, u"Windows"_s}, {Platform::MacOS, u"macOS"_s}};
    for (const auto &[platform, name] : platforms) {
        for (const QString &machine : ProbedMachines) {
            for (int minor = OldestProbedPython; minor <= NewestProbedPython; ++minor) {
                const Version python = Version::parse(u"3.%1"_s.arg(minor)).value();
                probes.append({MarkerEnvironment::forTarget(platform, python, machine), platform,
                               PyProjectValidator::tr("%1 %2, Python 3.%3").arg(name, machine).arg(minor)});
            }
        }
    }
    return probes;
}

bool holds(const Marker &marker, const MarkerEnvironment &environment)
{
    const Result<bool> result = marker.evaluate(environment);
    return result && *result;
}

// Everything the rules look at, read leniently: what has the wrong shape is left out.
struct Project
{
    QString name;
    QList<QList<Source>> sources; // per package, in order; a single table gives a list of one
    QHash<QString, QString> indexUrls;
    QStringList extras;
    QList<QSet<QString>> conflictSets; // Variant::key() of each member
    QList<Marker> environments;
    QList<Requirement> torchInDependencies;
    QHash<QString, QList<Requirement>> torchInVariants; // by Variant::key(), where torch is named
};

std::optional<Source> readSource(const toml::node &node, const QString &package)
{
    const toml::table *table = node.as_table();
    if (!table)
        return std::nullopt;
    Source source;
    source.package = package;
    source.canonical = PackageName::canonicalize(package);
    source.index = stringOf(*table, "index");
    source.indexWhere = whereIs(table->get("index"));
    source.extra = PackageName::canonicalize(stringOf(*table, "extra"));
    source.group = PackageName::canonicalize(stringOf(*table, "group"));
    source.where = whereIs(table);
    if (const toml::node *marker = table->get("marker")) {
        source.hasMarker = true;
        if (const std::optional<std::string_view> text = marker->value<std::string_view>()) {
            if (Result<Marker> parsed = Marker::parse(toQString(*text)))
                source.marker = *parsed;
        }
    }
    return source;
}

QList<Requirement> torchRequirements(const QStringList &texts)
{
    QList<Requirement> result;
    for (const QString &text : texts) {
        const Result<Requirement> requirement = Requirement::parse(text);
        if (requirement && requirement->packageName().canonical() == u"torch"_s)
            result.append(*requirement);
    }
    return result;
}

Project readProject(const toml::table &root)
{
    Project project;
    if (const toml::table *table = tableAt(root, {"project"})) {
        project.name = PackageName::canonicalize(stringOf(*table, "name"));
        project.torchInDependencies = torchRequirements(stringsIn(table->get("dependencies")));
    }
    if (const toml::table *extras = tableAt(root, {"project", "optional-dependencies"})) {
        for (const auto &[key, value] : *extras) {
            const Variant extra{false, PackageName::canonicalize(toQString(key.str()))};
            project.extras.append(extra.name);
            if (QList<Requirement> torch = torchRequirements(stringsIn(&value)); !torch.isEmpty())
                project.torchInVariants.insert(extra.key(), torch);
        }
    }
    if (const toml::table *groups = tableAt(root, {"dependency-groups"})) {
        for (const auto &[key, value] : *groups) {
            const Variant group{true, PackageName::canonicalize(toQString(key.str()))};
            if (QList<Requirement> torch = torchRequirements(stringsIn(&value)); !torch.isEmpty())
                project.torchInVariants.insert(group.key(), torch);
        }
    }
    if (const toml::node *indexes = nodeAt(root, {"tool", "uv", "index"}); indexes && indexes->as_array()) {
        for (const toml::node &element : *indexes->as_array()) {
            // As uv (and TorchPlanReader): the first definition of a name counts.
            const toml::table *index = element.as_table();
            if (index && !stringOf(*index, "name").isEmpty() && !project.indexUrls.contains(stringOf(*index, "name")))
                project.indexUrls.insert(stringOf(*index, "name"), stringOf(*index, "url"));
        }
    }
    if (const toml::table *sources = tableAt(root, {"tool", "uv", "sources"})) {
        for (const auto &[key, value] : *sources) {
            const QString package = toQString(key.str());
            QList<Source> list;
            if (const toml::array *array = value.as_array()) {
                for (const toml::node &element : *array) {
                    if (std::optional<Source> source = readSource(element, package))
                        list.append(*source);
                }
            } else if (std::optional<Source> source = readSource(value, package)) {
                list.append(*source);
            }
            project.sources.append(list);
        }
    }
    if (const toml::node *conflicts = nodeAt(root, {"tool", "uv", "conflicts"}); conflicts && conflicts->as_array()) {
        for (const toml::node &set : *conflicts->as_array()) {
            QSet<QString> members;
            if (const toml::array *items = set.as_array()) {
                for (const toml::node &item : *items) {
                    const toml::table *table = item.as_table();
                    // `package` names another workspace member; those are not this project's.
                    if (!table || (table->get("package") &&
                                   PackageName::canonicalize(stringOf(*table, "package")) != project.name))
                        continue;
                    if (const QString extra = stringOf(*table, "extra"); !extra.isEmpty())
                        members.insert(Variant{false, PackageName::canonicalize(extra)}.key());
                    if (const QString group = stringOf(*table, "group"); !group.isEmpty())
                        members.insert(Variant{true, PackageName::canonicalize(group)}.key());
                }
            }
            project.conflictSets.append(members);
        }
    }
    for (const QString &text : stringsIn(nodeAt(root, {"tool", "uv", "environments"}))) {
        if (Result<Marker> marker = Marker::parse(text))
            project.environments.append(*marker);
    }
    return project;
}

void checkIndexNames(const Project &project, QList<ValidationIssue> &issues)
{
    for (const QList<Source> &list : project.sources) {
        for (const Source &source : list) {
            if (!source.index.isEmpty() && !project.indexUrls.contains(source.index))
                issues.append(
                    issue(ValidationIssue::Severity::Error,
                          PyProjectValidator::tr(
                              "“%1” takes its builds from the index “%2”, but no [[tool.uv.index]] is named “%2”.")
                              .arg(source.package, source.index),
                          source.indexWhere));
        }
    }
}

// An environment both markers hold in, trying every extra when a marker reads `extra`.
std::optional<QString> overlap(const Marker &a, const Marker &b, const QList<Probe> &probes, const QStringList &extras)
{
    const bool readsExtra =
        a.references(MarkerEnvironment::Variable::Extra) || b.references(MarkerEnvironment::Variable::Extra);
    const QStringList tried = readsExtra ? QStringList{QString()} + extras : QStringList{QString()};
    for (const Probe &probe : probes) {
        for (const QString &extra : tried) {
            MarkerEnvironment environment = probe.environment;
            environment.setExtra(extra);
            if (holds(a, environment) && holds(b, environment))
                return extra.isEmpty() ? probe.description
                                       : PyProjectValidator::tr("%1, extra “%2”").arg(probe.description, extra);
        }
    }
    return std::nullopt;
}

void checkNeighbours(const Project &project, const QList<Probe> &probes, QList<ValidationIssue> &issues)
{
    for (const QList<Source> &list : project.sources) {
        for (qsizetype i = 0; i + 1 < list.size(); ++i) {
            const Source &first = list[i];
            const Source &second = list[i + 1];
            if (first.extra != second.extra || first.group != second.group)
                continue;
            if (!first.hasMarker || !second.hasMarker) {
                const Source &bare = first.hasMarker ? second : first;
                issues.append(issue(
                    ValidationIssue::Severity::Error,
                    PyProjectValidator::tr("The sources of “%1” on lines %2 and %3 are for the same extra and group, "
                                           "and the one on line %4 has no marker. uv needs a marker on each, such as "
                                           "marker = \"sys_platform == 'linux'\", so that they never apply together.")
                        .arg(first.package)
                        .arg(first.where.line)
                        .arg(second.where.line)
                        .arg(bare.where.line),
                    bare.where));
                continue;
            }
            if (!first.marker || !second.marker)
                continue; // a marker that does not parse is uv's to report
            if (const std::optional<QString> example = overlap(*first.marker, *second.marker, probes, project.extras))
                issues.append(issue(
                    ValidationIssue::Severity::Error,
                    PyProjectValidator::tr("The markers of the sources of “%1” on lines %2 and %3 both hold on %4; uv "
                                           "needs them to be disjoint. Change one so that they never hold together.")
                        .arg(first.package)
                        .arg(first.where.line)
                        .arg(second.where.line)
                        .arg(*example),
                    second.where));
        }
    }
}

bool inOneConflictSet(const Project &project, const Variant &a, const Variant &b)
{
    return std::ranges::any_of(
        project.conflictSets, [&](const QSet<QString> &set) { return set.contains(a.key()) && set.contains(b.key()); });
}

void checkConflicts(const Project &project, QList<ValidationIssue> &issues)
{
    struct Pinned
    {
        Variant variant;
        QSet<QString> indexes;
        Where where;
    };
    // Per pair of variants missing from the conflicts: the packages and where the second one is.
    struct Missing
    {
        Variant first;
        Variant second;
        QStringList packages;
        Where where;
    };
    QList<Missing> missing;
    for (const QList<Source> &list : project.sources) {
        QList<Pinned> pinned;
        for (const Source &source : list) {
            const std::optional<Variant> variant = source.variant();
            if (!variant || source.index.isEmpty())
                continue;
            auto found = std::ranges::find(pinned, variant->key(), [](const Pinned &p) { return p.variant.key(); });
            if (found == pinned.end())
                pinned.append({*variant, {source.index}, source.where});
            else
                found->indexes.insert(source.index);
        }
        for (qsizetype i = 0; i < pinned.size(); ++i) {
            for (qsizetype j = i + 1; j < pinned.size(); ++j) {
                if (pinned[i].indexes == pinned[j].indexes ||
                    inOneConflictSet(project, pinned[i].variant, pinned[j].variant))
                    continue;
                auto same = std::ranges::find_if(missing, [&](const Missing &m) {
                    return m.first.key() == pinned[i].variant.key() && m.second.key() == pinned[j].variant.key();
                });
                if (same == missing.end())
                    missing.append({pinned[i].variant, pinned[j].variant, {list.first().package}, pinned[j].where});
                else
                    same->packages.append(list.first().package);
            }
        }
    }
    for (const Missing &m : std::as_const(missing)) {
        QStringList quoted;
        for (const QString &package : m.packages)
            quoted.append(PyProjectValidator::tr("“%1”", "a package name in quotes").arg(package));
        issues.append(issue(ValidationIssue::Severity::Error,
                            PyProjectValidator::tr("The sources of %1 use different indexes for %2 and %3, but no "
                                                   "[tool.uv] conflicts set keeps these apart, so uv lock fails. Add "
                                                   "[%2, %3] to conflicts in [tool.uv].")
                                .arg(quoted.join(PyProjectValidator::tr(", ", "between the names of a list")),
                                     m.first.asToml(), m.second.asToml()),
                            m.where));
    }
}

std::optional<TorchBackend> backendOf(const QString &url)
{
    if (std::optional<TorchBackend> backend = TorchBackend::fromIndexUrl(url))
        return backend;
    // Nightly, test and mirror indexes end in the backend's name too (…/whl/nightly/cu128).
    const QStringList segments = QUrl(url).path().split(u'/', Qt::SkipEmptyParts);
    return segments.isEmpty() ? std::nullopt : TorchBackend::fromId(segments.last());
}

void checkPlatforms(const Project &project, const QList<Probe> &probes, QList<ValidationIssue> &issues)
{
    const auto inScope = [&](const MarkerEnvironment &environment) {
        return project.environments.isEmpty() || std::ranges::any_of(project.environments, [&](const Marker &marker) {
                   return holds(marker, environment);
               });
    };
    for (const QList<Source> &list : project.sources) {
        for (const Source &source : list) {
            if (source.canonical != u"torch"_s || !project.indexUrls.contains(source.index))
                continue;
            const std::optional<TorchBackend> backend = backendOf(project.indexUrls.value(source.index));
            if (!backend || backend->kind() == TorchBackend::Kind::Cpu)
                continue;
            if (source.hasMarker && !source.marker)
                continue;
            const std::optional<Variant> variant = source.variant();
            // The torch requirements the source can serve: where none applies (a marker on
            // the requirement itself), the source is never used.
            QList<Requirement> served = project.torchInDependencies;
            if (variant)
                served += project.torchInVariants.value(variant->key());
            else
                for (const QList<Requirement> &requirements : project.torchInVariants)
                    served += requirements;
            const auto reaches = [&](Platform platform) {
                return std::ranges::any_of(probes, [&](const Probe &probe) {
                    if (probe.platform != platform)
                        return false;
                    MarkerEnvironment environment = probe.environment;
                    if (variant && !variant->group)
                        environment.setExtra(variant->name);
                    const bool needed = served.isEmpty() || std::ranges::any_of(served, [&](const Requirement &r) {
                                            const Result<bool> applies = r.appliesTo(environment);
                                            return !applies || *applies;
                                        });
                    return needed && inScope(environment) && (!source.marker || holds(*source.marker, environment));
                });
            };
            const bool macOs = reaches(Platform::MacOS);
            const bool windows = backend->kind() == TorchBackend::Kind::Rocm && reaches(Platform::Windows);
            if (!macOs && !windows)
                continue;
            QString message;
            if (variant) {
                const QString command =
                    (variant->group ? u"uv sync --group %1"_s : u"uv sync --extra %1"_s).arg(variant->name);
                message = macOs && windows
                              ? PyProjectValidator::tr("“%1” takes torch from the %2 index, which has no wheels for "
                                                       "macOS and Windows, so “%3” fails there. Limit the source with "
                                                       "marker = \"sys_platform == 'linux'\".")
                          : macOs ? PyProjectValidator::tr("“%1” takes torch from the %2 index, which has no "
                                                           "wheels for macOS, so “%3” fails there. Limit the "
                                                           "source with marker = \"sys_platform != 'darwin'\".")
                                  : PyProjectValidator::tr("“%1” takes torch from the %2 index, which has no "
                                                           "wheels for Windows, so “%3” fails there. Limit the "
                                                           "source with marker = \"sys_platform != 'win32'\".");
                message = message.arg(variant->name, backend->displayName(), command);
            } else {
                message = macOs && windows
                              ? PyProjectValidator::tr("torch comes from the %1 index on macOS and Windows too, but it "
                                                       "has no wheels there, so uv sync fails on them. Limit the "
                                                       "source with marker = \"sys_platform == 'linux'\".")
                          : macOs ? PyProjectValidator::tr("torch comes from the %1 index on macOS too, but it has "
                                                           "no wheels there, so uv sync fails on macOS. Limit the "
                                                           "source with marker = \"sys_platform != 'darwin'\".")
                                  : PyProjectValidator::tr("torch comes from the %1 index on Windows too, but it "
                                                           "has no wheels there, so uv sync fails on Windows. "
                                                           "Limit the source with marker = \"sys_platform != "
                                                           "'win32'\".");
                message = message.arg(backend->displayName());
            }
            issues.append(issue(ValidationIssue::Severity::Warning, message, source.indexWhere));
        }
    }
}

} // namespace

QList<ValidationIssue> PyProjectValidator::validate(const TomlDocument &document)
{
    static const QList<Probe> probes = makeProbes();
    const Project project = readProject(document.root());
    QList<ValidationIssue> issues;
    checkIndexNames(project, issues);
    checkNeighbours(project, probes, issues);
    checkConflicts(project, issues);
    issues += RequiresPythonCheck::issues(document);
    checkPlatforms(project, probes, issues);
    std::ranges::stable_sort(issues, [](const ValidationIssue &a, const ValidationIssue &b) {
        return std::pair{a.line, a.column} < std::pair{b.line, b.column};
    });
    return issues;
}

} // namespace Akari
