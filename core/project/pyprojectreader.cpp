// SPDX-License-Identifier: GPL-3.0-or-later
#include "pyprojectreader.h"

#include <algorithm>
#include <string_view>
#include <tuple>
#include <vector>

#include <toml++/toml.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"
#include "tomlvalue.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
const QString PyProjectFileName = u"pyproject.toml"_s;

enum class Expected
{
    String,
    StringList,
    Table,
    TableList,
};

// A value of the wrong type where pyproject.toml's schema fixes one is an error that points
// at the value, never a silently empty field.
Error wrongType(const toml::node &node, const QString &key, Expected expected, const QString &filePath)
{
    const char *message = nullptr;
    switch (expected) {
    case Expected::String:
        message = QT_TRANSLATE_NOOP("Akari::PyProjectReader", "“%1” must be a string.");
        break;
    case Expected::StringList:
        message = QT_TRANSLATE_NOOP("Akari::PyProjectReader", "“%1” must be a list of strings.");
        break;
    case Expected::Table:
        message = QT_TRANSLATE_NOOP("Akari::PyProjectReader", "“%1” must be a table.");
        break;
    case Expected::TableList:
        message = QT_TRANSLATE_NOOP("Akari::PyProjectReader", "“%1” must be a list of tables.");
        break;
    }
    const toml::source_position where = node.source().begin;
    return {Error::Code::Parse, QCoreApplication::translate("Akari::PyProjectReader", message).arg(key), filePath,
            static_cast<int>(where.line), static_cast<int>(where.column)};
}

/// The string at \a node; empty when absent; an error when it is something else.
Result<QString> stringAt(const toml::node_view<const toml::node> &node, const QString &key, const QString &filePath)
{
    if (!node)
        return QString();
    if (const auto value = node.value<std::string_view>())
        return toQString(*value);
    return fail(wrongType(*node.node(), key, Expected::String, filePath));
}

Result<QStringList> stringsIn(const toml::node_view<const toml::node> &node, const QString &key,
                              const QString &filePath)
{
    QStringList result;
    if (!node)
        return result;
    const toml::array *array = node.as_array();
    if (!array)
        return fail(wrongType(*node.node(), key, Expected::StringList, filePath));
    for (const toml::node &element : *array) {
        const auto value = element.value<std::string_view>();
        if (!value)
            return fail(wrongType(element, key, Expected::StringList, filePath));
        result.append(toQString(*value));
    }
    return result;
}

// toml++ keeps a table's keys sorted; users expect them in the order the file lists them.
Result<QStringList> keysOf(const toml::node_view<const toml::node> &node, const QString &key, const QString &filePath)
{
    if (!node)
        return QStringList();
    const toml::table *table = node.as_table();
    if (!table)
        return fail(wrongType(*node.node(), key, Expected::Table, filePath));
    std::vector<std::pair<toml::source_position, std::string_view>> keys;
    for (const auto &[name, value] : *table)
        keys.emplace_back(name.source().begin, name.str());
    std::ranges::sort(keys, [](const auto &a, const auto &b) {
        return std::tie(a.first.line, a.first.column) < std::tie(b.first.line, b.first.column);
    });
    QStringList result;
    for (const auto &[position, name] : keys)
        result.append(toQString(name));
    return result;
}
} // namespace

Result<QString> PyProjectReader::locate(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail({Error::Code::NotFound, tr("“%1” does not exist.").arg(QDir::toNativeSeparators(path))});
    if (info.isDir()) {
        const QFileInfo candidate(QDir(info.absoluteFilePath()).filePath(PyProjectFileName));
        if (!candidate.isFile())
            return fail(
                {Error::Code::NotFound,
                 tr("The folder “%1” has no pyproject.toml.").arg(QDir::toNativeSeparators(info.absoluteFilePath()))});
        return candidate.absoluteFilePath();
    }
    if (info.fileName() != PyProjectFileName)
        return fail({Error::Code::InvalidArgument,
                     tr("“%1” is not a pyproject.toml file.").arg(QDir::toNativeSeparators(info.absoluteFilePath()))});
    return info.absoluteFilePath();
}

Result<PyProjectSummary> PyProjectReader::read(const QString &filePath)
{
    QFile file(filePath);
    if (!file.exists())
        return fail({Error::Code::NotFound, tr("The file does not exist."), filePath});
    if (!file.open(QIODevice::ReadOnly))
        return fail({Error::Code::Io, tr("Could not read the file: %1").arg(file.errorString()), filePath});
    const QByteArray text = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail({Error::Code::Io, tr("Could not read the file: %1").arg(file.errorString()), filePath});
    return parse(text, filePath);
}

Result<PyProjectSummary> PyProjectReader::parse(const QByteArray &text, const QString &filePath)
{
    toml::table root;
    try {
        root = toml::parse(std::string_view(text.constData(), static_cast<size_t>(text.size())),
                           std::string_view(filePath.toStdString()));
    } catch (const toml::parse_error &error) {
        const toml::source_position where = error.source().begin;
        return fail({Error::Code::Parse, tr("This is not valid TOML: %1").arg(toQString(error.description())), filePath,
                     static_cast<int>(where.line), static_cast<int>(where.column)});
    }

    const QFileInfo info(filePath);
    PyProjectSummary summary;
    summary.filePath = info.absoluteFilePath();
    summary.directory = info.absolutePath();
    summary.sizeBytes = text.size();
    summary.lineCount = text.isEmpty() ? 0 : text.count('\n') + (text.endsWith('\n') ? 0 : 1);

    // Assigns the field or returns the error from the enclosing function.
#define AKARI_READ(target, expression)                                                                                 \
    do {                                                                                                               \
        auto value = (expression);                                                                                     \
        if (!value)                                                                                                    \
            return fail(value.error());                                                                                \
        (target) = std::move(*value);                                                                                  \
    } while (false)

    const toml::node_view<const toml::node> project = std::as_const(root)[std::string_view("project")];
    if (project && !project.is_table())
        return fail(wrongType(*project.node(), u"project"_s, Expected::Table, filePath));
    AKARI_READ(summary.name, stringAt(project["name"], u"project.name"_s, filePath));
    AKARI_READ(summary.version, stringAt(project["version"], u"project.version"_s, filePath));
    AKARI_READ(summary.requiresPython, stringAt(project["requires-python"], u"project.requires-python"_s, filePath));
    AKARI_READ(summary.dependencies, stringsIn(project["dependencies"], u"project.dependencies"_s, filePath));
    AKARI_READ(summary.extras, keysOf(project["optional-dependencies"], u"project.optional-dependencies"_s, filePath));

    const toml::node_view<const toml::node> uv = std::as_const(root)[std::string_view("tool")]["uv"];
    if (const toml::node_view<const toml::node> indexes = uv["index"]) {
        const toml::array *list = indexes.as_array();
        if (!list)
            return fail(wrongType(*indexes.node(), u"tool.uv.index"_s, Expected::TableList, filePath));
        for (const toml::node &index : *list) {
            if (!index.is_table())
                return fail(wrongType(index, u"tool.uv.index"_s, Expected::TableList, filePath));
            const toml::node_view<const toml::node> view(index);
            QString name;
            QString url;
            AKARI_READ(name, stringAt(view["name"], u"tool.uv.index.name"_s, filePath));
            AKARI_READ(url, stringAt(view["url"], u"tool.uv.index.url"_s, filePath));
            summary.indexNames.append(name.isEmpty() ? url : name);
        }
    }
    AKARI_READ(summary.sourcedPackages, keysOf(uv["sources"], u"tool.uv.sources"_s, filePath));
#undef AKARI_READ
    return summary;
}

Job *PyProjectReader::loadJob(const QString &path, QObject *parent)
{
    return Job::create<PyProjectSummary>(
        tr("Loading the project"),
        [path](JobContext &context) -> Result<PyProjectSummary> {
            context.reportProgress({.phase = tr("Reading"), .item = path});
            const Result<QString> filePath = locate(path);
            if (!filePath)
                return fail(filePath.error());
            return read(*filePath);
        },
        parent);
}

} // namespace Akari
