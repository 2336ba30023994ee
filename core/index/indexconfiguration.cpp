// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexconfiguration.h"

#include <algorithm>
#include <vector>

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include "../project/tomldocument.h"
#include "../project/tomlvalue.h"
#include "httpurl.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
/// uv's IndexName: ASCII letters, digits, `-`, `_` and `.`.
bool isValidIndexName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9._-]+$"_s);
    return pattern.match(name).hasMatch();
}

std::optional<IndexConfiguration::Strategy> strategyFromText(const QString &text)
{
    if (text == u"first-index"_s)
        return IndexConfiguration::Strategy::FirstIndex;
    if (text == u"unsafe-first-match"_s)
        return IndexConfiguration::Strategy::UnsafeFirstMatch;
    if (text == u"unsafe-best-match"_s)
        return IndexConfiguration::Strategy::UnsafeBestMatch;
    return std::nullopt;
}

/**
 * An index location as uv reads it: a URL with a scheme (http, https, file), or a local path,
 * made absolute against \a baseDirectory and turned into a file: URL. A `~` at the start means
 * the home folder. Empty on failure.
 */
QUrl locationFromText(const QString &text, const QString &baseDirectory)
{
    static const QRegularExpression withScheme(u"^([A-Za-z][A-Za-z0-9+.-]+):"_s);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    // Two characters at least, so that `C:\wheels` is a Windows path and not the scheme "c".
    if (const QRegularExpressionMatch match = withScheme.match(trimmed); match.hasMatch()) {
        const QString scheme = match.captured(1).toLower();
        if (scheme != u"http"_s && scheme != u"https"_s && scheme != u"file"_s)
            return {};
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || (scheme != u"file"_s && url.host().isEmpty()))
            return {};
        return url;
    }
    QString path = trimmed;
    if (path == u"~"_s || path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    if (QDir::isRelativePath(path))
        path = baseDirectory + u'/' + path;
    return QUrl::fromLocalFile(QDir::cleanPath(path));
}

/// `url` or `name=url` from UV_INDEX / UV_DEFAULT_INDEX (uv: a name when the part before the
/// first `=` holds no `:`).
Result<PackageIndex> environmentIndex(const QString &variable, const QString &entry)
{
    PackageIndex index;
    QString location = entry;
    const qsizetype equals = entry.indexOf(u'=');
    if (equals >= 0 && !entry.left(equals).contains(u':')) {
        index.name = entry.left(equals);
        location = entry.mid(equals + 1);
        if (!isValidIndexName(index.name))
            return fail(Error(Error::Code::InvalidArgument,
                              IndexConfiguration::tr("%1 names an index “%2”, but index names may hold only ASCII "
                                                     "letters, digits, “-”, “_” and “.”.")
                                  .arg(variable, index.name)));
    }
    index.url = locationFromText(location, QDir::currentPath());
    if (index.url.isEmpty())
        return fail(Error(Error::Code::InvalidArgument,
                          IndexConfiguration::tr("%1 holds “%2”, which is neither an http(s) or file URL nor a path.")
                              .arg(variable, HttpUrl::redactedText(location))));
    return index;
}

// toml++ keeps a table's keys sorted; errors about "the second one" follow the file instead.
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

/// Reads the TOML parts of a pyproject into an IndexConfiguration, failing at the first problem.
class ProjectReader
{
public:
    ProjectReader(const TomlDocument &document, IndexConfiguration &configuration)
        : m_document(document)
        , m_configuration(configuration)
        , m_baseDirectory(document.filePath().isEmpty() ? QDir::currentPath()
                                                        : QFileInfo(document.filePath()).absolutePath())
    {}

    Result<void> read()
    {
        const toml::node *uvNode = m_document.nodeAt({u"tool"_s, u"uv"_s});
        if (!uvNode)
            return {};
        const toml::table *uv = uvNode->as_table();
        if (!uv)
            return fail(error(*uvNode, IndexConfiguration::tr("[tool.uv] must be a table.")));
        if (const toml::node *indexes = uv->get("index"))
            if (Result<void> done = readIndexes(*indexes); !done)
                return done;
        if (Result<void> done = readDeprecatedUrls(*uv); !done)
            return done;
        if (const toml::node *strategy = uv->get("index-strategy")) {
            const std::optional<IndexConfiguration::Strategy> value =
                strategyFromText(toQString(strategy->value<std::string_view>().value_or("")));
            if (!value)
                return fail(error(*strategy, IndexConfiguration::tr("“index-strategy” must be “first-index”, "
                                                                    "“unsafe-first-match” or “unsafe-best-match”.")));
            m_configuration.setStrategy(*value);
        }
        if (const toml::node *sources = uv->get("sources"))
            return readSources(*sources);
        return {};
    }

private:
    [[nodiscard]] Error error(const toml::node &node, const QString &message) const
    {
        const toml::source_position &where = node.source().begin;
        return {Error::Code::Parse, message, m_document.filePath(), int(where.line), int(where.column)};
    }

    [[nodiscard]] Error keyError(const toml::key &key, const QString &message) const
    {
        const toml::source_position &where = key.source().begin;
        return {Error::Code::Parse, message, m_document.filePath(), int(where.line), int(where.column)};
    }

    /// The URL or path at \a node; \a key ("url", "index-url"...) names it in messages.
    Result<QUrl> location(const toml::node &node, const QString &key)
    {
        const std::optional<std::string_view> text = node.value<std::string_view>();
        if (!text)
            return fail(error(node, IndexConfiguration::tr("“%1” must be a string holding a URL or a path.").arg(key)));
        const QUrl url = locationFromText(toQString(*text), m_baseDirectory);
        if (url.isEmpty())
            return fail(error(node, IndexConfiguration::tr("“%1” is “%2”, which is neither an http(s) or file URL nor "
                                                           "a path.")
                                        .arg(key, HttpUrl::redactedText(toQString(*text)))));
        return url;
    }

    Result<bool> boolean(const toml::table &table, std::string_view key, bool fallback)
    {
        const toml::node *node = table.get(key);
        if (!node)
            return fallback;
        if (!node->is_boolean())
            return fail(
                error(*node, IndexConfiguration::tr("“%1” of an index must be true or false.").arg(toQString(key))));
        return node->as_boolean()->get();
    }

    Result<void> readIndexes(const toml::node &node)
    {
        const toml::array *array = node.as_array();
        if (!array)
            return fail(error(node, IndexConfiguration::tr("[[tool.uv.index]] must be a list of tables.")));
        for (const toml::node &element : *array) {
            Result<PackageIndex> index = readIndex(element);
            if (!index)
                return fail(index.error());
            m_projectNames.insert(index->name);
            m_configuration.addIndex(*index);
        }
        return {};
    }

    Result<PackageIndex> readIndex(const toml::node &node)
    {
        const toml::table *table = node.as_table();
        if (!table)
            return fail(error(node, IndexConfiguration::tr("An entry of [[tool.uv.index]] must be a table.")));
        PackageIndex index;
        if (const toml::node *name = table->get("name")) {
            index.name = toQString(name->value<std::string_view>().value_or(""));
            if (!isValidIndexName(index.name))
                return fail(error(*name, IndexConfiguration::tr("The index name must be a string of ASCII letters, "
                                                                "digits, “-”, “_” and “.”.")));
        }
        const toml::node *url = table->get("url");
        if (!url)
            return fail(error(node, IndexConfiguration::tr("This [[tool.uv.index]] entry has no “url”.")));
        Result<QUrl> location = this->location(*url, u"url"_s);
        if (!location)
            return fail(location.error());
        index.url = *location;
        const Result<bool> isExplicit = boolean(*table, "explicit", false);
        const Result<bool> isDefault = boolean(*table, "default", false);
        if (!isExplicit || !isDefault)
            return fail(!isExplicit ? isExplicit.error() : isDefault.error());
        index.isExplicit = *isExplicit;
        index.isDefault = *isDefault;
        if (const toml::node *format = table->get("format")) {
            const std::optional<std::string_view> text = format->value<std::string_view>();
            if (text != "simple" && text != "flat")
                return fail(error(*format, IndexConfiguration::tr("“format” must be “simple” or “flat”.")));
            index.format = text == "flat" ? PackageIndex::Format::Flat : PackageIndex::Format::Simple;
        }
        if (const toml::node *authenticate = table->get("authenticate")) {
            const std::optional<std::string_view> text = authenticate->value<std::string_view>();
            if (text != "auto" && text != "always" && text != "never")
                return fail(error(*authenticate,
                                  IndexConfiguration::tr("“authenticate” must be “auto”, “always” or “never”.")));
            index.authenticate = text == "always"  ? PackageIndex::Authenticate::Always
                                 : text == "never" ? PackageIndex::Authenticate::Never
                                                   : PackageIndex::Authenticate::Auto;
        }
        if (const toml::node *codes = table->get("ignore-error-codes"))
            if (Result<void> done = readStatusCodes(*codes, index); !done)
                return fail(done.error());
        if (const toml::node *cacheControl = table->get("cache-control"))
            if (Result<void> done = readCacheControl(*cacheControl, index); !done)
                return fail(done.error());
        return index;
    }

    Result<void> readStatusCodes(const toml::node &node, PackageIndex &index)
    {
        const toml::array *array = node.as_array();
        if (!array)
            return fail(
                error(node, IndexConfiguration::tr("“ignore-error-codes” must be a list of HTTP status codes.")));
        for (const toml::node &element : *array) {
            const std::optional<int64_t> code = element.is_integer() ? element.value<int64_t>() : std::nullopt;
            if (!code || *code < 100 || *code > 599)
                return fail(error(element, IndexConfiguration::tr("An HTTP status code must be a whole number from "
                                                                  "100 to 599.")));
            index.ignoreErrorCodes.append(int(*code));
        }
        return {};
    }

    Result<void> readCacheControl(const toml::node &node, PackageIndex &index)
    {
        const toml::table *table = node.as_table();
        if (!table)
            return fail(error(node, IndexConfiguration::tr("“cache-control” must be a table with “api” and “files”.")));
        for (const auto &[key, target] : {std::pair{std::string_view("api"), &index.apiCacheControl},
                                          std::pair{std::string_view("files"), &index.filesCacheControl}}) {
            const toml::node *value = table->get(key);
            if (!value)
                continue;
            const std::optional<std::string_view> text = value->value<std::string_view>();
            if (!text)
                return fail(error(*value, IndexConfiguration::tr("“cache-control.%1” must be a Cache-Control header "
                                                                 "string.")
                                              .arg(toQString(key))));
            *target = toQString(*text).toLatin1();
        }
        return {};
    }

    // The deprecated [tool.uv] index-url (a default) and extra-index-url (after the indexes).
    Result<void> readDeprecatedUrls(const toml::table &uv)
    {
        if (const toml::node *extra = uv.get("extra-index-url")) {
            const toml::array *array = extra->as_array();
            if (!array)
                return fail(error(*extra, IndexConfiguration::tr("“extra-index-url” must be a list of URLs.")));
            for (const toml::node &element : *array) {
                Result<QUrl> url = location(element, u"extra-index-url"_s);
                if (!url)
                    return fail(url.error());
                PackageIndex index;
                index.url = *url;
                m_configuration.addIndex(index);
            }
        }
        if (const toml::node *node = uv.get("index-url")) {
            Result<QUrl> url = location(*node, u"index-url"_s);
            if (!url)
                return fail(url.error());
            PackageIndex index;
            index.url = *url;
            index.isDefault = true;
            m_configuration.addIndex(index);
        }
        return {};
    }

    Result<void> readSources(const toml::node &node)
    {
        const toml::table *table = node.as_table();
        if (!table)
            return fail(error(node, IndexConfiguration::tr("[tool.uv.sources] must be a table.")));
        for (const auto &[keyPointer, valuePointer] : inFileOrder(*table)) {
            const toml::key &key = *keyPointer;
            const toml::node &value = *valuePointer;
            const QString written = toQString(key.str());
            const Result<PackageName> package = PackageName::parse(written);
            if (!package)
                return fail(keyError(key, IndexConfiguration::tr("“%1” in [tool.uv.sources] is not a valid package "
                                                                 "name.")
                                              .arg(written)));
            QList<IndexConfiguration::Source> sources;
            if (const toml::array *array = value.as_array()) {
                if (array->empty())
                    return fail(error(value, IndexConfiguration::tr("The list of sources of “%1” is empty; give at "
                                                                    "least one source.")
                                                 .arg(written)));
                for (const toml::node &element : *array) {
                    Result<IndexConfiguration::Source> source = readSource(written, element);
                    if (!source)
                        return fail(source.error());
                    sources.append(*source);
                }
            } else {
                Result<IndexConfiguration::Source> source = readSource(written, value);
                if (!source)
                    return fail(source.error());
                sources.append(*source);
            }
            if (!m_configuration.sources(*package).isEmpty())
                return fail(keyError(
                    key,
                    IndexConfiguration::tr("[tool.uv.sources] lists “%1” more than once.").arg(package->canonical())));
            m_configuration.setSources(*package, sources);
        }
        return {};
    }

    Result<IndexConfiguration::Source> readSource(const QString &package, const toml::node &node)
    {
        using Source = IndexConfiguration::Source;
        const toml::table *table = node.as_table();
        if (!table)
            return fail(error(node, IndexConfiguration::tr("A source of “%1” must be a table.").arg(package)));
        Source source;
        // Git sources may have a `path` (inside the repository), so `git` decides first.
        QStringList kinds;
        for (const char *kind : {"git", "index", "url", "path", "workspace"})
            if (table->contains(kind))
                kinds.append(QString::fromLatin1(kind));
        if (kinds.isEmpty())
            return fail(error(node, IndexConfiguration::tr("A source of “%1” has none of “index”, “git”, “url”, "
                                                           "“path” or “workspace”.")
                                        .arg(package)));
        if (kinds.first() != u"git"_s && kinds.size() > 1)
            return fail(error(node, IndexConfiguration::tr("A source of “%1” has both “%2” and “%3”; a source is "
                                                           "one kind.")
                                        .arg(package, kinds[0], kinds[1])));
        if (kinds.first() == u"index"_s) {
            const toml::node *name = table->get("index");
            source.indexName = toQString(name->value<std::string_view>().value_or(""));
            if (!name->is_string() || source.indexName.isEmpty())
                return fail(error(*name, IndexConfiguration::tr("The index of a source of “%1” must be the name of a "
                                                                "[[tool.uv.index]].")
                                             .arg(package)));
            // uv's rule: sources may only name indexes defined in the project's own file.
            if (!m_projectNames.contains(source.indexName))
                return fail(error(*name, IndexConfiguration::tr("A source of “%1” names the index “%2”, but no "
                                                                "[[tool.uv.index]] in this file is named “%2”.")
                                             .arg(package, source.indexName)));
        } else {
            source.kind = Source::Kind::Unsupported;
            source.description = kinds.first();
        }
        if (const toml::node *marker = table->get("marker")) {
            const std::optional<std::string_view> text = marker->value<std::string_view>();
            if (!text)
                return fail(error(
                    *marker, IndexConfiguration::tr("The marker of a source of “%1” must be a string.").arg(package)));
            Result<Marker> parsed = Marker::parse(toQString(*text));
            if (!parsed)
                return fail(error(*marker, IndexConfiguration::tr("The marker of a source of “%1” is not valid: %2")
                                               .arg(package, parsed.error().message())));
            if (!parsed->isEmpty())
                source.marker = *parsed;
        }
        for (const auto &[key, target] : {std::pair{std::string_view("extra"), &source.extra},
                                          std::pair{std::string_view("group"), &source.group}}) {
            const toml::node *value = table->get(key);
            if (!value)
                continue;
            const QString text = toQString(value->value<std::string_view>().value_or(""));
            if (!value->is_string() || !PackageName::isValid(text))
                return fail(error(*value, IndexConfiguration::tr("The “%1” of a source of “%2” must be a valid "
                                                                 "name.")
                                              .arg(toQString(key), package)));
            *target = PackageName::canonicalize(text);
        }
        return source;
    }

    const TomlDocument &m_document;
    IndexConfiguration &m_configuration;
    QString m_baseDirectory;
    QSet<QString> m_projectNames;
};
} // namespace

IndexConfiguration::IndexConfiguration() = default;

Result<IndexConfiguration> IndexConfiguration::read(const TomlDocument &document,
                                                    const QProcessEnvironment &environment)
{
    IndexConfiguration configuration;
    ProjectReader reader(document, configuration);
    if (Result<void> done = reader.read(); !done)
        return fail(done.error());
    Result<IndexConfiguration> fromEnvironment = IndexConfiguration::fromEnvironment(environment);
    if (!fromEnvironment)
        return fail(fromEnvironment.error());
    // The environment's indexes come first, its default replaces the project's, and its
    // strategy wins over [tool.uv] index-strategy.
    configuration.m_environmentIndexes = fromEnvironment->m_environmentIndexes;
    if (fromEnvironment->m_defaultIndex)
        configuration.m_defaultIndex = fromEnvironment->m_defaultIndex;
    if (environment.contains(u"UV_INDEX_STRATEGY"_s))
        configuration.m_strategy = fromEnvironment->m_strategy;
    return configuration;
}

Result<IndexConfiguration> IndexConfiguration::fromEnvironment(const QProcessEnvironment &environment)
{
    IndexConfiguration configuration;
    // UV_INDEX first, then the deprecated UV_EXTRA_INDEX_URL (uv reads both).
    for (const QString &variable : {u"UV_INDEX"_s, u"UV_EXTRA_INDEX_URL"_s}) {
        const QStringList entries =
            environment.value(variable).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            Result<PackageIndex> index = environmentIndex(variable, entry);
            if (!index)
                return fail(index.error());
            configuration.m_environmentIndexes.append(*index);
        }
    }
    // UV_DEFAULT_INDEX wins over the deprecated UV_INDEX_URL.
    for (const QString &variable : {u"UV_DEFAULT_INDEX"_s, u"UV_INDEX_URL"_s}) {
        const QString value = environment.value(variable).trimmed();
        if (value.isEmpty())
            continue;
        Result<PackageIndex> index = environmentIndex(variable, value);
        if (!index)
            return fail(index.error());
        configuration.setDefaultIndex(*index);
        break;
    }
    if (environment.contains(u"UV_INDEX_STRATEGY"_s)) {
        const QString value = environment.value(u"UV_INDEX_STRATEGY"_s).trimmed();
        const std::optional<Strategy> strategy = strategyFromText(value);
        if (!strategy)
            return fail(Error(Error::Code::InvalidArgument,
                              tr("UV_INDEX_STRATEGY is “%1”; it must be “first-index”, “unsafe-first-match” or "
                                 "“unsafe-best-match”.")
                                  .arg(value)));
        configuration.m_strategy = *strategy;
    }
    return configuration;
}

void IndexConfiguration::addIndex(const PackageIndex &index)
{
    m_projectIndexes.append(index);
}

void IndexConfiguration::setDefaultIndex(const PackageIndex &index)
{
    m_defaultIndex = index;
    m_defaultIndex->isDefault = true;
}

void IndexConfiguration::setSources(const PackageName &package, const QList<Source> &sources)
{
    if (sources.isEmpty())
        m_sources.remove(package.canonical());
    else
        m_sources.insert(package.canonical(), sources);
}

QList<PackageIndex> IndexConfiguration::indexes() const
{
    // uv's IndexLocations::indexes(): the first index of each name, non-default ones in order,
    // then one default: the environment's, else the project's first, else PyPI.
    QList<PackageIndex> result;
    QSet<QString> names;
    const auto add = [&result, &names](const PackageIndex &index) {
        if (!index.name.isEmpty()) {
            if (names.contains(index.name))
                return;
            names.insert(index.name);
        }
        result.append(index);
    };
    for (const PackageIndex &index : m_environmentIndexes)
        add(index);
    std::optional<PackageIndex> projectDefault;
    for (const PackageIndex &index : m_projectIndexes) {
        if (!index.isDefault)
            add(index);
        else if (!projectDefault)
            projectDefault = index;
    }
    result.append(m_defaultIndex ? *m_defaultIndex : projectDefault ? *projectDefault : pypi());
    return result;
}

std::optional<PackageIndex> IndexConfiguration::indexNamed(const QString &name) const
{
    if (name.isEmpty())
        return std::nullopt;
    // Sources refer to the project's own indexes first (uv's rule), then the environment's.
    for (const QList<PackageIndex> *list : {&m_projectIndexes, &m_environmentIndexes}) {
        const auto found = std::ranges::find(*list, name, &PackageIndex::name);
        if (found != list->end())
            return *found;
    }
    if (m_defaultIndex && m_defaultIndex->name == name)
        return m_defaultIndex;
    return std::nullopt;
}

QList<IndexConfiguration::Source> IndexConfiguration::sources(const PackageName &package) const
{
    return m_sources.value(package.canonical());
}

Result<QList<PackageIndex>> IndexConfiguration::indexesFor(const PackageName &package,
                                                           const MarkerEnvironment &markers) const
{
    const Source *unsupported = nullptr;
    for (const Source &source : m_sources.value(package.canonical())) {
        if (source.marker) {
            const Result<bool> holds = source.marker->evaluate(markers);
            if (!holds)
                return fail(holds.error());
            if (!*holds)
                continue;
        }
        const bool extraActive =
            markers.extras().contains(source.extra) || PackageName::canonicalize(markers.extra()) == source.extra;
        if (!source.extra.isEmpty() && !extraActive)
            continue;
        if (!source.group.isEmpty() && !markers.dependencyGroups().contains(source.group))
            continue;
        if (source.kind == Source::Kind::Unsupported) {
            unsupported = unsupported ? unsupported : &source;
            continue;
        }
        const std::optional<PackageIndex> index = indexNamed(source.indexName);
        if (!index)
            return fail(
                Error(Error::Code::InvalidArgument, tr("A source of “%1” names the index “%2”, which is not defined.")
                                                        .arg(package.canonical(), source.indexName)));
        return QList<PackageIndex>{*index};
    }
    if (unsupported)
        return fail(Error(Error::Code::InvalidArgument,
                          tr("“%1” comes from a “%2” source in [tool.uv.sources]; Akari cannot resolve such sources "
                             "yet.")
                              .arg(package.canonical(), unsupported->description)));
    QList<PackageIndex> result = indexes();
    result.removeIf([](const PackageIndex &index) { return index.isExplicit; });
    return result;
}

PackageIndex IndexConfiguration::pypi()
{
    PackageIndex index;
    index.url = QUrl(u"https://pypi.org/simple"_s);
    index.isDefault = true;
    return index;
}

} // namespace Akari
