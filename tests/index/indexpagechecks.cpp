// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexpagechecks.h"

#include <array>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QTime>

#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using MetadataState = Akari::IndexFile::MetadataState;
using State = Akari::IndexPage::ProjectStatus::State;

namespace Akari::Test
{

namespace
{

QString uvCasesPath()
{
    return corpusPath(u"uv-html-parser-cases.json"_s);
}

/// uv's snapshots print a parsed specifier set; the raw text may differ only in empty clauses.
QStringList specifierClauses(const QString &text)
{
    QStringList clauses;
    for (const QString &clause : text.split(u',')) {
        if (!clause.trimmed().isEmpty())
            clauses.append(clause.trimmed());
    }
    return clauses;
}

QMap<QString, QString> hashMap(const QJsonObject &object)
{
    QMap<QString, QString> hashes;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        hashes.insert(it.key(), it.value().toString());
    return hashes;
}

State stateNamed(const QString &name)
{
    if (name == u"Archived")
        return State::Archived;
    if (name == u"Quarantined")
        return State::Quarantined;
    if (name == u"Deprecated")
        return State::Deprecated;
    return State::Active;
}

/// uv's expected value of a whole result may be wrapped in {"Ok": ...}.
QJsonValue unwrapOk(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    if (object.size() == 1 && object.contains(u"Ok"))
        return object.value(u"Ok");
    return value;
}

void compareStatus(const IndexPage &page, const QJsonObject &expected)
{
    QCOMPARE(expected.value(u"_type").toString(), u"ProjectStatus"_s);
    QCOMPARE(page.effectiveStatus().state, stateNamed(expected.value(u"status").toString()));
    QCOMPARE(page.effectiveStatus().reason, expected.value(u"reason").toString());
}

/// Compares one parsed file with uv's PypiFile record (url there is the href without fragment).
void compareFile(const IndexFile &file, const QJsonObject &expected, const QUrl &base)
{
    QCOMPARE(file.filename, expected.value(u"filename").toString());
    QCOMPARE(file.url, base.resolved(QUrl(expected.value(u"url").toString())));
    QVERIFY(file.url.fragment().isEmpty());
    QCOMPARE(file.hashes, hashMap(expected.value(u"hashes").toObject()));

    const QJsonValue requiresPython = expected.value(u"requires_python");
    if (requiresPython.isNull())
        QVERIFY2(file.requiresPython.isEmpty(), qPrintable(file.requiresPython));
    else
        QCOMPARE(specifierClauses(file.requiresPython),
                 specifierClauses(requiresPython.toObject().value(u"Ok").toString()));

    const QJsonValue yanked = expected.value(u"yanked");
    QCOMPARE(file.yanked, !yanked.isNull() && yanked != QJsonValue(false));
    QCOMPARE(file.yankedReason, yanked.toObject().value(u"reason").toString());

    const QJsonValue metadata = expected.value(u"core_metadata");
    QVERIFY2(metadata.isNull() || metadata.isBool(), "a new kind of core_metadata snapshot; extend the test");
    const MetadataState state = metadata.isNull()   ? MetadataState::Unspecified
                                : metadata.toBool() ? MetadataState::Available
                                                    : MetadataState::Unavailable;
    QCOMPARE(file.coreMetadata, state);
    QVERIFY(file.coreMetadataHashes.isEmpty());

    QCOMPARE(expected.value(u"size").isNull(), true);
    QCOMPARE(file.size, -1);
    QCOMPARE(expected.value(u"upload_time").isNull(), true);
    QVERIFY(!file.uploadTime.isValid());
}

void compareFiles(const QList<IndexFile> &files, const QJsonArray &expected, const QUrl &base)
{
    QCOMPARE(files.size(), expected.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        compareFile(files[i], expected[i].toObject(), base);
        if (QTest::currentTestFailed()) {
            qWarning("file %lld differs", static_cast<long long>(i));
            return;
        }
    }
}

/// uv keeps this snapshot as Debug text: "( Some( 15399, ), Some( 2022-11-14T17:14:53.935145Z, ), )".
void compareFirstSizeAndUploadTime(const IndexPage &page, const QString &debugText)
{
    static const QRegularExpression Debug(
        uR"(Some\(\s*(\d+),\s*\),\s*Some\(\s*(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)\.(\d{3})\d*Z,)"_s);
    const QRegularExpressionMatch match = Debug.match(debugText);
    QVERIFY2(match.hasMatch(), "expected_debug changed shape; extend the test");
    QVERIFY(!page.files.isEmpty());
    QCOMPARE(page.files[0].size, match.captured(1).toLongLong());
    const auto number = [&match](int group) { return match.captured(group).toInt(); };
    const QDateTime expectedTime(QDate(number(2), number(3), number(4)),
                                 QTime(number(5), number(6), number(7), number(8)), Qt::UTC);
    QCOMPARE(page.files[0].uploadTime, expectedTime);
}

} // namespace

const QUrl PageUrl(u"https://example.org/simple/demo/"_s);

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject readJson(const QString &path)
{
    return QJsonDocument::fromJson(readAll(path)).object();
}

QString corpusPath(const QString &name)
{
    return sharedPath(u"corpus/index-pages/"_s + name);
}

QString reconstructedDir()
{
    return corpusPath(u"reconstructed"_s);
}

QString reconstructedVariant(const QString &fileName)
{
    // "whl_" <variant with '/' spelt '_'> "_torch." <extension>
    const qsizetype end = fileName.lastIndexOf(u"_torch."_s);
    return fileName.mid(4, end - 4).replace(u'_', u'/');
}

void addUvCaseRows(const QString &parser, int minimumRows)
{
    QTest::addColumn<QJsonObject>("testCase");
    const QJsonArray cases = readJson(uvCasesPath()).value(u"cases").toArray();
    QVERIFY2(!cases.isEmpty(), qPrintable(u"no cases in %1"_s.arg(uvCasesPath())));
    int rows = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        if (testCase.value(u"parser").toString() != parser)
            continue;
        QTest::newRow(qPrintable(testCase.value(u"test").toString())) << testCase;
        ++rows;
    }
    QVERIFY(rows >= minimumRows);
}

void compareWithUvSnapshot(const IndexPage &page, const QJsonObject &testCase)
{
    const QString snapshotOf = testCase.value(u"snapshot_of").toString().simplified();
    const QJsonValue expected = unwrapOk(testCase.value(u"expected"));

    if (snapshotOf == u"result") {
        const QJsonObject whole = expected.toObject();
        QCOMPARE(whole.value(u"_type").toString(), u"SimpleDetailHTML"_s);
        compareStatus(page, whole.value(u"project_status").toObject());
        if (QTest::currentTestFailed())
            return;
        const QUrl base(whole.value(u"base").toObject().value(u"_0").toString());
        QCOMPARE(page.baseUrl, base);
        compareFiles(page.files, whole.value(u"files").toArray(), base);
    } else if (snapshotOf == u"result.project_status" || snapshotOf == u"result.unwrap().project_status") {
        compareStatus(page, expected.toObject());
    } else if (snapshotOf == u"( &result.project_status, result.base.as_str(), &result.files, )") {
        const QJsonArray tuple = expected.toArray();
        QCOMPARE(tuple.size(), 3);
        compareStatus(page, tuple[0].toObject());
        if (QTest::currentTestFailed())
            return;
        const QUrl base(tuple[1].toString());
        QCOMPARE(page.baseUrl, base);
        compareFiles(page.files, tuple[2].toArray(), base);
    } else if (snapshotOf == u"(result.files[0].size, result.files[0].upload_time.as_ref())") {
        compareFirstSizeAndUploadTime(page, testCase.value(u"expected_debug").toString());
    } else {
        QFAIL(qPrintable(u"unknown snapshot kind %1; extend the test"_s.arg(snapshotOf)));
    }
}

void compareWithJsonForm(const QList<IndexFile> &htmlFiles, const QList<IndexFile> &jsonFiles)
{
    QCOMPARE(htmlFiles.size(), jsonFiles.size());
    QMap<QString, IndexFile> byName;
    for (const IndexFile &file : jsonFiles)
        byName.insert(file.filename, file);
    QCOMPARE(byName.size(), jsonFiles.size());
    for (IndexFile htmlFile : htmlFiles) {
        QVERIFY2(byName.contains(htmlFile.filename), qPrintable(htmlFile.filename));
        const IndexFile jsonFile = byName.take(htmlFile.filename);
        QVERIFY2(!htmlFile.uploadTime.isValid(), "PyTorch's HTML has no upload times");
        htmlFile.uploadTime = jsonFile.uploadTime; // the one thing only the JSON form can say
        QCOMPARE(htmlFile.url, jsonFile.url);
        QCOMPARE(htmlFile.hashes, jsonFile.hashes);
        QCOMPARE(htmlFile.requiresPython, jsonFile.requiresPython);
        QCOMPARE(htmlFile.coreMetadata, jsonFile.coreMetadata);
        QCOMPARE(htmlFile, jsonFile); // and nothing else differs
        QVERIFY(htmlFile.url.isValid() && !htmlFile.url.isRelative());
    }
    QVERIFY(byName.isEmpty());
}

QByteArray htmlPage(const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html>\n<body>\n<h1>Links for demo</h1>\n" + body + "\n</body>\n</html>\n";
}

QStringList filenames(const IndexPage &page)
{
    QStringList names;
    for (const IndexFile &file : page.files)
        names.append(file.filename);
    return names;
}

QByteArray mutateHtml(const QByteArray &html, std::mt19937 &random)
{
    static constexpr std::array<char, 12> Interesting = {'<', '>', '"', '\'', '&', '#', '=', '/', '!', '-', ';', '\0'};
    QByteArray mutated = html;
    const int edits = 1 + static_cast<int>(random() % 8);
    for (int edit = 0; edit < edits; ++edit) {
        const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(mutated.size()));
        const char c = (random() % 2) ? Interesting[random() % Interesting.size()] : static_cast<char>(random());
        switch (random() % 3) {
        case 0:
            mutated[at] = c;
            break;
        case 1:
            mutated.insert(at, c);
            break;
        default:
            mutated.remove(at, 1 + static_cast<qsizetype>(random() % 4));
            break;
        }
        if (mutated.isEmpty())
            mutated = "<";
    }
    return mutated;
}

} // namespace Akari::Test
