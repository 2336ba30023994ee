// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

#include <QByteArray>

#include "tomldocument.h"

/// Reading TOML text around toml++ nodes: blanks, comments, entries and indentation (TomlEditor's helpers).
namespace Akari::TomlTextScan
{

[[nodiscard]] bool isBlank(char c);
/// True when \a text holds only blanks and line breaks.
[[nodiscard]] bool isBlank(const QByteArray &text);
[[nodiscard]] qsizetype skipBlanks(const QByteArray &text, qsizetype at);
/// Past blanks, line breaks and comments: where the next token of an array or table starts.
[[nodiscard]] qsizetype skipTrivia(const QByteArray &text, qsizetype at);
/// True when only blanks and perhaps a comment follow \a at on its line.
[[nodiscard]] bool restOfLineIsTrivia(const QByteArray &text, qsizetype at);

/// An array of tables written as `[[header]]` sections.
[[nodiscard]] bool isHeaderArray(const toml::node &node);
/// A table written as its own `[header]` (or made implicitly by a deeper one) starts at a '['.
[[nodiscard]] bool hasOwnHeader(const TomlDocument &document, const toml::node &node);

struct Entry
{
    const toml::key *key = nullptr;
    const toml::node *value = nullptr;
};

/// The key/values written on the table's own lines: its entries and those of its dotted keys.
void collectEntries(const TomlDocument &document, const toml::table &table, std::vector<Entry> &entries);
/// The outermost inline table whose text holds \a offset, if any.
[[nodiscard]] const toml::table *enclosingInlineTable(const TomlDocument &document, const toml::node &node,
                                                      qsizetype offset);
/// Where an entry's value ends; a dotted-key table ends with its last value.
[[nodiscard]] qsizetype entryEnd(const TomlDocument &document, const toml::node &value);

/// Whether the file indents with tabs: the first indented key or array item decides.
[[nodiscard]] bool usesTabs(const TomlDocument &document);
/**
 * Indents the continuation lines of a TOML value by \a indent, leaving the lines inside
 * multi-line strings alone (their bytes are the string's content). With \a tabs, each four
 * leading spaces of a continuation line become a tab.
 */
[[nodiscard]] QByteArray reindent(const QByteArray &value, const QByteArray &indent, bool tabs);

} // namespace Akari::TomlTextScan
