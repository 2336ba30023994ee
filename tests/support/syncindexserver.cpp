// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncindexserver.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace Akari::Test
{
namespace
{

/// A TOML basic string: quotes and backslashes escaped (markers carry quotes).
QString tomlString(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

} // namespace

SyncIndexServer::SyncIndexServer()
    : PythonIndexServer(syncScript(), {u"--torch-mb"_s, u"1"_s, u"--python"_s, u"/usr/bin/python3"_s})
{}

QString SyncIndexServer::syncScript()
{
    return QStringLiteral(AKARI_SYNC_INDEX_SCRIPT);
}

QUrl SyncIndexServer::indexUrl() const
{
    return url(u"/sync/simple/"_s);
}

QJsonObject SyncIndexServer::manifest() const
{
    QFile file(QDir(root()).filePath(u"manifest.json"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QUrl SyncIndexServer::fileUrl(const QString &fileName) const
{
    // '+' in local versions is escaped, as the index's links do.
    return url(u"/files/sync/"_s + QString::fromLatin1(QUrl::toPercentEncoding(fileName)));
}

QByteArray SyncIndexServer::pyproject(const QUrl &index, const QStringList &dependencies, const QString &name)
{
    QString text = u"[project]\nname = %1\nversion = \"0.1.0\"\nrequires-python = \">=3.9\"\ndependencies = ["_s.arg(
        tomlString(name));
    for (const QString &dependency : dependencies)
        text += u"\n    "_s + tomlString(dependency) + u',';
    text += dependencies.isEmpty() ? u"]\n"_s : u"\n]\n"_s;
    text += u"\n[[tool.uv.index]]\nname = \"sync\"\nurl = %1\ndefault = true\n"_s.arg(tomlString(index.toString()));
    return text.toUtf8();
}

} // namespace Akari::Test
