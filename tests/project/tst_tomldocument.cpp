// SPDX-License-Identifier: GPL-3.0-or-later

#include <algorithm>
#include <string>

#include <QDir>
#include <QFile>
#include <QTest>

#include "core/project/tomldocument.h"
#include "core/project/tomleditor.h"
#include "testenvironment.h"
#include "tomltesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::TextSpan;
using Akari::TomlDocument;
using Akari::TomlEditor;
using namespace Akari::Test;

namespace
{
QByteArray slice(const QByteArray &text, TextSpan span)
{
    return text.mid(span.begin, span.size());
}

/// The table \a text holds; an empty one (and a test failure) when toml++ rejects it.
toml::table parsed(const QByteArray &text)
{
    try {
        return toml::parse(view(text));
    } catch (const toml::parse_error &error) {
        QTest::qFail(qPrintable(u"%1 in: %2"_s.arg(QString::fromUtf8(error.description()), QString::fromUtf8(text))),
                     __FILE__, __LINE__);
        return {};
    }
}

const toml::key *keyOf(const toml::table &table, const QString &name)
{
    for (const auto &[key, value] : table) {
        if (key.str() == name.toStdString())
            return &key;
    }
    return nullptr;
}

/// A copy of \a table without what other headers write (their tables and arrays of tables).
toml::table ownLines(const TomlDocument &document, const toml::table &table)
{
    toml::table result;
    for (const auto &[key, value] : table) {
        const toml::table *child = value.as_table();
        const toml::array *array = value.as_array();
        const qsizetype begin = document.offset(value.source().begin);
        if (child && !child->is_inline()) {
            if (document.text().at(begin) == '[')
                continue;
            result.insert(key, ownLines(document, *child));
        } else if (array && !array->empty() && array->front().is_table() && !array->front().as_table()->is_inline()) {
            continue;
        } else {
            result.insert(key, value);
        }
    }
    return result;
}

const toml::table *descend(const toml::table &root, const QStringList &path, bool arrayElement)
{
    const toml::node *node = &root;
    for (const QString &key : path)
        node = node && node->is_table() ? node->as_table()->get(key.toStdString()) : nullptr;
    if (node && arrayElement)
        node = node->is_array() ? node->as_array()->get(0) : nullptr;
    return node ? node->as_table() : nullptr;
}

bool onlyBlankOrCommentLines(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            return false;
    }
    return true;
}

// Every value's bytes, read alone, give the same value; every key's bytes the same key.
void checkSpans(const TomlDocument &document, const toml::node &node, const QString &where)
{
    if (const toml::table *table = node.as_table()) {
        for (const auto &[key, value] : *table) {
            const QByteArray keyText = slice(document.text(), document.keySpan(key));
            const toml::table alone = parsed(keyText + " = 0"_ba);
            QVERIFY2(alone.size() == 1 && alone.cbegin()->first.str() == key.str(),
                     qPrintable(where + u": key "_s + QString::fromUtf8(keyText)));
            checkSpans(document, value, where + u'.' + QString::fromUtf8(key.str()));
            if (QTest::currentTestFailed())
                return;
        }
        if (!table->is_inline() || &node == &document.root())
            return;
    } else if (const toml::array *array = node.as_array()) {
        for (const toml::node &element : *array) {
            checkSpans(document, element, where + u"[]"_s);
            if (QTest::currentTestFailed())
                return;
        }
        if (!array->empty() && array->front().is_table() && !array->front().as_table()->is_inline())
            return; // `[[...]]` elements: their headers are checked as sections
    }
    const QByteArray text = slice(document.text(), document.span(node));
    const toml::table alone = parsed("x = "_ba + text);
    QVERIFY2(alone.get("x") && canonical(*alone.get("x")) == canonical(node),
             qPrintable(where + u": "_s + QString::fromUtf8(text)));
}

// The sections cover the text after the first header in order; each header reads back as
// its path; the lines up to contentEnd hold exactly the section's own key/values.
void checkSections(const TomlDocument &document)
{
    const QByteArray &text = document.text();
    const QList<TomlDocument::Section> &sections = document.sections();
    const qsizetype firstHeader = sections.isEmpty() ? text.size() : sections.first().header.begin;
    const toml::table preamble = parsed(text.first(firstHeader));
    QCOMPARE(canonical(preamble), canonical(ownLines(document, document.root())));
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const TomlDocument::Section &section = sections.at(i);
        const QString where = section.path.join(u'.');
        QCOMPARE(section.body.begin, section.header.end);
        QCOMPARE(section.body.end, i + 1 < sections.size() ? sections.at(i + 1).header.begin : text.size());
        QVERIFY(section.contentEnd >= section.header.end && section.contentEnd <= section.body.end);
        QVERIFY2(onlyBlankOrCommentLines(text.mid(section.contentEnd, section.body.end - section.contentEnd)),
                 qPrintable(where));

        const toml::table header = parsed(slice(text, section.header));
        const toml::table *empty = descend(header, section.path, section.arrayElement);
        QVERIFY2(empty && empty->empty(), qPrintable(where));
        if (section.arrayElement) {
            const toml::node *array = document.nodeAt(section.path);
            QVERIFY(array && array->is_array());
            QVERIFY(std::ranges::any_of(*array->as_array(),
                                        [&](const toml::node &element) { return &element == section.table; }));
        } else {
            QCOMPARE(section.table, descend(document.root(), section.path, false));
        }
        const toml::table alone = parsed(text.mid(section.header.begin, section.contentEnd - section.header.begin));
        const toml::table *own = descend(alone, section.path, section.arrayElement);
        QVERIFY2(own, qPrintable(where));
        QCOMPARE(canonical(*own), canonical(ownLines(document, *section.table)));
    }
}
} // namespace

class TestTomlDocument : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindExactBytesOfValuesAndKeys_data();
    void shouldFindExactBytesOfValuesAndKeys();
    void shouldDescribeLines();
    void shouldFindSections_data();
    void shouldFindSections();
    void shouldReportParseErrors();
    void shouldReadCorpusLosslessly_data();
    void shouldReadCorpusLosslessly();
};

void TestTomlDocument::shouldFindExactBytesOfValuesAndKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("ascii") << "a = \"x\"\n"_ba << QStringList{u"a"_s} << "\"x\""_ba
                           << "a"_ba;
    QTest::newRow("crlf") << "a = 1\r\nbb = \"two\"\r\n"_ba << QStringList{u"bb"_s} << "\"two\""_ba
                          << "bb"_ba;
    QTest::newRow("tabs") << "a = 1\n\t\"k\" =\t[1,\t2] # c\n"_ba << QStringList{u"k"_s} << "[1,\t2]"_ba
                          << "\"k\""_ba;
    QTest::newRow("byte order mark") << "\xEF\xBB\xBF"
                                        "a = \"\xC3\xA9\"\n"_ba
                                     << QStringList{u"a"_s} << "\"\xC3\xA9\""_ba
                                     << "a"_ba;
    QTest::newRow("non-ascii key") << u"\"ключ😀\" = \"значение\"\n"_s.toUtf8() << QStringList{u"ключ😀"_s}
                                   << u"\"значение\""_s.toUtf8() << u"\"ключ😀\""_s.toUtf8();
    QTest::newRow("no final newline") << u"x = \"😀😀\" # é\ny = 'ü'"_s.toUtf8() << QStringList{u"y"_s}
                                      << u"'ü'"_s.toUtf8() << "y"_ba;
    QTest::newRow("multi-line string") << u"s = \"\"\"\nline é\n\"\"\"\nt = 1\n"_s.toUtf8() << QStringList{u"s"_s}
                                       << u"\"\"\"\nline é\n\"\"\""_s.toUtf8() << "s"_ba;
    QTest::newRow("multi-line literal, crlf")
        << "s = '''\r\nab\r\n'''\r\n"_ba << QStringList{u"s"_s} << "'''\r\nab\r\n'''"_ba
        << "s"_ba;
    QTest::newRow("multi-line array") << "[p]\ndeps = [\n  \"a\", # c\n]\n"_ba << QStringList{u"p"_s, u"deps"_s}
                                      << "[\n  \"a\", # c\n]"_ba
                                      << "deps"_ba;
    QTest::newRow("inline table") << "t = { a.b = 1, c = \"d\" }"_ba << QStringList{u"t"_s}
                                  << "{ a.b = 1, c = \"d\" }"_ba
                                  << "t"_ba;
    QTest::newRow("value in inline table")
        << "t = { a.b = 1, c = \"d\" }"_ba << QStringList{u"t"_s, u"c"_s} << "\"d\""_ba
        << "c"_ba;
    QTest::newRow("dotted key") << u"[x]\nfoo.\"bar é\".baz = true\n"_s.toUtf8()
                                << QStringList{u"x"_s, u"foo"_s, u"bar é"_s, u"baz"_s} << "true"_ba
                                << "baz"_ba;
    QTest::newRow("quoted header key") << "[\"a b\".c]\nd = 2024-01-01\n"_ba << QStringList{u"a b"_s, u"c"_s, u"d"_s}
                                       << "2024-01-01"_ba
                                       << "d"_ba;
    QTest::newRow("float at the very end") << "a = 1.5"_ba << QStringList{u"a"_s} << "1.5"_ba
                                           << "a"_ba;
}

void TestTomlDocument::shouldFindExactBytesOfValuesAndKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, path);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, key);

    const auto document = TomlDocument::parse(text, u"test.toml"_s);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    const toml::node *node = document->nodeAt(path);
    QVERIFY(node);
    QCOMPARE(slice(text, document->span(*node)), value);
    const toml::node *parent = document->nodeAt(path.first(path.size() - 1));
    QVERIFY(parent && parent->is_table());
    const toml::key *name = keyOf(*parent->as_table(), path.last());
    QVERIFY(name);
    QCOMPARE(slice(text, document->keySpan(*name)), key);
}

void TestTomlDocument::shouldDescribeLines()
{
    const QByteArray text = "a = 1\r\n\t  b = [\r\n    2]\r\nc = 3"_ba;
    const auto document = TomlDocument::parse(text, u"lines.toml"_s);
    QVERIFY(document);
    QCOMPARE(document->text(), text);
    QCOMPARE(document->filePath(), u"lines.toml"_s);
    QCOMPARE(document->newline(), "\r\n"_ba);
    QVERIFY(!document->endsWithNewline());
    const qsizetype b = text.indexOf('b');
    QCOMPARE(document->lineStart(b), 7);
    QCOMPARE(document->nextLineStart(b), text.indexOf("    2"));
    QCOMPARE(document->indentAt(b), "\t  "_ba);
    QCOMPARE(document->lineStart(text.indexOf('\n')), 0); // a line break belongs to its line
    QCOMPARE(document->nextLineStart(text.size() - 1), text.size());
    QCOMPARE(document->lineStart(text.size()), text.indexOf("c = 3"));

    const auto lf = TomlDocument::parse("a = 1\n\nb = 2\r\n"_ba, {});
    QVERIFY(lf);
    QCOMPARE(lf->newline(), "\n"_ba);
    QVERIFY(lf->endsWithNewline());
    QCOMPARE(TomlDocument::parse("a = 1"_ba, {})->newline(), "\n"_ba);
}

void TestTomlDocument::shouldFindSections_data()
{
    QTest::addColumn<QByteArray>("newline");
    QTest::newRow("lf") << "\n"_ba;
    QTest::newRow("crlf") << "\r\n"_ba;
}

void TestTomlDocument::shouldFindSections()
{
    QFETCH(QByteArray, newline);
    const auto lines = [&](QByteArray text) { return text.replace("\n"_ba, newline); };
    const QByteArray text = lines(u"# top\n"
                                  "name = \"root\"\n"
                                  "\n"
                                  "[project]\n"
                                  "name = \"x\"\n"
                                  "deps = [\n"
                                  "    \"a\",\n"
                                  "] # done\n"
                                  "\n"
                                  "# about tools\n"
                                  "[tool.uv.sources]\n"
                                  "torch = { index = \"cpu\" }\n"
                                  "\n"
                                  "[[tool.uv.index]]\n"
                                  "name = \"cpu\"\n"
                                  "[[tool.uv.index]]  # second\n"
                                  "name = \"cu\"\n"
                                  "url = \"\"\"\n"
                                  "https://x\n"
                                  "\"\"\"\n"
                                  "# trailing comment\n"
                                  "\n"
                                  "[tool.uv]\n"
                                  "package = false\n"
                                  "pip.extra = 1\n"
                                  "  [ \"quoted key\" . \"é\" ]\n"
                                  "[empty]"_s.toUtf8());
    const auto document = TomlDocument::parse(text, u"sections.toml"_s);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    const QList<TomlDocument::Section> &sections = document->sections();
    QCOMPARE(sections.size(), 7);

    struct Expected
    {
        QStringList path;
        bool arrayElement;
        QByteArray header;
        QByteArray content; ///< header.end to contentEnd
        QByteArray rest;    ///< contentEnd to body.end
    };
    const QList<Expected> expected{
        {{u"project"_s}, false, "[project]\n", "name = \"x\"\ndeps = [\n    \"a\",\n] # done\n", "\n# about tools\n"},
        {{u"tool"_s, u"uv"_s, u"sources"_s}, false, "[tool.uv.sources]\n", "torch = { index = \"cpu\" }\n", "\n"},
        {{u"tool"_s, u"uv"_s, u"index"_s}, true, "[[tool.uv.index]]\n", "name = \"cpu\"\n", ""},
        {{u"tool"_s, u"uv"_s, u"index"_s},
         true,
         "[[tool.uv.index]]  # second\n",
         "name = \"cu\"\nurl = \"\"\"\nhttps://x\n\"\"\"\n",
         "# trailing comment\n\n"},
        {{u"tool"_s, u"uv"_s}, false, "[tool.uv]\n", "package = false\npip.extra = 1\n", ""},
        {{u"quoted key"_s, u"é"_s}, false, u"  [ \"quoted key\" . \"é\" ]\n"_s.toUtf8(), "", ""},
        {{u"empty"_s}, false, "[empty]", "", ""},
    };
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const TomlDocument::Section &section = sections.at(i);
        QCOMPARE(section.path, expected.at(i).path);
        QCOMPARE(section.arrayElement, expected.at(i).arrayElement);
        QCOMPARE(slice(text, section.header), lines(expected.at(i).header));
        QCOMPARE(section.body.begin, section.header.end);
        QCOMPARE(text.mid(section.header.end, section.contentEnd - section.header.end), lines(expected.at(i).content));
        QCOMPARE(text.mid(section.contentEnd, section.body.end - section.contentEnd), lines(expected.at(i).rest));
    }
    QCOMPARE(sections.last().body.end, text.size());

    const toml::node *index = document->nodeAt({u"tool"_s, u"uv"_s, u"index"_s});
    QVERIFY(index && index->is_array());
    QCOMPARE(sections.at(2).table, index->as_array()->get(0)->as_table());
    QCOMPARE(sections.at(3).table, index->as_array()->get(1)->as_table());
    QCOMPARE(sections.at(4).table, document->nodeAt({u"tool"_s, u"uv"_s})->as_table());
    QCOMPARE(document->section({u"tool"_s, u"uv"_s}), &sections.at(4));
    QCOMPARE(document->section({u"tool"_s}), nullptr);
    QCOMPARE(document->section({u"tool"_s, u"uv"_s, u"index"_s}), nullptr);
    QCOMPARE(document->arraySections({u"tool"_s, u"uv"_s, u"index"_s}),
             (QList<const TomlDocument::Section *>{&sections.at(2), &sections.at(3)}));
    QCOMPARE(document->sectionAt(text.indexOf("name = \"root\"")), nullptr);
    QCOMPARE(document->sectionAt(text.indexOf("# about tools")), &sections.at(0));
    QCOMPARE(document->sectionAt(text.indexOf("https")), &sections.at(3));
    QCOMPARE(document->sectionAt(text.size()), &sections.at(6));
    QCOMPARE(document->nodeAt({u"tool"_s, u"uv"_s, u"pip"_s, u"extra"_s})->value<int>(), 1);
    QCOMPARE(document->nodeAt({u"name"_s})->value<std::string>(), "root");
    QCOMPARE(document->nodeAt({u"nope"_s}), nullptr);
    QCOMPARE(document->nodeAt({u"project"_s, u"name"_s, u"deeper"_s}), nullptr);
    QCOMPARE(document->nodeAt({}), &document->root());
    checkSections(*document);
}

void TestTomlDocument::shouldReportParseErrors()
{
    const QByteArray text = u"[project]\nname = \"é\"\nversion = \n"_s.toUtf8();
    const auto document = TomlDocument::parse(text, u"/tmp/broken.toml"_s);
    QVERIFY(!document);
    QCOMPARE(document.error().code(), Error::Code::Parse);
    QCOMPARE(document.error().file(), u"/tmp/broken.toml"_s);
    QCOMPARE(document.error().line(), 3);
    QCOMPARE(document.error().column(), 11);
    try {
        (void)toml::parse(view(text));
        QFAIL("toml++ accepted the broken text");
    } catch (const toml::parse_error &error) {
        QVERIFY2(document.error().message().contains(QString::fromUtf8(error.description())),
                 qPrintable(document.error().message()));
    }
    QVERIFY(!TomlDocument::parse("[a]\n[a]\n"_ba, {}));
}

void TestTomlDocument::shouldReadCorpusLosslessly_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("variant");
    const QDir dir(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    const QStringList files = dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(dir.path()));
    for (const QString &file : files) {
        for (const QByteArray &variant : {"as is"_ba, "crlf"_ba, "bom"_ba})
            QTest::addRow("%s %s", qPrintable(file), variant.constData()) << dir.filePath(file) << variant;
    }
}

void TestTomlDocument::shouldReadCorpusLosslessly()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, variant);
    QFile input(file);
    QVERIFY(input.open(QIODevice::ReadOnly));
    QByteArray text = input.readAll();
    if (variant == "crlf"_ba)
        text.replace("\r\n"_ba, "\n"_ba).replace("\n"_ba, "\r\n"_ba);
    else if (variant == "bom"_ba)
        text.prepend("\xEF\xBB\xBF"_ba);

    const auto document = TomlDocument::parse(text, file);
    QVERIFY2(document, qPrintable(document ? QString() : document.error().toString()));
    checkSpans(*document, document->root(), u"root"_s);
    if (QTest::currentTestFailed())
        return;
    checkSections(*document);
    if (QTest::currentTestFailed())
        return;
    const auto unchanged = TomlEditor(*document).apply();
    QVERIFY(unchanged);
    QCOMPARE(*unchanged, text);
}

QTEST_GUILESS_MAIN(TestTomlDocument)
#include "tst_tomldocument.moc"
