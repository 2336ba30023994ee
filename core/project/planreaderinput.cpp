// SPDX-License-Identifier: GPL-3.0-or-later
#include "planreaderinput.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "../backend/torchpackages.h"
#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
/// The string at \a node, or nullopt when it is absent or something else.
std::optional<QString> stringOf(const toml::node *node)
{
    if (!node)
        return std::nullopt;
    if (const auto value = node->value<std::string_view>())
        return toQString(*value);
    return std::nullopt;
}

// toml++ keeps a table's keys sorted; variant and package order follow the file instead.
std::vector<std::pair<const toml::key *, const toml::node *>> inFileOrder(const toml::table &table)
{
    std::vector<std::pair<const toml::key *, const toml::node *>> entries;
    for (const auto &[key, value] : table)
        entries.emplace_back(&key, &value);
    std::ranges::stable_sort(entries, [](const auto &a, const auto &b) {
        const toml::source_position &left = a.first->source().begin;
        const toml::source_position &right = b.first->source().begin;
        return std::pair(left.line, left.column) < std::pair(right.line, right.column);
    });
    return entries;
}

const toml::node *child(const toml::table *table, std::string_view key)
{
    return table ? table->get(key) : nullptr;
}
} // namespace

PlanReaderInput::Position PlanReaderInput::positionOf(const toml::node &node)
{
    const toml::source_position &begin = node.source().begin;
    return {static_cast<int>(begin.line), static_cast<int>(begin.column)};
}

bool PlanReaderInput::isEcosystemPackage(const QString &canonicalName)
{
    return TorchPackages::pytorchIndex().contains(canonicalName) && !TorchPlanReader::isTritonCompanion(canonicalName);
}

PlanReaderInput PlanReaderInput::collect(const toml::table &root)
{
    PlanReaderInput input;
    input.collectProject(root);
    if (const toml::table *groups = root.get_as<toml::table>("dependency-groups")) {
        for (const auto &[key, value] : inFileOrder(*groups))
            input.collectRequirements(value,
                                      &input.groupRequirements[PackageName::canonicalize(toQString(key->str()))]);
    }
    const toml::table *tool = root.get_as<toml::table>("tool");
    const toml::table *uv = tool ? tool->get_as<toml::table>("uv") : nullptr;
    // uv reads the legacy dev-dependencies as the "dev" group.
    input.collectRequirements(child(uv, "dev-dependencies"), &input.groupRequirements[u"dev"_s]);
    input.collectIndexes(child(uv, "index"));
    input.collectSources(child(uv, "sources"));
    return input;
}

void PlanReaderInput::collectProject(const toml::table &root)
{
    const toml::table *project = root.get_as<toml::table>("project");
    if (!project)
        return;
    requiresPython = stringOf(project->get("requires-python")).value_or(QString());
    collectRequirements(project->get("dependencies"), &baseDependencies);
    if (const toml::table *extrasTable = project->get_as<toml::table>("optional-dependencies")) {
        for (const auto &[key, value] : inFileOrder(*extrasTable)) {
            const QString name = toQString(key->str());
            extras.append(name);
            collectRequirements(value, &extraRequirements[PackageName::canonicalize(name)]);
        }
    }
}

void PlanReaderInput::collectRequirements(const toml::node *node, QSet<QString> *variantSet)
{
    const toml::array *array = node ? node->as_array() : nullptr;
    if (!array)
        return;
    for (const toml::node &element : *array) {
        // Tables ({include-group = ...}) and other types are not requirements; the
        // validator reports them, the plan does not depend on them.
        const std::optional<QString> text = stringOf(&element);
        if (!text)
            continue;
        const Result<Requirement> requirement = Requirement::parse(*text);
        if (!requirement)
            continue;
        const QString name = requirement->packageName().canonical();
        dependedOn.insert(name);
        variantSet->insert(name);
        seen(name, positionOf(element));
    }
}

void PlanReaderInput::collectIndexes(const toml::node *node)
{
    if (!node)
        return;
    const toml::array *array = node->as_array();
    if (!array) {
        const Position where = positionOf(*node);
        findings.append(
            {{}, tr("[[tool.uv.index]] must be a list of tables; Akari ignores it."), where.line, where.column});
        return;
    }
    for (const toml::node &element : *array) {
        const toml::table *index = element.as_table();
        const toml::node *nameNode = child(index, "name");
        const std::optional<QString> name = stringOf(nameNode);
        const std::optional<QString> url = stringOf(child(index, "url"));
        if (!index || (nameNode && !name) || !url) {
            const Position where = positionOf(element);
            findings.append({{},
                             tr("An entry of [[tool.uv.index]] is not a table with a string “url” (and a string "
                                "“name”, if any); Akari ignores it."),
                             where.line,
                             where.column});
            continue;
        }
        // An index without a name cannot be referenced by sources; the first of a name wins.
        if (name && !indexUrls.contains(*name))
            indexUrls.insert(*name, *url);
    }
}

void PlanReaderInput::collectSources(const toml::node *node)
{
    if (!node)
        return;
    const toml::table *table = node->as_table();
    if (!table) {
        const Position where = positionOf(*node);
        findings.append({{}, tr("[tool.uv.sources] must be a table; Akari ignores it."), where.line, where.column});
        return;
    }
    for (const auto &[key, value] : inFileOrder(*table)) {
        const QString name = PackageName::canonicalize(toQString(key->str()));
        const toml::source_position &keyBegin = key->source().begin;
        seen(name, {static_cast<int>(keyBegin.line), static_cast<int>(keyBegin.column)});
        if (!isEcosystemPackage(name))
            continue;
        PackageSources package{name, {}, positionOf(*value), {}};
        const auto existing =
            std::ranges::find_if(sources, [&name](const PackageSources &other) { return other.name == name; });
        if (existing != sources.end()) {
            // Two spellings of one name ("torch" and "Torch"): uv would not know which to use.
            existing->problem = tr("[tool.uv.sources] lists “%1” more than once.").arg(name);
            continue;
        }
        if (const toml::array *array = value->as_array()) {
            for (const toml::node &element : *array)
                package.entries.append(readEntry(name, element));
            if (array->empty())
                package.problem = tr("The list of sources of “%1” is empty.").arg(name);
        } else if (value->is_table()) {
            package.entries.append(readEntry(name, *value));
        } else {
            package.problem = tr("The sources of “%1” must be a table or a list of tables.").arg(name);
        }
        sources.append(package);
    }
}

PlanReaderInput::SourceEntry PlanReaderInput::readEntry(const QString &package, const toml::node &node) const
{
    SourceEntry entry;
    entry.position = positionOf(node);
    const toml::table *table = node.as_table();
    if (!table) {
        entry.problem = tr("A source of “%1” is not a table.").arg(package);
        return entry;
    }
    static const std::array<std::pair<std::string_view, SourceEntry::Kind>, 5> kinds{{
        {"index", SourceEntry::Kind::Index},
        {"url", SourceEntry::Kind::Url},
        {"git", SourceEntry::Kind::Git},
        {"path", SourceEntry::Kind::Path},
        {"workspace", SourceEntry::Kind::Workspace},
    }};
    int kindCount = 0;
    for (const auto &[key, kind] : kinds) {
        if (table->contains(key)) {
            entry.kind = kind;
            ++kindCount;
        }
    }
    if (kindCount != 1) {
        entry.problem =
            tr("A source of “%1” must have exactly one of “index”, “url”, “git”, “path” or “workspace”.").arg(package);
        return entry;
    }
    // Every string key the reader uses must really be a string.
    const auto stringKey = [&](std::string_view key, QString *out) {
        const toml::node *value = table->get(key);
        if (!value)
            return true;
        const std::optional<QString> text = stringOf(value);
        if (!text) {
            entry.problem = tr("“%1” in a source of “%2” must be a string.").arg(toQString(key), package);
            return false;
        }
        *out = *text;
        return true;
    };
    QString marker;
    if (!stringKey("index", &entry.index) || !stringKey("marker", &marker) || !stringKey("extra", &entry.extra) ||
        !stringKey("group", &entry.group))
        return entry;
    // uv requires a name; an empty one would read as "no extra" and change the meaning.
    if ((table->contains("extra") && entry.extra.isEmpty()) || (table->contains("group") && entry.group.isEmpty())) {
        entry.problem = tr("A source of “%1” has an empty “extra” or “group”.").arg(package);
        return entry;
    }
    if (table->contains("extra") && table->contains("group")) {
        entry.problem = tr("A source of “%1” has both “extra” and “group”.").arg(package);
        return entry;
    }
    if (!marker.trimmed().isEmpty()) {
        const Result<Marker> parsed = Marker::parse(marker);
        if (!parsed) {
            entry.problem =
                tr("The marker of a source of “%1” is not valid: %2").arg(package, parsed.error().message());
            return entry;
        }
        entry.marker = *parsed;
    }
    return entry;
}

void PlanReaderInput::seen(const QString &name, Position position)
{
    const auto it = firstSeen.constFind(name);
    if (it == firstSeen.constEnd() || position < *it)
        firstSeen.insert(name, position);
}

} // namespace Akari
