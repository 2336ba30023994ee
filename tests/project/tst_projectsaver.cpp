// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectSaver: the plan applied to the editing base lands on disk with a backup; a file
// changed meanwhile or a plan the writer refuses leaves the disk exactly as it was.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/jobs/job.h"
#include "core/project/planbuilder.h"
#include "core/project/projectsaver.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "guideconfigurations.h"
#include "jobrun.h"
#include "pyprojectmeaning.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::ProjectSaver;
using Akari::PyProjectFile;

namespace
{
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}
} // namespace

class TestProjectSaver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QList<QByteArray> m_guide;

private slots:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        m_guide = Akari::Test::guideConfigurations();
        QCOMPARE(m_guide.size(), 6);
    }

    void shouldWriteThePlanAndKeepTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"pyproject.toml"_s);
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(0)));
        Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file.has_value());
        // The guide's "CPU everywhere" plan, read from the guide's own file.
        const Akari::Result<Akari::TomlDocument> cpu = Akari::TomlDocument::parse(m_guide.at(1), path);
        QVERIFY(cpu.has_value());
        const Akari::TorchPlan plan = Akari::TorchPlanReader::read(*cpu).plan;

        std::unique_ptr<Akari::Job> job(ProjectSaver::saveJob(*file, m_guide.at(0), plan));
        const Akari::Test::JobOutcome outcome = Akari::Test::runToEnd(job.get());
        QVERIFY2(!outcome.error, outcome.error ? qPrintable(outcome.error->toString()) : "");
        const auto saved = outcome.value.value<Akari::SavedProject>();
        QCOMPARE(saved.plan, plan);
        QCOMPARE(saved.file.bytes(), readFile(path));
        QVERIFY(Akari::Test::meaningOf(readFile(path)) == Akari::Test::meaningOf(m_guide.at(1)));
        QVERIFY(!saved.backupPath.isEmpty());
        QVERIFY(saved.backupPath.startsWith(m_data.path()));
        QCOMPARE(readFile(saved.backupPath), m_guide.at(0));
    }

    void shouldCreateANewFile()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"pyproject.toml"_s);
        const QByteArray base = "[project]\nname = \"fresh\"\nversion = \"0.1.0\"\ndependencies = []\n";
        const Akari::Result<Akari::TorchPlan> plan =
            Akari::PlanBuilder::perPlatform({u"cpu"_s}, {u"torch"_s}, Akari::PlanReading{});
        QVERIFY(plan.has_value());
        const auto saved = ProjectSaver::save(PyProjectFile::forNewFile(path), base, *plan);
        QVERIFY2(saved.has_value(), qPrintable(saved ? QString() : saved.error().toString()));
        QVERIFY(saved->backupPath.isEmpty());
        const Akari::Test::PyProjectMeaning meaning = Akari::Test::meaningOf(readFile(path));
        QCOMPARE(meaning.routes.value(u"torch|darwin|"_s), u"https://download.pytorch.org/whl/cpu"_s);
    }

    void shouldLeaveTheDiskAloneWhenItCannotSave()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"pyproject.toml"_s);
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(0)));
        const Akari::Result<PyProjectFile> file = PyProjectFile::load(path);
        QVERIFY(file.has_value());
        const Akari::Result<Akari::TorchPlan> plan =
            Akari::PlanBuilder::perPlatform({u"cu128"_s}, {u"torch"_s}, Akari::PlanReading{});
        QVERIFY(plan.has_value());

        // Someone else wrote the file after it was read: refused as such, no backup made.
        const QString backups = PyProjectFile::backupDirectory(path);
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(2)));
        auto saved = ProjectSaver::save(*file, m_guide.at(0), *plan);
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code(), Akari::Error::Code::Io);
        QVERIFY2(saved.error().message().contains(u"changed"_s), qPrintable(saved.error().message()));
        QCOMPARE(readFile(path), m_guide.at(2));
        QVERIFY(QDir(backups).entryList(QDir::Files).isEmpty());

        // A base that is not TOML: the error names the file and line, nothing is written.
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(0)));
        saved = ProjectSaver::save(*PyProjectFile::load(path), "[project\nname = 1\n", *plan);
        QVERIFY(!saved.has_value());
        QCOMPARE(saved.error().code(), Akari::Error::Code::Parse);
        QCOMPARE(saved.error().line(), 1);
        QCOMPARE(readFile(path), m_guide.at(0));
        QVERIFY(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files) == QStringList{u"pyproject.toml"_s});
    }
};

QTEST_GUILESS_MAIN(TestProjectSaver)
#include "tst_projectsaver.moc"
