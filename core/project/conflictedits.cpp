// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictedits.h"

#include <optional>
#include <string_view>

#include "../pep/packagename.h"
#include "tomldocument.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::stringOf;

namespace
{
const QStringList ToolUvPath{u"tool"_s, u"uv"_s};

// One member of a conflict set as "extra:name" or "group:name" (canonical); empty for one
// that names another workspace package or is something else.
QString conflictMember(const toml::node &item)
{
    const toml::table *table = item.as_table();
    if (!table || table->contains("package"))
        return {};
    if (const QString extra = stringOf(*table, "extra"); !extra.isEmpty())
        return u"extra:"_s + PackageName::canonicalize(extra);
    if (const QString group = stringOf(*table, "group"); !group.isEmpty())
        return u"group:"_s + PackageName::canonicalize(group);
    return {};
}

// A conflict set's members; nullopt when one of them is not this project's extra or group.
std::optional<QSet<QString>> conflictMembers(const toml::node &set)
{
    const toml::array *items = set.as_array();
    if (!items)
        return std::nullopt;
    QSet<QString> members;
    for (const toml::node &item : *items) {
        const QString member = conflictMember(item);
        if (member.isEmpty())
            return std::nullopt;
        members.insert(member);
    }
    return members;
}

QSet<QString> variantMembers(const QList<TorchVariant> &variants)
{
    QSet<QString> members;
    for (const TorchVariant &variant : variants) {
        const QString kind = variant.kind == TorchVariant::Kind::Group ? u"group:"_s : u"extra:"_s;
        members.insert(kind + PackageName::canonicalize(variant.name));
    }
    return members;
}
} // namespace

ConflictEdits::ConflictEdits(const TomlDocument &document, TomlEditor &editor, const PlanReading &before,
                             const TorchPlan &plan, const PlanTomlText &text, const QSet<QString> &removedLists)
    : m_document(document)
    , m_editor(editor)
    , m_before(before)
    , m_plan(plan)
    , m_text(text)
    , m_removedLists(removedLists)
{}

void ConflictEdits::removeDanglingMembers(const toml::array &conflicts, qsizetype ours)
{
    // Other sets lose the extras and groups that went; a set left with fewer than two goes.
    for (qsizetype i = 0; i < qsizetype(conflicts.size()); ++i) {
        const toml::array *items = conflicts.get(size_t(i))->as_array();
        if (i == ours || !items)
            continue;
        QList<qsizetype> gone;
        for (qsizetype j = 0; j < qsizetype(items->size()); ++j) {
            if (m_removedLists.contains(conflictMember(*items->get(size_t(j)))))
                gone.append(j);
        }
        if (gone.isEmpty())
            continue;
        if (qsizetype(items->size()) - gone.size() < 2) {
            m_editor.removeArrayItem(conflicts, i);
            continue;
        }
        for (const qsizetype j : std::as_const(gone))
            m_editor.removeArrayItem(*items, j);
    }
}

void ConflictEdits::make()
{
    const bool wanted = m_plan.mode() == TorchPlan::Mode::Variants && m_plan.variants().size() >= 2;
    const QSet<QString> desired = wanted ? variantMembers(m_plan.variants()) : QSet<QString>();
    const QSet<QString> old =
        m_before.plan.mode() == TorchPlan::Mode::Variants ? variantMembers(m_before.plan.variants()) : QSet<QString>();
    const QStringList conflictsPath = ToolUvPath + QStringList{u"conflicts"_s};
    const toml::node *node = m_document.nodeAt(conflictsPath);
    const toml::array *conflicts = node ? node->as_array() : nullptr;

    // The set that belongs to the plan: equal to the wanted one, else one sharing a variant.
    qsizetype ours = -1;
    bool satisfied = false;
    if (conflicts) {
        for (qsizetype i = 0; i < qsizetype(conflicts->size()); ++i) {
            const std::optional<QSet<QString>> members = conflictMembers(*conflicts->get(size_t(i)));
            if (!members)
                continue;
            if (wanted && *members == desired)
                satisfied = true;
            else if (ours < 0 && (members->intersects(old) || members->intersects(desired)) &&
                     (*members - old - desired).isEmpty())
                ours = i;
        }
        removeDanglingMembers(*conflicts, satisfied ? -1 : ours);
    }
    if (satisfied)
        return;
    const QString setText = m_text.conflictSet(m_plan.variants());
    if (wanted) {
        if (ours >= 0) {
            m_editor.replaceValue(*conflicts->get(size_t(ours)), setText);
        } else if (conflicts) {
            m_editor.appendArrayItem(*conflicts, setText);
        } else {
            const QString entry = m_text.conflicts(m_plan.variants());
            const toml::node *uv = m_document.nodeAt(ToolUvPath);
            const TomlDocument::Section *uvSection = m_document.section(ToolUvPath);
            const TomlDocument::Section *firstUvSub = nullptr;
            for (const TomlDocument::Section &section : m_document.sections()) {
                if (section.path.size() > 2 && section.path.first(2) == ToolUvPath) {
                    firstUvSub = &section;
                    break;
                }
            }
            // [tool.uv] goes before its sub-tables when only they define it.
            if (!uvSection && uv && firstUvSub)
                m_editor.insertSection(ToolUvPath, false, u"conflicts = "_s + entry + u"\n"_s, firstUvSub);
            else
                m_editor.insertEntry(ToolUvPath, u"conflicts"_s, entry);
        }
        return;
    }
    if (ours < 0)
        return;
    if (conflicts->size() > 1) {
        m_editor.removeArrayItem(*conflicts, ours);
        return;
    }
    const toml::table *uv = m_document.nodeAt(ToolUvPath)->as_table();
    const TomlDocument::Section *uvSection = m_document.section(ToolUvPath);
    // The section goes when conflicts was all it held (sub-tables have their own headers).
    int ownKeys = 0;
    if (uvSection) {
        for (auto &&[key, value] : *uv) {
            const qsizetype at = m_document.keySpan(key).begin;
            ownKeys += at >= uvSection->header.begin && at < uvSection->body.end ? 1 : 0;
        }
    }
    if (uvSection && ownKeys == 1)
        m_editor.removeSection(*uvSection);
    else
        m_editor.removeEntry(*uv, u"conflicts"_s);
}

} // namespace Akari
