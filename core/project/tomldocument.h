// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <toml++/toml.h>

#include "../error.h"

namespace Akari
{

/// A half-open range of bytes [begin, end) in a document's text.
struct TextSpan
{
    qsizetype begin = 0;
    qsizetype end = 0;

    [[nodiscard]] qsizetype size() const { return end - begin; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

/**
 * \brief A TOML file's exact bytes together with toml++'s tree of them, and where every
 *        node, key and table section lies in those bytes.
 *
 * toml++ does not keep formatting, so edits are made on the original text by byte spans
 * (TomlEditor) and the result is parsed again. Positions from toml++ (1-based lines,
 * columns in code points) are turned into byte offsets here, whatever the line endings
 * (LF or CRLF), tabs or non-ASCII text. A UTF-8 byte order mark stays in text() but, as
 * for toml++, comes before the first line (lineStart() is after it). Immutable after
 * parse(); cheap to copy (shared).
 */
class TomlDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::TomlDocument)

public:
    /// One `[table]` or `[[array.of.tables]]` header and the lines that belong to it.
    struct Section
    {
        QStringList path;          ///< the header's keys, unquoted: {"tool", "uv", "sources"}
        bool arrayElement = false; ///< `[[...]]`
        TextSpan header;           ///< from the start of the header's line to after its line break (or end of text)
        TextSpan body;             ///< from header.end to the start of the next header's line (or end of text)
        /// End of the line (after its line break, or end of text) of the section's last
        /// key/value, including values of dotted keys; header.end when the section is empty.
        /// Comments and blank lines after it up to the next header are not part of it.
        qsizetype contentEnd = 0;
        const toml::table *table = nullptr; ///< the table the header defines
    };

    TomlDocument();

    /**
     * Parses \a text (UTF-8). A malformed document fails with Error::Code::Parse whose file is
     * \a filePath and whose line/column are toml++'s; the translated message says what was
     * expected (toml++'s description after a translated lead-in).
     */
    [[nodiscard]] static Result<TomlDocument> parse(const QByteArray &text, const QString &filePath);

    [[nodiscard]] const QByteArray &text() const;
    [[nodiscard]] QString filePath() const;
    [[nodiscard]] const toml::table &root() const;

    /// "\r\n" when the first line break of the text is CRLF, else "\n".
    [[nodiscard]] QByteArray newline() const;
    [[nodiscard]] bool endsWithNewline() const;

    /// The byte offset of a toml++ position (clamped to the text).
    [[nodiscard]] qsizetype offset(const toml::source_position &position) const;
    /// The bytes of a value node (strings with their quotes, arrays with their brackets).
    [[nodiscard]] TextSpan span(const toml::node &node) const;
    /// The bytes of a key as written (bare or quoted; for a dotted key only its own part).
    [[nodiscard]] TextSpan keySpan(const toml::key &key) const;
    /// The start of the line holding \a offset.
    [[nodiscard]] qsizetype lineStart(qsizetype offset) const;
    /// After the line break ending the line that holds \a offset (or the end of the text).
    [[nodiscard]] qsizetype nextLineStart(qsizetype offset) const;
    /// The spaces and tabs that start the line holding \a offset.
    [[nodiscard]] QByteArray indentAt(qsizetype offset) const;

    /// Header sections in text order. Keys before the first header are in no section.
    [[nodiscard]] const QList<Section> &sections() const;
    /// The `[a.b]` section with that path, if it is written as a header.
    [[nodiscard]] const Section *section(const QStringList &path) const;
    /// The `[[a.b]]` sections with that path, in order.
    [[nodiscard]] QList<const Section *> arraySections(const QStringList &path) const;
    /// The section that holds \a offset (nullptr before the first header).
    [[nodiscard]] const Section *sectionAt(qsizetype offset) const;

    /// The node at a path of keys from the root ("tool", "uv", "sources"), or nullptr.
    [[nodiscard]] const toml::node *nodeAt(const QStringList &path) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Akari
