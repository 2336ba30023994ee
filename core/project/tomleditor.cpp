// SPDX-License-Identifier: GPL-3.0-or-later
#include "tomleditor.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <vector>

#include "tomltextscan.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

using namespace TomlTextScan;

namespace
{
QByteArray headerText(const QStringList &path, bool arrayElement)
{
    QStringList keys;
    for (const QString &key : path)
        keys.append(TomlEditor::keyText(key));
    const QByteArray joined = keys.join(u'.').toUtf8();
    return arrayElement ? "[["_ba + joined + "]]"_ba : "["_ba + joined + "]"_ba;
}

QByteArray sectionBlock(const QStringList &path, bool arrayElement, const QString &bodyText)
{
    QByteArray block = headerText(path, arrayElement) + '\n';
    const QByteArray body = bodyText.toUtf8();
    block += body;
    if (!body.isEmpty() && !body.endsWith('\n'))
        block += '\n';
    return block;
}
} // namespace

TomlEditor::TomlEditor(const TomlDocument &document)
    : m_document(document)
{}

void TomlEditor::addEdit(TextSpan span, const QByteArray &replacement)
{
    QByteArray text = replacement;
    text.replace("\r\n"_ba, "\n"_ba);
    if (m_document.newline() != "\n"_ba)
        text.replace("\n"_ba, m_document.newline());
    m_edits.append({span, text, int(m_edits.size())});
}

void TomlEditor::recordError(Error error)
{
    if (!m_error)
        m_error = std::move(error);
}

// Whole lines go with their line break; the last line of a text without a final line break
// takes the break before it instead, so the text keeps ending the way it did.
void TomlEditor::removeLines(qsizetype begin, qsizetype end)
{
    const QByteArray &text = m_document.text();
    if (end >= text.size() && !m_document.endsWithNewline() && begin > m_document.lineStart(0)) {
        begin -= 1;
        if (begin > 0 && text.at(begin - 1) == '\r')
            begin -= 1;
    }
    addEdit({begin, end}, {});
}

// Inserts lines at a line start; at the end of a text without a final line break they go
// after a new break and leave the text without one.
void TomlEditor::insertBlock(qsizetype at, const QByteArray &block)
{
    if (at >= m_document.text().size() && !m_document.endsWithNewline() && !m_document.text().isEmpty())
        addEdit({at, at}, '\n' + block.chopped(block.endsWith('\n') ? 1 : 0));
    else
        addEdit({at, at}, block);
}

void TomlEditor::replaceValue(const toml::node &value, const QString &valueText)
{
    const TextSpan span = m_document.span(value);
    addEdit(span, reindent(valueText.toUtf8(), m_document.indentAt(span.begin), usesTabs(m_document)));
}

void TomlEditor::removeEntry(const toml::table &table, const QString &key)
{
    const auto found = table.find(key.toStdString());
    if (found == table.end())
        return;
    const toml::node &value = found->second;
    if (table.is_inline()) {
        // Entries in text order (toml++ sorts them by key).
        std::vector<Entry> entries;
        for (const auto &[name, child] : table)
            entries.push_back({&name, &child});
        std::ranges::sort(entries, {}, [&](const Entry &entry) { return m_document.keySpan(*entry.key).begin; });
        const auto at = std::ranges::find(entries, &found->first, &Entry::key);
        const TextSpan whole = m_document.span(table);
        if (entries.size() == 1)
            addEdit({whole.begin + 1, whole.end - 1}, {});
        else if (at + 1 != entries.end())
            addEdit({m_document.keySpan(found->first).begin, m_document.keySpan(*(at + 1)->key).begin}, {});
        else
            addEdit({entryEnd(m_document, *(at - 1)->value), entryEnd(m_document, value)}, {});
        return;
    }
    const TextSpan keySpan = m_document.keySpan(found->first);
    if (const toml::table *outer = enclosingInlineTable(m_document, m_document.root(), keySpan.begin)) {
        const toml::source_position where = outer->source().begin;
        recordError({Error::Code::InvalidArgument,
                     tr("“%1” is written inside an inline table; Akari cannot remove it.").arg(key),
                     m_document.filePath(), int(where.line), int(where.column)});
        return;
    }
    if (hasOwnHeader(m_document, value)) {
        const toml::source_position where = value.source().begin;
        recordError({Error::Code::Internal, tr("“%1” has a section of its own; remove the section instead.").arg(key),
                     m_document.filePath(), int(where.line), int(where.column)});
        return;
    }
    std::vector<Entry> entries;
    if (const toml::table *dotted = value.as_table(); dotted && !dotted->is_inline())
        collectEntries(m_document, *dotted, entries);
    else
        entries.push_back({&found->first, &value});
    for (const Entry &entry : entries) {
        qsizetype begin = m_document.lineStart(m_document.keySpan(*entry.key).begin);
        const qsizetype end = m_document.nextLineStart(m_document.span(*entry.value).end);
        // An entry set apart by blank lines takes the blank line before it along, so that
        // removing several such entries leaves one separator, not a run of them.
        const QByteArray &text = m_document.text();
        const auto blankLine = [&text, this](qsizetype at) {
            return at < text.size() && isBlank(text.mid(at, m_document.nextLineStart(at) - at).trimmed());
        };
        const bool separatedAfter = end >= text.size() || blankLine(end) || text.at(skipBlanks(text, end)) == '[';
        if (entries.size() == 1 && begin > 0 && separatedAfter) {
            const qsizetype previous = m_document.lineStart(begin - 1);
            if (previous < begin && blankLine(previous))
                begin = previous;
        }
        removeLines(begin, end);
    }
}

void TomlEditor::insertEntry(const QStringList &tablePath, const QString &key, const QString &valueText)
{
    const toml::table *table = &m_document.root();
    for (qsizetype depth = 0; depth < tablePath.size(); ++depth) {
        const toml::node *child = table->get(tablePath.at(depth).toStdString());
        if (!child) {
            insertSection(tablePath, false, keyText(key) + u" = "_s + valueText);
            return;
        }
        const QString where = tablePath.first(depth + 1).join(u'.');
        const toml::source_position position = child->source().begin;
        const toml::table *childTable = child->as_table();
        if (!childTable) {
            recordError({Error::Code::InvalidArgument,
                         tr("“%1” is not a table; Akari cannot add “%2” to it.").arg(where, key), m_document.filePath(),
                         int(position.line), int(position.column)});
            return;
        }
        if (childTable->is_inline()) {
            recordError({Error::Code::InvalidArgument,
                         tr("“%1” is written as an inline table; Akari cannot add “%2” to it.").arg(where, key),
                         m_document.filePath(), int(position.line), int(position.column)});
            return;
        }
        table = childTable;
    }

    std::vector<Entry> entries;
    collectEntries(m_document, *table, entries);
    const TomlDocument::Section *section = tablePath.isEmpty() ? nullptr : m_document.section(tablePath);
    const bool tabs = usesTabs(m_document);
    if (entries.empty()) {
        if (section) {
            const QByteArray indent = m_document.indentAt(section->header.begin);
            insertBlock(section->header.end,
                        indent + reindent((keyText(key) + u" = "_s + valueText).toUtf8(), indent, tabs) + '\n');
        } else if (tablePath.isEmpty()) {
            const qsizetype at = m_document.lineStart(0);
            const QByteArray line = (keyText(key) + u" = "_s + valueText).toUtf8() + '\n';
            addEdit({at, at}, reindent(line, {}, tabs) + (at < m_document.text().size() ? "\n"_ba : QByteArray()));
        } else {
            // A table that only deeper headers made: it gets a header of its own.
            insertSection(tablePath, false, keyText(key) + u" = "_s + valueText);
        }
        return;
    }

    // After the last entry, spelled like the table's other entries (with their dotted prefix).
    const auto last =
        std::ranges::max_element(entries, {}, [&](const Entry &entry) { return entryEnd(m_document, *entry.value); });
    const qsizetype at = section ? section->contentEnd : m_document.nextLineStart(entryEnd(m_document, *last->value));
    qsizetype prefixKey = -1;
    for (const auto &[name, value] : *table) {
        if (!hasOwnHeader(m_document, value))
            prefixKey = std::max(prefixKey, m_document.keySpan(name).begin);
    }
    const QByteArray &text = m_document.text();
    const qsizetype prefixBegin = skipBlanks(text, m_document.lineStart(prefixKey));
    const QByteArray prefix = text.mid(prefixBegin, prefixKey - prefixBegin);
    const QByteArray indent = m_document.indentAt(m_document.keySpan(*last->key).begin);
    insertBlock(at, indent + prefix + reindent((keyText(key) + u" = "_s + valueText).toUtf8(), indent, tabs) + '\n');
}

void TomlEditor::appendArrayItem(const toml::array &array, const QString &itemText)
{
    Appends &appends = m_appends[&array];
    for (const qsizetype edit : std::as_const(appends.edits))
        m_edits[edit].dropped = true;
    appends.edits.clear();
    if (appends.items.isEmpty())
        appends.order = int(m_edits.size());
    appends.items.append(itemText);
    addAppendEdits(array, appends);
}

void TomlEditor::addAppendEdits(const toml::array &array, Appends &appends)
{
    const QByteArray &text = m_document.text();
    const TextSpan whole = m_document.span(array);
    const bool tabs = usesTabs(m_document);
    const auto add = [this, &appends](TextSpan span, const QByteArray &replacement) {
        addEdit(span, replacement);
        m_edits.last().order = appends.order;
        appends.edits.append(m_edits.size() - 1);
    };
    // Each new item re-indented, then joined as the array's layout asks.
    const auto items = [&appends, tabs](const QByteArray &indent) {
        QList<QByteArray> result;
        for (const QString &item : std::as_const(appends.items))
            result.append(reindent(item.toUtf8(), indent, tabs));
        return result;
    };
    const auto joined = [](const QList<QByteArray> &parts, const QByteArray &before, const QByteArray &after) {
        QByteArray result;
        for (const QByteArray &part : parts)
            result += before + part + after;
        return result;
    };
    if (array.empty()) {
        const qsizetype close = whole.end - 1;
        const QByteArray lineIndent = m_document.indentAt(whole.begin);
        const QByteArray indent = lineIndent + (tabs ? "\t"_ba : "    "_ba);
        if (isBlank(text.mid(whole.begin + 1, close - whole.begin - 1))) {
            add({whole.begin + 1, close}, '\n' + joined(items(indent), indent, ",\n"_ba) + lineIndent);
        } else {
            // Comments inside: the closing bracket starts a line of its own.
            const qsizetype at = m_document.lineStart(close);
            add({at, at}, joined(items(indent), indent, ",\n"_ba));
        }
        return;
    }

    const TextSpan last = m_document.span(*array.get(array.size() - 1));
    const qsizetype afterLast = skipTrivia(text, last.end);
    const bool comma = afterLast < whole.end && text.at(afterLast) == ',';
    const qsizetype anchor = comma ? afterLast + 1 : last.end;
    const QByteArray indent = m_document.indentAt(last.begin);
    const QList<QByteArray> newItems = items(indent);
    if (m_document.lineStart(last.begin) == m_document.lineStart(whole.begin)) {
        // All on one line: `, item` (or ` item,` after a trailing comma).
        if (comma)
            add({anchor, anchor}, joined(newItems, " "_ba, ","_ba));
        else
            add({last.end, last.end}, joined(newItems, ", "_ba, {}));
        return;
    }
    if (text.mid(anchor, whole.end - 1 - anchor).contains('\n')) {
        // One item per line, closing bracket on a later line: new lines after the last item's,
        // with a trailing comma only where the array has one.
        const qsizetype at = m_document.nextLineStart(anchor);
        if (comma) {
            add({at, at}, joined(newItems, indent, ",\n"_ba));
        } else {
            add({last.end, last.end}, ","_ba);
            QByteArray lines = joined(newItems, indent, ",\n"_ba);
            lines.chop(2);
            add({at, at}, lines + '\n');
        }
    } else {
        // The closing bracket follows the last item: the new items go between them.
        if (comma)
            add({anchor, anchor}, joined(newItems, "\n"_ba + indent, ","_ba));
        else
            add({anchor, anchor}, joined(newItems, ",\n"_ba + indent, {}));
    }
}

void TomlEditor::removeArrayItem(const toml::array &array, qsizetype index)
{
    if (index < 0 || index >= qsizetype(array.size()))
        return;
    const QByteArray &text = m_document.text();
    const TextSpan whole = m_document.span(array);
    const TextSpan item = m_document.span(*array.get(size_t(index)));
    const qsizetype afterItem = skipTrivia(text, item.end);
    const bool comma = afterItem < whole.end && text.at(afterItem) == ',';
    const qsizetype anchor = comma ? afterItem + 1 : item.end;
    // Without a comma of its own, the last item takes the comma before it along.
    qsizetype previousComma = -1;
    if (!comma && index > 0) {
        const qsizetype at = skipTrivia(text, m_document.span(*array.get(size_t(index - 1))).end);
        if (at < item.begin && text.at(at) == ',')
            previousComma = at;
    }
    // The only item, with nothing but blanks around it: the array becomes `[]`.
    if (array.size() == 1 && isBlank(text.mid(whole.begin + 1, item.begin - whole.begin - 1)) &&
        isBlank(text.mid(anchor, whole.end - 1 - anchor))) {
        addEdit({whole.begin + 1, whole.end - 1}, {});
        return;
    }
    const qsizetype itemLine = m_document.lineStart(item.begin);
    const bool commaOnItemLine = !comma || m_document.lineStart(afterItem) == m_document.lineStart(item.end);
    if (skipBlanks(text, itemLine) == item.begin && commaOnItemLine && restOfLineIsTrivia(text, anchor)) {
        if (previousComma >= 0)
            addEdit({previousComma, previousComma + 1}, {});
        removeLines(itemLine, m_document.nextLineStart(anchor));
        return;
    }
    qsizetype blanksBefore = item.begin;
    while (blanksBefore > itemLine && isBlank(text.at(blanksBefore - 1)))
        --blanksBefore;
    const bool firstOnLine = blanksBefore == itemLine;
    if (comma) {
        // At the end of a line the blanks before the item go, not to leave a trailing space.
        if (!firstOnLine && restOfLineIsTrivia(text, anchor))
            addEdit({blanksBefore, anchor}, {});
        else
            addEdit({item.begin, skipBlanks(text, anchor)}, {});
    } else if (previousComma >= 0) {
        // Only blanks and line breaks between the comma and the item: all of it goes. A comment
        // there stays, and so does the line break that ends it.
        if (!text.mid(previousComma, item.begin - previousComma).contains('#')) {
            addEdit({previousComma, item.end}, {});
        } else {
            addEdit({previousComma, previousComma + 1}, {});
            addEdit({item.begin, skipBlanks(text, item.end)}, {});
        }
    } else {
        addEdit(item, {});
    }
}

void TomlEditor::insertSection(const QStringList &path, bool arrayElement, const QString &bodyText,
                               const TomlDocument::Section *before)
{
    const QByteArray &text = m_document.text();
    const QByteArray block = sectionBlock(path, arrayElement, bodyText);
    const qsizetype first = m_document.lineStart(0);
    const auto blankLine = [&](qsizetype lineBegin) {
        return isBlank(text.mid(lineBegin, m_document.nextLineStart(lineBegin) - lineBegin));
    };
    if (!before) {
        const qsizetype end = text.size();
        if (end == first) {
            addEdit({end, end}, block);
        } else if (!m_document.endsWithNewline()) {
            // The last line has no break: end it, then leave a blank line unless it is one.
            const bool blank = isBlank(text.mid(m_document.lineStart(end)));
            insertBlock(end, (blank ? QByteArray() : "\n"_ba) + block);
        } else {
            const bool blank = blankLine(m_document.lineStart(end - 1));
            addEdit({end, end}, (blank ? QByteArray() : "\n"_ba) + block);
        }
        return;
    }
    // Comment lines directly above the header introduce it: the new section goes above them.
    const qsizetype index = before - m_document.sections().constData();
    const qsizetype limit = index > 0 ? m_document.sections().at(index - 1).contentEnd : first;
    qsizetype at = before->header.begin;
    while (at > limit) {
        const qsizetype previous = m_document.lineStart(at - 1);
        const qsizetype content = skipBlanks(text, previous);
        if (previous < limit || content >= text.size() || text.at(content) != '#')
            break;
        at = previous;
    }
    const bool blankBefore = at == first || blankLine(m_document.lineStart(at - 1));
    addEdit({at, at}, (blankBefore ? QByteArray() : "\n"_ba) + block + '\n');
}

void TomlEditor::insertArraySectionAfter(const TomlDocument::Section &after, const QString &bodyText)
{
    const QByteArray &text = m_document.text();
    const qsizetype at = after.contentEnd;
    QByteArray block = '\n' + sectionBlock(after.path, true, bodyText);
    if (at < text.size() && !isBlank(text.mid(at, m_document.nextLineStart(at) - at)))
        block += '\n';
    insertBlock(at, block);
}

void TomlEditor::removeSection(const TomlDocument::Section &section)
{
    const QByteArray &text = m_document.text();
    qsizetype begin = section.header.begin;
    if (begin > m_document.lineStart(0)) {
        const qsizetype previous = m_document.lineStart(begin - 1);
        if (isBlank(text.mid(previous, begin - previous)))
            begin = previous;
    }
    removeLines(begin, section.contentEnd);
}

Result<QByteArray> TomlEditor::apply() const
{
    if (m_error)
        return fail(*m_error);
    QList<Edit> edits = m_edits;
    edits.removeIf([](const Edit &edit) { return edit.dropped; });
    // By position; at one offset insertions come before a replacement, each in call order.
    std::ranges::sort(edits, [](const Edit &a, const Edit &b) {
        if (a.span.begin != b.span.begin)
            return a.span.begin < b.span.begin;
        if ((a.span.size() == 0) != (b.span.size() == 0))
            return a.span.size() == 0;
        return a.order < b.order;
    });
    // Deletions that overlap both want their bytes gone: one deletion of the union (neighbouring
    // entries removed from the end of a text without a final line break share a line break).
    QList<Edit> merged;
    for (const Edit &edit : std::as_const(edits)) {
        if (!merged.isEmpty() && merged.last().replacement.isEmpty() && edit.replacement.isEmpty() &&
            merged.last().span.size() > 0 && edit.span.size() > 0 && edit.span.begin <= merged.last().span.end) {
            merged.last().span.end = std::max(merged.last().span.end, edit.span.end);
            continue;
        }
        merged.append(edit);
    }
    // A text without a final line break keeps it that way: merged deletions that reach its end
    // from a line start take the line break before them too, as a single one does.
    const QByteArray &original = m_document.text();
    if (!merged.isEmpty() && !m_document.endsWithNewline()) {
        Edit &last = merged.last();
        if (last.replacement.isEmpty() && last.span.end >= original.size() && last.span.begin > 0 &&
            original.at(last.span.begin - 1) == '\n') {
            qsizetype begin = last.span.begin - 1;
            if (begin > 0 && original.at(begin - 1) == '\r')
                begin -= 1;
            // Only where no other edit touches that line break.
            const bool free = merged.size() < 2 || merged.at(merged.size() - 2).span.end <= begin;
            if (free)
                last.span.begin = begin;
        }
    }
    const QByteArray &text = m_document.text();
    QByteArray result;
    result.reserve(text.size());
    qsizetype done = 0;
    for (const Edit &edit : std::as_const(merged)) {
        if (edit.span.begin < done || edit.span.end < edit.span.begin || edit.span.end > text.size())
            return fail({Error::Code::Internal, tr("Two edits of the TOML text overlap."), m_document.filePath()});
        result += text.mid(done, edit.span.begin - done);
        result += edit.replacement;
        done = edit.span.end;
    }
    result += text.mid(done);
    return result;
}

QString TomlEditor::quoted(const QString &value)
{
    static constexpr std::u16string_view Escaped = u"\"\\\b\t\n\f\r";
    static constexpr std::u16string_view Letters = u"\"\\btnfr";
    QString result = u"\""_s;
    for (const QChar c : value) {
        if (const size_t escape = Escaped.find(c.unicode()); escape != std::u16string_view::npos) {
            result += u'\\';
            result += QChar(Letters[escape]);
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            result += u"\\u"_s + u"%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')).toUpper();
        else
            result += c;
    }
    return result + u'"';
}

QString TomlEditor::keyText(const QString &key)
{
    const bool bare = !key.isEmpty() && std::ranges::all_of(key, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
               c == u'-';
    });
    return bare ? key : quoted(key);
}

} // namespace Akari
