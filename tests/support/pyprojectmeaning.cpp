// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyprojectmeaning.h"

#include <toml++/toml.h>

#include <QStringList>

#include "core/pep/marker.h"
#include "core/pep/markerenvironment.h"
#include "core/pep/packagename.h"
#include "core/pep/requirement.h"
#include "core/pep/version.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{

namespace
{
using Platform = MarkerEnvironment::TargetPlatform;
const QList<std::pair<Platform, QString>> Platforms{
    {Platform::Linux, u"linux"_s}, {Platform::Windows, u"win32"_s}, {Platform::MacOS, u"darwin"_s}};

QString text(std::string_view view)
{
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

QString stringAt(const toml::table &table, const char *key)
{
    const auto value = table[key].value<std::string_view>();
    return value ? text(*value) : QString();
}

QString normalizedUrl(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url.toLower();
}

MarkerEnvironment environment(Platform platform, const QString &selector)
{
    MarkerEnvironment env = MarkerEnvironment::forTarget(platform, *Version::parse(u"3.12.4"));
    if (selector.startsWith(u"extra:"))
        env.setExtra(selector.mid(6));
    return env;
}

QString requirementKey(const QString &requirementText)
{
    const Result<Requirement> requirement = Requirement::parse(requirementText);
    if (!requirement)
        return u"unparsable:"_s + requirementText;
    QString key = requirement->packageName().canonical() + u'|' + requirement->specifier().toString() + u'|';
    for (const auto &[platform, name] : Platforms) {
        const Result<bool> applies = requirement->appliesTo(environment(platform, {}));
        key += applies && *applies ? u'1' : u'0';
    }
    return key;
}

QSet<QString> requirementSet(const toml::node *node)
{
    QSet<QString> set;
    if (const toml::array *array = node ? node->as_array() : nullptr) {
        for (const toml::node &item : *array) {
            if (const auto value = item.value<std::string_view>())
                set.insert(requirementKey(text(*value)));
        }
    }
    return set;
}

QList<const toml::table *> sourceEntries(const toml::node &value)
{
    QList<const toml::table *> entries;
    if (const toml::array *array = value.as_array()) {
        for (const toml::node &item : *array) {
            if (const toml::table *table = item.as_table())
                entries.append(table);
        }
    } else if (const toml::table *table = value.as_table()) {
        entries.append(table);
    }
    return entries;
}
} // namespace

PyProjectMeaning meaningOf(const QByteArray &toml)
{
    PyProjectMeaning meaning;
    toml::table root;
    try {
        root = toml::parse(std::string_view(toml.constData(), size_t(toml.size())));
    } catch (const toml::parse_error &error) {
        meaning.error = text(error.description());
        return meaning;
    }

    QMap<QString, QString> indexUrls;
    if (const toml::array *indexes = root["tool"]["uv"]["index"].as_array()) {
        for (const toml::node &item : *indexes) {
            const toml::table *index = item.as_table();
            if (!index)
                continue;
            const QString url = normalizedUrl(stringAt(*index, "url"));
            indexUrls.insert(stringAt(*index, "name"), url);
            meaning.indexes.insert(
                url + (index->get_as<bool>("explicit") && **index->get_as<bool>("explicit") ? u"|explicit"_s : u"|"_s));
        }
    }

    meaning.requirements.insert(u"dependencies"_s, requirementSet(root["project"]["dependencies"].node()));
    QStringList selectors{QString()};
    const std::pair<const char *, QString> owners[] = {{"optional-dependencies", u"extra:"_s},
                                                       {"dependency-groups", u"group:"_s}};
    for (const auto &[key, prefix] : owners) {
        const toml::table *table = key == std::string_view("dependency-groups")
                                       ? root["dependency-groups"].as_table()
                                       : root["project"]["optional-dependencies"].as_table();
        if (!table)
            continue;
        for (auto &&[name, list] : *table) {
            const QString selector = prefix + PackageName::canonicalize(text(name.str()));
            selectors.append(selector);
            meaning.requirements.insert(selector, requirementSet(&list));
        }
    }

    if (const toml::table *sources = root["tool"]["uv"]["sources"].as_table()) {
        for (auto &&[key, value] : *sources) {
            const QString package = PackageName::canonicalize(text(key.str()));
            const QList<const toml::table *> entries = sourceEntries(value);
            for (const auto &[platform, platformName] : Platforms) {
                for (const QString &selector : std::as_const(selectors)) {
                    for (const toml::table *entry : entries) {
                        const QString extra = PackageName::canonicalize(stringAt(*entry, "extra"));
                        const QString group = PackageName::canonicalize(stringAt(*entry, "group"));
                        if ((!extra.isEmpty() && selector != u"extra:"_s + extra) ||
                            (!group.isEmpty() && selector != u"group:"_s + group))
                            continue;
                        const QString markerText = stringAt(*entry, "marker");
                        if (!markerText.isEmpty()) {
                            const Result<Marker> marker = Marker::parse(markerText);
                            const Result<bool> holds =
                                marker ? marker->evaluate(environment(platform, selector)) : Result<bool>(false);
                            if (!holds || !*holds)
                                continue;
                        }
                        const QString index = stringAt(*entry, "index");
                        const QString target =
                            index.isEmpty() ? u"non-index source"_s : indexUrls.value(index, u"undefined:"_s + index);
                        meaning.routes.insert(package + u'|' + platformName + u'|' + selector, target);
                        break;
                    }
                }
            }
        }
    }

    if (const toml::array *sets = root["tool"]["uv"]["conflicts"].as_array()) {
        for (const toml::node &set : *sets) {
            QStringList members;
            if (const toml::array *items = set.as_array()) {
                for (const toml::node &item : *items) {
                    if (const toml::table *member = item.as_table()) {
                        const QString extra = stringAt(*member, "extra");
                        members.append(extra.isEmpty()
                                           ? u"group:"_s + PackageName::canonicalize(stringAt(*member, "group"))
                                           : u"extra:"_s + PackageName::canonicalize(extra));
                    }
                }
            }
            members.sort();
            meaning.conflicts.insert(members.join(u','));
        }
    }
    return meaning;
}

QString PyProjectMeaning::differences(const PyProjectMeaning &other) const
{
    QStringList lines;
    const auto compareSets = [&lines](const QString &what, const QSet<QString> &a, const QSet<QString> &b) {
        for (const QString &item : a - b)
            lines.append(u"%1 only in the first: %2"_s.arg(what, item));
        for (const QString &item : b - a)
            lines.append(u"%1 only in the second: %2"_s.arg(what, item));
    };
    compareSets(u"index"_s, indexes, other.indexes);
    compareSets(u"conflict set"_s, conflicts, other.conflicts);
    QSet<QString> routeKeys(routes.keyBegin(), routes.keyEnd());
    routeKeys.unite(QSet<QString>(other.routes.keyBegin(), other.routes.keyEnd()));
    for (const QString &key : std::as_const(routeKeys)) {
        if (routes.value(key) != other.routes.value(key))
            lines.append(u"route %1: %2 vs %3"_s.arg(key, routes.value(key), other.routes.value(key)));
    }
    QSet<QString> lists(requirements.keyBegin(), requirements.keyEnd());
    lists.unite(QSet<QString>(other.requirements.keyBegin(), other.requirements.keyEnd()));
    for (const QString &list : std::as_const(lists))
        compareSets(u"requirement in "_s + list, requirements.value(list), other.requirements.value(list));
    if (error != other.error)
        lines.append(u"parse error: %1 vs %2"_s.arg(error, other.error));
    return lines.join(u'\n');
}

} // namespace Akari::Test
