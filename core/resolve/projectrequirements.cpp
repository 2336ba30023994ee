// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectrequirements.h"

#include <algorithm>
#include <tuple>

#include <QSet>

#include "../pep/packagename.h"
#include "../project/tomldocument.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// toml++ keeps keys sorted; people expect the order they wrote.
QList<std::pair<const toml::key *, const toml::node *>> inFileOrder(const toml::table &table)
{
    QList<std::pair<const toml::key *, const toml::node *>> entries;
    for (const auto &[key, value] : table)
        entries.append({&key, &value});
    std::ranges::sort(entries, [](const auto &a, const auto &b) {
        const toml::source_position &left = a.first->source().begin;
        const toml::source_position &right = b.first->source().begin;
        return std::tie(left.line, left.column) < std::tie(right.line, right.column);
    });
    return entries;
}

const toml::table *tableIn(const toml::table *table, std::string_view key)
{
    return table ? table->get_as<toml::table>(key) : nullptr;
}

// Follows extras, groups and self-references of one project and collects its requirements.
class Collector
{
    Q_DECLARE_TR_FUNCTIONS(Akari::ProjectRequirements)

public:
    explicit Collector(const TomlDocument &document)
        : m_document(document)
    {
        const toml::table &root = document.root();
        const toml::table *project = tableIn(&root, "project");
        if (project) {
            if (const auto *name = project->get_as<std::string>("name"))
                projectName = toQString(name->get());
            if (const auto *requires_ = project->get_as<std::string>("requires-python"))
                requiresPython = toQString(requires_->get()).trimmed();
        }
        m_self = PackageName::canonicalize(projectName);
        if (const toml::table *extras = tableIn(project, "optional-dependencies")) {
            for (const auto &[key, value] : inFileOrder(*extras)) {
                const QString name = PackageName::canonicalize(toQString(key->str()));
                definedExtras.append(name);
                m_extraNodes.insert(name, value);
            }
        }
        if (const toml::table *groups = tableIn(&root, "dependency-groups")) {
            for (const auto &[key, value] : inFileOrder(*groups)) {
                const QString name = PackageName::canonicalize(toQString(key->str()));
                definedGroups.append(name);
                m_groupNodes[name].append(value);
            }
        }
        // uv reads the legacy `[tool.uv] dev-dependencies` as (part of) the `dev` group.
        if (const toml::table *uv = tableIn(tableIn(&root, "tool"), "uv")) {
            if (const toml::node *dev = uv->get("dev-dependencies")) {
                if (!m_groupNodes.contains(u"dev"_s))
                    definedGroups.append(u"dev"_s);
                m_groupNodes[u"dev"_s].append(dev);
            }
        }
    }

    Result<void> addBase()
    {
        const toml::node *dependencies = m_document.nodeAt({u"project"_s, u"dependencies"_s});
        return addList(dependencies, u"[project] dependencies"_s);
    }

    Result<void> addExtra(const QString &extra)
    {
        const QString name = PackageName::canonicalize(extra);
        if (m_extrasDone.contains(name))
            return {};
        const auto found = m_extraNodes.constFind(name);
        if (found == m_extraNodes.constEnd()) {
            return fail(Error(Error::Code::InvalidArgument,
                              definedExtras.isEmpty()
                                  ? tr("The project defines no extras, so “%1” cannot be chosen.").arg(extra)
                                  : tr("The project has no extra “%1”; [project.optional-dependencies] defines: %2.")
                                        .arg(extra, definedExtras.join(u", "_s)),
                              m_document.filePath()));
        }
        m_extrasDone.insert(name);
        return addList(*found, u"[project.optional-dependencies] "_s + name);
    }

    Result<void> addGroup(const QString &group)
    {
        const QString name = PackageName::canonicalize(group);
        if (m_groupsDone.contains(name))
            return {};
        const auto found = m_groupNodes.constFind(name);
        if (found == m_groupNodes.constEnd()) {
            return fail(Error(Error::Code::InvalidArgument,
                              definedGroups.isEmpty()
                                  ? tr("The project defines no dependency groups, so “%1” cannot be chosen.").arg(group)
                                  : tr("The project has no dependency group “%1”; [dependency-groups] defines: %2.")
                                        .arg(group, definedGroups.join(u", "_s)),
                              m_document.filePath()));
        }
        if (m_groupStack.contains(name)) {
            return fail(Error(Error::Code::Parse,
                              tr("The dependency groups include each other in a cycle: %1.")
                                  .arg((m_groupStack + QStringList{name}).join(u" → "_s)),
                              m_document.filePath()));
        }
        m_groupStack.append(name);
        for (const toml::node *node : *found) {
            if (Result<void> added = addList(node, u"[dependency-groups] "_s + name); !added)
                return added;
        }
        m_groupStack.removeLast();
        m_groupsDone.insert(name);
        return {};
    }

    QString projectName;
    QString requiresPython;
    QStringList definedExtras;
    QStringList definedGroups;
    QList<Requirement> requirements;

    [[nodiscard]] QStringList extrasDone() const { return sorted(m_extrasDone); }
    [[nodiscard]] QStringList groupsDone() const { return sorted(m_groupsDone); }

private:
    static QStringList sorted(const QSet<QString> &set)
    {
        QStringList list(set.cbegin(), set.cend());
        list.sort();
        return list;
    }

    Error invalidAt(const toml::node &node, const QString &message) const
    {
        const toml::source_position begin = node.source().begin;
        return Error(Error::Code::Parse, message, m_document.filePath(), int(begin.line), int(begin.column));
    }

    Result<void> addList(const toml::node *node, const QString &where)
    {
        if (!node)
            return {};
        const toml::array *array = node->as_array();
        if (!array)
            return fail(invalidAt(*node, tr("%1 must be a list of requirements.").arg(where)));
        for (const toml::node &element : *array) {
            if (const auto *text = element.as_string()) {
                if (Result<void> added = addRequirement(element, toQString(text->get()), where); !added)
                    return added;
                continue;
            }
            const toml::table *table = element.as_table();
            const auto *include = table ? table->get_as<std::string>("include-group") : nullptr;
            if (!include || !where.startsWith(u"[dependency-groups]"_s))
                return fail(invalidAt(element, tr("%1 holds an entry that is not a requirement.").arg(where)));
            if (Result<void> added = addGroup(toQString(include->get())); !added)
                return added;
        }
        return {};
    }

    Result<void> addRequirement(const toml::node &node, const QString &text, const QString &where)
    {
        const Result<Requirement> requirement = Requirement::parse(text);
        if (!requirement) {
            return fail(invalidAt(
                node,
                tr("The requirement “%1” in %2 is not valid: %3").arg(text, where, requirement.error().message())));
        }
        // The project itself: its extras join the chosen ones (uv's self-referencing extras).
        if (!m_self.isEmpty() && requirement->packageName().canonical() == m_self) {
            for (const QString &extra : requirement->extras()) {
                if (Result<void> added = addExtra(extra); !added)
                    return added;
            }
            return {};
        }
        if (!requirements.contains(*requirement))
            requirements.append(*requirement);
        return {};
    }

    const TomlDocument &m_document;
    QString m_self;
    QHash<QString, const toml::node *> m_extraNodes;
    QHash<QString, QList<const toml::node *>> m_groupNodes;
    QSet<QString> m_extrasDone;
    QSet<QString> m_groupsDone;
    QStringList m_groupStack;
};

struct ConflictMember
{
    bool isGroup = false;
    QString name; // normalised
};

// `[tool.uv] conflicts`: sets of this project's extras and groups that must not be chosen together.
QList<QList<ConflictMember>> conflictSets(const TomlDocument &document, const QString &self)
{
    QList<QList<ConflictMember>> sets;
    const toml::node *node = document.nodeAt({u"tool"_s, u"uv"_s, u"conflicts"_s});
    const toml::array *array = node ? node->as_array() : nullptr;
    if (!array)
        return sets;
    for (const toml::node &entry : *array) {
        const toml::array *items = entry.as_array();
        if (!items)
            continue;
        QList<ConflictMember> members;
        for (const toml::node &item : *items) {
            const toml::table *table = item.as_table();
            if (!table)
                continue;
            // Members of other workspace packages do not concern this project.
            if (const auto *package = table->get_as<std::string>("package")) {
                if (PackageName::canonicalize(toQString(package->get())) != self)
                    continue;
            }
            if (const auto *extra = table->get_as<std::string>("extra"))
                members.append({false, PackageName::canonicalize(toQString(extra->get()))});
            else if (const auto *group = table->get_as<std::string>("group"))
                members.append({true, PackageName::canonicalize(toQString(group->get()))});
        }
        sets.append(members);
    }
    return sets;
}

} // namespace

Result<ProjectRequirements> ProjectRequirements::read(const TomlDocument &document, const QStringList &extras,
                                                      const QStringList &groups)
{
    Collector collector(document);
    if (Result<void> added = collector.addBase(); !added)
        return fail(added.error());
    for (const QString &extra : extras) {
        if (Result<void> added = collector.addExtra(extra); !added)
            return fail(added.error());
    }
    for (const QString &group : groups) {
        if (Result<void> added = collector.addGroup(group); !added)
            return fail(added.error());
    }

    ProjectRequirements result;
    result.m_requirements = collector.requirements;
    result.m_requiresPython = collector.requiresPython;
    result.m_projectName = collector.projectName;
    result.m_extras = collector.extrasDone();
    result.m_groups = collector.groupsDone();
    result.m_definedExtras = collector.definedExtras;
    result.m_definedGroups = collector.definedGroups;

    // uv refuses to install two members of one conflict set together.
    // Members are written as uv writes them: `project[extra]`, `project:group`.
    const QString self = PackageName::canonicalize(collector.projectName);
    for (const QList<ConflictMember> &set : conflictSets(document, self)) {
        QStringList chosen;
        for (const ConflictMember &member : set) {
            const QStringList &active = member.isGroup ? result.m_groups : result.m_extras;
            if (active.contains(member.name))
                chosen.append(member.isGroup ? QString(self + u':' + member.name)
                                             : QString(self + u'[' + member.name + u']'));
        }
        if (chosen.size() >= 2) {
            return fail(Error(Error::Code::InvalidArgument,
                              tr("“%1” and “%2” cannot be chosen together: [tool.uv] conflicts declares them "
                                 "incompatible.")
                                  .arg(chosen.at(0), chosen.at(1)),
                              document.filePath()));
        }
    }
    return result;
}

} // namespace Akari
