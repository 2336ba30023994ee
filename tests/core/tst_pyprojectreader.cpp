// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/jobs/job.h"
#include "core/project/pyprojectreader.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::PyProjectReader;
using Akari::PyProjectSummary;

namespace
{
// The oracle: Python's own TOML reader, asked the same questions as PyProjectReader.
const QString TomllibScript = uR"py(
import json, sys, tomllib
def text(value):
    return value if isinstance(value, str) else ""
def table(value):
    return value if isinstance(value, dict) else {}
answers = {}
for path in sys.argv[1:]:
    with open(path, "rb") as handle:
        raw = handle.read()
    data = tomllib.loads(raw.decode("utf-8"))
    project = table(data.get("project"))
    uv = table(table(data.get("tool")).get("uv"))
    indexes = uv.get("index") if isinstance(uv.get("index"), list) else []
    answers[path] = {
        "has-project": isinstance(data.get("project"), dict),
        "name": text(project.get("name")),
        "version": text(project.get("version")),
        "requires-python": text(project.get("requires-python")),
        "dependencies": [d for d in project.get("dependencies", []) if isinstance(d, str)],
        "extras": list(table(project.get("optional-dependencies"))),
        "indexes": [text(i.get("name")) or text(i.get("url")) for i in indexes if isinstance(i, dict)],
        "sources": list(table(uv.get("sources"))),
        "lines": len(raw.splitlines()),
    }
print(json.dumps(answers, ensure_ascii=True))
)py"_s;

QStringList strings(const QJsonValue &value)
{
    QStringList result;
    for (const QJsonValue &element : value.toArray())
        result.append(element.toString());
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString corpusDirectory()
{
    return Akari::Test::sharedPath(u"corpus/pyprojects"_s);
}

QStringList corpusFiles()
{
    const QDir dir(corpusDirectory());
    QStringList files;
    for (const QString &name : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}
} // namespace

class TestPyProjectReader final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void shouldLocatePyProject_data();
    void shouldLocatePyProject();
    void shouldFindCorpus();
    void shouldReadLikeTomllib_data();
    void shouldReadLikeTomllib();
    void shouldKeepTableKeysInFileOrder_data();
    void shouldKeepTableKeysInFileOrder();
    void shouldReportWhereTomlIsMalformed_data();
    void shouldReportWhereTomlIsMalformed();
    void shouldReportUnreadableFile();
    void shouldPointAtValuesOfTheWrongType_data();
    void shouldPointAtValuesOfTheWrongType();
    void shouldLoadThroughJob();
    void shouldFailJobForMissingProject();

private:
    QTemporaryDir m_dir;
    QJsonObject m_oracle;
};

void TestPyProjectReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QStringList files = corpusFiles();
    QVERIFY2(!files.isEmpty(), qPrintable(u"no *.toml files in %1"_s.arg(corpusDirectory())));

    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), QStringList{u"-c"_s, TomllibScript} + files);
    QVERIFY2(python.waitForFinished(60'000), "the tomllib oracle did not finish");
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
             python.readAllStandardError().constData());
    QJsonParseError error;
    m_oracle = QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(m_oracle.size(), files.size());
}

void TestPyProjectReader::shouldLocatePyProject_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<bool>("found");
    QTest::addColumn<Error::Code>("code");

    QTest::newRow("project folder") << u"project"_s << true << Error::Code::Unknown;
    QTest::newRow("project folder with trailing slash") << u"project/"_s << true << Error::Code::Unknown;
    QTest::newRow("the file itself") << u"project/pyproject.toml"_s << true << Error::Code::Unknown;
    QTest::newRow("folder without one") << u"empty"_s << false << Error::Code::NotFound;
    QTest::newRow("another file") << u"project/setup.cfg"_s << false << Error::Code::InvalidArgument;
    QTest::newRow("missing path") << u"nowhere/pyproject.toml"_s << false << Error::Code::NotFound;
}

void TestPyProjectReader::shouldLocatePyProject()
{
    QFETCH(QString, relative);
    QFETCH(bool, found);
    QFETCH(Error::Code, code);
    const QDir root(m_dir.path());
    QVERIFY(Akari::Test::writeFile(root.filePath(u"project/pyproject.toml"_s), "[project]\nname = \"p\"\n"));
    QVERIFY(Akari::Test::writeFile(root.filePath(u"project/setup.cfg"_s), "[metadata]\n"));
    QVERIFY(root.mkpath(u"empty"_s));

    const Akari::Result<QString> located = PyProjectReader::locate(root.filePath(relative));
    QCOMPARE(located.has_value(), found);
    if (found) {
        QCOMPARE(*located, QDir(root.filePath(u"project"_s)).absoluteFilePath(u"pyproject.toml"_s));
    } else {
        QCOMPARE(located.error().code(), code);
        QVERIFY(!located.error().message().isEmpty());
    }
}

void TestPyProjectReader::shouldFindCorpus()
{
    // Guards the data-driven tests below against an empty table passing vacuously.
    QVERIFY2(QDir(corpusDirectory()).exists(), qPrintable(corpusDirectory()));
    QVERIFY(corpusFiles().size() >= 20);
}

void TestPyProjectReader::shouldReadLikeTomllib_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : corpusFiles())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
    if (corpusFiles().isEmpty())
        QTest::newRow("corpus missing") << corpusDirectory(); // fails below instead of passing empty
}

void TestPyProjectReader::shouldReadLikeTomllib()
{
    QFETCH(QString, path);
    const Akari::Result<PyProjectSummary> summary = PyProjectReader::read(path);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
    QVERIFY2(m_oracle.contains(path), "tomllib has no answer for this file");
    const QJsonObject expected = m_oracle.value(path).toObject();

    const QFileInfo info(path);
    QCOMPARE(summary->filePath, info.absoluteFilePath());
    QCOMPARE(summary->directory, info.absolutePath());
    QCOMPARE(summary->sizeBytes, info.size());
    QCOMPARE(static_cast<qint64>(summary->lineCount), expected.value(u"lines"_s).toInteger());

    QCOMPARE(summary->name, expected.value(u"name"_s).toString());
    if (expected.value(u"has-project"_s).toBool()) // a [project] table must name the project
        QVERIFY(!summary->name.isEmpty());
    QCOMPARE(summary->version, expected.value(u"version"_s).toString());
    QCOMPARE(summary->requiresPython, expected.value(u"requires-python"_s).toString());
    QCOMPARE(summary->dependencies, strings(expected.value(u"dependencies"_s)));
    QCOMPARE(summary->indexNames, strings(expected.value(u"indexes"_s)));
    // Same keys; their order is checked on its own in shouldKeepTableKeysInFileOrder.
    QCOMPARE(sorted(summary->extras), sorted(strings(expected.value(u"extras"_s))));
    QCOMPARE(sorted(summary->sourcedPackages), sorted(strings(expected.value(u"sources"_s))));
}

void TestPyProjectReader::shouldKeepTableKeysInFileOrder_data()
{
    shouldReadLikeTomllib_data();
}

void TestPyProjectReader::shouldKeepTableKeysInFileOrder()
{
    // The Project page lists extras and sourced packages as the author wrote them.
    QFETCH(QString, path);
    const Akari::Result<PyProjectSummary> summary = PyProjectReader::read(path);
    QVERIFY2(summary.has_value(), qPrintable(summary ? QString() : summary.error().toString()));
    const QJsonObject expected = m_oracle.value(path).toObject();
    QCOMPARE(summary->extras, strings(expected.value(u"extras"_s)));
    QCOMPARE(summary->sourcedPackages, strings(expected.value(u"sources"_s)));
}

void TestPyProjectReader::shouldReportWhereTomlIsMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");

    QTest::newRow("unterminated string on line 3")
        << "[project]\nname = \"demo\"\nversion = \"1.0\nrequires-python = \">=3.10\"\n"_ba << 3;
    QTest::newRow("duplicate key on line 3") << "[project]\nname = \"demo\"\nname = \"again\"\n"_ba << 3;
    QTest::newRow("bad table header on line 4") << "[project]\nname = \"demo\"\n\n[tool.uv\nindex = []\n"_ba << 4;
    QTest::newRow("table defined twice, line 5") << "[project]\nname = \"a\"\n[tool]\nx = 1\n[project]\n"_ba << 5;
    QTest::newRow("missing value on line 2") << "[project]\nname =\nversion = \"1\"\n"_ba << 2;
    QTest::newRow("bad escape on line 6") << "# c\n\n[project]\nname = \"a\"\n\ndescription = \"a\\qb\"\n"_ba << 6;
}

void TestPyProjectReader::shouldReportWhereTomlIsMalformed()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    const QString path = QDir(m_dir.path()).filePath(u"broken/pyproject.toml"_s);
    QVERIFY(Akari::Test::writeFile(path, text));

    for (const Akari::Result<PyProjectSummary> &result :
         {PyProjectReader::read(path), PyProjectReader::parse(text, path)}) {
        QVERIFY(!result.has_value());
        const Error error = result.error();
        QCOMPARE(error.code(), Error::Code::Parse);
        QCOMPARE(error.file(), path);
        QCOMPARE(error.line(), line);
        const qsizetype lineLength = text.split('\n').at(line - 1).size();
        QVERIFY2(error.column() >= 1 && error.column() <= lineLength + 1, qPrintable(error.toString()));
        QVERIFY(!error.message().isEmpty());
        QVERIFY2(error.toString().startsWith(u"%1:%2:%3: "_s.arg(path).arg(line).arg(error.column())),
                 qPrintable(error.toString()));
    }
}

void TestPyProjectReader::shouldReportUnreadableFile()
{
    // A folder where the file should be cannot be read as a file, even by root (CI runs as
    // root, where a mode-000 file would still be readable, so permissions cannot be used).
    const QString path = QDir(m_dir.path()).filePath(u"unreadable/pyproject.toml"_s);
    QVERIFY(QDir().mkpath(path));
    const Akari::Result<PyProjectSummary> result = PyProjectReader::read(path);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Error::Code::Io);
    QCOMPARE(result.error().file(), path);
    QVERIFY(!result.error().message().isEmpty());
}

void TestPyProjectReader::shouldPointAtValuesOfTheWrongType_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("name is a number") << QByteArray("[project]\nname = 3\n") << u"project.name"_s << 2 << 8;
    QTest::newRow("dependencies is a string")
        << QByteArray("[project]\nname = \"x\"\ndependencies = \"torch\"\n") << u"project.dependencies"_s << 3 << 16;
    QTest::newRow("a dependency is a table")
        << QByteArray("[project]\ndependencies = [\n  \"numpy\",\n  { name = \"torch\" },\n]\n")
        << u"project.dependencies"_s << 4 << 3;
    QTest::newRow("project is a string") << QByteArray("project = \"x\"\n") << u"project"_s << 1 << 11;
    QTest::newRow("index entry is a string")
        << QByteArray("[tool.uv]\nindex = [\"https://download.pytorch.org/whl/cpu\"]\n") << u"tool.uv.index"_s << 2
        << 10;
    QTest::newRow("sources is a list") << QByteArray("[tool.uv]\nsources = []\n") << u"tool.uv.sources"_s << 2 << 11;
}

void TestPyProjectReader::shouldPointAtValuesOfTheWrongType()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = QDir(m_dir.path()).filePath(u"typed/pyproject.toml"_s);
    const Akari::Result<PyProjectSummary> result = PyProjectReader::parse(text, path);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Error::Code::Parse);
    QCOMPARE(result.error().file(), path);
    QVERIFY2(result.error().message().contains(key), qPrintable(result.error().message()));
    QCOMPARE(result.error().line(), line);
    QCOMPARE(result.error().column(), column);
}

void TestPyProjectReader::shouldLoadThroughJob()
{
    const QString directory = QDir(m_dir.path()).filePath(u"jobproject"_s);
    QVERIFY(Akari::Test::writeFile(QDir(directory).filePath(u"pyproject.toml"_s),
                                   "[project]\nname = \"demo\"\nversion = \"0.3\"\ndependencies = [\"torch>=2.7\"]\n"));
    std::unique_ptr<Akari::Job> job(PyProjectReader::loadJob(directory));
    QSignalSpy succeeded(job.get(), &Akari::Job::succeeded);
    QSignalSpy failed(job.get(), &Akari::Job::failed);
    job->start();

    QTRY_COMPARE(succeeded.count() + failed.count(), 1);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().toString()));
    const QVariant value = succeeded.first().first();
    QCOMPARE(value.metaType(), QMetaType::fromType<PyProjectSummary>());
    const PyProjectSummary summary = value.value<PyProjectSummary>();
    QCOMPARE(summary.name, u"demo"_s);
    QCOMPARE(summary.version, u"0.3"_s);
    QCOMPARE(summary.dependencies, QStringList{u"torch>=2.7"_s});
    QCOMPARE(summary.directory, QDir(directory).absolutePath());
}

void TestPyProjectReader::shouldFailJobForMissingProject()
{
    std::unique_ptr<Akari::Job> job(PyProjectReader::loadJob(QDir(m_dir.path()).filePath(u"absent"_s)));
    QSignalSpy failed(job.get(), &Akari::Job::failed);
    job->start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<Error>().code(), Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestPyProjectReader)
#include "tst_pyprojectreader.moc"
