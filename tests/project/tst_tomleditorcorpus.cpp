// SPDX-License-Identifier: GPL-3.0-or-later
// TomlEditor on the real pyproject.toml files of the shared corpus: edits that undo each
// other give the original bytes back, and what they change reads back in toml++ and tomllib.

#include <optional>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/tomldocument.h"
#include "core/project/tomleditor.h"
#include "testenvironment.h"
#include "tomltesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using Akari::TomlDocument;
using Akari::TomlEditor;
using namespace Akari::Test;

namespace
{
/// The value arrays of a document (not `[[...]]` ones), in text order.
std::vector<const toml::array *> valueArrays(const TomlDocument &document)
{
    std::vector<const toml::array *> arrays;
    const auto visit = [&](const auto &self, const toml::node &node) -> void {
        if (const toml::table *table = node.as_table()) {
            for (const auto &[key, value] : *table)
                self(self, value);
        } else if (const toml::array *array = node.as_array()) {
            const bool headers =
                !array->empty() && array->front().is_table() && !array->front().as_table()->is_inline();
            if (!headers)
                arrays.push_back(array);
            for (const toml::node &element : *array)
                self(self, element);
        }
    };
    visit(visit, document.root());
    std::ranges::sort(arrays, {}, [&](const toml::array *array) { return document.span(*array).begin; });
    return arrays;
}

QStringList corpusFiles()
{
    const QDir dir(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    QStringList files;
    for (const QString &name : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The file at \a path with every line break made \a newline.
QByteArray readWithLineBreaks(const QString &path, const QByteArray &newline)
{
    return readAll(path).replace("\r\n"_ba, "\n"_ba).replace("\n"_ba, newline);
}

const QString DependenciesScript = uR"py(
import json, sys, tomllib
answers = {}
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        answers[path] = tomllib.load(handle)["project"]["dependencies"]
print(json.dumps(answers, ensure_ascii=True))
)py"_s;

} // namespace

class TestTomlEditorCorpus : public QObject
{
    Q_OBJECT

private slots:
    void shouldAppendAndRemoveCorpusDependencies();
    void shouldEditEveryCorpusArray_data();
    void shouldEditEveryCorpusArray();
    void shouldEditEveryCorpusSection_data();
    void shouldEditEveryCorpusSection();
};

// Appending a dependency and removing it again gives the original bytes back; Python's
// tomllib reads the appended file with the new dependency last.
void TestTomlEditorCorpus::shouldAppendAndRemoveCorpusDependencies()
{
    const QStringList files = corpusFiles();
    QVERIFY2(!files.isEmpty(), qPrintable(Akari::Test::sharedPath(u"corpus/pyprojects"_s)));
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QString added = u"akari-probe[cuda]>=1.0; sys_platform == 'linux'"_s;
    QMap<QString, QStringList> expectedDependencies;
    for (const QString &name : files) {
        const QByteArray text = readAll(name);
        const std::optional<TomlDocument> document = load(text);
        QVERIFY(document);
        const toml::array *dependencies = arrayAt(*document, {u"project"_s, u"dependencies"_s});
        if (!dependencies)
            continue;
        TomlEditor append(*document);
        append.appendArrayItem(*dependencies, TomlEditor::quoted(added));
        const auto appended = append.apply();
        QVERIFY2(appended, qPrintable(name));
        const std::optional<TomlDocument> grown = load(*appended);
        QVERIFY2(grown, qPrintable(name));
        const toml::array *after = arrayAt(*grown, {u"project"_s, u"dependencies"_s});
        QCOMPARE(after->size(), dependencies->size() + 1);
        QCOMPARE(after->back().value<std::string>(), added.toStdString());

        TomlEditor remove(*grown);
        remove.removeArrayItem(*after, qsizetype(after->size()) - 1);
        const auto restored = remove.apply();
        QVERIFY2(restored, qPrintable(name));
        QVERIFY2(*restored == text, qPrintable(name));

        const QString path = QDir(out.path()).filePath(QFileInfo(name).fileName());
        QVERIFY(Akari::Test::writeFile(path, *appended));
        QStringList strings;
        for (const toml::node &dependency : *dependencies)
            strings.append(QString::fromStdString(dependency.value<std::string>().value_or("")));
        expectedDependencies.insert(path, strings + QStringList{added});
    }
    QVERIFY(expectedDependencies.size() >= 10);

    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), QStringList{u"-c"_s, DependenciesScript} + expectedDependencies.keys());
    QVERIFY2(python.waitForFinished(60'000), "the tomllib oracle did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    const QJsonObject answers = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QCOMPARE(answers.size(), expectedDependencies.size());
    for (auto it = expectedDependencies.cbegin(); it != expectedDependencies.cend(); ++it) {
        QStringList read;
        for (const QJsonValue &value : answers.value(it.key()).toArray())
            read.append(value.toString());
        QCOMPARE(read, it.value());
    }
}

void TestTomlEditorCorpus::shouldEditEveryCorpusArray_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("newline");
    const QStringList files = corpusFiles();
    QVERIFY2(!files.isEmpty(), qPrintable(Akari::Test::sharedPath(u"corpus/pyprojects"_s)));
    for (const QString &file : files) {
        QTest::addRow("%s lf", qPrintable(QFileInfo(file).fileName())) << file << "\n"_ba;
        QTest::addRow("%s crlf", qPrintable(QFileInfo(file).fileName())) << file << "\r\n"_ba;
    }
}

// Every array of every file: appending an item and removing it again restores the bytes;
// removing any one item leaves the others as they were.
void TestTomlEditorCorpus::shouldEditEveryCorpusArray()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, newline);
    const QByteArray text = readWithLineBreaks(file, newline);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    const std::vector<const toml::array *> arrays = valueArrays(*document);
    for (size_t k = 0; k < arrays.size(); ++k) {
        const toml::array &array = *arrays[k];
        const QString where = u"array %1 at byte %2"_s.arg(k).arg(document->span(array).begin);
        TomlEditor append(*document);
        append.appendArrayItem(array, u"\"akari\""_s);
        const auto appended = append.apply();
        QVERIFY2(appended, qPrintable(where));
        const std::optional<TomlDocument> grown = load(*appended);
        QVERIFY2(grown, qPrintable(where));
        const toml::array &after = *valueArrays(*grown).at(k);
        QVERIFY2(after.size() == array.size() + 1, qPrintable(where));
        QVERIFY2(after.back().value<std::string>() == "akari", qPrintable(where));
        TomlEditor remove(*grown);
        remove.removeArrayItem(after, qsizetype(after.size()) - 1);
        QVERIFY2(remove.apply().value_or(QByteArray()) == text, qPrintable(where));

        for (size_t i = 0; i < array.size(); ++i) {
            TomlEditor removeOne(*document);
            removeOne.removeArrayItem(array, qsizetype(i));
            const auto removed = removeOne.apply();
            QVERIFY2(removed, qPrintable(where));
            const std::optional<TomlDocument> shrunk = load(*removed);
            QVERIFY2(shrunk, qPrintable(where));
            const toml::array &rest = *valueArrays(*shrunk).at(k);
            QVERIFY2(rest.size() + 1 == array.size(), qPrintable(where));
            for (size_t j = 0; j < rest.size(); ++j)
                QVERIFY2(canonical(*rest.get(j)) == canonical(*array.get(j < i ? j : j + 1)), qPrintable(where));
        }
    }
}

void TestTomlEditorCorpus::shouldEditEveryCorpusSection_data()
{
    shouldEditEveryCorpusArray_data();
}

// In every section: a new entry reads back and removing it restores the bytes; removing the
// section leaves a valid file without it.
void TestTomlEditorCorpus::shouldEditEveryCorpusSection()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, newline);
    const QByteArray text = readWithLineBreaks(file, newline);
    const std::optional<TomlDocument> document = load(text);
    QVERIFY(document);
    for (const TomlDocument::Section &section : document->sections()) {
        const QString where = section.path.join(u'.');
        if (!section.arrayElement) {
            TomlEditor insert(*document);
            insert.insertEntry(section.path, u"akari-probe"_s, u"'x'"_s);
            const auto inserted = insert.apply();
            QVERIFY2(inserted, qPrintable(where));
            const std::optional<TomlDocument> grown = load(*inserted);
            QVERIFY2(grown, qPrintable(where));
            const toml::node *probe = grown->nodeAt(section.path + QStringList{u"akari-probe"_s});
            QVERIFY2(probe && probe->value<std::string>() == "x", qPrintable(where));
            QVERIFY2(grown->section(section.path)->contentEnd > section.contentEnd, qPrintable(where));
            TomlEditor remove(*grown);
            remove.removeEntry(*grown->nodeAt(section.path)->as_table(), u"akari-probe"_s);
            QVERIFY2(remove.apply().value_or(QByteArray()) == text, qPrintable(where));
        }

        TomlEditor remove(*document);
        remove.removeSection(section);
        const auto removed = remove.apply();
        QVERIFY2(removed, qPrintable(where));
        const std::optional<TomlDocument> shrunk = load(*removed);
        QVERIFY2(shrunk, qPrintable(where));
        QVERIFY2(shrunk->sections().size() + 1 == document->sections().size(), qPrintable(where));
        if (section.arrayElement)
            QVERIFY2(shrunk->arraySections(section.path).size() + 1 == document->arraySections(section.path).size(),
                     qPrintable(where));
        else
            QVERIFY2(!shrunk->section(section.path), qPrintable(where));
    }
}

QTEST_GUILESS_MAIN(TestTomlEditorCorpus)
#include "tst_tomleditorcorpus.moc"
