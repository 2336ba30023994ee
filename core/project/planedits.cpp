// SPDX-License-Identifier: GPL-3.0-or-later
#include "planedits.h"

#include "../backend/torchbackend.h"
#include "../pep/marker.h"
#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "conflictedits.h"
#include "requirementedits.h"
#include "tomldocument.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::stringOf;
using TomlValue::toQString;

namespace
{
const QStringList SourcesPath{u"tool"_s, u"uv"_s, u"sources"_s};
const QStringList IndexPath{u"tool"_s, u"uv"_s, u"index"_s};

QString normalizedMarker(const QString &marker)
{
    if (marker.isEmpty())
        return {};
    const Result<Marker> parsed = Marker::parse(marker);
    return parsed ? parsed->toString() : marker;
}

// A package's entries read as index sources; nullopt when one of them is something else.
std::optional<QList<SourceEntry>> indexEntries(const toml::node &value)
{
    QList<SourceEntry> entries;
    const auto readOne = [&entries](const toml::node &node) {
        const toml::table *table = node.as_table();
        if (!table)
            return false;
        for (auto &&[key, item] : *table) {
            const std::string_view name = key.str();
            if (name != "index" && name != "marker" && name != "extra" && name != "group")
                return false;
        }
        SourceEntry entry{stringOf(*table, "index"), normalizedMarker(stringOf(*table, "marker")),
                          PackageName::canonicalize(stringOf(*table, "extra")),
                          PackageName::canonicalize(stringOf(*table, "group"))};
        if (entry.index.isEmpty())
            return false;
        entries.append(entry);
        return true;
    };
    if (const toml::array *array = value.as_array()) {
        for (const toml::node &node : *array) {
            if (!readOne(node))
                return std::nullopt;
        }
        return entries;
    }
    if (!readOne(value))
        return std::nullopt;
    return entries;
}

// Every index name a package's sources mention, whatever else they hold.
QSet<QString> indexNamesIn(const toml::node &value)
{
    QSet<QString> names;
    const auto collect = [&names](const toml::node &node) {
        if (const toml::table *table = node.as_table()) {
            const QString name = stringOf(*table, "index");
            if (!name.isEmpty())
                names.insert(name);
        }
    };
    if (const toml::array *array = value.as_array()) {
        for (const toml::node &node : *array)
            collect(node);
    } else {
        collect(value);
    }
    return names;
}

QList<SourceEntry> normalized(QList<SourceEntry> entries)
{
    for (SourceEntry &entry : entries) {
        entry.marker = normalizedMarker(entry.marker);
        entry.extra = PackageName::canonicalize(entry.extra);
        entry.group = PackageName::canonicalize(entry.group);
    }
    return entries;
}
} // namespace

namespace
{
/// The key of \a table whose canonical package name is \a package (sources keys may be spelled freely).
std::optional<QString> keyFor(const toml::table *table, const QString &package)
{
    if (!table)
        return std::nullopt;
    for (auto &&[key, value] : *table) {
        const QString name = toQString(key.str());
        if (PackageName::canonicalize(name) == package)
            return name;
    }
    return std::nullopt;
}
} // namespace

PlanEdits::PlanEdits(const TomlDocument &document, const PlanReading &before, const TorchPlan &plan)
    : m_document(document)
    , m_before(before)
    , m_plan(plan)
    , m_editor(document)
    , m_text(document.text())
{
    if (const toml::node *sources = document.nodeAt(SourcesPath))
        m_sources = sources->as_table();
    // The project's first torch requirement with versions sets the companions' versions.
    for (const auto &[name, text] : requirementStrings()) {
        if (name != u"torch")
            continue;
        const Result<Requirement> parsed = Requirement::parse(text);
        if (parsed && !parsed->specifier().isEmpty()) {
            m_torch = *parsed;
            break;
        }
    }
}

Result<QByteArray> PlanEdits::make()
{
    readIndexes();
    // New sections at the same place keep the order they are made in: the guide's order.
    RequirementEdits requirements(m_document, m_editor, m_before, m_plan, m_text);
    if (m_plan.mode() == TorchPlan::Mode::PerPlatform) {
        requirements.setDependencyCompanions(companionRequirements(companionColumns()));
    } else {
        QMap<QString, QList<CompanionRequirement>> perVariant;
        for (const TorchVariant &variant : m_plan.variants())
            perVariant.insert(variant.name, companionRequirements(variant.backends));
        requirements.setVariantCompanions(perVariant);
    }
    requirements.make();
    for (const QString &extra : requirements.removedExtras())
        m_removedLists.insert(u"extra:"_s + extra);
    for (const QString &group : requirements.removedGroups())
        m_removedLists.insert(u"group:"_s + group);
    ConflictEdits(m_document, m_editor, m_before, m_plan, m_text, m_removedLists).make();
    editSources();
    editIndexes();
    return m_editor.apply();
}

void PlanEdits::readIndexes()
{
    const toml::node *node = m_document.nodeAt(IndexPath);
    const toml::array *array = node ? node->as_array() : nullptr;
    if (!array)
        return;
    for (const toml::node &item : *array) {
        const toml::table *table = item.as_table();
        m_indexes.append(table ? ExistingIndex{stringOf(*table, "name"), stringOf(*table, "url")} : ExistingIndex{});
    }
}

QString PlanEdits::indexNameFor(const QString &backendId)
{
    const std::optional<TorchBackend> backend = TorchBackend::fromId(backendId);
    const QString url = backend ? backend->indexUrl() : QString();
    const QString wanted = TorchPlanReader::normalizedIndexUrl(url);
    for (const ExistingIndex &index : std::as_const(m_indexes) + m_newIndexes) {
        if (!index.name.isEmpty() && TorchPlanReader::normalizedIndexUrl(index.url) == wanted)
            return index.name;
    }
    // A new index: pytorch-<id>, or pytorch-<id>-2… when a different index has that name.
    const auto taken = [this](const QString &name) {
        for (const ExistingIndex &index : std::as_const(m_indexes) + m_newIndexes) {
            if (index.name == name)
                return true;
        }
        return false;
    };
    QString name = u"pytorch-"_s + backendId;
    for (int n = 2; taken(name); ++n)
        name = u"pytorch-%1-%2"_s.arg(backendId).arg(n);
    m_newIndexes.append({name, url});
    return name;
}

QList<SourceEntry> PlanEdits::desiredSources(const QString &package)
{
    QList<SourceEntry> entries;
    if (!m_plan.packages().contains(package))
        return entries;
    if (m_plan.mode() == TorchPlan::Mode::PerPlatform) {
        for (const BackendPlatforms &group : PlanTomlText::groupByBackend(m_plan.backends(package)))
            entries.append({indexNameFor(group.backend), PlanTomlText::platformMarker(group.platforms), {}, {}});
        return entries;
    }
    for (const TorchVariant &variant : m_plan.variants()) {
        for (const BackendPlatforms &group : PlanTomlText::groupByBackend(variant.backends)) {
            SourceEntry entry{indexNameFor(group.backend), PlanTomlText::platformMarker(group.platforms), {}, {}};
            (variant.kind == TorchVariant::Kind::Group ? entry.group : entry.extra) = variant.name;
            entries.append(entry);
        }
    }
    return entries;
}

PlatformBackends PlanEdits::companionColumns() const
{
    // The companions follow the first package that uses ROCm or XPU on each platform.
    PlatformBackends columns;
    for (TargetPlatform::Os os : PlatformBackends::platforms()) {
        for (const QString &package : m_plan.packages()) {
            const QString id = m_plan.backends(package).at(os);
            if (TritonCompanion::forBackend(id)) {
                columns.set(os, id);
                break;
            }
        }
    }
    return columns;
}

QList<BackendPlatforms> PlanEdits::companionGroups(TritonCompanion::Kind kind, const PlatformBackends &row) const
{
    QList<BackendPlatforms> groups = PlanTomlText::groupByBackend(row);
    groups.removeIf(
        [kind](const BackendPlatforms &group) { return TritonCompanion::forBackend(group.backend) != kind; });
    return groups;
}

QList<SourceEntry> PlanEdits::desiredCompanionSources(TritonCompanion::Kind kind)
{
    QList<SourceEntry> entries;
    if (m_plan.mode() == TorchPlan::Mode::PerPlatform) {
        for (const BackendPlatforms &group : companionGroups(kind, companionColumns()))
            entries.append({indexNameFor(group.backend), PlanTomlText::platformMarker(group.platforms), {}, {}});
        return entries;
    }
    for (const TorchVariant &variant : m_plan.variants()) {
        for (const BackendPlatforms &group : companionGroups(kind, variant.backends)) {
            SourceEntry entry{indexNameFor(group.backend), PlanTomlText::platformMarker(group.platforms), {}, {}};
            (variant.kind == TorchVariant::Kind::Group ? entry.group : entry.extra) = variant.name;
            entries.append(entry);
        }
    }
    return entries;
}

bool PlanEdits::rowUnchanged(const QString &package) const
{
    const TorchPlan &old = m_before.plan;
    if (old.mode() != m_plan.mode())
        return false;
    if (m_plan.mode() == TorchPlan::Mode::PerPlatform)
        return old.backends(package) == m_plan.backends(package);
    return old.variants() == m_plan.variants() &&
           old.packages().contains(package) == m_plan.packages().contains(package);
}

QList<std::pair<QString, QString>> PlanEdits::requirementStrings() const
{
    // (canonical name, text) of every requirement in dependencies, extras and groups.
    QList<std::pair<QString, QString>> result;
    for (const toml::array *list : RequirementEdits::requirementLists(m_document)) {
        for (const toml::node &item : *list) {
            if (const auto text = item.value<std::string_view>()) {
                const QString requirement = toQString(*text);
                if (const Result<Requirement> parsed = Requirement::parse(requirement))
                    result.append({parsed->packageName().canonical(), requirement});
            }
        }
    }
    return result;
}

QString PlanEdits::companionName(TritonCompanion::Kind kind) const
{
    const QStringList names = TritonCompanion::names(kind);
    if (m_sources) {
        for (const QString &name : names) {
            if (keyFor(m_sources, name))
                return name;
        }
    }
    for (const auto &[name, text] : requirementStrings()) {
        if (names.contains(name))
            return name;
    }
    const QString requirement = TritonCompanion::requirementFor(kind, torchSpecifier());
    return Requirement::parse(requirement)->packageName().canonical();
}

const SpecifierSet *PlanEdits::torchSpecifier() const
{
    return m_torch ? &m_torch->specifier() : nullptr;
}

QList<CompanionRequirement> PlanEdits::companionRequirements(const PlatformBackends &row) const
{
    QList<CompanionRequirement> result;
    for (TritonCompanion::Kind kind : {TritonCompanion::Kind::Rocm, TritonCompanion::Kind::Xpu}) {
        QList<TargetPlatform::Os> platforms;
        for (const BackendPlatforms &group : companionGroups(kind, row))
            platforms += group.platforms;
        if (platforms.isEmpty())
            continue;
        std::sort(platforms.begin(), platforms.end());
        // Keep the spelling the project already uses; the version follows its torch.
        QString text = TritonCompanion::requirementFor(kind, torchSpecifier());
        const QString name = companionName(kind);
        const QString written = Requirement::parse(text)->packageName().canonical();
        if (name != written)
            text = name + text.mid(written.size());
        const QString marker = PlanTomlText::platformMarker(platforms);
        if (!marker.isEmpty())
            text += u" ; "_s + marker;
        result.append({kind, text});
    }
    return result;
}

void PlanEdits::setSources(const QString &package, const QList<SourceEntry> &entries)
{
    if (const std::optional<QString> key = keyFor(m_sources, package))
        m_indexesLeft += indexNamesIn(*m_sources->get(key->toStdString()));
    m_changedSources.insert(package, entries);
}

QString PlanEdits::sourceText(const toml::node &existing, const QList<SourceEntry> &entries) const
{
    // One entry keeps a compact form the file used: `{ index = … }` or `[{ index = … }]`.
    if (entries.size() == 1) {
        const TextSpan span = m_document.span(existing);
        const bool oneLine = !m_document.text().mid(span.begin, span.size()).contains('\n');
        if (existing.is_table())
            return PlanTomlText::sourceEntry(entries.first());
        if (existing.is_array() && oneLine)
            return u"["_s + PlanTomlText::sourceEntry(entries.first()) + u"]"_s;
    }
    return m_text.sourceList(entries);
}

void PlanEdits::editSources()
{
    QStringList packages = m_plan.packages();
    for (const QString &package : m_before.plan.packages()) {
        if (!packages.contains(package))
            packages.append(package);
    }
    for (const QString &package : std::as_const(packages)) {
        if (!rowUnchanged(package))
            setSources(package, desiredSources(package));
    }
    for (TritonCompanion::Kind kind : {TritonCompanion::Kind::Rocm, TritonCompanion::Kind::Xpu}) {
        const QList<SourceEntry> desired = desiredCompanionSources(kind);
        if (!desired.isEmpty()) {
            const QString name = companionName(kind);
            const std::optional<QString> key = keyFor(m_sources, name);
            const auto existing = key ? indexEntries(*m_sources->get(key->toStdString())) : std::nullopt;
            if (!existing || normalized(*existing) != normalized(desired))
                setSources(name, desired);
            continue;
        }
        // A companion the plan no longer needs goes when it only pointed at PyTorch indexes.
        for (const QString &name : TritonCompanion::names(kind)) {
            const std::optional<QString> key = keyFor(m_sources, name);
            if (!key)
                continue;
            bool pytorchOnly = true;
            for (const QString &index : indexNamesIn(*m_sources->get(key->toStdString()))) {
                const auto it = std::find_if(m_indexes.cbegin(), m_indexes.cend(),
                                             [&index](const ExistingIndex &e) { return e.name == index; });
                pytorchOnly = pytorchOnly && it != m_indexes.cend() && TorchBackend::fromIndexUrl(it->url);
            }
            if (pytorchOnly)
                setSources(name, {});
        }
    }

    // Turn the decisions into edits.
    QStringList inserts;
    QString insertBody;
    int removedKeys = 0;
    for (auto it = m_changedSources.cbegin(); it != m_changedSources.cend(); ++it) {
        const std::optional<QString> key = keyFor(m_sources, it.key());
        if (key && it->isEmpty())
            ++removedKeys;
        else if (!key && !it->isEmpty())
            inserts.append(it.key());
    }
    const TomlDocument::Section *section = m_document.section(SourcesPath);
    if (m_sources && section && inserts.isEmpty() && removedKeys == qsizetype(m_sources->size())) {
        m_editor.removeSection(*section);
        return;
    }
    for (auto it = m_changedSources.cbegin(); it != m_changedSources.cend(); ++it) {
        const std::optional<QString> key = keyFor(m_sources, it.key());
        if (key && it->isEmpty())
            m_editor.removeEntry(*m_sources, *key);
        else if (key)
            m_editor.replaceValue(*m_sources->get(key->toStdString()),
                                  sourceText(*m_sources->get(key->toStdString()), *it));
    }
    // New keys in the plan's order, companions after the packages.
    std::stable_sort(inserts.begin(), inserts.end(), [this](const QString &a, const QString &b) {
        const auto rank = [this](const QString &name) {
            const qsizetype at = m_plan.packages().indexOf(name);
            return at < 0 ? m_plan.packages().size() : at;
        };
        return rank(a) < rank(b);
    });
    for (const QString &package : std::as_const(inserts)) {
        if (m_sources)
            m_editor.insertEntry(SourcesPath, package, m_text.sourceList(m_changedSources.value(package)));
        else
            insertBody += package + u" = "_s + m_text.sourceList(m_changedSources.value(package)) + u"\n"_s;
    }
    if (!insertBody.isEmpty()) {
        const QList<const TomlDocument::Section *> indexes = m_document.arraySections(IndexPath);
        m_editor.insertSection(SourcesPath, false, insertBody, indexes.isEmpty() ? nullptr : indexes.first());
    }
}

void PlanEdits::editIndexes()
{
    QSet<QString> referenced;
    if (m_sources) {
        for (auto &&[key, value] : *m_sources) {
            if (!m_changedSources.contains(PackageName::canonicalize(toQString(key.str()))))
                referenced += indexNamesIn(value);
        }
    }
    for (const QList<SourceEntry> &entries : std::as_const(m_changedSources)) {
        for (const SourceEntry &entry : entries)
            referenced.insert(entry.index);
    }

    const QList<const TomlDocument::Section *> sections = m_document.arraySections(IndexPath);
    const toml::node *node = m_document.nodeAt(IndexPath);
    const toml::array *array = node ? node->as_array() : nullptr;
    const bool headerTables = !sections.isEmpty() && sections.size() == m_indexes.size();
    const bool inlineArray = array && sections.isEmpty();

    // PyTorch indexes the change leaves without users.
    QList<qsizetype> unused;
    for (qsizetype i = 0; i < m_indexes.size(); ++i) {
        const ExistingIndex &index = m_indexes.at(i);
        if (TorchBackend::fromIndexUrl(index.url) && m_indexesLeft.contains(index.name) &&
            !referenced.contains(index.name))
            unused.append(i);
    }
    const auto catalogueRank = [](const QString &url) -> qsizetype {
        const std::optional<TorchBackend> backend = TorchBackend::fromIndexUrl(url);
        return backend ? TorchBackend::all().indexOf(*backend) : -1;
    };
    QList<ExistingIndex> additions = m_newIndexes;
    std::stable_sort(additions.begin(), additions.end(),
                     [&catalogueRank](const ExistingIndex &a, const ExistingIndex &b) {
                         return catalogueRank(a.url) < catalogueRank(b.url);
                     });

    // An unused index that holds only name, url and explicit = true becomes a new one in place:
    // the smallest change, and switching back restores the bytes.
    QHash<qsizetype, QString> urlAfter;
    for (qsizetype u = 0; u < unused.size() && !additions.isEmpty();) {
        const toml::table *table = array ? array->get(size_t(unused.at(u)))->as_table() : nullptr;
        const bool plain = table && table->size() == 3 && table->get_as<bool>("explicit") &&
                           table->get_as<bool>("explicit")->get() && table->get_as<std::string>("name") &&
                           table->get_as<std::string>("url");
        if (!plain) {
            ++u;
            continue;
        }
        const ExistingIndex index = additions.takeFirst();
        m_editor.replaceValue(*table->get("name"), TomlEditor::quoted(index.name));
        m_editor.replaceValue(*table->get("url"), TomlEditor::quoted(index.url));
        urlAfter.insert(unused.at(u), index.url);
        unused.removeAt(u);
    }
    for (const qsizetype i : std::as_const(unused)) {
        if (headerTables)
            m_editor.removeSection(*sections.at(i));
        else if (inlineArray)
            m_editor.removeArrayItem(*array, i);
    }

    // A new PyTorch index goes before the first remaining one that comes later in uv's
    // catalogue (cpu, CUDA newest first, ROCm, xpu), so that switching back and forth
    // restores the order; else after the last table (an insertion at the end of a removed
    // table does not overlap its removal).
    for (const ExistingIndex &index : std::as_const(additions)) {
        const QString body = PlanTomlText::indexBody(index.name, index.url);
        if (!headerTables) {
            if (inlineArray)
                m_editor.appendArrayItem(*array, PlanTomlText::inlineIndex(index.name, index.url));
            else
                m_editor.insertSection(IndexPath, true, body);
            continue;
        }
        const qsizetype rank = catalogueRank(index.url);
        const TomlDocument::Section *before = nullptr;
        for (qsizetype i = 0; i < m_indexes.size() && !before; ++i) {
            if (!unused.contains(i) && catalogueRank(urlAfter.value(i, m_indexes.at(i).url)) > rank)
                before = sections.at(i);
        }
        if (before)
            m_editor.insertSection(IndexPath, true, body, before);
        else
            m_editor.insertArraySectionAfter(*sections.last(), body);
    }
}

} // namespace Akari
