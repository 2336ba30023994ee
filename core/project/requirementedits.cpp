// SPDX-License-Identifier: GPL-3.0-or-later
#include "requirementedits.h"

#include <QRegularExpression>

#include "../backend/torchbackend.h"
#include "../pep/packagename.h"
#include "../pep/requirement.h"
#include "tomldocument.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
const QStringList ProjectPath{u"project"_s};
const QStringList DependenciesPath{u"project"_s, u"dependencies"_s};
const QStringList ExtrasPath{u"project"_s, u"optional-dependencies"_s};
const QStringList GroupsPath{u"dependency-groups"_s};

const toml::array *arrayAt(const TomlDocument &document, const QStringList &path)
{
    const toml::node *node = document.nodeAt(path);
    return node ? node->as_array() : nullptr;
}

// A `+cu128`-style local label belongs to one build; copied to another list it would be wrong.
QString withBackendLabel(const QString &requirement, const QString &backend)
{
    // Every `+<backend id>` local label becomes `+backend`, or goes when \a backend is empty.
    static const QRegularExpression label(u"\\+([A-Za-z0-9.]+)"_s);
    QString result = requirement;
    QRegularExpressionMatchIterator it = label.globalMatch(requirement);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    for (auto match = matches.crbegin(); match != matches.crend(); ++match) {
        if (TorchBackend::fromId(match->captured(1)))
            result.replace(match->capturedStart(), match->capturedLength(),
                           backend.isEmpty() ? QString() : u"+"_s + backend);
    }
    return result;
}
} // namespace

RequirementEdits::RequirementEdits(const TomlDocument &document, TomlEditor &editor, const PlanReading &before,
                                   const TorchPlan &plan, const PlanTomlText &text)
    : m_document(document)
    , m_editor(editor)
    , m_before(before)
    , m_plan(plan)
    , m_text(text)
{}

QList<RequirementEdits::Item> RequirementEdits::itemsOf(const toml::array &array)
{
    QList<Item> items;
    for (qsizetype i = 0; i < qsizetype(array.size()); ++i) {
        const auto text = array.get(size_t(i))->value<std::string_view>();
        if (!text)
            continue;
        if (const Result<Requirement> parsed = Requirement::parse(toQString(*text)))
            items.append({i, parsed->packageName().canonical()});
    }
    return items;
}

const toml::array *RequirementEdits::variantList(const TorchVariant &variant) const
{
    const QStringList &owner = variant.kind == TorchVariant::Kind::Group ? GroupsPath : ExtrasPath;
    const toml::node *node = m_document.nodeAt(owner);
    const toml::table *table = node ? node->as_table() : nullptr;
    if (!table)
        return nullptr;
    for (auto &&[key, value] : *table) {
        if (PackageName::canonicalize(toQString(key.str())) == PackageName::canonicalize(variant.name))
            return value.as_array();
    }
    return nullptr;
}

QList<const toml::array *> RequirementEdits::requirementLists(const TomlDocument &document)
{
    QList<const toml::array *> lists;
    if (const toml::array *dependencies = arrayAt(document, DependenciesPath))
        lists.append(dependencies);
    for (const QStringList &path : {ExtrasPath, GroupsPath}) {
        const toml::node *node = document.nodeAt(path);
        if (const toml::table *table = node ? node->as_table() : nullptr) {
            for (auto &&[key, value] : *table) {
                if (const toml::array *list = value.as_array())
                    lists.append(list);
            }
        }
    }
    return lists;
}

QString RequirementEdits::requirementText(const QString &package) const
{
    QList<const toml::array *> lists{arrayAt(m_document, DependenciesPath)};
    // Leaving variants, the variant built like the new plan holds the fitting version pins.
    if (m_before.plan.mode() == TorchPlan::Mode::Variants && m_plan.mode() == TorchPlan::Mode::PerPlatform) {
        const PlatformBackends row = m_plan.backends(package);
        for (const TorchVariant &variant : m_before.plan.variants()) {
            for (TargetPlatform::Os os : PlatformBackends::platforms()) {
                if (row.at(os) != TorchPlan::PyPi && variant.backends.at(os) == row.at(os)) {
                    lists.append(variantList(variant));
                    break;
                }
            }
        }
    }
    lists += requirementLists(m_document);
    for (const toml::array *list : std::as_const(lists)) {
        if (!list)
            continue;
        for (const Item &item : itemsOf(*list)) {
            if (item.name == package)
                return withBackendLabel(toQString(*list->get(size_t(item.index))->value<std::string_view>()), {});
        }
    }
    return package;
}

bool RequirementEdits::isPlanRequirement(const QString &name) const
{
    // Packages the plan does not cover are the user's business, wherever they are listed.
    return m_plan.packages().contains(name) || TritonCompanion::kindOf(name).has_value();
}

bool RequirementEdits::needsDependency(const QString &package) const
{
    // Moved out of a variant extra that goes; or new to the project. A package the project
    // lists only in a group or feature extra (a test-only torch), or merely routes, stays so.
    if (m_moved.contains(package))
        return true;
    if (m_required.contains(package))
        return false;
    const toml::node *sources = m_document.nodeAt({u"tool"_s, u"uv"_s, u"sources"_s});
    if (const toml::table *table = sources ? sources->as_table() : nullptr) {
        for (auto &&[key, value] : *table) {
            if (PackageName::canonicalize(toQString(key.str())) == package)
                return false;
        }
    }
    return true;
}

QString RequirementEdits::labelFor(const QString &package, const toml::array &array, bool dependencies) const
{
    // The backend whose local label (+cu128) the requirement may carry: one backend for the
    // list on every platform, else none.
    PlatformBackends row;
    if (dependencies) {
        row = m_plan.backends(package);
    } else {
        for (const TorchVariant &variant : m_plan.variants()) {
            if (variantList(variant) == &array)
                row = variant.backends;
        }
    }
    QStringList ids;
    for (const QString &id : row.ids) {
        if (id != TorchPlan::PyPi && !ids.contains(id))
            ids.append(id);
    }
    const bool everywhere = std::ranges::find(row.ids, TorchPlan::PyPi) == row.ids.end();
    return ids.size() == 1 && everywhere ? ids.first() : QString();
}

void RequirementEdits::fixBackendLabels(const toml::array &array, bool dependencies)
{
    for (const Item &item : itemsOf(array)) {
        if (!m_plan.packages().contains(item.name))
            continue;
        const toml::node &node = *array.get(size_t(item.index));
        const QString text = toQString(*node.value<std::string_view>());
        const QString fixed = withBackendLabel(text, labelFor(item.name, array, dependencies));
        if (fixed == text)
            continue;
        // Keep a literal string literal when nothing in it needs escaping.
        const QByteArray &bytes = m_document.text();
        const bool literal = bytes.at(m_document.span(node).begin) == '\'' && !fixed.contains(u'\'');
        m_editor.replaceValue(node, literal ? u"'"_s + fixed + u"'"_s : TomlEditor::quoted(fixed));
    }
}

void RequirementEdits::appendItems(const toml::array &array, const QStringList &items)
{
    if (items.isEmpty())
        return;
    // An empty list is written anew in uv's layout; appending to it item by item would not be.
    if (array.empty()) {
        m_editor.replaceValue(array, m_text.stringArray(items));
        return;
    }
    for (const QString &item : items)
        m_editor.appendArrayItem(array, TomlEditor::quoted(item));
}

void RequirementEdits::updateList(const toml::array &array, const QList<CompanionRequirement> &companions)
{
    const QList<Item> items = itemsOf(array);
    const auto has = [&items](const QStringList &names) {
        return std::any_of(items.cbegin(), items.cend(),
                           [&names](const Item &item) { return names.contains(item.name); });
    };
    QStringList additions;
    const bool dependencies = &array == arrayAt(m_document, DependenciesPath);
    for (const QString &package : m_plan.packages()) {
        if (!has({package}) && (!dependencies || needsDependency(package)))
            additions.append(requirementText(package));
    }
    fixBackendLabels(array, dependencies);
    QList<TritonCompanion::Kind> wantedKinds;
    for (const CompanionRequirement &companion : companions) {
        wantedKinds.append(companion.kind);
        if (!has(TritonCompanion::names(companion.kind)))
            additions.append(companion.text);
    }
    appendItems(array, additions);
    for (const Item &item : items) {
        const std::optional<TritonCompanion::Kind> kind = TritonCompanion::kindOf(item.name);
        if (kind && !wantedKinds.contains(*kind))
            m_editor.removeArrayItem(array, item.index);
    }
}

void RequirementEdits::removeAllPlanItems(const toml::array &array)
{
    const QList<Item> items = itemsOf(array);
    QList<Item> ours;
    for (const Item &item : items) {
        if (isPlanRequirement(item.name))
            ours.append(item);
    }
    if (ours.isEmpty())
        return;
    if (ours.size() == qsizetype(array.size())) {
        m_editor.replaceValue(array, u"[]"_s);
        return;
    }
    for (const Item &item : std::as_const(ours))
        m_editor.removeArrayItem(array, item.index);
}

bool RequirementEdits::clearList(const toml::array &array)
{
    // An extra that holds only the plan's requirements was the variant and goes; one that also
    // holds other packages is the user's feature extra and stays as written.
    const QList<Item> items = itemsOf(array);
    const bool onlyOurs =
        std::all_of(items.cbegin(), items.cend(), [this](const Item &item) { return isPlanRequirement(item.name); });
    return onlyOurs && items.size() == qsizetype(array.size());
}

void RequirementEdits::removeEntries(const QStringList &ownerPath, const QStringList &keys, bool keepSection)
{
    if (keys.isEmpty())
        return;
    const toml::table *owner = m_document.nodeAt(ownerPath)->as_table();
    // A section left without entries goes as a whole (unless new entries are coming).
    const TomlDocument::Section *section = m_document.section(ownerPath);
    if (section && !keepSection && qsizetype(owner->size()) == keys.size()) {
        m_editor.removeSection(*section);
        return;
    }
    for (const QString &key : keys)
        m_editor.removeEntry(*owner, key);
}

void RequirementEdits::addNewExtras(const QList<std::pair<QString, QStringList>> &extras)
{
    if (extras.isEmpty())
        return;
    if (m_document.nodeAt(ExtrasPath)) {
        for (const auto &[name, items] : extras)
            m_editor.insertEntry(ExtrasPath, name, m_text.stringArray(items));
        return;
    }
    // A new [project.optional-dependencies] goes right after [project]'s own lines.
    QString body;
    for (const auto &[name, items] : extras)
        body += TomlEditor::keyText(name) + u" = "_s + m_text.stringArray(items) + u"\n"_s;
    const QList<TomlDocument::Section> &sections = m_document.sections();
    const TomlDocument::Section *next = nullptr;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        if (sections.at(i).path == ProjectPath && !sections.at(i).arrayElement) {
            next = i + 1 < sections.size() ? &sections.at(i + 1) : nullptr;
            break;
        }
    }
    m_editor.insertSection(ExtrasPath, false, body, next);
}

void RequirementEdits::make()
{
    // Without [project] the file is no project of its own (a workspace root, say): its
    // requirements live elsewhere, and the plan only routes packages.
    const bool hasProject = m_document.nodeAt(ProjectPath) != nullptr;
    if (!hasProject)
        return;
    const toml::array *dependencies = arrayAt(m_document, DependenciesPath);
    for (const toml::array *list : requirementLists(m_document)) {
        for (const Item &item : itemsOf(*list))
            m_required.insert(item.name);
    }
    const bool wasVariants = m_before.plan.mode() == TorchPlan::Mode::Variants;
    const bool isVariants = m_plan.mode() == TorchPlan::Mode::Variants;

    // New extras first: a section they go into must stay even when all its old entries go.
    QList<std::pair<QString, QStringList>> newExtras;
    if (isVariants) {
        for (const TorchVariant &variant : m_plan.variants()) {
            if (variantList(variant))
                continue;
            QStringList items;
            for (const QString &package : m_plan.packages())
                items.append(requirementText(package));
            for (const CompanionRequirement &companion : m_variantCompanions.value(variant.name))
                items.append(companion.text);
            newExtras.append({variant.name, items});
        }
    }

    // Lists of variants that are gone lose their PyTorch requirements (or go entirely).
    if (wasVariants) {
        QStringList goneExtras;
        QStringList goneGroups;
        for (const TorchVariant &variant : m_before.plan.variants()) {
            const auto same = [&variant](const TorchVariant &v) {
                return PackageName::canonicalize(v.name) == PackageName::canonicalize(variant.name) &&
                       v.kind == variant.kind;
            };
            if (isVariants && std::any_of(m_plan.variants().cbegin(), m_plan.variants().cend(), same))
                continue;
            const toml::array *list = variantList(variant);
            if (!list || !clearList(*list))
                continue;
            for (const Item &item : itemsOf(*list))
                m_moved.insert(item.name);
            (variant.kind == TorchVariant::Kind::Group ? m_removedGroups : m_removedExtras)
                .insert(PackageName::canonicalize(variant.name));
            const QStringList &ownerPath = variant.kind == TorchVariant::Kind::Group ? GroupsPath : ExtrasPath;
            for (auto &&[key, value] : *m_document.nodeAt(ownerPath)->as_table()) {
                if (&value == list)
                    (variant.kind == TorchVariant::Kind::Group ? goneGroups : goneExtras).append(toQString(key.str()));
            }
        }
        removeEntries(ExtrasPath, goneExtras, !newExtras.isEmpty());
        removeEntries(GroupsPath, goneGroups, false);
    }

    if (!isVariants) {
        if (dependencies) {
            updateList(*dependencies, m_dependencyCompanions);
            return;
        }
        QStringList items;
        for (const QString &package : m_plan.packages()) {
            if (needsDependency(package))
                items.append(requirementText(package));
        }
        for (const CompanionRequirement &companion : m_dependencyCompanions)
            items.append(companion.text);
        m_editor.insertEntry(ProjectPath, u"dependencies"_s, m_text.stringArray(items));
        return;
    }

    if (!wasVariants && dependencies)
        removeAllPlanItems(*dependencies);
    for (const TorchVariant &variant : m_plan.variants()) {
        if (const toml::array *list = variantList(variant))
            updateList(*list, m_variantCompanions.value(variant.name));
    }
    addNewExtras(newExtras);
}

} // namespace Akari
