// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomldocument.h"
#include "tomlvalue.h"

#include <algorithm>
#include <ranges>
#include <string_view>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using TomlValue::toQString;

namespace
{
// toml++ skips a UTF-8 byte order mark and counts columns from the character after it.
constexpr std::string_view Bom = "\xEF\xBB\xBF";

bool isContinuationByte(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

/// A header's array of tables holds only non-inline tables; a value array never does.
bool isHeaderArray(const toml::node &node)
{
    const toml::array *array = node.as_array();
    if (!array || array->empty())
        return false;
    return std::ranges::all_of(*array, [](const toml::node &element) {
        const toml::table *table = element.as_table();
        return table && !table->is_inline();
    });
}
} // namespace

struct TomlDocument::Data
{
    QByteArray text;
    QString filePath;
    toml::table root;
    std::vector<qsizetype> lineStarts; ///< byte offset of each line (line 1 starts after a BOM)
    QList<Section> sections;

    [[nodiscard]] qsizetype offset(const toml::source_position &position) const;
    [[nodiscard]] qsizetype lineIndex(qsizetype offset) const;
    void indexLines();
    void findSections();
    void findContentEnds();
};

void TomlDocument::Data::indexLines()
{
    const qsizetype first =
        text.startsWith(QByteArrayView(Bom.data(), qsizetype(Bom.size()))) ? qsizetype(Bom.size()) : 0;
    lineStarts.push_back(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        if (text.at(i) == '\n')
            lineStarts.push_back(i + 1);
    }
}

qsizetype TomlDocument::Data::offset(const toml::source_position &position) const
{
    if (position.line == 0)
        return lineStarts.front();
    if (position.line > lineStarts.size())
        return text.size();
    const qsizetype lineBegin = lineStarts[position.line - 1];
    const qsizetype lineEnd = position.line < lineStarts.size() ? lineStarts[position.line] : text.size();
    // Columns count code points: step over one lead byte and its continuation bytes per column.
    qsizetype at = lineBegin;
    for (toml::source_index column = 1; column < position.column && at < lineEnd; ++column) {
        ++at;
        while (at < lineEnd && isContinuationByte(text.at(at)))
            ++at;
    }
    return at;
}

qsizetype TomlDocument::Data::lineIndex(qsizetype offset) const
{
    const auto after = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    return after == lineStarts.begin() ? 0 : qsizetype(after - lineStarts.begin()) - 1;
}

// Every header's table starts at its '['. Implicit super-tables share the position of the
// header that made them, so the deepest table at a '[' is the one the header defines.
void TomlDocument::Data::findSections()
{
    struct Candidate
    {
        qsizetype begin;
        QStringList path;
        bool arrayElement;
        const toml::table *table;
    };
    std::vector<Candidate> candidates;
    const auto visit = [&](const auto &self, const toml::table &table, const QStringList &path,
                           bool arrayElement) -> void {
        if (!path.isEmpty()) {
            const qsizetype begin = offset(table.source().begin);
            if (begin < text.size() && text.at(begin) == '[')
                candidates.push_back({begin, path, arrayElement, &table});
        }
        for (const auto &[key, value] : table) {
            const QStringList childPath = path + QStringList{toQString(key.str())};
            if (const toml::table *child = value.as_table(); child && !child->is_inline()) {
                self(self, *child, childPath, false);
            } else if (isHeaderArray(value)) {
                for (const toml::node &element : *value.as_array())
                    self(self, *element.as_table(), childPath, true);
            }
        }
    };
    visit(visit, root, {}, false);

    std::ranges::stable_sort(candidates, [](const Candidate &a, const Candidate &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.path.size() > b.path.size();
    });
    for (const Candidate &candidate : candidates) {
        if (!sections.isEmpty() && offset(sections.last().table->source().begin) == candidate.begin)
            continue; // a shallower table made by the same header
        Section section;
        section.path = candidate.path;
        section.arrayElement = candidate.arrayElement;
        const qsizetype line = lineIndex(candidate.begin);
        section.header.begin = lineStarts[line];
        section.header.end = line + 1 < qsizetype(lineStarts.size()) ? lineStarts[line + 1] : text.size();
        section.table = candidate.table;
        sections.append(section);
    }
    for (qsizetype i = 0; i < sections.size(); ++i) {
        Section &section = sections[i];
        section.body = {section.header.end, i + 1 < sections.size() ? sections[i + 1].header.begin : text.size()};
        section.contentEnd = section.header.end;
    }
}

// A key/value belongs to the section whose body holds its key, wherever its table lies in
// the tree (dotted keys may reach into tables that other headers made).
void TomlDocument::Data::findContentEnds()
{
    const auto visit = [&](const auto &self, const toml::table &table) -> void {
        for (const auto &[key, value] : table) {
            if (const toml::table *child = value.as_table(); child && !child->is_inline()) {
                self(self, *child);
                continue;
            }
            if (isHeaderArray(value)) {
                for (const toml::node &element : *value.as_array())
                    self(self, *element.as_table());
                continue;
            }
            const qsizetype keyBegin = offset(key.source().begin);
            const auto holder = std::ranges::find_if(sections | std::views::reverse, [&](const Section &section) {
                return section.header.begin <= keyBegin;
            });
            if (holder == sections.rend())
                continue;
            const qsizetype valueEnd = offset(value.source().end);
            const qsizetype line = lineIndex(std::max(valueEnd - 1, keyBegin));
            const qsizetype end = line + 1 < qsizetype(lineStarts.size()) ? lineStarts[line + 1] : text.size();
            holder->contentEnd = std::max(holder->contentEnd, end);
        }
    };
    visit(visit, root);
}

TomlDocument::TomlDocument()
    : d(std::make_shared<const Data>(Data{.lineStarts = {0}}))
{}

Result<TomlDocument> TomlDocument::parse(const QByteArray &text, const QString &filePath)
{
    auto data = std::make_shared<Data>();
    data->text = text;
    data->filePath = filePath;
    try {
        const std::string path = filePath.toStdString();
        data->root =
            toml::parse(std::string_view(text.constData(), static_cast<size_t>(text.size())), std::string_view(path));
    } catch (const toml::parse_error &error) {
        const toml::source_position where = error.source().begin;
        return fail({Error::Code::Parse, tr("This is not valid TOML: %1").arg(toQString(error.description())), filePath,
                     static_cast<int>(where.line), static_cast<int>(where.column)});
    }
    data->indexLines();
    data->findSections();
    data->findContentEnds();
    TomlDocument document;
    document.d = std::move(data);
    return document;
}

const QByteArray &TomlDocument::text() const
{
    return d->text;
}

QString TomlDocument::filePath() const
{
    return d->filePath;
}

const toml::table &TomlDocument::root() const
{
    return d->root;
}

QByteArray TomlDocument::newline() const
{
    const qsizetype lineFeed = d->text.indexOf('\n');
    return lineFeed > 0 && d->text.at(lineFeed - 1) == '\r' ? "\r\n"_ba : "\n"_ba;
}

bool TomlDocument::endsWithNewline() const
{
    return d->text.endsWith('\n');
}

qsizetype TomlDocument::offset(const toml::source_position &position) const
{
    return d->offset(position);
}

TextSpan TomlDocument::span(const toml::node &node) const
{
    const toml::source_region &region = node.source();
    return {d->offset(region.begin), d->offset(region.end)};
}

TextSpan TomlDocument::keySpan(const toml::key &key) const
{
    const toml::source_region &region = key.source();
    return {d->offset(region.begin), d->offset(region.end)};
}

qsizetype TomlDocument::lineStart(qsizetype offset) const
{
    return d->lineStarts[d->lineIndex(offset)];
}

qsizetype TomlDocument::nextLineStart(qsizetype offset) const
{
    const qsizetype line = d->lineIndex(offset);
    return line + 1 < qsizetype(d->lineStarts.size()) ? d->lineStarts[line + 1] : d->text.size();
}

QByteArray TomlDocument::indentAt(qsizetype offset) const
{
    const qsizetype begin = lineStart(offset);
    qsizetype end = begin;
    while (end < d->text.size() && (d->text.at(end) == ' ' || d->text.at(end) == '\t'))
        ++end;
    return d->text.mid(begin, end - begin);
}

const QList<TomlDocument::Section> &TomlDocument::sections() const
{
    return d->sections;
}

const TomlDocument::Section *TomlDocument::section(const QStringList &path) const
{
    const auto found = std::ranges::find_if(
        d->sections, [&](const Section &section) { return !section.arrayElement && section.path == path; });
    return found == d->sections.end() ? nullptr : &*found;
}

QList<const TomlDocument::Section *> TomlDocument::arraySections(const QStringList &path) const
{
    QList<const Section *> result;
    for (const Section &section : d->sections) {
        if (section.arrayElement && section.path == path)
            result.append(&section);
    }
    return result;
}

const TomlDocument::Section *TomlDocument::sectionAt(qsizetype offset) const
{
    const Section *result = nullptr;
    for (const Section &section : d->sections) {
        if (section.header.begin > offset)
            break;
        result = &section;
    }
    return result;
}

const toml::node *TomlDocument::nodeAt(const QStringList &path) const
{
    const toml::node *node = &d->root;
    for (const QString &key : path) {
        const toml::table *table = node->as_table();
        if (!table)
            return nullptr;
        node = table->get(key.toStdString());
        if (!node)
            return nullptr;
    }
    return node;
}

} // namespace Akari
