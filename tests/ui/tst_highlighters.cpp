// SPDX-License-Identifier: GPL-3.0-or-later
// The TOML and diff highlighters of the Project page's preview: which characters get which
// category's format, checked on real pyproject.toml files against Python's tomllib, on
// hand-marked snippets and on real diffs, and whether the colours read in light and dark themes.
#include <cmath>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextDocumentLayout>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include "core/project/unifieddiff.h"
#include "testenvironment.h"
#include "widgets/diffhighlighter.h"
#include "widgets/tomlhighlighter.h"

using namespace Qt::Literals::StringLiterals;
using Akari::DiffHighlighter;
using Akari::TomlHighlighter;

namespace
{
// One letter per category, so that a line's highlighting reads as a string under the line.
const QString TomlLetters = u".HKSNC"_s; // Plain, TableHeader, Key, String, Number, Comment
const QString DiffLetters = u" +-@F"_s;  // Context, Added, Removed, Hunk, FileHeader

// Python's TOML reader: the parsed data, every table key, every string value and the count of
// the other scalars (numbers, booleans, dates and times), per file.
const QString TomllibScript = uR"(
import json, sys, tomllib
def walk(value, keys, strings, scalars):
    if isinstance(value, dict):
        for key, item in value.items():
            keys.add(key)
            walk(item, keys, strings, scalars)
    elif isinstance(value, list):
        for item in value:
            walk(item, keys, strings, scalars)
    elif isinstance(value, str):
        strings.append(value)
    else:
        scalars.append(value)
out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        data = tomllib.load(f)
    keys, strings, scalars = set(), [], []
    walk(data, keys, strings, scalars)
    out.append({"data": json.dumps(data, sort_keys=True, default=str), "keys": sorted(keys),
                "strings": strings, "scalars": len(scalars)})
print(json.dumps(out))
)"_s;

template<typename Highlighter>
constexpr int categoryCount()
{
    return std::is_same_v<Highlighter, TomlHighlighter> ? 6 : 5;
}

/// Each line of \a document as one letter per character: the category whose format it got.
template<typename Highlighter>
QStringList letters(const QTextDocument &document, const Highlighter &highlighter, const QString &alphabet)
{
    using Category = typename Highlighter::Category;
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QString line(block.length() - 1, alphabet[0]);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            QChar letter = u'?'; // a format that is no category's
            for (int c = 0; c < categoryCount<Highlighter>(); ++c) {
                if (range.format == highlighter.format(Category(c)))
                    letter = alphabet[c];
            }
            for (int i = range.start; i < range.start + range.length && i < line.size(); ++i)
                line[i] = letter;
        }
        lines << line;
    }
    return lines;
}

QStringList tomlLetters(const QString &text)
{
    QTextDocument document(text);
    TomlHighlighter highlighter(&document);
    highlighter.rehighlight();
    return letters(document, highlighter, TomlLetters);
}

// Contrast as WCAG 2 defines it, from the relative luminance of sRGB colours.
double luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
    return palette;
}

// Set role by role as dark themes do; Link and the like stay at their light defaults.
QPalette darkPalette()
{
    QPalette palette(QColor(0x35, 0x35, 0x35), QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    return palette;
}

QString unescape(QStringView body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != u'\\' || i + 1 == body.size()) {
            out += body[i];
            continue;
        }
        const QChar c = body[++i];
        static const QHash<QChar, QChar> simple{{u'b', u'\b'}, {u't', u'\t'}, {u'n', u'\n'}, {u'f', u'\f'},
                                                {u'r', u'\r'}, {u'"', u'"'},  {u'\\', u'\\'}};
        if (simple.contains(c)) {
            out += simple.value(c);
        } else if (c == u'u' || c == u'U') {
            const qsizetype digits = c == u'u' ? 4 : 8;
            const char32_t code = body.sliced(i + 1, digits).toUInt(nullptr, 16);
            out += QString::fromUcs4(&code, 1);
            i += digits;
        }
    }
    return out;
}

/// The value a one-line TOML string or quoted key stands for.
QString unquote(QStringView token)
{
    token = token.trimmed();
    if (token.startsWith(u'\''))
        return token.sliced(1, token.size() - 2).toString();
    if (token.startsWith(u'"'))
        return unescape(token.sliced(1, token.size() - 2));
    return token.toString();
}

/// The parts of a dotted key (`a."b.c".'d'`), unquoted.
QStringList keyParts(QStringView key)
{
    QStringList parts;
    QChar quote;
    qsizetype start = 0;
    for (qsizetype i = 0; i < key.size(); ++i) {
        if (!quote.isNull()) {
            if (key[i] == u'\\' && quote == u'"')
                ++i;
            else if (key[i] == quote)
                quote = QChar();
        } else if (key[i] == u'"' || key[i] == u'\'') {
            quote = key[i];
        } else if (key[i] == u'.') {
            parts << unquote(key.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts << unquote(key.sliced(start));
    return parts;
}

/// The runs of one letter in \a line, as [start, end) pairs.
QList<std::pair<qsizetype, qsizetype>> runs(const QString &line, QChar letter)
{
    QList<std::pair<qsizetype, qsizetype>> out;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != letter)
            continue;
        qsizetype end = i;
        while (end < line.size() && line[end] == letter)
            ++end;
        out.append({i, end});
        i = end;
    }
    return out;
}

/// Letters for a diff's lines whose file headers stand at \a headers; the others go by their
/// first character ("\\ No newline at end of file" is context).
QStringList expectedDiffLetters(const QStringList &lines, const QList<qsizetype> &headers)
{
    QStringList expected;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const QChar letter = headers.contains(i)        ? u'F'
                             : line.startsWith(u"@@"_s) ? u'@'
                             : line.startsWith(u'+')    ? u'+'
                             : line.startsWith(u'-')    ? u'-'
                                                        : u' ';
        expected << QString(line.size(), letter);
    }
    return expected;
}

QStringList diffLetters(const QString &diff, const QPalette &palette = {})
{
    QTextDocument document(diff);
    DiffHighlighter highlighter(&document, palette);
    highlighter.rehighlight();
    return letters(document, highlighter, DiffLetters);
}
} // namespace

class TestHighlighters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tomlCorpus_data();
    void tomlCorpus();
    void tomlSnippets_data();
    void tomlSnippets();
    void multiLineStringFollowsEdits();
    void tomlColoursRead_data();
    void tomlColoursRead();
    void diffOfRealFile();
    void diffOfSeveralFiles();
    void diffColoursRead_data();
    void diffColoursRead();
    void paletteChangeRecolours();

private:
    QTemporaryDir m_dir;
};

void TestHighlighters::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestHighlighters::tomlCorpus_data()
{
    QTest::addColumn<QString>("path");
    const QDir corpus(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    const QStringList files = corpus.entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 20, qPrintable(corpus.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << corpus.filePath(file);
}

void TestHighlighters::tomlCorpus()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QTextDocument document(text);
    TomlHighlighter highlighter(&document);
    highlighter.rehighlight();
    const QStringList lines = letters(document, highlighter, TomlLetters);
    QVERIFY(!lines.join(QString()).contains(u'?'));

    // What the highlighting says: keys, one-line strings, multi-line strings, other scalars,
    // and the text without what it takes for comments.
    QSet<QString> keys;
    QStringList strings;
    int multiLineStrings = 0;
    int scalars = 0;
    QString withoutComments;
    QString multiLineDelimiter;
    const QStringList textLines = text.split(u'\n');
    QCOMPARE(textLines.size(), lines.size());
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = textLines[n];
        for (const auto &[start, end] : runs(lines[n], u'H')) {
            QString header = line.sliced(start, end - start);
            while (header.startsWith(u'[') && header.endsWith(u']'))
                header = header.sliced(1, header.size() - 2);
            for (const QString &part : keyParts(header))
                keys.insert(part);
        }
        for (const auto &[start, end] : runs(lines[n], u'K')) {
            for (const QString &part : keyParts(QStringView(line).sliced(start, end - start)))
                keys.insert(part);
        }
        for (const auto &[start, end] : runs(lines[n], u'S')) {
            const QString token = line.sliced(start, end - start);
            if (!multiLineDelimiter.isEmpty()) {
                QCOMPARE(start, 0); // the string goes on from the line above
                if (token.endsWith(multiLineDelimiter))
                    multiLineDelimiter.clear();
            } else if (token.startsWith(u"\"\"\""_s) || token.startsWith(u"'''"_s)) {
                ++multiLineStrings;
                if (token.size() < 6 || !token.endsWith(token.left(3)))
                    multiLineDelimiter = token.left(3);
            } else {
                QVERIFY2(token.size() >= 2 && token.back() == token.front(), qPrintable(token));
                strings << unquote(token);
            }
        }
        scalars += int(runs(lines[n], u'N').size());
        QString kept = line;
        for (const auto &[start, end] : runs(lines[n], u'C')) {
            QVERIFY2(line[start] == u'#' && end == line.size(), qPrintable(line));
            kept.truncate(start);
        }
        // Every other # stands in a string or a quoted key.
        for (qsizetype i = 0; i < kept.size(); ++i)
            QVERIFY2(kept[i] != u'#' || lines[n][i] == u'S' || lines[n][i] == u'K', qPrintable(line));
        withoutComments += kept + u'\n';
    }
    QVERIFY(multiLineDelimiter.isEmpty());

    const QString stripped = m_dir.filePath(QFileInfo(path).fileName());
    QVERIFY(Akari::Test::writeFile(stripped, withoutComments.toUtf8()));
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), {u"-c"_s, TomllibScript, path, stripped});
    QVERIFY2(python.waitForFinished(60'000), "the tomllib oracle did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    const QJsonArray oracle = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    QCOMPARE(oracle.size(), 2);
    const QJsonObject expected = oracle[0].toObject();

    // Taking out what was highlighted as comments changes nothing the file means.
    QCOMPARE(oracle[1].toObject().value(u"data"_s), expected.value(u"data"_s));
    QStringList expectedKeys;
    for (const QJsonValue &key : expected.value(u"keys"_s).toArray())
        expectedKeys << key.toString();
    QStringList foundKeys = keys.values();
    foundKeys.sort();
    QCOMPARE(foundKeys, expectedKeys);
    // Each one-line string is a value of the file; the multi-line ones account for the rest.
    QStringList expectedStrings;
    for (const QJsonValue &value : expected.value(u"strings"_s).toArray())
        expectedStrings << value.toString();
    QCOMPARE(strings.size() + multiLineStrings, expectedStrings.size());
    for (const QString &string : std::as_const(strings))
        QVERIFY2(expectedStrings.removeOne(string), qPrintable(u"not a string value: %1"_s.arg(string)));
    QCOMPARE(scalars, expected.value(u"scalars"_s).toInt());
}

void TestHighlighters::tomlSnippets_data()
{
    QTest::addColumn<QStringList>("text");
    QTest::addColumn<QStringList>("expected");

    // Each text line stands above the letters of its categories (see TomlLetters).
    // clang-format off
    const QList<std::pair<const char *, QStringList>> snippets{
        {"headers and keys", {
            uR"([project])"_s,
            uR"(HHHHHHHHH)"_s,
            uR"(name = "demo" # a "comment")"_s,
            uR"(KKKK...SSSSSS.CCCCCCCCCCCCC)"_s,
            uR"([[tool.uv.index]]  # indexes)"_s,
            uR"(HHHHHHHHHHHHHHHHH..CCCCCCCCC)"_s,
            uR"(  [ tool . "uv.sources" . 'x' ])"_s,
            uR"(..HHHHHHHHHHHHHHHHHHHHHHHHHHHHH)"_s,
            uR"(tool.uv.package = false)"_s,
            uR"(KKKKKKKKKKKKKKK...NNNNN)"_s,
            uR"("quoted.key" . bare-key_2 = 1)"_s,
            uR"(KKKKKKKKKKKKKKKKKKKKKKKKK...N)"_s,
        }},
        {"hash in strings", {
            uR"(a = "has # hash and \" quote" # real)"_s,
            uR"(K...SSSSSSSSSSSSSSSSSSSSSSSSS.CCCCCC)"_s,
            uR"(b = 'C:\path # not a comment\')"_s,
            uR"(K...SSSSSSSSSSSSSSSSSSSSSSSSSS)"_s,
            uR"(c = ["#1", '#2'] # three)"_s,
            uR"(K....SSSS..SSSS..CCCCCCC)"_s,
        }},
        {"inline tables in a multi-line array", {
            uR"(torch = [)"_s,
            uR"(KKKKK....)"_s,
            uR"(  { index = "cu128", marker = "sys_platform == 'linux'" },)"_s,
            uR"(....KKKKK...SSSSSSS..KKKKKK...SSSSSSSSSSSSSSSSSSSSSSSSS...)"_s,
            uR"(  "plain", # "quoted" comment)"_s,
            uR"(..SSSSSSS..CCCCCCCCCCCCCCCCCC)"_s,
            uR"(  {index="cpu",extra="cpu"}, { deep.key = 'v', n = { m = 1 } })"_s,
            uR"(...KKKKK.SSSSS.KKKKK.SSSSS.....KKKKKKKK...SSS..K.....K...N....)"_s,
            uR"(])"_s,
            uR"(.)"_s,
            uR"(after = true)"_s,
            uR"(KKKKK...NNNN)"_s,
        }},
        {"numbers, booleans, dates", {
            uR"(n = [1, +2, -3_000, 0x1F_ff, 0o17, 0b1010, 6.02e+23, -1.5E-3, inf, -nan])"_s,
            uR"(K....N..NN..NNNNNN..NNNNNNN..NNNN..NNNNNN..NNNNNNNN..NNNNNNN..NNN..NNNN.)"_s,
            uR"(d = [1979-05-27T07:32:00Z, 1979-05-27 07:32:00.5-07:00, 07:32:00, 1979-05-27])"_s,
            uR"(K....NNNNNNNNNNNNNNNNNNNN..NNNNNNNNNNNNNNNNNNNNNNNNNNN..NNNNNNNN..NNNNNNNNNN.)"_s,
            uR"(bad = trueish)"_s,
            uR"(KKK..........)"_s,
        }},
        {"multi-line strings", {
            uR"(exclude = ''')"_s,
            uR"(KKKKKKK...SSS)"_s,
            uR"(^/foo/   # not a comment)"_s,
            uR"(SSSSSSSSSSSSSSSSSSSSSSSS)"_s,
            uR"([not.a.header] = "no key")"_s,
            uR"(SSSSSSSSSSSSSSSSSSSSSSSSS)"_s,
            uR"(''' # comment)"_s,
            uR"(SSS.CCCCCCCCC)"_s,
            uR"(basic = """ starts)"_s,
            uR"(KKKKK...SSSSSSSSSS)"_s,
            uR"(with \""" escaped # no)"_s,
            uR"(SSSSSSSSSSSSSSSSSSSSSS)"_s,
            uR"(end""", [1] # yes)"_s,
            uR"(SSSSSS...N..CCCCC)"_s,
            uR"(quotes = """two""""" # c)"_s,
            uR"(KKKKKK...SSSSSSSSSSS.CCC)"_s,
            uR"(one = '''line''' # c)"_s,
            uR"(KKK...SSSSSSSSSS.CCC)"_s,
            uR"(key = 1)"_s,
            uR"(KKK...N)"_s,
        }},
    };
    // clang-format on
    for (const auto &[name, pairs] : snippets) {
        QStringList text;
        QStringList expected;
        for (qsizetype i = 0; i + 1 < pairs.size(); i += 2) {
            text << pairs[i];
            expected << pairs[i + 1];
        }
        QTest::newRow(name) << text << expected;
    }
}

void TestHighlighters::tomlSnippets()
{
    QFETCH(QStringList, text);
    QFETCH(QStringList, expected);
    const QStringList got = tomlLetters(text.join(u'\n'));
    QCOMPARE(got.size(), text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        QVERIFY2(got[i] == expected[i],
                 qPrintable(u"\n  line: %1\n  got:  %2\n  want: %3"_s.arg(text[i], got[i], expected[i])));
}

void TestHighlighters::multiLineStringFollowsEdits()
{
    QTextDocument document(u"a = 1\nb = \"x\"\n[table]\nc = 2"_s);
    // Laid out as in the preview's QPlainTextEdit: only a laid out document reports its edits.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    TomlHighlighter highlighter(&document);
    // The first highlighting waits for the event loop; from then on edits are followed at once.
    QCoreApplication::processEvents();
    QCOMPARE(letters(document, highlighter, TomlLetters),
             (QStringList{u"K...N"_s, u"K...SSS"_s, u"HHHHHHH"_s, u"K...N"_s}));

    // Opening a multi-line string on the first line turns what follows into its content...
    QTextCursor cursor(document.begin());
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" # x\ns = '''"_s);
    QCOMPARE(letters(document, highlighter, TomlLetters),
             (QStringList{u"K...N.CCC"_s, u"K...SSS"_s, u"SSSSSSS"_s, u"SSSSSSS"_s, u"SSSSS"_s}));
    // ...and closing it gives the rest back.
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(u"'''\nd = 3"_s);
    QCOMPARE(letters(document, highlighter, TomlLetters),
             (QStringList{u"K...N.CCC"_s, u"K...SSS"_s, u"SSSSSSS"_s, u"SSSSSSS"_s, u"SSSSSSSS"_s, u"K...N"_s}));
}

void TestHighlighters::tomlColoursRead_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestHighlighters::tomlColoursRead()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QTextDocument document;
    const TomlHighlighter highlighter(&document, palette);
    const QColor base = palette.color(QPalette::Base);
    QList<QColor> seen;
    for (const auto category :
         {TomlHighlighter::Category::TableHeader, TomlHighlighter::Category::Key, TomlHighlighter::Category::String,
          TomlHighlighter::Category::Number, TomlHighlighter::Category::Comment}) {
        const QColor colour = highlighter.format(category).foreground().color();
        const QString what = u"%1 %2 on %3: %4"_s.arg(QVariant::fromValue(category).toString(), colour.name(),
                                                      base.name(), QString::number(contrast(colour, base)));
        QVERIFY2(contrast(colour, base) >= 4.5, qPrintable(what));
        QVERIFY2(dark ? luminance(colour) > luminance(base) : luminance(colour) < luminance(base), qPrintable(what));
        QVERIFY2(!seen.contains(colour), qPrintable(what)); // each category looks different
        seen << colour;
    }
    QVERIFY(highlighter.format(TomlHighlighter::Category::Plain) == QTextCharFormat());
}

void TestHighlighters::diffOfRealFile()
{
    QFile file(Akari::Test::sharedPath(u"corpus/pyprojects/01-karpathy-nanochat.toml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.size() > 40);
    // Removed and added lines that look like file headers, an edit in the middle, a new end.
    QList<QByteArray> before = lines;
    before.insert(10, "-- removed, starting with two dashes");
    QList<QByteArray> after = lines;
    after.insert(20, "++ added, starting with two pluses");
    after[30] = "# changed";
    after.removeLast();
    after << "[tool.extra]";
    const QString diff = Akari::UnifiedDiff::make(before.join('\n'), after.join('\n'), u"a"_s, u"b"_s, 2);
    QVERIFY(diff.contains(u"\n--- removed"_s) && diff.contains(u"\n+++ added"_s));
    QVERIFY(diff.count(u"\n@@"_s) >= 3);
    // In a one-file diff only its first two lines are headers.
    QCOMPARE(diffLetters(diff), expectedDiffLetters(diff.split(u'\n'), {0, 1}));
}

void TestHighlighters::diffOfSeveralFiles()
{
    const QString first = Akari::UnifiedDiff::make("a\n-- b\nc\n", "a\n++ b\nc\n", u"one"_s, u"one"_s);
    const QString second = Akari::UnifiedDiff::make("x\ny", "x\ny\nz\n", u"two"_s, u"two"_s);
    QVERIFY(first.contains(u"\n--- b\n+++ b\n"_s));
    QVERIFY(second.contains(u"\\ No newline at end of file"_s));
    const QString both = first + second;
    const QStringList lines = both.split(u'\n');
    // The second file's headers follow the first file's last hunk.
    const qsizetype secondStart = first.count(u'\n');
    QCOMPARE(lines[secondStart], u"--- two"_s);
    QCOMPARE(diffLetters(both), expectedDiffLetters(lines, {0, 1, secondStart, secondStart + 1}));
}

void TestHighlighters::diffColoursRead_data()
{
    tomlColoursRead_data();
}

void TestHighlighters::diffColoursRead()
{
    QFETCH(QPalette, palette);
    QTextDocument document;
    const DiffHighlighter highlighter(&document, palette);
    const QColor base = palette.color(QPalette::Base);
    const auto background = [&](DiffHighlighter::Category category) {
        return highlighter.format(category).background().color();
    };
    for (const auto category : {DiffHighlighter::Category::Added, DiffHighlighter::Category::Removed,
                                DiffHighlighter::Category::Hunk, DiffHighlighter::Category::FileHeader}) {
        const QTextCharFormat format = highlighter.format(category);
        const QColor text = format.foreground().color();
        const QColor back = format.background().color();
        const QString what = u"%1 %2 on %3"_s.arg(QVariant::fromValue(category).toString(), text.name(), back.name());
        QVERIFY2(contrast(text, back) >= 4.5, qPrintable(what));
        // A tint of the base, not a colour of its own.
        QVERIFY2(contrast(back, base) > 1.05 && contrast(back, base) < 1.6, qPrintable(what));
    }
    const QColor added = background(DiffHighlighter::Category::Added);
    const QColor removed = background(DiffHighlighter::Category::Removed);
    QVERIFY2(added.green() > added.red() && added.green() > added.blue(), qPrintable(added.name()));
    QVERIFY2(removed.red() > removed.green() && removed.red() > removed.blue(), qPrintable(removed.name()));
    QVERIFY(highlighter.format(DiffHighlighter::Category::Context) == QTextCharFormat());
}

void TestHighlighters::paletteChangeRecolours()
{
    QTextDocument toml(u"[a]\nb = 1"_s);
    TomlHighlighter tomlHighlighter(&toml, lightPalette());
    QTextDocument diff(u"--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y"_s);
    DiffHighlighter diffHighlighter(&diff, lightPalette());
    const QTextCharFormat lightKey = tomlHighlighter.format(TomlHighlighter::Category::Key);
    const QTextCharFormat lightAdded = diffHighlighter.format(DiffHighlighter::Category::Added);

    tomlHighlighter.setPalette(darkPalette());
    diffHighlighter.setPalette(darkPalette());
    QVERIFY(tomlHighlighter.format(TomlHighlighter::Category::Key) != lightKey);
    QVERIFY(diffHighlighter.format(DiffHighlighter::Category::Added) != lightAdded);
    // The text already shown takes the new colours.
    QCOMPARE(letters(toml, tomlHighlighter, TomlLetters), (QStringList{u"HHH"_s, u"K...N"_s}));
    QCOMPARE(letters(diff, diffHighlighter, DiffLetters),
             (QStringList{u"FFFFF"_s, u"FFFFF"_s, u"@@@@@@@@@@@"_s, u"--"_s, u"++"_s}));
}

QTEST_MAIN(TestHighlighters)
#include "tst_highlighters.moc"
