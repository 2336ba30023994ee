// SPDX-License-Identifier: GPL-3.0-or-later
#include "coremetadata.h"

#include <array>
#include <optional>

#include <QByteArray>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

/// The input with every line end ("\r\n", "\r", "\n") made "\n", and a UTF-8 BOM dropped.
QByteArray normalizeLineEnds(QByteArrayView text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out.append('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out.append(c);
        }
    }
    return out;
}

bool isFieldNameCharacter(char16_t c)
{
    return c > 32 && c < 127 && c != u':'; // RFC 822: printable ASCII other than ':' and space
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Fields that may appear only once; a second, different value makes the file ambiguous.
constexpr std::array<QStringView, 3> SingleFields = {u"Name", u"Version", u"Requires-Python"};

/// The 1-based number of the first line that is not UTF-8, or 0 when all of \a text is.
int firstInvalidUtf8Line(QByteArrayView text)
{
    {
        QStringDecoder whole(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        static_cast<void>(QString(whole(text)));
        if (!whole.hasError())
            return 0;
    }
    int line = 1;
    for (qsizetype position = 0; position <= text.size(); ++line) {
        const qsizetype newline = text.indexOf('\n', position);
        const qsizetype end = newline < 0 ? text.size() : newline;
        QStringDecoder decoder(QStringDecoder::Utf8,
                               QStringDecoder::Flag::Stateless); // fresh: hasError() does not reset
        static_cast<void>(QString(decoder(text.sliced(position, end - position))));
        if (decoder.hasError())
            return line;
        position = end + 1;
    }
    return line;
}

struct Pending
{
    QString name;
    QString value;
    int line = 0;
};

} // namespace

Result<CoreMetadata> CoreMetadata::parse(QByteArrayView text, const QString &fileName)
{
    const QByteArray normalized = normalizeLineEnds(text);
    const QByteArrayView input(normalized);
    const auto failAt = [&fileName](int line, int column, QString message) {
        return fail({Error::Code::Parse, std::move(message), fileName, line, column});
    };
    if (const int badLine = firstInvalidUtf8Line(input))
        return failAt(badLine, 0, tr("The line is not valid UTF-8."));

    CoreMetadata metadata;
    std::optional<Pending> pending;
    QList<int> fieldLines;
    const auto finish = [&] {
        if (pending) {
            metadata.m_fields.append({pending->name, pending->value.trimmed()});
            fieldLines.append(pending->line);
            pending.reset();
        }
    };

    qsizetype position = 0;
    int lineNumber = 0;
    bool sawBlankLine = false;
    while (position < input.size()) {
        ++lineNumber;
        const qsizetype newline = input.indexOf('\n', position);
        const qsizetype end = newline < 0 ? input.size() : newline;
        const QString line = QString::fromUtf8(input.sliced(position, end - position));
        position = end + 1;
        if (line.isEmpty()) {
            sawBlankLine = true;
            break;
        }
        if (isBlank(line.front())) {
            if (!pending)
                return failAt(lineNumber, 1, tr("A continuation line comes before any field."));
            pending->value += u'\n' + line;
            continue;
        }
        finish();
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            return failAt(lineNumber, 1,
                          tr("The line is not a “Field: value” header and no blank line comes before it."));
        if (colon == 0)
            return failAt(lineNumber, 1, tr("The field has no name."));
        for (qsizetype i = 0; i < colon; ++i) {
            if (!isFieldNameCharacter(line[i].unicode()))
                return failAt(
                    lineNumber, static_cast<int>(i + 1),
                    tr("The field name “%1” may not contain spaces or control characters.").arg(line.first(colon)));
        }
        QStringView value = QStringView(line).sliced(colon + 1);
        while (!value.isEmpty() && isBlank(value.front()))
            value = value.sliced(1);
        pending = Pending{line.first(colon), value.toString(), lineNumber};
    }
    finish();

    if (sawBlankLine && position < input.size())
        metadata.m_body = QString::fromUtf8(input.sliced(position));

    for (const QStringView single : SingleFields) {
        qsizetype first = -1;
        for (qsizetype i = 0; i < metadata.m_fields.size(); ++i) {
            if (metadata.m_fields[i].first.compare(single, Qt::CaseInsensitive) != 0)
                continue;
            if (first < 0)
                first = i;
            else if (metadata.m_fields[i].second != metadata.m_fields[first].second)
                return failAt(fieldLines[i], 1,
                              tr("“%1” is given twice with different values (first on line %2).")
                                  .arg(single)
                                  .arg(fieldLines[first]));
        }
    }
    if (metadata.name().isEmpty())
        return failAt(0, 0, tr("The “Name” field is missing or empty."));
    if (metadata.version().isEmpty())
        return failAt(0, 0, tr("The “Version” field is missing or empty."));
    return metadata;
}

QString CoreMetadata::value(QStringView field) const
{
    for (const Field &entry : m_fields) {
        if (entry.first.compare(field, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

QStringList CoreMetadata::values(QStringView field) const
{
    QStringList result;
    for (const Field &entry : m_fields) {
        if (entry.first.compare(field, Qt::CaseInsensitive) == 0)
            result.append(entry.second);
    }
    return result;
}

QString CoreMetadata::description() const
{
    if (!m_body.trimmed().isEmpty())
        return m_body;
    const QString header = value(u"Description");
    if (!header.contains(u'\n'))
        return header;
    // Continuation lines carry a prefix: 7 spaces and '|' (core metadata spec) or 8 spaces.
    QStringList lines = header.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringView line = lines[i];
        qsizetype blanks = 0;
        while (blanks < line.size() && blanks < 8 && isBlank(line[blanks]))
            ++blanks;
        line = line.sliced(blanks);
        if (line.startsWith(u'|'))
            line = line.sliced(1);
        lines[i] = line.toString();
    }
    return lines.join(u'\n');
}

} // namespace Akari
