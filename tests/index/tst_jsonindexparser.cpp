// SPDX-License-Identifier: GPL-3.0-or-later

#include <random>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/index/jsonindexparser.h"
#include "indexpagechecks.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::Error;
using Akari::IndexFile;
using Akari::IndexPage;
using Akari::JsonIndexParser;
using MetadataState = Akari::IndexFile::MetadataState;
using State = Akari::IndexPage::ProjectStatus::State;

namespace
{
/// A fixture file holds the response under "response" and the page URL under "_base_url".
Akari::Result<IndexPage> parseFixture(const QJsonObject &fixture)
{
    return JsonIndexParser::parse(QJsonDocument(fixture.value(u"response").toObject()).toJson(),
                                  QUrl(fixture.value(u"_base_url").toString()));
}

QByteArray withFile(const QByteArray &fileMembers)
{
    return R"({"meta": {"api-version": "1.1"}, "name": "demo", "files": [{"filename": "demo-1.0.tar.gz", )"
           R"("url": "demo-1.0.tar.gz")" +
           (fileMembers.isEmpty() ? QByteArray() : ", " + fileMembers) + "}]}";
}
} // namespace

class TestJsonIndexParser final : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadProjectStatusPage();
    void shouldKeepFilesWithBrokenRequiresPython();
    void shouldKeepFileNamesAsListed();
    void shouldMatchFilesRecordedInUvLocks_data();
    void shouldMatchFilesRecordedInUvLocks();
    void shouldReadProjectStatusStates_data();
    void shouldReadProjectStatusStates();
    void shouldReadOptionalFileFields_data();
    void shouldReadOptionalFileFields();
    void shouldRejectMalformedPages_data();
    void shouldRejectMalformedPages();
    void shouldReportSyntaxErrorPosition();
    void shouldListProjects();
    void shouldSurviveHostileInput();
};

// ---- The uv and PyTorch corpus -------------------------------------------------------------

void TestJsonIndexParser::shouldReadProjectStatusPage()
{
    const QJsonObject fixture = readJson(corpusPath(u"pep691-json-uv-project_status_pypi_json.json"_s));
    QVERIFY2(!fixture.isEmpty(), "corpus file missing");
    const QJsonObject expected = fixture.value(u"_expected").toObject();
    const Akari::Result<IndexPage> page = parseFixture(fixture);
    QVERIFY2(page, describe(page).constData());

    QCOMPARE(page->projectName, expected.value(u"package").toString());
    QVERIFY(page->projectStatus.has_value());
    QCOMPARE(page->projectStatus->state, State::Archived);
    QCOMPARE(expected.value(u"expected_project_status").toString(), u"archived"_s);
    QVERIFY(page->projectStatus->reason.isEmpty());
    QCOMPARE(page->apiVersion, u"1.4"_s);
    QCOMPARE(page->versions, QStringList{u"2.1.1"_s});

    // "one version 2.1.1 with one sdist, size 15399, upload time 2022-11-14T17:14:53.935145Z
    //  (1668446093935 ms), sha256 cec463c4..., requires-python >=3.7"
    const QString summary = expected.value(u"expected").toString();
    QCOMPARE(page->files.size(), 1);
    const IndexFile &file = page->files[0];
    QVERIFY(summary.contains(u"size %1,"_s.arg(file.size)));
    QCOMPARE(file.size, 15399);
    QVERIFY(summary.contains(u"(%1 ms)"_s.arg(file.uploadTime.toMSecsSinceEpoch())));
    QCOMPARE(file.uploadTime.timeSpec(), Qt::UTC);
    QVERIFY(summary.contains(u"sha256 "_s + file.hashes.value(u"sha256"_s).left(8)));
    QVERIFY(summary.contains(u"requires-python "_s + file.requiresPython));
    QCOMPARE(file.filename, u"pepy-2.1.1.tar.gz"_s);
    QCOMPARE(file.url.host(), u"files.pythonhosted.org"_s);
    QVERIFY(!file.yanked);
    QCOMPARE(file.coreMetadata, MetadataState::Unavailable);
}

void TestJsonIndexParser::shouldKeepFilesWithBrokenRequiresPython()
{
    // uv drops the file whose requires-python is broken (",,") and keeps the page; page
    // parsing keeps both files and the raw text, so the specifier parser can make that call.
    const QJsonObject fixture = readJson(corpusPath(u"pep691-json-uv-ignore_failing_files.json"_s));
    QVERIFY2(!fixture.isEmpty(), "corpus file missing");
    const Akari::Result<IndexPage> page = parseFixture(fixture);
    QVERIFY2(page, describe(page).constData());
    const QJsonArray files = fixture.value(u"response").toObject().value(u"files").toArray();
    QCOMPARE(page->files.size(), files.size());
    QStringList usable;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QJsonObject expected = files[i].toObject();
        const IndexFile &file = page->files[i];
        QCOMPARE(file.filename, expected.value(u"filename").toString());
        QCOMPARE(file.url, QUrl(expected.value(u"url").toString()));
        QCOMPARE(file.requiresPython, expected.value(u"requires-python").toString());
        QCOMPARE(file.size, expected.value(u"size").toInteger());
        QCOMPARE(file.uploadTime, QDateTime::fromString(expected.value(u"upload-time").toString(), Qt::ISODateWithMs));
        QCOMPARE(file.hashes.value(u"sha256"_s), expected.value(u"hashes").toObject().value(u"sha256").toString());
        QCOMPARE(file.yanked, expected.value(u"yanked").toBool());
        QCOMPARE(file.coreMetadata, MetadataState::Unavailable);
        if (!file.requiresPython.contains(u",,"_s))
            usable.append(file.filename.section(u'-', 1).chopped(u".tar.gz"_s.size()));
    }
    QCOMPARE(QJsonArray::fromStringList(usable),
             fixture.value(u"_expected").toObject().value(u"expected_versions").toArray());
}

void TestJsonIndexParser::shouldKeepFileNamesAsListed()
{
    // uv's round-trip test normalises "example-1-1.0.0.tar.gz" to "example_1-1.0.0.tar.gz" when
    // it reads sdist names; the page itself keeps each name as listed. Compare after spelling
    // the project part as uv's distribution file names do.
    const QJsonObject fixture = readJson(corpusPath(u"pep691-json-uv-distribution_files_round_trip.json"_s));
    QVERIFY2(!fixture.isEmpty(), "corpus file missing");
    const Akari::Result<IndexPage> page = parseFixture(fixture);
    QVERIFY2(page, describe(page).constData());
    const QJsonObject expected = fixture.value(u"_expected").toObject();
    const QString project = expected.value(u"package").toString();
    QStringList listed;
    QStringList normalised;
    for (const IndexFile &file : page->files) {
        listed.append(file.filename);
        QVERIFY(file.filename.startsWith(project) || file.filename.startsWith(QString(project).replace(u'-', u'_')));
        normalised.append(QString(project).replace(u'-', u'_') + file.filename.sliced(project.size()));
        QVERIFY(file.hashes.isEmpty());
        QCOMPARE(file.url.host(), u"files.pythonhosted.org"_s);
    }
    QCOMPARE(listed, (QStringList{u"example_1-1.0.0-py3-none-any.whl"_s, u"example-1-1.0.0.tar.gz"_s}));
    QStringList wanted;
    for (const QJsonValue &name : expected.value(u"expected_filenames").toArray())
        wanted.append(name.toString());
    normalised.sort();
    wanted.sort();
    QCOMPARE(normalised, wanted);
    QVERIFY(page->projectName.isEmpty()); // the fixture has no "name"
}

void TestJsonIndexParser::shouldMatchFilesRecordedInUvLocks_data()
{
    QTest::addColumn<QString>("jsonPath");
    QTest::addColumn<QString>("registry");
    const QDir dir(reconstructedDir());
    const QStringList pages = dir.entryList({u"*.pep691.json"_s}, QDir::Files, QDir::Name);
    QVERIFY2(pages.size() >= 13, qPrintable(dir.path()));
    for (const QString &name : pages) {
        QTest::newRow(qPrintable(name)) << dir.filePath(name)
                                        << u"https://download.pytorch.org/whl/"_s + reconstructedVariant(name);
    }
}

void TestJsonIndexParser::shouldMatchFilesRecordedInUvLocks()
{
    QFETCH(QString, jsonPath);
    QFETCH(QString, registry);
    const QJsonObject locks = readJson(corpusPath(u"pytorch-index-files-from-uvlocks.json"_s));
    const QJsonObject versions =
        locks.value(u"registries").toObject().value(registry).toObject().value(u"torch").toObject();
    QVERIFY2(!versions.isEmpty(), qPrintable(registry));
    QMap<QString, QJsonObject> recorded;
    for (const QJsonValue &files : versions) {
        for (const QJsonValue &file : files.toArray())
            recorded.insert(file.toObject().value(u"filename").toString(), file.toObject());
    }

    const Akari::Result<IndexPage> page = JsonIndexParser::parse(readAll(jsonPath), QUrl(registry + u"/torch/"_s));
    QVERIFY2(page, describe(page).constData());
    QCOMPARE(page->projectName, u"torch"_s);
    QVERIFY(!page->apiVersion.isEmpty());
    QCOMPARE(page->files.size(), recorded.size());
    for (const IndexFile &file : page->files) {
        QVERIFY2(recorded.contains(file.filename), qPrintable(file.filename));
        const QJsonObject lock = recorded.value(file.filename);
        QCOMPARE(file.url.toString(QUrl::FullyEncoded), lock.value(u"url").toString());
        QCOMPARE(file.hashes, (lock.value(u"hashes").toObject().isEmpty()
                                   ? QMap<QString, QString>{}
                                   : QMap<QString, QString>{
                                         {u"sha256"_s, lock.value(u"hashes").toObject().value(u"sha256").toString()}}));
        const QString uploadTime = lock.value(u"upload-time").toString();
        QCOMPARE(file.uploadTime.isValid(), !uploadTime.isEmpty());
        if (!uploadTime.isEmpty())
            QCOMPARE(file.uploadTime.toString(Qt::ISODate), uploadTime);
        QCOMPARE(page->versions.contains(file.filename.section(u'-', 1, 1)), true);
    }
}

// ---- Details -------------------------------------------------------------------------------

void TestJsonIndexParser::shouldReadProjectStatusStates_data()
{
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<bool>("declared");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("reason");
    QTest::newRow("absent") << QByteArray() << false << State::Active << QString();
    QTest::newRow("null") << QByteArray("null") << false << State::Active << QString();
    QTest::newRow("active") << QByteArray(R"({"status": "active"})") << true << State::Active << QString();
    QTest::newRow("archived") << QByteArray(R"({"status": "archived", "reason": "done"})") << true << State::Archived
                              << u"done"_s;
    QTest::newRow("quarantined") << QByteArray(R"({"status": "quarantined", "reason": null})") << true
                                 << State::Quarantined << QString();
    QTest::newRow("deprecated") << QByteArray(R"({"status": "Deprecated", "reason": "use bar"})") << true
                                << State::Deprecated << u"use bar"_s;
    QTest::newRow("unknown counts as active")
        << QByteArray(R"({"status": "haunted"})") << true << State::Active << QString();
}

void TestJsonIndexParser::shouldReadProjectStatusStates()
{
    QFETCH(QByteArray, status);
    QFETCH(bool, declared);
    QFETCH(State, state);
    QFETCH(QString, reason);
    const QByteArray json =
        status.isEmpty() ? QByteArray(R"({"files": []})") : R"({"files": [], "project-status": )" + status + "}";
    const Akari::Result<IndexPage> page = JsonIndexParser::parse(json, PageUrl);
    QVERIFY2(page, describe(page).constData());
    QCOMPARE(page->projectStatus.has_value(), declared);
    QCOMPARE(page->effectiveStatus().state, state);
    QCOMPARE(page->effectiveStatus().reason, reason);
    QVERIFY(page->files.isEmpty());
}

void TestJsonIndexParser::shouldReadOptionalFileFields_data()
{
    QTest::addColumn<QByteArray>("members");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing") << QByteArray() << u"summary"_s << u"0||0|-|-1|"_s;
    QTest::newRow("nulls") << QByteArray(R"("hashes": {}, "requires-python": null, "yanked": null, "size": null, )"
                                         R"("upload-time": null, "core-metadata": null)")
                           << u"summary"_s << u"0||0|-|-1|"_s;
    QTest::newRow("hashes lower-cased") << QByteArray(R"("hashes": {"SHA256": "AB", "blake2b": "cd"})") << u"hashes"_s
                                        << u"blake2b=cd,sha256=AB"_s;
    QTest::newRow("requires-python") << QByteArray(R"("requires-python": " >=3.9 ")") << u"summary"_s
                                     << u"0|>=3.9|0|-|-1|"_s;
    QTest::newRow("yanked true") << QByteArray(R"("yanked": true)") << u"summary"_s << u"0||1|-|-1|"_s;
    QTest::newRow("yanked reason") << QByteArray(R"("yanked": "broken wheel")") << u"summary"_s
                                   << u"0||1|broken wheel|-1|"_s;
    QTest::newRow("yanked empty reason") << QByteArray(R"("yanked": "")") << u"summary"_s << u"0||1|-|-1|"_s;
    QTest::newRow("core-metadata true") << QByteArray(R"("core-metadata": true)") << u"metadata"_s << u"2|"_s;
    QTest::newRow("core-metadata false") << QByteArray(R"("core-metadata": false)") << u"metadata"_s << u"1|"_s;
    QTest::newRow("core-metadata hashes")
        << QByteArray(R"("core-metadata": {"sha256": "ab"})") << u"metadata"_s << u"2|sha256=ab"_s;
    QTest::newRow("dist-info-metadata") << QByteArray(R"("dist-info-metadata": {"sha256": "ab"})") << u"metadata"_s
                                        << u"2|sha256=ab"_s;
    QTest::newRow("data-dist-info-metadata")
        << QByteArray(R"("data-dist-info-metadata": true)") << u"metadata"_s << u"2|"_s;
    QTest::newRow("core-metadata wins")
        << QByteArray(R"("dist-info-metadata": {"sha256": "old"}, "core-metadata": {"sha256": "new"})") << u"metadata"_s
        << u"2|sha256=new"_s;
    QTest::newRow("size") << QByteArray(R"("size": 12345678901)") << u"summary"_s << u"0||0|-|12345678901|"_s;
    QTest::newRow("upload-time offset") << QByteArray(R"("upload-time": "2024-01-02T03:04:05.123456+02:00")")
                                        << u"summary"_s << u"0||0|-|-1|2024-01-02T01:04:05.123Z"_s;
    QTest::newRow("relative url") << QByteArray() << u"url"_s << u"https://example.org/simple/demo/demo-1.0.tar.gz"_s;
    QTest::newRow("unknown members ignored")
        << QByteArray(R"("provenance": null, "gpg-sig": false, "x": [1])") << u"summary"_s << u"0||0|-|-1|"_s;
}

void TestJsonIndexParser::shouldReadOptionalFileFields()
{
    QFETCH(QByteArray, members);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    const Akari::Result<IndexPage> page = JsonIndexParser::parse(withFile(members), PageUrl);
    QVERIFY2(page, describe(page).constData());
    QCOMPARE(page->files.size(), 1);
    const IndexFile &file = page->files[0];
    const auto join = [](const QMap<QString, QString> &hashes) {
        QStringList parts;
        for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
            parts.append(it.key() + u'=' + it.value());
        return parts.join(u',');
    };
    QString actual;
    if (field == u"summary")
        actual = u"%1|%2|%3|%4|%5|%6"_s.arg(static_cast<int>(file.coreMetadata))
                     .arg(file.requiresPython)
                     .arg(file.yanked ? 1 : 0)
                     .arg(file.yankedReason.isEmpty() ? u"-"_s : file.yankedReason)
                     .arg(file.size)
                     .arg(file.uploadTime.isValid() ? file.uploadTime.toString(Qt::ISODateWithMs) : QString());
    else if (field == u"hashes")
        actual = join(file.hashes);
    else if (field == u"metadata")
        actual = u"%1|%2"_s.arg(static_cast<int>(file.coreMetadata)).arg(join(file.coreMetadataHashes));
    else if (field == u"url")
        actual = file.url.toString();
    QCOMPARE(actual, expected);
}

void TestJsonIndexParser::shouldRejectMalformedPages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("array") << QByteArray("[]") << QString();
    QTest::newRow("string") << QByteArray("\"files\"") << QString();
    QTest::newRow("no files") << QByteArray(R"({"name": "demo"})") << u"files"_s;
    QTest::newRow("files object") << QByteArray(R"({"files": {}})") << u"files"_s;
    QTest::newRow("files null") << QByteArray(R"({"files": null})") << u"files"_s;
    QTest::newRow("file not object") << QByteArray(R"({"files": ["a.whl"]})") << u"files[0]"_s;
    QTest::newRow("no filename") << QByteArray(R"({"files": [{"url": "a.whl"}]})") << u"files[0].filename"_s;
    QTest::newRow("filename number") << QByteArray(R"({"files": [{"filename": 1, "url": "a.whl"}]})")
                                     << u"files[0].filename"_s;
    QTest::newRow("filename with path") << QByteArray(R"({"files": [{"filename": "../a.whl", "url": "a.whl"}]})")
                                        << u"files[0].filename"_s;
    QTest::newRow("filename dot dot") << QByteArray(R"({"files": [{"filename": "..", "url": "a.whl"}]})")
                                      << u"files[0].filename"_s;
    QTest::newRow("no url") << withFile({}).replace(R"("url": "demo-1.0.tar.gz")", R"("u": 1)") << u"files[0].url"_s;
    QTest::newRow("url empty") << withFile({}).replace(R"("url": "demo-1.0.tar.gz")", R"("url": "")")
                               << u"files[0].url"_s;
    QTest::newRow("url invalid") << withFile({}).replace(R"("url": "demo-1.0.tar.gz")", R"("url": "http://[::1")")
                                 << u"files[0].url"_s;
    QTest::newRow("hashes list") << withFile(R"("hashes": ["sha256"])") << u"files[0].hashes"_s;
    QTest::newRow("hash number") << withFile(R"("hashes": {"sha256": 5})") << u"files[0].hashes.sha256"_s;
    QTest::newRow("requires-python number") << withFile(R"("requires-python": 3)") << u"files[0].requires-python"_s;
    QTest::newRow("yanked number") << withFile(R"("yanked": 1)") << u"files[0].yanked"_s;
    QTest::newRow("core-metadata string") << withFile(R"("core-metadata": "true")") << u"files[0].core-metadata"_s;
    QTest::newRow("dist-info hash number")
        << withFile(R"("dist-info-metadata": {"sha256": 1})") << u"files[0].dist-info-metadata.sha256"_s;
    QTest::newRow("size negative") << withFile(R"("size": -1)") << u"files[0].size"_s;
    QTest::newRow("size fraction") << withFile(R"("size": 1.5)") << u"files[0].size"_s;
    QTest::newRow("size string") << withFile(R"("size": "10")") << u"files[0].size"_s;
    QTest::newRow("size huge") << withFile(R"("size": 1e300)") << u"files[0].size"_s;
    QTest::newRow("upload-time number") << withFile(R"("upload-time": 1668446093)") << u"files[0].upload-time"_s;
    QTest::newRow("upload-time garbage") << withFile(R"("upload-time": "yesterday")") << u"files[0].upload-time"_s;
    QTest::newRow("second file broken")
        << QByteArray(R"({"files": [{"filename": "a.whl", "url": "a.whl"}, {"filename": "b.whl", "url": false}]})")
        << u"files[1].url"_s;
    QTest::newRow("name number") << QByteArray(R"({"name": 1, "files": []})") << u"name"_s;
    QTest::newRow("meta list") << QByteArray(R"({"meta": [], "files": []})") << u"meta"_s;
    QTest::newRow("api-version number") << QByteArray(R"({"meta": {"api-version": 1.0}, "files": []})")
                                        << u"meta.api-version"_s;
    QTest::newRow("api-version 2") << QByteArray(R"({"meta": {"api-version": "2.0"}, "files": []})") << u"2.0"_s;
    QTest::newRow("versions string") << QByteArray(R"({"versions": "1.0", "files": []})") << u"versions"_s;
    QTest::newRow("version number") << QByteArray(R"({"versions": ["1.0", 2], "files": []})") << u"versions[1]"_s;
    QTest::newRow("status string") << QByteArray(R"({"project-status": "archived", "files": []})")
                                   << u"project-status"_s;
    QTest::newRow("status without status")
        << QByteArray(R"({"project-status": {"reason": "x"}, "files": []})") << u"project-status.status"_s;
    QTest::newRow("status reason number")
        << QByteArray(R"({"project-status": {"status": "archived", "reason": 1}, "files": []})")
        << u"project-status.reason"_s;
}

void TestJsonIndexParser::shouldRejectMalformedPages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    const Akari::Result<IndexPage> page = JsonIndexParser::parse(json, PageUrl);
    QVERIFY2(!page, json.constData());
    QCOMPARE(page.error().code(), Error::Code::Parse);
    QCOMPARE(page.error().file(), PageUrl.toString());
    QVERIFY(!page.error().message().isEmpty());
    if (!where.isEmpty())
        QVERIFY2(page.error().message().contains(u"“%1”"_s.arg(where)) || page.error().message().contains(where),
                 qPrintable(page.error().message()));
}

void TestJsonIndexParser::shouldReportSyntaxErrorPosition()
{
    const Akari::Result<IndexPage> page = JsonIndexParser::parse("{\n  \"files\": [\n    {,}\n  ]\n}", PageUrl);
    QVERIFY(!page);
    QCOMPARE(page.error().code(), Error::Code::Parse);
    QCOMPARE(page.error().file(), PageUrl.toString());
    QCOMPARE(page.error().line(), 3);
    QVERIFY2(page.error().column() >= 5 && page.error().column() <= 7, describe(page).constData());
}

void TestJsonIndexParser::shouldListProjects()
{
    const QByteArray json =
        R"({"meta": {"api-version": "1.0"}, "projects": [{"name": "Frob"}, {"name": "spamspamspam"},)"
        R"( {"name": "Zope.Interface"}, {"name": "frob"}, {"name": "-not valid-"}]})";
    const Akari::Result<QStringList> projects = JsonIndexParser::parseProjectList(json, PageUrl);
    QVERIFY2(projects, describe(projects).constData());
    QCOMPARE(*projects, (QStringList{u"frob"_s, u"spamspamspam"_s, u"zope-interface"_s}));

    for (const QByteArray &broken : {QByteArray(R"({"projects": {}})"), QByteArray(R"({"projects": [1]})"),
                                     QByteArray(R"({"projects": [{"name": 1}]})"), QByteArray(R"({})"),
                                     QByteArray(R"({"meta": {"api-version": "3.1"}, "projects": []})")}) {
        const Akari::Result<QStringList> result = JsonIndexParser::parseProjectList(broken, PageUrl);
        QVERIFY2(!result, broken.constData());
        QCOMPARE(result.error().code(), Error::Code::Parse);
    }
}

void TestJsonIndexParser::shouldSurviveHostileInput()
{
    const QByteArray good = readAll(corpusPath(u"pep691-json-uv-project_status_pypi_json.json"_s));
    QVERIFY(!good.isEmpty());
    std::mt19937 random(691);
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = good;
        for (int edit = 0; edit < 1 + static_cast<int>(random() % 6); ++edit) {
            const auto at = static_cast<qsizetype>(random() % static_cast<unsigned>(mutated.size()));
            if (random() % 2)
                mutated[at] = "{}[]\",:0-9e.tnf\\"[random() % 17];
            else
                mutated.remove(at, 1 + static_cast<qsizetype>(random() % 8));
            if (mutated.isEmpty())
                mutated = "{";
        }
        const Akari::Result<IndexPage> page = JsonIndexParser::parse(mutated, PageUrl);
        QVERIFY2(page || page.error().code() == Error::Code::Parse, mutated.constData());
    }
    // Deep nesting is refused by the JSON reader, not by the stack.
    const QByteArray deep = "{\"files\": " + QByteArray(100000, '[') + QByteArray(100000, ']') + "}";
    const Akari::Result<IndexPage> page = JsonIndexParser::parse(deep, PageUrl);
    QVERIFY(!page);
    QCOMPARE(page.error().code(), Error::Code::Parse);
}

QTEST_GUILESS_MAIN(TestJsonIndexParser)
#include "tst_jsonindexparser.moc"
