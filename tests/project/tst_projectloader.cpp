// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectLoader: a project's file with its summary and plan, a new project's template for a
// folder without one, and the failures (missing path, other file, malformed TOML).
#include <memory>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/jobs/job.h"
#include "core/project/newprojecttemplate.h"
#include "core/project/projectloader.h"
#include "core/project/pyprojectreader.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "jobrun.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Field by field: the structs have no operator==.
bool sameSummary(const PyProjectSummary &a, const PyProjectSummary &b, QString *why)
{
    const QStringList differs = [&] {
        QStringList fields;
        if (a.directory != b.directory)
            fields.append(u"directory: %1 vs %2"_s.arg(a.directory, b.directory));
        if (a.filePath != b.filePath)
            fields.append(u"filePath: %1 vs %2"_s.arg(a.filePath, b.filePath));
        if (a.name != b.name || a.version != b.version || a.requiresPython != b.requiresPython)
            fields.append(u"name, version or requires-python"_s);
        if (a.dependencies != b.dependencies || a.extras != b.extras)
            fields.append(u"dependencies or extras"_s);
        if (a.indexNames != b.indexNames || a.sourcedPackages != b.sourcedPackages)
            fields.append(u"indexes or sources"_s);
        if (a.lineCount != b.lineCount || a.sizeBytes != b.sizeBytes)
            fields.append(u"size"_s);
        return fields;
    }();
    *why = differs.join(u"; "_s);
    return differs.isEmpty();
}

bool sameReading(const PlanReading &a, const PlanReading &b)
{
    return a.plan == b.plan && a.keptPackages == b.keptPackages && a.findings == b.findings &&
           a.requiresPython == b.requiresPython && a.withoutPyTorch == b.withoutPyTorch;
}
} // namespace

class TestProjectLoader : public QObject
{
    Q_OBJECT

private slots:
    void corpusFile_data()
    {
        QTest::addColumn<QString>("name");
        const QDir corpus(Test::sharedPath(u"corpus/pyprojects"_s));
        const QStringList names = corpus.entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 25);
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << name;
    }

    void corpusFile()
    {
        QFETCH(QString, name);
        const QByteArray bytes = readFile(QDir(Test::sharedPath(u"corpus/pyprojects"_s)).filePath(name));
        QVERIFY(!bytes.isEmpty());
        QTemporaryDir dir;
        const QString filePath = QDir(dir.path()).filePath(u"pyproject.toml"_s);
        QVERIFY(Test::writeFile(filePath, bytes));

        const Result<PyProjectSummary> summary = PyProjectReader::read(filePath);
        QVERIFY(summary);
        const Result<TomlDocument> document = TomlDocument::parse(bytes, filePath);
        QVERIFY(document);
        const PlanReading reading = TorchPlanReader::read(*document);

        // The folder and the file itself give the same snapshot.
        for (const QString &path : {dir.path(), filePath}) {
            const Result<ProjectSnapshot> snapshot = ProjectLoader::load(path);
            QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
            QVERIFY(!snapshot->isNew);
            QCOMPARE(snapshot->text, bytes);
            QCOMPARE(snapshot->file.bytes(), bytes);
            QVERIFY(snapshot->file.exists());
            QCOMPARE(snapshot->file.filePath(), QFileInfo(filePath).absoluteFilePath());
            QString why;
            QVERIFY2(sameSummary(snapshot->summary, *summary, &why), qPrintable(why));
            QVERIFY(sameReading(snapshot->reading, reading));
        }
    }

    void folderWithoutFileIsNew()
    {
        QTemporaryDir dir;
        const QString folder = QDir(dir.path()).filePath(u"My_Project.v2"_s);
        QVERIFY(QDir().mkpath(folder));
        const Result<ProjectSnapshot> snapshot = ProjectLoader::load(folder);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
        QVERIFY(snapshot->isNew);
        QCOMPARE(snapshot->text, NewProjectTemplate::text(folder));
        QVERIFY(!snapshot->file.exists());
        QVERIFY(snapshot->file.bytes().isEmpty());
        QCOMPARE(snapshot->file.filePath(), QDir(folder).absoluteFilePath(u"pyproject.toml"_s));
        QCOMPARE(snapshot->summary.name, u"my-project-v2"_s);
        QCOMPARE(snapshot->summary.version, u"0.1.0"_s);
        QCOMPARE(snapshot->summary.filePath, snapshot->file.filePath());
        QVERIFY(snapshot->summary.dependencies.isEmpty());
        QVERIFY(snapshot->reading.withoutPyTorch);
        QCOMPARE(snapshot->reading.plan, TorchPlan::defaultPlan());
        QVERIFY(!snapshot->file.changedOnDisk());
        QVERIFY(!QFileInfo::exists(snapshot->file.filePath())); // loading writes nothing
    }

    void malformedTomlFails()
    {
        QTemporaryDir dir;
        const QString filePath = QDir(dir.path()).filePath(u"pyproject.toml"_s);
        // Line 3: the value is missing after "=".
        QVERIFY(Test::writeFile(filePath, "[project]\nname = \"demo\"\nversion = = \"0.1\"\n"));
        const Result<ProjectSnapshot> snapshot = ProjectLoader::load(dir.path());
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code(), Error::Code::Parse);
        QCOMPARE(QFileInfo(snapshot.error().file()).absoluteFilePath(), QFileInfo(filePath).absoluteFilePath());
        QCOMPARE(snapshot.error().line(), 3);
        QCOMPARE(snapshot.error().column(), 11);
    }

    void wrongTypeFails()
    {
        // Valid TOML that pyproject.toml's schema rejects, pointing at the value.
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(QDir(dir.path()).filePath(u"pyproject.toml"_s),
                                "[project]\nname = \"demo\"\ndependencies = \"torch\"\n"));
        const Result<ProjectSnapshot> snapshot = ProjectLoader::load(dir.path());
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code(), Error::Code::Parse);
        QCOMPARE(snapshot.error().line(), 3);
        QCOMPARE(snapshot.error().column(), 16);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<Error::Code>("code");
        QTest::newRow("missing folder") << u"nowhere"_s << Error::Code::NotFound;
        QTest::newRow("missing file") << u"nowhere/pyproject.toml"_s << Error::Code::NotFound;
        QTest::newRow("another file") << u"setup.cfg"_s << Error::Code::InvalidArgument;
    }

    void failures()
    {
        QFETCH(QString, relative);
        QFETCH(Error::Code, code);
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(QDir(dir.path()).filePath(u"setup.cfg"_s), "[metadata]\n"));
        const Result<ProjectSnapshot> snapshot = ProjectLoader::load(QDir(dir.path()).filePath(relative));
        QVERIFY(!snapshot);
        QCOMPARE(snapshot.error().code(), code);
        QVERIFY(!snapshot.error().message().isEmpty());
    }

    void jobDeliversTheSnapshot()
    {
        QTemporaryDir dir;
        const QByteArray bytes = "[project]\nname = \"demo\"\nversion = \"0.3\"\ndependencies = [\"torch>=2.7\"]\n";
        QVERIFY(Test::writeFile(QDir(dir.path()).filePath(u"pyproject.toml"_s), bytes));
        std::unique_ptr<Job> job(ProjectLoader::loadJob(dir.path()));
        const Test::JobOutcome outcome = Test::runToEnd(job.get());
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->toString()) : "");
        const QVariant value = outcome.value;
        QCOMPARE(value.metaType(), QMetaType::fromType<ProjectSnapshot>());
        const ProjectSnapshot snapshot = value.value<ProjectSnapshot>();
        QCOMPARE(snapshot.text, bytes);
        QCOMPARE(snapshot.summary.name, u"demo"_s);
        QCOMPARE(snapshot.reading.plan.packages(), QStringList{u"torch"_s});
        QVERIFY(!snapshot.isNew);
    }

    void jobReportsFailure()
    {
        QTemporaryDir dir;
        std::unique_ptr<Job> job(ProjectLoader::loadJob(QDir(dir.path()).filePath(u"absent"_s)));
        const Test::JobOutcome outcome = Test::runToEnd(job.get());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code(), Error::Code::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestProjectLoader)
#include "tst_projectloader.moc"
