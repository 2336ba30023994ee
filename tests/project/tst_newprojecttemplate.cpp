// SPDX-License-Identifier: GPL-3.0-or-later
// NewProjectTemplate: project names from folder names, and the `uv init`-style file, read
// back by toml++ and by Python's tomllib.
#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <toml++/toml.h>

#include "core/pep/packagename.h"
#include "core/project/newprojecttemplate.h"
#include "core/project/torchpythonsupport.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::NewProjectTemplate;

namespace
{
// The oracle: Python's own TOML reader, giving the [project] table as JSON.
const QString TomllibScript = uR"py(
import json, sys, tomllib
print(json.dumps(tomllib.loads(sys.stdin.read())["project"]))
)py"_s;

// requires-python's floor as PyTorch's table says: the oldest Python of the newest release.
QString expectedFloor()
{
    const auto &releases = Akari::TorchPythonSupport::releases();
    const auto newest = std::ranges::max_element(releases, {}, &Akari::TorchPythonSupport::Release::torchMinor);
    return u">=3.%1"_s.arg(newest->oldestPython);
}

QString projectFolder(const QTemporaryDir &dir, const QString &name)
{
    const QString path = QDir(dir.path()).filePath(name);
    return QDir().mkpath(path) ? path : QString();
}
} // namespace

class TestNewProjectTemplate : public QObject
{
    Q_OBJECT

private slots:
    void projectName_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("expected");
        QTest::newRow("uv's example") << u"My_Project.v2"_s << u"my-project-v2"_s;
        QTest::newRow("already fine") << u"demo"_s << u"demo"_s;
        QTest::newRow("digits kept") << u"model2024"_s << u"model2024"_s;
        QTest::newRow("digits only") << u"2024"_s << u"2024"_s;
        QTest::newRow("only separators") << u"---"_s << u"project"_s;
        QTest::newRow("empty") << QString() << u"project"_s;
        QTest::newRow("Japanese only") << u"機械学習プロジェクト"_s << u"project"_s;
        QTest::newRow("Japanese and ASCII") << u"実験_GPU.test 3"_s << u"gpu-test-3"_s;
        QTest::newRow("spaces and runs") << u"  Deep   Learning__Stuff..  "_s << u"deep-learning-stuff"_s;
        QTest::newRow("leading and trailing separators") << u"_.hidden-"_s << u"hidden"_s;
        QTest::newRow("punctuation") << u"a+b=c (copy)"_s << u"a-b-c-copy"_s;
    }

    void projectName()
    {
        QFETCH(QString, folder);
        QFETCH(QString, expected);
        const QString name = NewProjectTemplate::projectName(folder);
        QCOMPARE(name, expected);
        // Whatever the folder, a valid name that PEP 503 leaves as it is.
        QVERIFY(Akari::PackageName::canonicalizeValidated(name).has_value());
        QCOMPARE(Akari::PackageName::canonicalize(name), name);
    }

    void text_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("readme");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"My_Project.v2"_s << false << u"my-project-v2"_s;
        QTest::newRow("with a README") << u"vision"_s << true << u"vision"_s;
        QTest::newRow("Japanese folder") << u"研究"_s << false << u"project"_s;
    }

    void text()
    {
        QFETCH(QString, folder);
        QFETCH(bool, readme);
        QFETCH(QString, name);
        QTemporaryDir dir;
        const QString path = projectFolder(dir, folder);
        QVERIFY(!path.isEmpty());
        if (readme)
            QVERIFY(Akari::Test::writeFile(QDir(path).filePath(u"README.md"_s), "# Vision\n"));
        const QByteArray text = NewProjectTemplate::text(path);

        // The layout `uv init` writes, with LF line endings and a final newline.
        QByteArray expected = "[project]\nname = \"" + name.toUtf8() +
                              "\"\nversion = \"0.1.0\"\ndescription = \"Add your description here\"\n";
        if (readme)
            expected += "readme = \"README.md\"\n";
        expected += "requires-python = \"" + expectedFloor().toUtf8() + "\"\ndependencies = []\n";
        QCOMPARE(text, expected);

        toml::table parsed;
        try {
            parsed = toml::parse(std::string_view(text.constData(), size_t(text.size())));
        } catch (const toml::parse_error &error) {
            QFAIL(error.what());
        }
        const toml::table *project = parsed["project"].as_table();
        QVERIFY(project);
        QCOMPARE(project->size(), size_t(readme ? 6 : 5));
        QCOMPARE(QString::fromUtf8((*project)["name"].value_or(std::string_view())), name);
        QCOMPARE(QString::fromUtf8((*project)["requires-python"].value_or(std::string_view())), expectedFloor());
        QVERIFY((*project)["dependencies"].as_array() && (*project)["dependencies"].as_array()->empty());
    }

    // A README.md that is a folder is no readme.
    void readmeMustBeAFile()
    {
        QTemporaryDir dir;
        const QString path = projectFolder(dir, u"demo"_s);
        QVERIFY(QDir(path).mkdir(u"README.md"_s));
        QVERIFY(!NewProjectTemplate::text(path).contains("readme"));
    }

    void floorIsANewPyTorchsOldestPython()
    {
        // PyTorch 2.9 and later publish no wheels for Python 3.9.
        QTemporaryDir dir;
        const QByteArray text = NewProjectTemplate::text(projectFolder(dir, u"demo"_s));
        QVERIFY(text.contains("requires-python = \">=3.1"));
        QVERIFY(text.contains(expectedFloor().toUtf8()));
    }

    void tomllibReadsIt()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = projectFolder(dir, u"Mixed Case_Folder"_s);
        QVERIFY(Akari::Test::writeFile(QDir(path).filePath(u"README.md"_s), "hello\n"));
        QProcess process;
        process.start(python, {u"-c"_s, TomllibScript});
        process.write(NewProjectTemplate::text(path));
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30'000));
        if (process.exitCode() != 0 && process.readAllStandardError().contains("No module named 'tomllib'"))
            QSKIP("this python3 has no tomllib");
        QCOMPARE(process.exitCode(), 0);
        const QJsonObject project = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(project.value(u"name"_s).toString(), u"mixed-case-folder"_s);
        QCOMPARE(project.value(u"version"_s).toString(), u"0.1.0"_s);
        QCOMPARE(project.value(u"description"_s).toString(), u"Add your description here"_s);
        QCOMPARE(project.value(u"readme"_s).toString(), u"README.md"_s);
        QCOMPARE(project.value(u"requires-python"_s).toString(), expectedFloor());
        QVERIFY(project.value(u"dependencies"_s).isArray());
        QVERIFY(project.value(u"dependencies"_s).toArray().isEmpty());
        QCOMPARE(project.size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestNewProjectTemplate)
#include "tst_newprojecttemplate.moc"
