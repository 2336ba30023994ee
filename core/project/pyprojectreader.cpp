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

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString PyProjectFileName = u"pyproject.toml"_s;

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString stringAt(const toml::node_view<const toml::node> &node)
{
    if (const auto value = node.value<std::string_view>())
        return toQString(*value);
    return {};
}

QStringList stringsIn(const toml::node_view<const toml::node> &node)
{
    QStringList result;
    if (const toml::array *array = node.as_array()) {
        for (const toml::node &element : *array) {
            if (const auto value = element.value<std::string_view>())
                result.append(toQString(*value));
        }
    }
    return result;
}

// toml++ keeps a table's keys sorted; users expect them in the order the file lists them.
QStringList keysOf(const toml::node_view<const toml::node> &node)
{
    const toml::table *table = node.as_table();
    if (!table)
        return {};
    std::vector<std::pair<toml::source_position, std::string_view>> keys;
    for (const auto &[key, value] : *table)
        keys.emplace_back(key.source().begin, key.str());
    std::ranges::sort(keys, [](const auto &a, const auto &b) {
        return std::tie(a.first.line, a.first.column) < std::tie(b.first.line, b.first.column);
    });
    QStringList result;
    for (const auto &[position, key] : keys)
        result.append(toQString(key));
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

    const toml::node_view<const toml::node> project = std::as_const(root)[std::string_view("project")];
    summary.name = stringAt(project["name"]);
    summary.version = stringAt(project["version"]);
    summary.requiresPython = stringAt(project["requires-python"]);
    summary.dependencies = stringsIn(project["dependencies"]);
    summary.extras = keysOf(project["optional-dependencies"]);

    const toml::node_view<const toml::node> uv = std::as_const(root)[std::string_view("tool")]["uv"];
    if (const toml::array *indexes = uv["index"].as_array()) {
        for (const toml::node &index : *indexes) {
            const toml::node_view<const toml::node> view(index);
            const QString name = stringAt(view["name"]);
            summary.indexNames.append(name.isEmpty() ? stringAt(view["url"]) : name);
        }
    }
    summary.sourcedPackages = keysOf(uv["sources"]);
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
