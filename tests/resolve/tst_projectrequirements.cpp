// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/project/tomldocument.h"
#include "core/resolve/projectrequirements.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

// tomllib and pypa/packaging read the same files (tests/resolve/oracles/project_requirements.py);
// one process answers every query.
struct Query
{
    QString path;
    QStringList extras;
    QStringList groups;
};

QList<QJsonObject> oracle(const QList<Query> &queries)
{
    QJsonArray input;
    for (const Query &query : queries) {
        input.append(QJsonObject{{u"path"_s, query.path},
                                 {u"extras"_s, QJsonArray::fromStringList(query.extras)},
                                 {u"groups"_s, QJsonArray::fromStringList(query.groups)}});
    }
    QProcess process;
    process.start(QStringLiteral(AKARI_PYTHON3),
                  {QStringLiteral(AKARI_SOURCE_DIR) + u"/tests/resolve/oracles/project_requirements.py"_s});
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    QList<QJsonObject> answers;
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return answers;
    }
    for (const QJsonValue &answer : QJsonDocument::fromJson(process.readAllStandardOutput()).array())
        answers.append(answer.toObject());
    return answers;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

Result<TomlDocument> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error(Error::Code::Io, u"cannot read "_s + path));
    return TomlDocument::parse(file.readAll(), path);
}

QStringList corpusFiles()
{
    const QDir dir(Test::sharedPath(u"corpus/pyprojects"_s));
    QStringList files;
    for (const QString &name : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestProjectRequirements : public QObject
{
    Q_OBJECT

private slots:
    void corpusMatchesPackaging_data();
    void corpusMatchesPackaging();
    void conflictsRefused_data();
    void conflictsRefused();
    void unknownNamesRefused();
    void includeGroupFollowedAndCycleRefused();
    void invalidRequirementNamesTheLine();
};

void TestProjectRequirements::corpusMatchesPackaging_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QJsonObject>("expected");
    const QStringList files = corpusFiles();
    QVERIFY2(files.size() >= 20, "the corpus of pyproject.toml files is missing");
    QList<Query> queries;
    for (const QString &path : files)
        queries.append({path, {}, {}});
    const QList<QJsonObject> plain = oracle(queries);
    QCOMPARE(plain.size(), files.size());
    // Each file as it is, with each extra, with each group.
    queries.clear();
    for (qsizetype i = 0; i < files.size(); ++i) {
        queries.append({files.at(i), {}, {}});
        for (const QString &extra : strings(plain.at(i).value(u"defined_extras"_s)))
            queries.append({files.at(i), {extra}, {}});
        for (const QString &group : strings(plain.at(i).value(u"defined_groups"_s)))
            queries.append({files.at(i), {}, {group}});
    }
    const QList<QJsonObject> answers = oracle(queries);
    QCOMPARE(answers.size(), queries.size());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Query &query = queries.at(i);
        QTest::addRow("%s [%s] :%s", qPrintable(QFileInfo(query.path).baseName()), qPrintable(query.extras.join(u',')),
                      qPrintable(query.groups.join(u',')))
            << query.path << query.extras << query.groups << answers.at(i);
    }
}

void TestProjectRequirements::corpusMatchesPackaging()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extras);
    QFETCH(QStringList, groups);
    QFETCH(QJsonObject, expected);
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.value(u"error"_s).isNull());
    const Result<TomlDocument> document = load(path);
    QVERIFY(document);
    const Result<ProjectRequirements> read = ProjectRequirements::read(*document, extras, groups);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));

    QStringList got;
    for (const Requirement &requirement : read->requirements())
        got.append(requirement.toString());
    QCOMPARE(got, strings(expected.value(u"requirements"_s)));
    QCOMPARE(read->requiresPython(), expected.value(u"requires_python"_s).toString());
    QCOMPARE(read->extras(), strings(expected.value(u"extras"_s)));
    QCOMPARE(read->groups(), strings(expected.value(u"groups"_s)));
    QCOMPARE(read->definedExtras(), strings(expected.value(u"defined_extras"_s)));
    QCOMPARE(read->definedGroups(), strings(expected.value(u"defined_groups"_s)));
}

void TestProjectRequirements::conflictsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QStringList>("groups");
    QTest::addColumn<QStringList>("names");
    int rows = 0;
    const QStringList files = corpusFiles();
    QList<Query> queries;
    for (const QString &path : files)
        queries.append({path, {}, {}});
    const QList<QJsonObject> answers = oracle(queries);
    QCOMPARE(answers.size(), files.size());
    for (qsizetype file = 0; file < files.size(); ++file) {
        const QString &path = files.at(file);
        const QJsonObject &facts = answers.at(file);
        int set = 0;
        for (const QJsonValue &members : facts.value(u"conflicts"_s).toArray()) {
            const QJsonArray list = members.toArray();
            ++set;
            if (list.size() < 2)
                continue;
            QStringList extras;
            QStringList groups;
            QStringList names;
            for (qsizetype i = 0; i < 2; ++i) {
                const QJsonArray member = list.at(i).toArray();
                (member.at(0).toString() == u"extra"_s ? extras : groups).append(member.at(1).toString());
                names.append(member.at(1).toString());
            }
            QTest::addRow("%s set %d", qPrintable(QFileInfo(path).baseName()), set)
                << path << extras << groups << names;
            ++rows;
        }
    }
    QVERIFY2(rows >= 10, "the corpus should have many conflict sets");
}

void TestProjectRequirements::conflictsRefused()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extras);
    QFETCH(QStringList, groups);
    QFETCH(QStringList, names);
    const Result<TomlDocument> document = load(path);
    QVERIFY(document);
    // Each member alone is fine; the two together are not.
    QVERIFY(ProjectRequirements::read(*document, extras.mid(0, 1), groups.mid(0, extras.isEmpty() ? 1 : 0)));
    const Result<ProjectRequirements> read = ProjectRequirements::read(*document, extras, groups);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), Error::Code::InvalidArgument);
    QCOMPARE(read.error().file(), path);
    for (const QString &name : names)
        QVERIFY2(read.error().message().contains(name), qPrintable(read.error().message()));
}

void TestProjectRequirements::unknownNamesRefused()
{
    const QByteArray text = "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\"numpy\"]\n"
                            "[project.optional-dependencies]\ncu128 = [\"torch\"]\n"
                            "[dependency-groups]\ndev = [\"pytest\"]\n";
    const Result<TomlDocument> document = TomlDocument::parse(text, u"/tmp/demo/pyproject.toml"_s);
    QVERIFY(document);
    const Result<ProjectRequirements> extra = ProjectRequirements::read(*document, {u"rocm"_s});
    QVERIFY(!extra);
    QCOMPARE(extra.error().code(), Error::Code::InvalidArgument);
    QVERIFY(extra.error().message().contains(u"rocm"_s));
    QVERIFY(extra.error().message().contains(u"cu128"_s)); // what exists
    const Result<ProjectRequirements> group = ProjectRequirements::read(*document, {}, {u"docs"_s});
    QVERIFY(!group);
    QVERIFY(group.error().message().contains(u"docs"_s));
    // Spelling does not matter (PEP 685 / PEP 735 normalisation).
    const Result<ProjectRequirements> spelled = ProjectRequirements::read(*document, {u"CU128"_s}, {u"Dev"_s});
    QVERIFY(spelled);
    QCOMPARE(spelled->requirements().size(), 3);
}

void TestProjectRequirements::includeGroupFollowedAndCycleRefused()
{
    const QByteArray text = "[project]\nname = \"demo\"\nversion = \"1\"\nrequires-python = \">=3.10\"\n"
                            "[project.optional-dependencies]\nall = [\"demo[gpu]\", \"rich\"]\ngpu = [\"torch\"]\n"
                            "[dependency-groups]\ntest = [\"pytest\", {include-group = \"lint\"}]\n"
                            "lint = [\"ruff\"]\nloop-a = [{include-group = \"loop-b\"}]\n"
                            "loop-b = [{include-group = \"loop-a\"}]\n";
    const Result<TomlDocument> document = TomlDocument::parse(text, u"demo.toml"_s);
    QVERIFY(document);
    const Result<ProjectRequirements> read = ProjectRequirements::read(*document, {u"all"_s}, {u"test"_s});
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QStringList names;
    for (const Requirement &requirement : read->requirements())
        names.append(requirement.name());
    QCOMPARE(names, (QStringList{u"torch"_s, u"rich"_s, u"pytest"_s, u"ruff"_s}));
    QCOMPARE(read->extras(), (QStringList{u"all"_s, u"gpu"_s}));
    QCOMPARE(read->groups(), (QStringList{u"lint"_s, u"test"_s}));
    QCOMPARE(read->requiresPython(), u">=3.10"_s);

    const Result<ProjectRequirements> cycle = ProjectRequirements::read(*document, {}, {u"loop-a"_s});
    QVERIFY(!cycle);
    QVERIFY(cycle.error().message().contains(u"loop-b"_s));
}

void TestProjectRequirements::invalidRequirementNamesTheLine()
{
    const QByteArray text = "[project]\nname = \"demo\"\nversion = \"1\"\ndependencies = [\n  \"numpy\",\n"
                            "  \"torch >= = 2\",\n]\n";
    const Result<TomlDocument> document = TomlDocument::parse(text, u"demo.toml"_s);
    QVERIFY(document);
    const Result<ProjectRequirements> read = ProjectRequirements::read(*document);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), Error::Code::Parse);
    QCOMPARE(read.error().line(), 6);
    QVERIFY(read.error().message().contains(u"torch >= = 2"_s));
}

QTEST_GUILESS_MAIN(TestProjectRequirements)
#include "tst_projectrequirements.moc"
