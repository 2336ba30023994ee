// SPDX-License-Identifier: GPL-3.0-or-later
#include "unifieddiff.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include <dtl/dtl.hpp>

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// One line without its line ending. A last line without a line break differs from the same
// text with one, as in diff.
struct Line
{
    std::string_view text;
    bool newline = true;

    friend bool operator==(const Line &, const Line &) = default;
};

std::vector<Line> splitLines(const QByteArray &bytes)
{
    std::vector<Line> lines;
    const std::string_view all(bytes.constData(), size_t(bytes.size()));
    size_t begin = 0;
    while (begin < all.size()) {
        const size_t end = all.find('\n', begin);
        if (end == std::string_view::npos) {
            lines.push_back({all.substr(begin), false});
            break;
        }
        size_t textEnd = end;
        if (textEnd > begin && all[textEnd - 1] == '\r')
            --textEnd; // CRLF compares like LF
        lines.push_back({all.substr(begin, textEnd - begin), true});
        begin = end + 1;
    }
    return lines;
}

/**
 * Moves runs of changed lines in \a lines to where diff puts them among identical lines:
 * as far down as possible, unless a position next to a change in the other file exists,
 * and merging runs that touch. dtl finds a shortest edit script but places such runs
 * elsewhere; this makes the output match `diff -u` line for line.
 */
void shiftRuns(const std::vector<Line> &lines, std::vector<char> &changed, const std::vector<char> &otherChanged)
{
    const qsizetype n = qsizetype(lines.size());
    // The k-th unchanged line here is paired with the k-th unchanged line of the other file;
    // whether the other file has a change right before that line tells where a replacement is.
    std::vector<qsizetype> otherUnchanged;
    for (qsizetype j = 0; j < qsizetype(otherChanged.size()); ++j) {
        if (!otherChanged[size_t(j)])
            otherUnchanged.push_back(j);
    }
    const auto otherChangeBefore = [&](qsizetype k) {
        const qsizetype j =
            k < qsizetype(otherUnchanged.size()) ? otherUnchanged[size_t(k)] : qsizetype(otherChanged.size());
        return j > 0 && otherChanged[size_t(j - 1)];
    };
    const auto isChanged = [&](qsizetype i) { return i >= 0 && i < n && changed[size_t(i)]; };
    const auto same = [&](qsizetype a, qsizetype b) { return lines[size_t(a)] == lines[size_t(b)]; };

    qsizetype i = 0;
    qsizetype unchangedBefore = 0; // unchanged lines before i
    while (true) {
        while (i < n && !changed[size_t(i)]) {
            ++i;
            ++unchangedBefore;
        }
        if (i == n)
            break;
        qsizetype start = i;
        while (isChanged(i))
            ++i;
        qsizetype corresponding = -1;
        qsizetype runLength = 0;
        do {
            runLength = i - start;
            while (start > 0 && same(start - 1, i - 1)) {
                changed[size_t(--start)] = 1;
                changed[size_t(--i)] = 0;
                --unchangedBefore;
                while (isChanged(start - 1))
                    --start;
            }
            corresponding = otherChangeBefore(unchangedBefore) ? i : -1;
            while (i < n && same(start, i)) {
                changed[size_t(start++)] = 0;
                changed[size_t(i++)] = 1;
                ++unchangedBefore;
                while (isChanged(i))
                    ++i;
                if (otherChangeBefore(unchangedBefore))
                    corresponding = i;
            }
        } while (runLength != i - start);
        // Back up to the lowest place that sits next to a change in the other file.
        while (corresponding >= 0 && corresponding < i) {
            changed[size_t(--start)] = 1;
            changed[size_t(--i)] = 0;
            --unchangedBefore;
        }
    }
}

// diff's range: "start,count", "start" for one line, "before,0" for none.
QString range(qsizetype first, qsizetype count)
{
    if (count == 0)
        return u"%1,0"_s.arg(first);
    if (count == 1)
        return QString::number(first + 1);
    return u"%1,%2"_s.arg(first + 1).arg(count);
}

void appendLine(QString &out, QChar mark, const Line &line)
{
    out += mark;
    out += QString::fromUtf8(line.text.data(), qsizetype(line.text.size()));
    out += u'\n';
    if (!line.newline)
        out += u"\\ No newline at end of file\n"_s;
}

} // namespace

QString UnifiedDiff::make(const QByteArray &before, const QByteArray &after, const QString &fromLabel,
                          const QString &toLabel, int context)
{
    const std::vector<Line> a = splitLines(before);
    const std::vector<Line> b = splitLines(after);
    context = std::max(context, 0);

    if (a == b)
        return {};
    // dtl gives a shortest edit script; only which lines changed is kept from it.
    dtl::Diff<Line, std::vector<Line>> diff(a, b);
    diff.compose();
    std::vector<char> changedA(a.size(), 1);
    std::vector<char> changedB(b.size(), 1);
    for (const auto &[line, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            changedA[size_t(info.beforeIdx - 1)] = 0;
            changedB[size_t(info.afterIdx - 1)] = 0;
        }
    }
    shiftRuns(a, changedA, changedB);
    shiftRuns(b, changedB, changedA);

    // Changes as (first line in a, lines deleted, first line in b, lines inserted).
    struct Change
    {
        qsizetype a, deleted, b, inserted;
    };
    std::vector<Change> changes;
    {
        qsizetype i = 0;
        qsizetype j = 0;
        const qsizetype n = qsizetype(a.size());
        const qsizetype m = qsizetype(b.size());
        while (i < n || j < m) {
            if (i < n && j < m && !changedA[size_t(i)] && !changedB[size_t(j)]) {
                ++i;
                ++j;
                continue;
            }
            Change change{i, 0, j, 0};
            while (i < n && changedA[size_t(i)]) {
                ++i;
                ++change.deleted;
            }
            while (j < m && changedB[size_t(j)]) {
                ++j;
                ++change.inserted;
            }
            changes.push_back(change);
        }
    }
    if (changes.empty())
        return {};

    QString out = u"--- %1\n+++ %2\n"_s.arg(fromLabel, toLabel);
    size_t next = 0;
    while (next < changes.size()) {
        // A hunk takes the following changes while fewer than 2 * context + 1 lines separate them.
        size_t last = next;
        while (last + 1 < changes.size() &&
               changes[last + 1].a - (changes[last].a + changes[last].deleted) <= 2 * qsizetype(context))
            ++last;
        const Change &first = changes[next];
        const Change &end = changes[last];
        const qsizetype lead = std::min<qsizetype>(context, first.a);
        const qsizetype startA = first.a - lead;
        const qsizetype startB = first.b - lead;
        const qsizetype endA = std::min<qsizetype>(qsizetype(a.size()), end.a + end.deleted + context);
        const qsizetype endB = endA - (end.a + end.deleted) + end.b + end.inserted;
        out += u"@@ -%1 +%2 @@\n"_s.arg(range(startA, endA - startA), range(startB, endB - startB));
        qsizetype i = startA;
        qsizetype j = startB;
        for (size_t c = next; c <= last; ++c) {
            for (; i < changes[c].a; ++i, ++j)
                appendLine(out, u' ', a[size_t(i)]);
            for (qsizetype k = 0; k < changes[c].deleted; ++k)
                appendLine(out, u'-', a[size_t(i++)]);
            for (qsizetype k = 0; k < changes[c].inserted; ++k)
                appendLine(out, u'+', b[size_t(j++)]);
        }
        for (; i < endA; ++i)
            appendLine(out, u' ', a[size_t(i)]);
        next = last + 1;
    }
    return out;
}

} // namespace Akari
