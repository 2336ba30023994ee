// SPDX-License-Identifier: GPL-3.0-or-later
// akari-cli show as a user runs it, on copies of real pyproject.toml files in temporary
// folders, and what show and configure have in common (finding the project, TOML errors).
// tst_cliconfigure checks what configure writes.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include "cliprojecttest.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;

namespace
{
bool hasJapanese(const QString &text)
{
    static const QRegularExpression kana(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    return text.contains(kana);
}
} // namespace

class TestCliProject : public QObject, protected CliProjectFixture
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(makeFolder()); }

    void cleanup() { m_dir.reset(); }

    // torchfx: torch from cu124 on Linux and from the CPU index elsewhere.
    void showShouldPrintTheBackendsPerPlatform()
    {
        const QString file = copyCorpus(u"13-matteospanio-torchfx.toml"_s);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"show"_s, QFileInfo(file).path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.contains(file), qPrintable(run.out));
        QVERIFY2(run.out.contains(u">=3.10"_s), qPrintable(run.out));
        const QStringList torch = tableRow(run.out, u"torch"_s);
        QCOMPARE(torch.size(), 3);
        QVERIFY2(torch.at(0).endsWith(u"(cu124)"_s), qPrintable(run.out));
        QVERIFY2(torch.at(0).contains(u"12.4"_s), qPrintable(run.out));
        QVERIFY2(torch.at(1).endsWith(u"(cpu)"_s), qPrintable(run.out));
        QVERIFY2(torch.at(2).endsWith(u"(cpu)"_s), qPrintable(run.out));
        QCOMPARE(tableRow(run.out, u"torchvision"_s), torch);
        // torchaudio has no source: PyPI everywhere.
        const QStringList torchaudio = tableRow(run.out, u"torchaudio"_s);
        QCOMPARE(torchaudio.size(), 3);
        for (const QString &cell : torchaudio)
            QVERIFY2(cell.endsWith(u"(pypi)"_s), qPrintable(run.out));
        QCOMPARE(readAll(file), readAll(Akari::Test::sharedPath(u"corpus/pyprojects/13-matteospanio-torchfx.toml"_s)));
    }

    void showJsonShouldDescribeThePlan()
    {
        const QString file = copyCorpus(u"13-matteospanio-torchfx.toml"_s);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"show"_s, file, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out.toUtf8());
        QCOMPARE(json.value(u"file"_s).toString(), file);
        QCOMPARE(json.value(u"requires_python"_s).toString(), u">=3.10"_s);
        const QJsonObject plan = json.value(u"plan"_s).toObject();
        QCOMPARE(plan.value(u"mode"_s).toString(), u"platforms"_s);
        QVERIFY2(strings(plan.value(u"packages"_s)).contains(u"torch"_s), run.out.toUtf8().constData());
        const QJsonObject torch = plan.value(u"platforms"_s).toObject().value(u"torch"_s).toObject();
        QCOMPARE(perPlatform(torch), (QStringList{u"cu124"_s, u"cpu"_s, u"cpu"_s}));
        QVERIFY(json.value(u"kept_packages"_s).isArray());
        QVERIFY(json.value(u"kept_packages"_s).toArray().isEmpty());
        QVERIFY(json.value(u"issues"_s).isArray());
        QVERIFY(json.value(u"findings"_s).isArray());
    }

    // InvokeAI's sources exclude Linux aarch64 from each extra: a plan cannot say that.
    void showJsonShouldListKeptPackages()
    {
        const QString file = copyCorpus(u"02-invoke-ai-InvokeAI.toml"_s);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"show"_s, QFileInfo(file).path(), u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out.toUtf8());
        QStringList kept = strings(json.value(u"kept_packages"_s));
        kept.sort();
        QCOMPARE(kept, (QStringList{u"torch"_s, u"torchvision"_s}));
        // What is left is xformers, which no source routes: PyPI per platform.
        const QJsonObject plan = json.value(u"plan"_s).toObject();
        QCOMPARE(plan.value(u"mode"_s).toString(), u"platforms"_s);
        QCOMPARE(strings(plan.value(u"packages"_s)), QStringList{u"xformers"_s});
        // Lines 208 and 209 route the cuda and rocm extras' torch to CUDA and ROCm indexes with a
        // marker that also holds on macOS, where those indexes have no wheels.
        const QJsonArray issues = json.value(u"issues"_s).toArray();
        QCOMPARE(issues.size(), 2);
        QCOMPARE(issues.at(0).toObject().value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(issues.at(0).toObject().value(u"line"_s).toInt(), 208);
        QCOMPARE(issues.at(1).toObject().value(u"line"_s).toInt(), 209);
        // The text names them too, with file, line and column.
        const Akari::Test::ProcessResult text = runCli({u"show"_s, file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"torch, torchvision"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"warning: "_s + file + u":208:13:"_s), qPrintable(text.out));
    }

    // ultimate-rvc pins torch to different indexes in two extras without [tool.uv] conflicts.
    void showShouldPrintUvRuleErrors()
    {
        const QString file = copyCorpus(u"14-cakrina-ultimate-rvc.toml"_s);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"show"_s, file});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"error: "_s + file + u":89:5:"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"conflicts"_s), qPrintable(run.out));
    }

    // The guide's note: a cu128 extra has no macOS wheels. configure says so before writing.
    void configureDiffShouldWarnBeforeWriting()
    {
        const QByteArray project = "[project]\nname = \"demo\"\nversion = \"0.1.0\"\nrequires-python = \">=3.12\"\n"
                                   "dependencies = [\"torch>=2.7.0\"]\n";
        const QString file = writeProject(u"warn"_s, project);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run =
            runCli({u"configure"_s, file, u"--variants"_s, u"cpu,cu128"_s, u"--diff"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"--- a/pyproject.toml"_s), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"warning: "_s) && run.err.contains(u"uv sync --extra cu128"_s), qPrintable(run.err));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), project);
    }

    void showShouldFindTheProject_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("folder") << u"folder"_s;
        QTest::newRow("file") << u"file"_s;
        QTest::newRow("working directory") << u"cwd"_s;
        QTest::newRow("dot") << u"dot"_s;
    }

    void showShouldFindTheProject()
    {
        QFETCH(QString, how);
        const QString file = copyCorpus(u"13-matteospanio-torchfx.toml"_s);
        QVERIFY(!file.isEmpty());
        const QString folder = QFileInfo(file).path();
        QStringList arguments{u"show"_s, u"--json"_s};
        QString workingDirectory = m_dir->path();
        if (how == u"folder"_s)
            arguments.append(folder);
        else if (how == u"file"_s)
            arguments.append(file);
        else
            workingDirectory = folder;
        if (how == u"dot"_s)
            arguments.append(u"."_s);
        const Akari::Test::ProcessResult run = runCli(arguments, workingDirectory);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parseJson(run.out.toUtf8());
        QCOMPARE(QFileInfo(json.value(u"file"_s).toString()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(json.value(u"plan"_s).toObject().value(u"mode"_s).toString(), u"platforms"_s);
    }

    void showShouldRejectAMissingProject_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::newRow("no such folder") << u"nowhere"_s;
        QTest::newRow("no such file") << u"empty/pyproject.toml"_s;
        QTest::newRow("folder without pyproject.toml") << u"empty"_s;
    }

    void showShouldRejectAMissingProject()
    {
        QFETCH(QString, relative);
        QVERIFY(QDir(m_dir->path()).mkpath(u"empty"_s));
        for (const QStringList &arguments :
             {QStringList{u"show"_s, m_dir->filePath(relative)},
              QStringList{u"configure"_s, m_dir->filePath(relative), u"--backend"_s, u"cpu"_s}}) {
            const Akari::Test::ProcessResult run = runCli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(!run.err.isEmpty(), qPrintable(arguments.join(u' ')));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        // Without PROJECT: the working directory, which has no pyproject.toml.
        const Akari::Test::ProcessResult here = runCli({u"show"_s}, m_dir->filePath(u"empty"_s));
        QCOMPARE(here.exitCode, 2);
        QVERIFY(!here.err.isEmpty());
    }

    void showShouldLocateTomlErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("missing comma")
            << "[project]\nname = \"x\"\nversion = \"1\"\ndependencies = [\"torch\" \"numpy\"]\n"_ba << 4;
        QTest::newRow("unterminated string") << "[project]\nname = \"x\"\nversion = \"1\n\n[tool.uv]\n"_ba << 3;
        QTest::newRow("duplicate key") << "[project]\nname = \"x\"\n\n# again\nname = \"y\"\n"_ba << 5;
        QTest::newRow("duplicate table") << "[project]\nname = \"x\"\n[tool]\na = 1\n[project]\nb = 2\n"_ba << 5;
    }

    void showShouldLocateTomlErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        const QString file = writeProject(u"broken"_s, text);
        QVERIFY(!file.isEmpty());
        for (const QString &command : {u"show"_s, u"configure"_s}) {
            QStringList arguments{command, QFileInfo(file).path()};
            if (command == u"configure"_s)
                arguments << u"--backend"_s << u"cpu"_s;
            const Akari::Test::ProcessResult run = runCli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(u"pyproject.toml:%1:"_s.arg(line)), qPrintable(run.err));
            QVERIFY2(run.err.contains(file), qPrintable(run.err));
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        }
        QCOMPARE(readAll(file), text);
        QVERIFY(dataHomeIsEmpty());
    }

    void showShouldSpeakJapanese()
    {
        const QString file = copyCorpus(u"13-matteospanio-torchfx.toml"_s);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult english = runCli({u"show"_s, file});
        QCOMPARE(english.exitCode, 0);

        // The raw bytes, to check they are UTF-8.
        QProcess process;
        QProcessEnvironment environment = Akari::Test::environmentWithLanguage(u"ja_JP.UTF-8"_s);
        environment.insert(u"XDG_DATA_HOME"_s, dataHome());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(AKARI_CLI_PATH), {u"show"_s, file});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray bytes = process.readAllStandardOutput();
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString japanese = decoder(bytes);
        QVERIFY2(!decoder.hasError(), bytes.constData());
        QVERIFY2(hasJapanese(japanese), qPrintable(japanese));
        QVERIFY(japanese != english.out);
        QVERIFY2(japanese.contains(u"cu124"_s) && japanese.contains(u"cpu"_s), qPrintable(japanese));
        QVERIFY2(japanese.contains(file), qPrintable(japanese));
    }
};

QTEST_GUILESS_MAIN(TestCliProject)
#include "tst_cliproject.moc"
