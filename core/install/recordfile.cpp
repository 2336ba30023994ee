// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordfile.h"

#include <QCryptographicHash>
#include <QScopeGuard>

#include "../system/digeststream.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// Splits \a text into rows of fields the way Python's csv.reader (excel dialect, strict off)
/// does: quoted fields may hold commas, doubled quotes and line breaks; a quote inside an
/// unquoted field is kept as it is. `\n`, `\r\n` and a lone `\r` all end a row.
struct CsvRow
{
    QList<QByteArray> fields;
    int line = 0;
};

Result<QList<CsvRow>> splitCsv(QByteArrayView text, const QString &fileName)
{
    enum class State
    {
        StartField,
        InField,
        InQuoted,
        QuoteInQuoted,
    };
    QList<CsvRow> rows;
    CsvRow row;
    QByteArray field;
    State state = State::StartField;
    int line = 1;
    bool rowStarted = false;
    const auto endField = [&] {
        row.fields.append(field);
        field.clear();
    };
    const auto endRow = [&] {
        if (rowStarted)
            rows.append(row);
        row = CsvRow{};
        rowStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\0')
            return fail(
                Error(Error::Code::Parse, RecordFile::tr("The RECORD file contains a NUL character."), fileName, line));
        const bool lineEnd = c == '\n' || c == '\r';
        // "\r\n" counts as one line end (at its '\n'); a lone "\r" as one too.
        const bool countsLine = c == '\n' || (c == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'));
        const auto nextLine = qScopeGuard([&] {
            if (countsLine)
                ++line;
        });
        if (!rowStarted) {
            // A blank line (or the '\n' of "\r\n") is no row at all: csv.reader gives [].
            if (lineEnd)
                continue;
            rowStarted = true;
            row.line = line;
        }
        switch (state) {
        case State::StartField:
        case State::InField:
            if (lineEnd) {
                endField();
                endRow();
                state = State::StartField;
            } else if (c == ',') {
                endField();
                state = State::StartField;
            } else if (c == '"' && state == State::StartField) {
                state = State::InQuoted;
            } else {
                field.append(c);
                state = State::InField;
            }
            break;
        case State::InQuoted:
            if (c == '"')
                state = State::QuoteInQuoted;
            else
                field.append(c);
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = State::InQuoted;
            } else if (c == ',') {
                endField();
                state = State::StartField;
            } else if (lineEnd) {
                endField();
                endRow();
                state = State::StartField;
            } else {
                field.append(c);
                state = State::InField;
            }
            break;
        }
    }
    // Python accepts a last row without a line end, and (strict off) an unclosed quote at the end.
    if (rowStarted) {
        endField();
        endRow();
    }
    return rows;
}

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

QByteArray quoted(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    if (!needsQuotes(field))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

} // namespace

Result<QList<RecordEntry>> RecordFile::parse(QByteArrayView text, const QString &fileName)
{
    const Result<QList<CsvRow>> rows = splitCsv(text, fileName);
    if (!rows)
        return fail(rows.error());
    QList<RecordEntry> entries;
    entries.reserve(rows->size());
    for (const CsvRow &row : *rows) {
        if (row.fields.size() != 3)
            return fail(Error(
                Error::Code::Parse,
                tr("A RECORD row has %n field(s); expected three (path, hash, size).", nullptr, int(row.fields.size())),
                fileName, row.line));
        RecordEntry entry;
        entry.path = QString::fromUtf8(row.fields[0]);
        entry.hash = QString::fromUtf8(row.fields[1]);
        if (entry.path.isEmpty())
            return fail(Error(Error::Code::Parse, tr("A RECORD row has an empty path."), fileName, row.line));
        const QByteArray size = row.fields[2].trimmed();
        if (!size.isEmpty()) {
            bool ok = false;
            entry.size = size.toLongLong(&ok);
            if (!ok || entry.size < 0 || size.front() == '+')
                return fail(Error(Error::Code::Parse,
                                  tr("The size '%1' of '%2' in RECORD is not a number of bytes.")
                                      .arg(QString::fromUtf8(size), entry.path),
                                  fileName, row.line));
        }
        entries.append(std::move(entry));
    }
    return entries;
}

QByteArray RecordFile::write(const QList<RecordEntry> &entries)
{
    QByteArray out;
    for (const RecordEntry &entry : entries) {
        out += quoted(entry.path);
        out += ',';
        out += quoted(entry.hash);
        out += ',';
        if (entry.size >= 0)
            out += QByteArray::number(entry.size);
        out += '\n';
    }
    return out;
}

QString RecordFile::hashOf(QByteArrayView data)
{
    return hashFromDigest(DigestStream::hash(data, QCryptographicHash::Sha256));
}

QString RecordFile::hashFromDigest(const QByteArray &digest)
{
    return u"sha256="_s +
           QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace Akari
