// SPDX-License-Identifier: GPL-3.0-or-later

#include <optional>
#include <string>

#include <QTest>

#include "core/project/tomldocument.h"
#include "core/project/tomleditor.h"
#include "tomltesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::TomlDocument;
using Akari::TomlEditor;
using namespace Akari::Test;

class TestTomlEditor : public QObject
{
    Q_OBJECT

private slots:
    void shouldReplaceValues_data();
    void shouldReplaceValues();
    void shouldRemoveEntries_data();
    void shouldRemoveEntries();
    void shouldInsertEntries_data();
    void shouldInsertEntries();
    void shouldRefuseToEditInsideInlineTables();
    void shouldAppendArrayItems_data();
    void shouldAppendArrayItems();
    void shouldRemoveArrayItems_data();
    void shouldRemoveArrayItems();
    void shouldInsertSections_data();
    void shouldInsertSections();
    void shouldInsertArraySectionsAfter_data();
    void shouldInsertArraySectionsAfter();
    void shouldRemoveSections_data();
    void shouldRemoveSections();
    void shouldOrderAndRejectOverlappingEdits();
    void shouldQuoteStringsAndKeys_data();
    void shouldQuoteStringsAndKeys();
};

void TestTomlEditor::shouldReplaceValues_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("keeps the comment") << "a = \"x\" # c\nb = 1\n"_ba << QStringList{u"a"_s} << u"\"y\""_s
                                       << "a = \"y\" # c\nb = 1\n"_ba;
    QTest::newRow("in an inline table") << "t = { index = \"a\", extra = \"x\" }"_ba << QStringList{u"t"_s, u"extra"_s}
                                        << u"\"é\""_s << "t = { index = \"a\", extra = \"é\" }"_ba;
    QTest::newRow("non-ascii around") << "\"ключ\" = \"старое\" # ü\r\n"_ba << QStringList{u"ключ"_s} << u"\"новое\""_s
                                      << "\"ключ\" = \"новое\" # ü\r\n"_ba;
    QTest::newRow("multi-line value, indented, crlf")
        << "[a]\r\n    deps = [\"x\"]\r\n"_ba << QStringList{u"a"_s, u"deps"_s} << u"[\n    \"y\",\n]"_s
        << "[a]\r\n    deps = [\r\n        \"y\",\r\n    ]\r\n"_ba;
    QTest::newRow("multi-line string keeps its lines")
        << "[a]\n  s = 1\n"_ba << QStringList{u"a"_s, u"s"_s} << u"\"\"\"\nfoo\n  bar\"\"\""_s
        << "[a]\n  s = \"\"\"\nfoo\n  bar\"\"\"\n"_ba;
    QTest::newRow("quotes and comments in a multi-line value")
        << "[a]\n  s = 1\n"_ba << QStringList{u"a"_s, u"s"_s} << u"[\n    \"a\\\"b\", # it's\n    '''x\n  y''',\n]"_s
        << "[a]\n  s = [\n      \"a\\\"b\", # it's\n      '''x\n  y''',\n  ]\n"_ba;
    QTest::newRow("tabs file") << "[a]\n\tx = [\n\t\t1,\n\t]\n"_ba << QStringList{u"a"_s, u"x"_s} << u"[\n    2,\n]"_s
                               << "[a]\n\tx = [\n\t\t2,\n\t]\n"_ba;
}

void TestTomlEditor::shouldReplaceValues()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, path);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.replaceValue(*document->nodeAt(path), value);
    AKARI_APPLY(editor, expected, edited);
    QCOMPARE(canonical(*edited->nodeAt(path)), canonicalValue(value));
}

void TestTomlEditor::shouldRemoveEntries_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("with its trailing comment")
        << "[project]\nname = \"x\"\nversion = \"1\" # v\n\n[tool]\n"_ba << QStringList{u"project"_s} << u"version"_s
        << "[project]\nname = \"x\"\n\n[tool]\n"_ba;
    QTest::newRow("multi-line array") << "[project]\ndeps = [\n  \"a\", # c\n]\nname = \"x\"\n"_ba
                                      << QStringList{u"project"_s} << u"deps"_s << "[project]\nname = \"x\"\n"_ba;
    QTest::newRow("comment line above stays")
        << "[p]\n# about a\na = 1\nb = 2\n"_ba << QStringList{u"p"_s} << u"a"_s << "[p]\n# about a\nb = 2\n"_ba;
    QTest::newRow("multi-line string") << "[p]\ns = \"\"\"\nline\n\"\"\"  # c\nt = 1\n"_ba << QStringList{u"p"_s}
                                       << u"s"_s << "[p]\nt = 1\n"_ba;
    QTest::newRow("last line, no final newline") << "a = 1\nb = 2"_ba << QStringList{} << u"b"_s << "a = 1"_ba;
    QTest::newRow("last line, crlf, no final newline") << "a = 1\r\nb = 2"_ba << QStringList{} << u"b"_s << "a = 1"_ba;
    QTest::newRow("crlf") << "a = 1\r\nb = 2\r\nc = 3\r\n"_ba << QStringList{} << u"b"_s << "a = 1\r\nc = 3\r\n"_ba;
    QTest::newRow("a dotted table") << "[tool]\nuv.x = 1\nuv.y = 2\nz = 3\n"_ba << QStringList{u"tool"_s} << u"uv"_s
                                    << "[tool]\nz = 3\n"_ba;
    QTest::newRow("a dotted key") << "[tool]\nuv.x = 1\nuv.y = 2\nz = 3\n"_ba << QStringList{u"tool"_s, u"uv"_s}
                                  << u"x"_s << "[tool]\nuv.y = 2\nz = 3\n"_ba;
    QTest::newRow("non-ascii key") << "\"é\" = 1\n\t\"ü\" = 2 # ü\nz = 3\n"_ba << QStringList{} << u"ü"_s
                                   << "\"é\" = 1\nz = 3\n"_ba;
    QTest::newRow("inline, middle") << "t = { index = \"a\", extra = \"x\", marker = \"m\" }\n"_ba
                                    << QStringList{u"t"_s} << u"extra"_s
                                    << "t = { index = \"a\", marker = \"m\" }\n"_ba;
    QTest::newRow("inline, first") << "t = { index = \"a\", extra = \"x\", marker = \"m\" }\n"_ba << QStringList{u"t"_s}
                                   << u"index"_s << "t = { extra = \"x\", marker = \"m\" }\n"_ba;
    QTest::newRow("inline, last") << "t = { index = \"a\", extra = \"x\", marker = \"m\" }\n"_ba << QStringList{u"t"_s}
                                  << u"marker"_s << "t = { index = \"a\", extra = \"x\" }\n"_ba;
    QTest::newRow("inline, only") << "t = { a = 1 }"_ba << QStringList{u"t"_s} << u"a"_s << "t = {}"_ba;
    QTest::newRow("missing key: nothing") << "a = 1\n"_ba << QStringList{} << u"b"_s << "a = 1\n"_ba;
}

void TestTomlEditor::shouldRemoveEntries()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, table);
    QFETCH(QString, key);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.removeEntry(*document->nodeAt(table)->as_table(), key);
    AKARI_APPLY(editor, expected, edited);
    QCOMPARE(edited->nodeAt(table + QStringList{key}), nullptr);
}

void TestTomlEditor::shouldInsertEntries_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("table");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("before blank line and comment")
        << "[project]\nname = \"x\"\n\n# tools\n[tool.uv]\n"_ba << QStringList{u"project"_s} << u"version"_s
        << u"\"1.0\""_s << "[project]\nname = \"x\"\nversion = \"1.0\"\n\n# tools\n[tool.uv]\n"_ba;
    QTest::newRow("after a multi-line array") << "[p]\na = [\n  1,\n] # c\n[q]\n"_ba << QStringList{u"p"_s} << u"b"_s
                                              << u"2"_s << "[p]\na = [\n  1,\n] # c\nb = 2\n[q]\n"_ba;
    QTest::newRow("empty section") << "[p]\n[q]\n"_ba << QStringList{u"p"_s} << u"b"_s << u"2"_s
                                   << "[p]\nb = 2\n[q]\n"_ba;
    QTest::newRow("empty last section, no final newline")
        << "[p]"_ba << QStringList{u"p"_s} << u"b"_s << u"2"_s << "[p]\nb = 2"_ba;
    QTest::newRow("no final newline, crlf")
        << "[p]\r\na = 1"_ba << QStringList{u"p"_s} << u"b"_s << u"2"_s << "[p]\r\na = 1\r\nb = 2"_ba;
    QTest::newRow("dotted keys") << "[tool]\nuv.sources.torch = { index = \"a\" }\n\n[x]\n"_ba
                                 << QStringList{u"tool"_s, u"uv"_s, u"sources"_s} << u"torchvision"_s
                                 << u"{ index = \"a\" }"_s
                                 << "[tool]\nuv.sources.torch = { index = \"a\" }\n"
                                    "uv.sources.torchvision = { index = \"a\" }\n\n[x]\n"_ba;
    QTest::newRow("dotted keys at the root")
        << "project.name = \"x\"\n[tool]\n"_ba << QStringList{u"project"_s} << u"version"_s << u"\"1\""_s
        << "project.name = \"x\"\nproject.version = \"1\"\n[tool]\n"_ba;
    QTest::newRow("new section") << "[project]\nname = \"x\"\n"_ba << QStringList{u"tool"_s, u"uv"_s} << u"package"_s
                                 << u"false"_s << "[project]\nname = \"x\"\n\n[tool.uv]\npackage = false\n"_ba;
    QTest::newRow("new section, no final newline")
        << "[project]\nname = \"x\""_ba << QStringList{u"tool"_s, u"uv"_s} << u"package"_s << u"false"_s
        << "[project]\nname = \"x\"\n\n[tool.uv]\npackage = false"_ba;
    QTest::newRow("new section, crlf") << "[project]\r\nname = \"x\"\r\n"_ba << QStringList{u"tool"_s, u"uv"_s}
                                       << u"package"_s << u"false"_s
                                       << "[project]\r\nname = \"x\"\r\n\r\n[tool.uv]\r\npackage = false\r\n"_ba;
    QTest::newRow("implicit table gets a header")
        << "[tool.uv.sources]\nx = 1\n"_ba << QStringList{u"tool"_s, u"uv"_s} << u"package"_s << u"false"_s
        << "[tool.uv.sources]\nx = 1\n\n[tool.uv]\npackage = false\n"_ba;
    QTest::newRow("multi-line value") << "[tool.uv.sources]\nx = 1\n"_ba
                                      << QStringList{u"tool"_s, u"uv"_s, u"sources"_s} << u"torch"_s
                                      << u"[\n    { index = \"a\" },\n]"_s
                                      << "[tool.uv.sources]\nx = 1\ntorch = [\n    { index = \"a\" },\n]\n"_ba;
    QTest::newRow("indented section") << "[a]\n  x = 1\n"_ba << QStringList{u"a"_s} << u"y"_s << u"[\n    1,\n]"_s
                                      << "[a]\n  x = 1\n  y = [\n      1,\n  ]\n"_ba;
    QTest::newRow("tabs") << "[a]\n\tx = [\n\t\t1,\n\t]\n"_ba << QStringList{u"a"_s} << u"y"_s << u"[\n    2,\n]"_s
                          << "[a]\n\tx = [\n\t\t1,\n\t]\n\ty = [\n\t\t2,\n\t]\n"_ba;
    QTest::newRow("multi-line string is not re-indented")
        << "[a]\n  x = 1\n"_ba << QStringList{u"a"_s} << u"s"_s << u"\"\"\"\nfoo\n  bar\"\"\""_s
        << "[a]\n  x = 1\n  s = \"\"\"\nfoo\n  bar\"\"\"\n"_ba;
    QTest::newRow("quoted keys") << "[\"é\"]\nx = 1\n"_ba << QStringList{u"é"_s} << u"my key"_s << u"\"ü\""_s
                                 << "[\"é\"]\nx = 1\n\"my key\" = \"ü\"\n"_ba;
    QTest::newRow("root without keys") << "[a]\nx = 1\n"_ba << QStringList{} << u"k"_s << u"1"_s
                                       << "k = 1\n\n[a]\nx = 1\n"_ba;
    QTest::newRow("root with keys") << "# c\nk = 1\n\n[a]\n"_ba << QStringList{} << u"j"_s << u"2"_s
                                    << "# c\nk = 1\nj = 2\n\n[a]\n"_ba;
    QTest::newRow("empty text") << ""_ba << QStringList{} << u"k"_s << u"1"_s << "k = 1\n"_ba;
    QTest::newRow("root without keys, byte order mark")
        << "\xEF\xBB\xBF[a]\n"_ba << QStringList{} << u"k"_s << u"1"_s << "\xEF\xBB\xBFk = 1\n\n[a]\n"_ba;
}

void TestTomlEditor::shouldInsertEntries()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, table);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.insertEntry(table, key, value);
    AKARI_APPLY(editor, expected, edited);
    const toml::node *inserted = edited->nodeAt(table + QStringList{key});
    QVERIFY(inserted);
    QCOMPARE(canonical(*inserted), canonicalValue(value));
}

void TestTomlEditor::shouldRefuseToEditInsideInlineTables()
{
    const std::optional<TomlDocument> document = load("[tool.uv]\nsources = { torch = { index = \"a\" } }\n"_ba);
    QVERIFY(document);
    for (const QStringList &path :
         {QStringList{u"tool"_s, u"uv"_s, u"sources"_s}, QStringList{u"tool"_s, u"uv"_s, u"sources"_s, u"torch"_s}}) {
        TomlEditor editor(*document);
        editor.insertEntry(path, u"torchvision"_s, u"1"_s);
        const auto result = editor.apply();
        QVERIFY(!result);
        QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
        QCOMPARE(result.error().file(), u"edit.toml"_s);
        QCOMPARE(result.error().line(), 2);
        QCOMPARE(result.error().column(), 11);
        QVERIFY(result.error().message().contains(u"tool.uv.sources"_s));
        QVERIFY(result.error().message().contains(u"torchvision"_s));
    }
    TomlEditor editor(*document);
    editor.insertEntry({u"tool"_s, u"uv"_s, u"sources"_s, u"torch"_s, u"index"_s}, u"x"_s, u"1"_s);
    QCOMPARE(editor.apply().error().code(), Error::Code::InvalidArgument);

    const std::optional<TomlDocument> dotted = load("x = { a.b = 1, c = 2 }\n"_ba);
    QVERIFY(dotted);
    TomlEditor remove(*dotted);
    remove.removeEntry(*dotted->nodeAt({u"x"_s, u"a"_s})->as_table(), u"b"_s);
    QCOMPARE(remove.apply().error().code(), Error::Code::InvalidArgument);
    QCOMPARE(remove.apply().error().column(), 5);
}

void TestTomlEditor::shouldAppendArrayItems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("item");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("one per line") << "deps = [\n    \"a\",\n    \"b\",\n]\n"_ba << u"\"c\""_s
                                  << "deps = [\n    \"a\",\n    \"b\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("no trailing comma") << "deps = [\n  \"a\",\n  \"b\"\n]\n"_ba << u"\"c\""_s
                                       << "deps = [\n  \"a\",\n  \"b\",\n  \"c\"\n]\n"_ba;
    QTest::newRow("comment after the last item")
        << "deps = [\n    \"a\" # x\n]\n"_ba << u"\"c\""_s << "deps = [\n    \"a\", # x\n    \"c\"\n]\n"_ba;
    QTest::newRow("crlf") << "deps = [\r\n    \"a\",\r\n]\r\n"_ba << u"\"c\""_s
                          << "deps = [\r\n    \"a\",\r\n    \"c\",\r\n]\r\n"_ba;
    QTest::newRow("tabs") << "deps = [\n\t\"a\",\n]\n"_ba << u"\"c\""_s << "deps = [\n\t\"a\",\n\t\"c\",\n]\n"_ba;
    QTest::newRow("one line") << "deps = [\"a\", \"b\"]\n"_ba << u"\"c\""_s << "deps = [\"a\", \"b\", \"c\"]\n"_ba;
    QTest::newRow("one line, trailing comma, no final newline")
        << "deps = [\"a\",]"_ba << u"\"c\""_s << "deps = [\"a\", \"c\",]"_ba;
    QTest::newRow("empty") << "deps = []\n"_ba << u"\"c\""_s << "deps = [\n    \"c\",\n]\n"_ba;
    QTest::newRow("empty, indented") << "a = 1\n  deps = [ ]\n"_ba << u"\"c\""_s
                                     << "a = 1\n  deps = [\n      \"c\",\n  ]\n"_ba;
    QTest::newRow("empty with a comment")
        << "deps = [\n    # none yet\n]\n"_ba << u"\"c\""_s << "deps = [\n    # none yet\n    \"c\",\n]\n"_ba;
    QTest::newRow("commented-out item at the end")
        << "deps = [\n    \"a\", # first\n    # \"old\",\n]\n"_ba << u"\"c\""_s
        << "deps = [\n    \"a\", # first\n    \"c\",\n    # \"old\",\n]\n"_ba;
    QTest::newRow("bracket after the last item")
        << "deps = [\"a\",\n        \"b\"]\n"_ba << u"\"c\""_s << "deps = [\"a\",\n        \"b\",\n        \"c\"]\n"_ba;
    QTest::newRow("bracket after the last comma")
        << "deps = [\n  \"a\",]\n"_ba << u"\"c\""_s << "deps = [\n  \"a\",\n  \"c\",]\n"_ba;
    QTest::newRow("non-ascii") << "deps = [\n    \"é😀\",\n]\n"_ba << u"\"ü\""_s
                               << "deps = [\n    \"é😀\",\n    \"ü\",\n]\n"_ba;
    QTest::newRow("multi-line item") << "deps = [\n  [1],\n]\n"_ba << u"[\n    2,\n]"_s
                                     << "deps = [\n  [1],\n  [\n      2,\n  ],\n]\n"_ba;
    QTest::newRow("no final newline") << "deps = [\n    \"a\",\n]"_ba << u"\"c\""_s
                                      << "deps = [\n    \"a\",\n    \"c\",\n]"_ba;
    QTest::newRow("inline tables") << "deps = [\n    { index = \"a\", extra = \"x\"},\n]\n"_ba << u"{ index = \"b\" }"_s
                                   << "deps = [\n    { index = \"a\", extra = \"x\"},\n    { index = \"b\" },\n]\n"_ba;
}

void TestTomlEditor::shouldAppendArrayItems()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, item);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    const toml::array *before = arrayAt(*document, {u"deps"_s});
    QVERIFY(before);
    TomlEditor editor(*document);
    editor.appendArrayItem(*before, item);
    AKARI_APPLY(editor, expected, edited);
    const toml::array *after = arrayAt(*edited, {u"deps"_s});
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() + 1);
    for (size_t i = 0; i < before->size(); ++i)
        QCOMPARE(canonical(*after->get(i)), canonical(*before->get(i)));
    QCOMPARE(canonical(after->back()), canonicalValue(item));
}

void TestTomlEditor::shouldRemoveArrayItems_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray three = "deps = [\n    \"a\",\n    \"b\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("middle line") << three << 1 << "deps = [\n    \"a\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("first line") << three << 0 << "deps = [\n    \"b\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("last line") << three << 2 << "deps = [\n    \"a\",\n    \"b\",\n]\n"_ba;
    QTest::newRow("last without comma") << "deps = [\n    \"a\", # keep\n    \"b\"\n]\n"_ba << 1
                                        << "deps = [\n    \"a\" # keep\n]\n"_ba;
    QTest::newRow("with its comment") << "deps = [\n    \"a\",\n    \"b\", # why\n]\n"_ba << 1
                                      << "deps = [\n    \"a\",\n]\n"_ba;
    QTest::newRow("comment line above stays")
        << "deps = [\n    # keep\n    \"a\",\n    \"b\",\n]\n"_ba << 0 << "deps = [\n    # keep\n    \"b\",\n]\n"_ba;
    QTest::newRow("one line, first") << "deps = [\"a\", \"b\", \"c\"]\n"_ba << 0 << "deps = [\"b\", \"c\"]\n"_ba;
    QTest::newRow("one line, middle") << "deps = [\"a\", \"b\", \"c\"]\n"_ba << 1 << "deps = [\"a\", \"c\"]\n"_ba;
    QTest::newRow("one line, last") << "deps = [\"a\", \"b\", \"c\"]\n"_ba << 2 << "deps = [\"a\", \"b\"]\n"_ba;
    QTest::newRow("only item") << "deps = [\"a\"]\n"_ba << 0 << "deps = []\n"_ba;
    QTest::newRow("only item, spaced, no final newline") << "deps = [ \"a\" ]"_ba << 0 << "deps = []"_ba;
    QTest::newRow("only item on its line") << "deps = [\n  \"a\",\n]\n"_ba << 0 << "deps = []\n"_ba;
    QTest::newRow("only item, comment stays")
        << "deps = [\n  # none\n  \"a\",\n]\n"_ba << 0 << "deps = [\n  # none\n]\n"_ba;
    QTest::newRow("crlf and tabs") << "deps = [\r\n\t\"a\",\r\n\t\"b\",\r\n]\r\n"_ba << 0
                                   << "deps = [\r\n\t\"b\",\r\n]\r\n"_ba;
    QTest::newRow("bracket after the last item") << "deps = [\"a\",\n        \"b\"]\n"_ba << 1 << "deps = [\"a\"]\n"_ba;
    QTest::newRow("bracket after, first")
        << "deps = [\"a\",\n        \"b\"]\n"_ba << 0 << "deps = [\n        \"b\"]\n"_ba;
    QTest::newRow("bracket after, comment before")
        << "deps = [\"a\", # c\n  \"b\"]\n"_ba << 1 << "deps = [\"a\" # c\n  ]\n"_ba;
    QTest::newRow("two on a line") << "deps = [\n    \"a\", \"b\",\n    \"c\",\n]\n"_ba << 1
                                   << "deps = [\n    \"a\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("no final newline") << "deps = [\n    \"a\",\n    \"b\",\n]"_ba << 0 << "deps = [\n    \"b\",\n]"_ba;
    QTest::newRow("multi-line string item")
        << "deps = [\n  \"\"\"x\ny\"\"\",\n  \"z\",\n]\n"_ba << 0 << "deps = [\n  \"z\",\n]\n"_ba;
    QTest::newRow("non-ascii") << "deps = [\"é\", \"😀\", \"ü\"]\n"_ba << 1 << "deps = [\"é\", \"ü\"]\n"_ba;
}

void TestTomlEditor::shouldRemoveArrayItems()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    const toml::array *before = arrayAt(*document, {u"deps"_s});
    QVERIFY(before);
    TomlEditor editor(*document);
    editor.removeArrayItem(*before, index);
    AKARI_APPLY(editor, expected, edited);
    const toml::array *after = arrayAt(*edited, {u"deps"_s});
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() - 1);
    for (size_t i = 0, j = 0; i < before->size(); ++i) {
        if (i != size_t(index))
            QCOMPARE(canonical(*after->get(j++)), canonical(*before->get(i)));
    }
}

void TestTomlEditor::shouldInsertSections_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<bool>("arrayElement");
    QTest::addColumn<int>("before"); ///< index of a section, -1 for the end
    QTest::addColumn<QByteArray>("expected");

    const QStringList b{u"b"_s};
    QTest::newRow("at the end") << "[a]\nx = 1\n"_ba << b << false << -1 << "[a]\nx = 1\n\n[b]\ny = 2\n"_ba;
    QTest::newRow("at the end after a blank line")
        << "[a]\nx = 1\n\n"_ba << b << false << -1 << "[a]\nx = 1\n\n[b]\ny = 2\n"_ba;
    QTest::newRow("at the end, no final newline")
        << "[a]\nx = 1"_ba << b << false << -1 << "[a]\nx = 1\n\n[b]\ny = 2"_ba;
    QTest::newRow("at the end, crlf") << "[a]\r\nx = 1\r\n"_ba << b << false << -1
                                      << "[a]\r\nx = 1\r\n\r\n[b]\r\ny = 2\r\n"_ba;
    QTest::newRow("empty text") << ""_ba << b << false << -1 << "[b]\ny = 2\n"_ba;
    QTest::newRow("before its comment") << "[a]\nx = 1\n\n# about c\n[c]\nz = 3\n"_ba << b << false << 1
                                        << "[a]\nx = 1\n\n[b]\ny = 2\n\n# about c\n[c]\nz = 3\n"_ba;
    QTest::newRow("before, no blank line")
        << "[a]\nx = 1\n[c]\n"_ba << b << false << 1 << "[a]\nx = 1\n\n[b]\ny = 2\n\n[c]\n"_ba;
    QTest::newRow("before the first") << "[c]\n"_ba << b << false << 0 << "[b]\ny = 2\n\n[c]\n"_ba;
    QTest::newRow("before the first, byte order mark")
        << "\xEF\xBB\xBF[c]\n"_ba << b << false << 0 << "\xEF\xBB\xBF[b]\ny = 2\n\n[c]\n"_ba;
    QTest::newRow("array element") << "[a]\n"_ba << QStringList{u"tool"_s, u"uv"_s, u"index"_s} << true << -1
                                   << "[a]\n\n[[tool.uv.index]]\ny = 2\n"_ba;
    QTest::newRow("quoted path") << "[a]\n"_ba << QStringList{u"my.key"_s, u"é"_s} << false << -1
                                 << "[a]\n\n[\"my.key\".\"é\"]\ny = 2\n"_ba;
}

void TestTomlEditor::shouldInsertSections()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, path);
    QFETCH(bool, arrayElement);
    QFETCH(int, before);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.insertSection(path, arrayElement, u"y = 2"_s, before < 0 ? nullptr : &document->sections().at(before));
    AKARI_APPLY(editor, expected, edited);
    const toml::node *node = edited->nodeAt(path);
    QVERIFY(node);
    const toml::table *table = arrayElement ? node->as_array()->back().as_table() : node->as_table();
    QVERIFY(table);
    QCOMPARE(table->at("y").value<int>(), 2);
}

void TestTomlEditor::shouldInsertArraySectionsAfter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("after");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("between two") << "[[i]]\nn = \"a\"\n\n[[i]]\nn = \"b\"\n\n[x]\n"_ba << 0
                                 << "[[i]]\nn = \"a\"\n\n[[i]]\nn = \"c\"\n\n[[i]]\nn = \"b\"\n\n[x]\n"_ba;
    QTest::newRow("last, no final newline") << "[[i]]\nn = \"a\""_ba << 0 << "[[i]]\nn = \"a\"\n\n[[i]]\nn = \"c\""_ba;
    QTest::newRow("header right after") << "[[i]]\nn = \"a\"\n[x]\n"_ba << 0
                                        << "[[i]]\nn = \"a\"\n\n[[i]]\nn = \"c\"\n\n[x]\n"_ba;
    QTest::newRow("comment right after") << "[[i]]\nn = \"a\" # a\n# next\n[x]\n"_ba << 0
                                         << "[[i]]\nn = \"a\" # a\n\n[[i]]\nn = \"c\"\n\n# next\n[x]\n"_ba;
    QTest::newRow("crlf") << "[[i]]\r\nn = \"a\"\r\n"_ba << 0 << "[[i]]\r\nn = \"a\"\r\n\r\n[[i]]\r\nn = \"c\"\r\n"_ba;
}

void TestTomlEditor::shouldInsertArraySectionsAfter()
{
    QFETCH(QByteArray, text);
    QFETCH(int, after);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.insertArraySectionAfter(document->sections().at(after), u"n = \"c\""_s);
    AKARI_APPLY(editor, expected, edited);
    const toml::array *elements = arrayAt(*edited, {u"i"_s});
    QVERIFY(elements);
    QCOMPARE(elements->size(), arrayAt(*document, {u"i"_s})->size() + 1);
    QCOMPARE(elements->get(size_t(after) + 1)->as_table()->at("n").value<std::string>(), "c");
}

void TestTomlEditor::shouldRemoveSections_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("middle") << "[a]\nx = 1\n\n[b]\ny = 2\n\n[c]\n"_ba << 1 << "[a]\nx = 1\n\n[c]\n"_ba;
    QTest::newRow("comment after stays") << "[a]\nx = 1\n\n[b]\ny = 2\n# about c\n[c]\n"_ba << 1
                                         << "[a]\nx = 1\n# about c\n[c]\n"_ba;
    QTest::newRow("last, no final newline") << "[a]\nx = 1\n\n[b]\ny = 2"_ba << 1 << "[a]\nx = 1"_ba;
    QTest::newRow("first") << "[a]\nx = 1\n\n[b]\n"_ba << 0 << "\n[b]\n"_ba;
    QTest::newRow("crlf") << "[a]\r\nx = 1\r\n\r\n[b]\r\ny = 2\r\n"_ba << 1 << "[a]\r\nx = 1\r\n"_ba;
    QTest::newRow("multi-line string") << "[a]\nx = \"\"\"\nq\n\"\"\"\n[b]\n"_ba << 0 << "[b]\n"_ba;
    QTest::newRow("array element") << "[[i]]\nn = 1\n\n[[i]]\nn = 2\n\n[[i]]\nn = 3\n"_ba << 1
                                   << "[[i]]\nn = 1\n\n[[i]]\nn = 3\n"_ba;
}

void TestTomlEditor::shouldRemoveSections()
{
    QFETCH(QByteArray, text);
    QFETCH(int, index);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    TomlEditor editor(*document);
    editor.removeSection(document->sections().at(index));
    AKARI_APPLY(editor, expected, edited);
    QCOMPARE(edited->sections().size(), document->sections().size() - 1);
}

void TestTomlEditor::shouldOrderAndRejectOverlappingEdits()
{
    const std::optional<TomlDocument> document = load("[p]\na = 1\ndeps = [\"x\"]\n"_ba);
    QVERIFY(document);
    const toml::node &deps = *document->nodeAt({u"p"_s, u"deps"_s});

    TomlEditor ordered(*document);
    QVERIFY(ordered.isEmpty());
    ordered.insertEntry({u"p"_s}, u"b"_s, u"2"_s);
    ordered.replaceValue(*document->nodeAt({u"p"_s, u"a"_s}), u"3"_s);
    ordered.insertEntry({u"p"_s}, u"c"_s, u"4"_s);
    QVERIFY(!ordered.isEmpty());
    QCOMPARE(*ordered.apply(), "[p]\na = 3\ndeps = [\"x\"]\nb = 2\nc = 4\n"_ba);

    TomlEditor twice(*document);
    twice.replaceValue(deps, u"[]"_s);
    twice.replaceValue(deps, u"[1]"_s);
    QCOMPARE(twice.apply().error().code(), Error::Code::Internal);

    TomlEditor inside(*document);
    inside.replaceValue(deps, u"[]"_s);
    inside.appendArrayItem(*deps.as_array(), u"\"y\""_s);
    QCOMPARE(inside.apply().error().code(), Error::Code::Internal);

    TomlEditor header(*document);
    header.removeEntry(document->root(), u"p"_s);
    QCOMPARE(header.apply().error().code(), Error::Code::Internal);
}

void TestTomlEditor::shouldQuoteStringsAndKeys_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<QString>("key");

    QTest::newRow("plain") << u"torch"_s << u"\"torch\""_s << u"torch"_s;
    QTest::newRow("bare key characters") << u"torch-cpu_2"_s << u"\"torch-cpu_2\""_s << u"torch-cpu_2"_s;
    QTest::newRow("dot") << u"a.b"_s << u"\"a.b\""_s << u"\"a.b\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s << u"\"\""_s;
    QTest::newRow("non-ascii") << u"é😀"_s << u"\"é😀\""_s << u"\"é😀\""_s;
    QTest::newRow("escapes") << u"a\"b\\c\n\t\u0001\u007f"_s << u"\"a\\\"b\\\\c\\n\\t\\u0001\\u007F\""_s
                             << u"\"a\\\"b\\\\c\\n\\t\\u0001\\u007F\""_s;
    QTest::newRow("marker") << u"sys_platform == 'linux'"_s << u"\"sys_platform == 'linux'\""_s
                            << u"\"sys_platform == 'linux'\""_s;
}

void TestTomlEditor::shouldQuoteStringsAndKeys()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QFETCH(QString, key);
    QCOMPARE(TomlEditor::quoted(value), quoted);
    QCOMPARE(TomlEditor::keyText(value), key);
    // toml++ reads both back as the original text.
    const QByteArray text = (TomlEditor::keyText(value) + u" = "_s + TomlEditor::quoted(value)).toUtf8();
    const toml::table table = toml::parse(view(text));
    QCOMPARE(table.size(), size_t(1));
    QCOMPARE(QString::fromStdString(std::string(table.cbegin()->first.str())), value);
    QCOMPARE(QString::fromStdString(table.cbegin()->second.value<std::string>().value_or("?")), value);
}

QTEST_GUILESS_MAIN(TestTomlEditor)
#include "tst_tomleditor.moc"
