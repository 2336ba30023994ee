// SPDX-License-Identifier: GPL-3.0-or-later
// TomlEditor's operations combined: appends to one array and deletions that share a line break.

#include <optional>

#include <QTest>

#include "core/project/tomldocument.h"
#include "core/project/tomleditor.h"
#include "tomltesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using Akari::TomlDocument;
using Akari::TomlEditor;
using namespace Akari::Test;

class TestTomlEditorCompose : public QObject
{
    Q_OBJECT

private slots:
    void shouldComposeAppendsAndMergeDeletions_data();
    void shouldComposeAppendsAndMergeDeletions();
};

// Several appends to one array read as one longer append; deletions that share a line break
// (the last entries of a text without a final one) merge instead of overlapping.
void TestTomlEditorCompose::shouldComposeAppendsAndMergeDeletions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("appended"); // items appended to `deps`, in order
    QTest::addColumn<QStringList>("removed");  // keys removed from [p] (or the root when there is no [p])
    QTest::addColumn<QByteArray>("expected");

    const QStringList ab{u"\"a\""_s, u"\"b\""_s};
    QTest::newRow("empty") << "deps = []\n"_ba << ab << QStringList() << "deps = [\n    \"a\",\n    \"b\",\n]\n"_ba;
    QTest::newRow("empty, three") << "deps = []\n"_ba << (ab + QStringList{u"\"c\""_s}) << QStringList()
                                  << "deps = [\n    \"a\",\n    \"b\",\n    \"c\",\n]\n"_ba;
    QTest::newRow("empty, crlf") << "deps = []\r\n"_ba << ab << QStringList()
                                 << "deps = [\r\n    \"a\",\r\n    \"b\",\r\n]\r\n"_ba;
    QTest::newRow("one line") << "deps = [\"x\"]\n"_ba << ab << QStringList() << "deps = [\"x\", \"a\", \"b\"]\n"_ba;
    QTest::newRow("one line, trailing comma")
        << "deps = [\"x\",]\n"_ba << ab << QStringList() << "deps = [\"x\", \"a\", \"b\",]\n"_ba;
    QTest::newRow("one per line, trailing comma") << "deps = [\n    \"x\",\n]\n"_ba << ab << QStringList()
                                                  << "deps = [\n    \"x\",\n    \"a\",\n    \"b\",\n]\n"_ba;
    QTest::newRow("one per line, no trailing comma")
        << "deps = [\n  \"x\"\n]\n"_ba << ab << QStringList() << "deps = [\n  \"x\",\n  \"a\",\n  \"b\"\n]\n"_ba;
    QTest::newRow("bracket on the last item's line")
        << "deps = [\"x\",\n        \"y\"]\n"_ba << ab << QStringList()
        << "deps = [\"x\",\n        \"y\",\n        \"a\",\n        \"b\"]\n"_ba;
    QTest::newRow("bracket after the last comma")
        << "deps = [\n  \"x\",]\n"_ba << ab << QStringList() << "deps = [\n  \"x\",\n  \"a\",\n  \"b\",]\n"_ba;
    QTest::newRow("crlf") << "deps = [\r\n    \"x\",\r\n]\r\n"_ba << ab << QStringList()
                          << "deps = [\r\n    \"x\",\r\n    \"a\",\r\n    \"b\",\r\n]\r\n"_ba;
    QTest::newRow("crlf, no trailing comma") << "deps = [\r\n    \"x\"\r\n]\r\n"_ba << ab << QStringList()
                                             << "deps = [\r\n    \"x\",\r\n    \"a\",\r\n    \"b\"\r\n]\r\n"_ba;

    QTest::newRow("last two, no final newline")
        << "[p]\na = 1\nb = 2\nc = 3"_ba << QStringList() << QStringList{u"b"_s, u"c"_s} << "[p]\na = 1"_ba;
    QTest::newRow("last two, removed backwards")
        << "[p]\na = 1\nb = 2\nc = 3"_ba << QStringList() << QStringList{u"c"_s, u"b"_s} << "[p]\na = 1"_ba;
    QTest::newRow("last two, crlf") << "[p]\r\na = 1\r\nb = 2\r\nc = 3"_ba << QStringList()
                                    << QStringList{u"b"_s, u"c"_s} << "[p]\r\na = 1"_ba;
    QTest::newRow("last three of the root")
        << "a = 1\nb = 2\nc = 3\nd = 4"_ba << QStringList() << QStringList{u"d"_s, u"b"_s, u"c"_s} << "a = 1"_ba;
    QTest::newRow("with a final newline")
        << "[p]\na = 1\nb = 2\nc = 3\n"_ba << QStringList() << QStringList{u"b"_s, u"c"_s} << "[p]\na = 1\n"_ba;
    QTest::newRow("append and remove the last entry") << "[p]\ndeps = []\nb = 2"_ba << QStringList{u"\"a\""_s}
                                                      << QStringList{u"b"_s} << "[p]\ndeps = [\n    \"a\",\n]"_ba;
}

void TestTomlEditorCompose::shouldComposeAppendsAndMergeDeletions()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, appended);
    QFETCH(QStringList, removed);
    QFETCH(QByteArray, expected);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    const QStringList table = document->nodeAt({u"p"_s}) ? QStringList{u"p"_s} : QStringList();
    const toml::array *before = arrayAt(*document, table + QStringList{u"deps"_s});
    TomlEditor editor(*document);
    for (const QString &item : appended)
        editor.appendArrayItem(*before, item);
    for (const QString &key : removed)
        editor.removeEntry(*document->nodeAt(table)->as_table(), key);
    AKARI_APPLY(editor, expected, edited);
    for (const QString &key : removed)
        QCOMPARE(edited->nodeAt(table + QStringList{key}), nullptr);
    if (appended.isEmpty())
        return;
    const toml::array *after = arrayAt(*edited, table + QStringList{u"deps"_s});
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() + size_t(appended.size()));
    for (size_t i = 0; i < before->size(); ++i)
        QCOMPARE(canonical(*after->get(i)), canonical(*before->get(i)));
    for (qsizetype i = 0; i < appended.size(); ++i)
        QCOMPARE(canonical(*after->get(before->size() + size_t(i))), canonicalValue(appended.at(i)));
}

QTEST_GUILESS_MAIN(TestTomlEditorCompose)
#include "tst_tomleditorcompose.moc"
