// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomltextscan.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace Akari::TomlTextScan
{

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isBlank(const QByteArray &text)
{
    return std::ranges::all_of(text, [](char c) { return isBlank(c) || c == '\r' || c == '\n'; });
}

qsizetype skipBlanks(const QByteArray &text, qsizetype at)
{
    while (at < text.size() && isBlank(text.at(at)))
        ++at;
    return at;
}

qsizetype skipTrivia(const QByteArray &text, qsizetype at)
{
    while (at < text.size()) {
        const char c = text.at(at);
        if (isBlank(c) || c == '\r' || c == '\n') {
            ++at;
        } else if (c == '#') {
            while (at < text.size() && text.at(at) != '\n')
                ++at;
        } else {
            break;
        }
    }
    return at;
}

bool restOfLineIsTrivia(const QByteArray &text, qsizetype at)
{
    at = skipBlanks(text, at);
    return at >= text.size() || text.at(at) == '#' || text.at(at) == '\n' || text.at(at) == '\r';
}

bool isHeaderArray(const toml::node &node)
{
    const toml::array *array = node.as_array();
    return array && !array->empty() && std::ranges::all_of(*array, [](const toml::node &element) {
               const toml::table *table = element.as_table();
               return table && !table->is_inline();
           });
}

bool hasOwnHeader(const TomlDocument &document, const toml::node &node)
{
    const toml::table *table = node.as_table();
    if (!table || table->is_inline())
        return isHeaderArray(node);
    const qsizetype begin = document.offset(table->source().begin);
    return begin < document.text().size() && document.text().at(begin) == '[';
}

void collectEntries(const TomlDocument &document, const toml::table &table, std::vector<Entry> &entries)
{
    for (const auto &[key, value] : table) {
        if (hasOwnHeader(document, value))
            continue;
        if (const toml::table *child = value.as_table(); child && !child->is_inline())
            collectEntries(document, *child, entries);
        else
            entries.push_back({&key, &value});
    }
}

const toml::table *enclosingInlineTable(const TomlDocument &document, const toml::node &node, qsizetype offset)
{
    if (const toml::table *table = node.as_table(); table && table->is_inline()) {
        const TextSpan span = document.span(*table);
        return span.begin < offset && offset < span.end ? table : nullptr;
    }
    const auto inChild = [&](const toml::node &child) { return enclosingInlineTable(document, child, offset); };
    if (const toml::table *table = node.as_table()) {
        for (const auto &[key, value] : *table) {
            if (const toml::table *found = inChild(value))
                return found;
        }
    } else if (const toml::array *array = node.as_array()) {
        for (const toml::node &element : *array) {
            if (const toml::table *found = inChild(element))
                return found;
        }
    }
    return nullptr;
}

qsizetype entryEnd(const TomlDocument &document, const toml::node &value)
{
    const toml::table *table = value.as_table();
    if (!table || table->is_inline())
        return document.span(value).end;
    qsizetype end = document.span(value).end;
    for (const auto &[key, child] : *table)
        end = std::max(end, entryEnd(document, child));
    return end;
}

bool usesTabs(const TomlDocument &document)
{
    qsizetype first = document.text().size();
    bool tabs = false;
    const auto consider = [&](qsizetype offset) {
        const qsizetype begin = document.lineStart(offset);
        if (offset < first && begin < offset && skipBlanks(document.text(), begin) == offset) {
            first = offset;
            tabs = document.text().at(begin) == '\t';
        }
    };
    const auto visit = [&](const auto &self, const toml::node &node) -> void {
        if (const toml::table *table = node.as_table()) {
            for (const auto &[key, value] : *table) {
                consider(document.keySpan(key).begin);
                self(self, value);
            }
        } else if (const toml::array *array = node.as_array()) {
            for (const toml::node &element : *array) {
                consider(document.span(element).begin);
                self(self, element);
            }
        }
    };
    visit(visit, document.root());
    return tabs;
}

QByteArray reindent(const QByteArray &value, const QByteArray &indent, bool tabs)
{
    QByteArray out;
    QByteArray open; // what is being read: a string's delimiter, "#" for a comment, or nothing
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (open.isEmpty() && (c == '"' || c == '\'')) {
            open = value.mid(i, 3) == QByteArray(3, c) ? QByteArray(3, c) : QByteArray(1, c);
            out += open;
            i += open.size() - 1;
            continue;
        }
        if (open.isEmpty() && c == '#') {
            open = "#"_ba;
        } else if (open == "#"_ba) {
            if (c == '\n')
                open.clear();
        } else if (!open.isEmpty() && open.at(0) == '"' && c == '\\') {
            out += value.mid(i, 2);
            ++i;
            continue;
        } else if (!open.isEmpty() && value.mid(i, open.size()) == open) {
            // A multi-line string may end with up to two quotes of content before its delimiter.
            qsizetype end = i + open.size();
            while (open.size() == 3 && end < value.size() && end < i + 5 && value.at(end) == c)
                ++end;
            out += value.mid(i, end - i);
            i = end - 1;
            open.clear();
            continue;
        }
        out += c;
        if (c != '\n' || !open.isEmpty() || i + 1 >= value.size() || value.at(i + 1) == '\n' || value.at(i + 1) == '\r')
            continue;
        qsizetype spaces = 0;
        while (i + 1 + spaces < value.size() && value.at(i + 1 + spaces) == ' ')
            ++spaces;
        out += indent;
        if (tabs) {
            out += QByteArray(spaces / 4, '\t') + QByteArray(spaces % 4, ' ');
            i += spaces;
        }
    }
    return out;
}

} // namespace Akari::TomlTextScan
