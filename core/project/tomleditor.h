// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "../error.h"
#include "tomldocument.h"

namespace Akari
{

/**
 * \brief Collects span edits to a TomlDocument's text and applies them all at once.
 *
 * Every operation names what it changes through the document's toml++ nodes, so all
 * offsets refer to the original text; apply() makes the new text in one pass. Bytes outside
 * the edited spans are never touched. Inserted text is written with "\n" line breaks and
 * converted to the document's line ending. New lines take the indentation of their
 * neighbours (spaces or tabs as the file uses them). Edits may not overlap; apply() fails
 * (Error::Code::Internal) if they do.
 *
 * Value text (valueText, itemText) is TOML as it should appear, e.g. `"torch>=2.7"` or
 * `[\n    { index = "pytorch-cpu" },\n]`; the editor re-indents continuation lines of
 * multi-line values to the indentation of the line they start on.
 */
class TomlEditor final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TomlEditor)

public:
    explicit TomlEditor(const TomlDocument &document);

    [[nodiscard]] const TomlDocument &document() const { return m_document; }
    [[nodiscard]] bool isEmpty() const { return m_edits.isEmpty(); }

    /// Replaces a value (anywhere: a key's value, an array item, a value in an inline table).
    void replaceValue(const toml::node &value, const QString &valueText);

    /**
     * Removes `key = value` from its table. In a header section or the root: the whole lines
     * of the entry, with a trailing comment on its last line; comments on lines of their own
     * stay. In an inline table: the entry and its separating comma. Nothing happens when
     * the key is missing; a table with a header of its own (use removeSection) or a key of
     * dotted keys written inside an inline table records an error.
     */
    void removeEntry(const toml::table &table, const QString &key);

    /**
     * Adds `key = value` to the table at \a tablePath ({"tool","uv","sources"}), after its
     * last entry: in its header section when it has one; as dotted keys (`sources.torch = …`)
     * after the last dotted entry of that table when the table is made of dotted keys; in a
     * new `[tablePath]` section (see insertSection) when the table does not exist or only
     * deeper headers made it. Inline tables are not extended: the editor records an error
     * (Error::Code::InvalidArgument, at the inline table) that apply() returns; so does a path
     * through a value that is not a table. \a key is quoted when it is not a bare key. At the
     * end of a text without a final line break the entry starts a new line and the text
     * still ends without one.
     */
    void insertEntry(const QStringList &tablePath, const QString &key, const QString &valueText);

    /**
     * Appends an item to \a array keeping its layout: one item per line (with the items'
     * indentation and a trailing comma when the others have one, the new item after the last
     * item and its comma, before any comment that ends the array) or all on one line
     * (`, item`). An empty `[]` becomes a one-item-per-line array indented by 4 spaces (a
     * tab in a file that indents with tabs).
     */
    void appendArrayItem(const toml::array &array, const QString &itemText);
    /// Removes item \a index with its comma; a line that holds only it (and a comment) goes too.
    /// The last item takes the comma before it when it has none; an array left with nothing
    /// but blanks becomes `[]`.
    void removeArrayItem(const toml::array &array, qsizetype index);

    /**
     * Inserts a new `[path]` (or `[[path]]` when \a arrayElement) section with \a bodyText
     * (key/value lines, "\n"-separated, no header). It goes before \a before's header (and the
     * comment lines directly above that header), or at the end of the text when \a before is
     * nullptr; one blank line separates it from what precedes and follows. A text without a
     * final line break gets one before the new section, which then ends without one.
     */
    void insertSection(const QStringList &path, bool arrayElement, const QString &bodyText,
                       const TomlDocument::Section *before = nullptr);
    /// Inserts a new `[[path]]` section right after \a after's content (its contentEnd), with
    /// one blank line before it and one after it unless a blank line or the end follows.
    void insertArraySectionAfter(const TomlDocument::Section &after, const QString &bodyText);
    /// Removes a section: its header line through its contentEnd; comments after its last
    /// entry (they introduce what follows) stay, one blank line before it goes with it.
    void removeSection(const TomlDocument::Section &section);

    /// The edited text, or the first error an operation recorded.
    [[nodiscard]] Result<QByteArray> apply() const;

    /// TOML text for a string value: a basic string with escapes as needed.
    [[nodiscard]] static QString quoted(const QString &value);
    /// \a key as written in TOML: bare when it may be, else quoted.
    [[nodiscard]] static QString keyText(const QString &key);

private:
    struct Edit
    {
        TextSpan span;
        QByteArray replacement;
        int order = 0;        ///< insertions at the same offset keep the order they were made in
        bool dropped = false; ///< superseded (a later append to the same array rewrote it)
    };

    /// Everything appended to one array so far, made again as one set of edits on each call
    /// so that several appends compose (commas between the new items included).
    struct Appends
    {
        QStringList items;
        QList<qsizetype> edits; ///< indices into m_edits
        int order = 0;
    };
    void addAppendEdits(const toml::array &array, Appends &appends);

    void addEdit(TextSpan span, const QByteArray &replacement);
    void recordError(Error error);
    void removeLines(qsizetype begin, qsizetype end);
    void insertBlock(qsizetype at, const QByteArray &block);

    TomlDocument m_document;
    QList<Edit> m_edits;
    QHash<const toml::array *, Appends> m_appends;
    std::optional<Error> m_error; ///< the first error an operation recorded
};

} // namespace Akari
