// SPDX-License-Identifier: GPL-3.0-or-later
#include "plantomltext.h"

#include "tomleditor.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
QString sysPlatform(TargetPlatform::Os os)
{
    switch (os) {
    case TargetPlatform::Os::Linux:
        return u"linux"_s;
    case TargetPlatform::Os::Windows:
        return u"win32"_s;
    case TargetPlatform::Os::MacOs:
        break;
    }
    return u"darwin"_s;
}
} // namespace

PlanTomlText::PlanTomlText(const QByteArray &documentText)
{
    // The shallowest indentation of lines that start with a string or an inline table (nested
    // lists such as conflict sets indent twice). A byte scan: this runs on every edit.
    QByteArray listIndent;
    QByteArray tableIndent;
    qsizetype lineStart = 0;
    while (lineStart < documentText.size()) {
        qsizetype at = lineStart;
        while (at < documentText.size() && (documentText.at(at) == ' ' || documentText.at(at) == '\t'))
            ++at;
        if (at > lineStart && at < documentText.size()) {
            const char first = documentText.at(at);
            QByteArray *indent = first == '{' ? &tableIndent : first == '"' || first == '\'' ? &listIndent : nullptr;
            if (indent && (indent->isEmpty() || at - lineStart < indent->size()))
                *indent = documentText.mid(lineStart, at - lineStart);
        }
        const qsizetype next = documentText.indexOf('\n', at);
        lineStart = next < 0 ? documentText.size() : next + 1;
    }
    if (!listIndent.isEmpty() || !tableIndent.isEmpty()) {
        m_listIndent = QString::fromLatin1(listIndent.isEmpty() ? tableIndent : listIndent);
        m_tableIndent = QString::fromLatin1(tableIndent.isEmpty() ? listIndent : tableIndent);
    }
}

QString PlanTomlText::platformMarker(const QList<TargetPlatform::Os> &platforms)
{
    if (platforms.size() >= PlatformBackends::PlatformCount)
        return {};
    // The guide writes "everything but Linux" as one inequality; other sets as equalities.
    if (platforms == QList{TargetPlatform::Os::Windows, TargetPlatform::Os::MacOs})
        return u"sys_platform != 'linux'"_s;
    QStringList parts;
    for (TargetPlatform::Os os : platforms)
        parts.append(u"sys_platform == '%1'"_s.arg(sysPlatform(os)));
    return parts.join(u" or "_s);
}

QList<BackendPlatforms> PlanTomlText::groupByBackend(const PlatformBackends &row)
{
    QList<BackendPlatforms> groups;
    for (TargetPlatform::Os os : PlatformBackends::platforms()) {
        const QString id = row.at(os);
        if (id == TorchPlan::PyPi)
            continue;
        auto it =
            std::find_if(groups.begin(), groups.end(), [&id](const BackendPlatforms &g) { return g.backend == id; });
        if (it == groups.end())
            groups.append({id, {os}});
        else
            it->platforms.append(os);
    }
    return groups;
}

QString PlanTomlText::sourceEntry(const SourceEntry &entry)
{
    QString text = u"{ index = "_s + TomlEditor::quoted(entry.index);
    if (!entry.marker.isEmpty())
        text += u", marker = "_s + TomlEditor::quoted(entry.marker);
    if (!entry.extra.isEmpty())
        text += u", extra = "_s + TomlEditor::quoted(entry.extra);
    if (!entry.group.isEmpty())
        text += u", group = "_s + TomlEditor::quoted(entry.group);
    return text + u" }"_s;
}

QString PlanTomlText::sourceList(const QList<SourceEntry> &entries) const
{
    QString text = u"[\n"_s;
    for (const SourceEntry &entry : entries)
        text += m_tableIndent + sourceEntry(entry) + u",\n"_s;
    return text + u"]"_s;
}

QString PlanTomlText::indexBody(const QString &name, const QString &url)
{
    return u"name = %1\nurl = %2\nexplicit = true\n"_s.arg(TomlEditor::quoted(name), TomlEditor::quoted(url));
}

QString PlanTomlText::inlineIndex(const QString &name, const QString &url)
{
    return u"{ name = %1, url = %2, explicit = true }"_s.arg(TomlEditor::quoted(name), TomlEditor::quoted(url));
}

QString PlanTomlText::conflictSet(const QList<TorchVariant> &variants) const
{
    QString text = u"[\n"_s;
    for (const TorchVariant &variant : variants) {
        const QString key = variant.kind == TorchVariant::Kind::Group ? u"group"_s : u"extra"_s;
        text += m_tableIndent + u"{ %1 = %2 },\n"_s.arg(key, TomlEditor::quoted(variant.name));
    }
    return text + u"]"_s;
}

QString PlanTomlText::conflicts(const QList<TorchVariant> &variants) const
{
    QStringList lines = conflictSet(variants).split(u'\n');
    for (QString &line : lines)
        line.prepend(m_tableIndent);
    return u"[\n"_s + lines.join(u'\n') + u",\n]"_s;
}

QString PlanTomlText::stringArray(const QStringList &items) const
{
    QString text = u"[\n"_s;
    for (const QString &item : items)
        text += m_listIndent + TomlEditor::quoted(item) + u",\n"_s;
    return text + u"]"_s;
}

} // namespace Akari
