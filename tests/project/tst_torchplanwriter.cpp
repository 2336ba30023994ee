// SPDX-License-Identifier: GPL-3.0-or-later
// TorchPlanWriter: every configuration of uv's PyTorch guide comes out of its plan (compared by
// meaning with the guide's own TOML, worked out by an independent oracle), from every other
// configuration; re-applying changes nothing; applying and reverting returns the bytes; the
// file's own formatting survives an edit.
#include <QDir>
#include <QTest>

#include "core/project/planbuilder.h"
#include "core/project/tomldocument.h"
#include "core/project/torchplanreader.h"
#include "core/project/torchplanwriter.h"
#include "guideconfigurations.h"
#include "pyprojectmeaning.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;
using Os = TargetPlatform::Os;

namespace
{
// The plans the guide's configurations stand for, written from reading the guide.
TorchPlan perPlatform(const QString &linux, const QString &windows, const QString &macos)
{
    TorchPlan plan;
    plan.setPackages({u"torch"_s, u"torchvision"_s});
    PlatformBackends row;
    row.set(Os::Linux, linux);
    row.set(Os::Windows, windows);
    row.set(Os::MacOs, macos);
    plan.setBackends(u"torch"_s, row);
    plan.setBackends(u"torchvision"_s, row);
    return plan;
}

TorchPlan variants(const QStringList &ids)
{
    TorchPlan plan;
    plan.setMode(TorchPlan::Mode::Variants);
    plan.setPackages({u"torch"_s, u"torchvision"_s});
    QList<TorchVariant> list;
    for (const QString &id : ids)
        list.append({id, TorchVariant::Kind::Extra, PlatformBackends::uniform(id)});
    plan.setVariants(list);
    return plan;
}

TorchPlan torchOnly(const QString &id)
{
    TorchPlan plan;
    plan.setPackages({u"torch"_s});
    plan.setBackends(u"torch"_s, PlatformBackends::uniform(id));
    return plan;
}

const QStringList GuideNames{u"pypi"_s, u"cpu"_s, u"cu128-linux"_s, u"rocm"_s, u"xpu"_s, u"variants"_s};

QList<TorchPlan> guidePlans()
{
    return {perPlatform(u"pypi"_s, u"pypi"_s, u"pypi"_s), perPlatform(u"cpu"_s, u"cpu"_s, u"cpu"_s),
            perPlatform(u"cu128"_s, u"cpu"_s, u"cpu"_s),  perPlatform(u"rocm6.3"_s, u"pypi"_s, u"pypi"_s),
            perPlatform(u"xpu"_s, u"xpu"_s, u"pypi"_s),   variants({u"cpu"_s, u"cu128"_s})};
}

Result<QByteArray> applied(const QByteArray &text, const TorchPlan &plan)
{
    const Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
    if (!document)
        return fail(document.error());
    return TorchPlanWriter::apply(*document, plan);
}

// The guide's default project as uv writes it: the seed kept the lines but lost uv's 4-space
// indentation of list items.
QByteArray uvStyled(const QByteArray &text)
{
    QByteArray result;
    for (const QByteArray &line : text.split('\n'))
        result += (line.startsWith('"') ? "    " + line : line) + '\n';
    result.chop(1);
    return result;
}

QByteArray mustApply(const QByteArray &text, const TorchPlan &plan)
{
    const Result<QByteArray> result = applied(text, plan);
    if (!result)
        qWarning() << result.error().toString();
    return result.value_or(QByteArray());
}
} // namespace

class TorchPlanWriterTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void guideConfigurations_data();
    void guideConfigurations();
    void reapplyingChangesNothing_data() { guideConfigurations_data(); }
    void reapplyingChangesNothing();
    void applyThenRevertRestoresBytes_data() { guideConfigurations_data(); }
    void applyThenRevertRestoresBytes();
    void corpusRoundTrip_data();
    void corpusRoundTrip();
    void formattingSurvives_data();
    void formattingSurvives();
    void testOnlyTorchStaysInItsGroup();
    void localLabelsFollowTheBackend();
    void featureExtrasStayAndConflictsFollow();
    void packagesOutsideThePlanKeepTheirSources();
    void keptPackagesAreRefused();
    void malformedPlanIsRefused();

private:
    QList<QByteArray> m_guide;
};

void TorchPlanWriterTest::initTestCase()
{
    m_guide = Test::guideConfigurations();
    QCOMPARE(m_guide.size(), GuideNames.size());
}

void TorchPlanWriterTest::guideConfigurations_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    for (int from = 0; from < GuideNames.size(); ++from) {
        for (int to = 0; to < GuideNames.size(); ++to) {
            if (from != to)
                QTest::addRow("%s-to-%s", qPrintable(GuideNames.at(from)), qPrintable(GuideNames.at(to))) << from << to;
        }
    }
}

void TorchPlanWriterTest::guideConfigurations()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const QByteArray result = mustApply(m_guide.at(from), guidePlans().at(to));
    QVERIFY(!result.isEmpty());
    const Test::PyProjectMeaning expected = Test::meaningOf(m_guide.at(to));
    const Test::PyProjectMeaning actual = Test::meaningOf(result);
    QVERIFY2(actual == expected,
             qPrintable(actual.differences(expected) + u"\n--- result:\n"_s + QString::fromUtf8(result)));
}

void TorchPlanWriterTest::reapplyingChangesNothing()
{
    QFETCH(int, from);
    QFETCH(int, to);
    const QByteArray once = mustApply(m_guide.at(from), guidePlans().at(to));
    QVERIFY(!once.isEmpty());
    QCOMPARE(mustApply(once, guidePlans().at(to)), once);
}

void TorchPlanWriterTest::applyThenRevertRestoresBytes()
{
    // Starting from the file as Akari writes the guide's configuration into uv's default
    // project, going elsewhere and back gives the same bytes.
    QFETCH(int, from);
    QFETCH(int, to);
    const QByteArray base = uvStyled(m_guide.at(0));
    const QByteArray start = from == 0 ? base : mustApply(base, guidePlans().at(from));
    QVERIFY(!start.isEmpty());
    const QByteArray there = mustApply(start, guidePlans().at(to));
    QVERIFY(there != start);
    QCOMPARE(QString::fromUtf8(mustApply(there, guidePlans().at(from))), QString::fromUtf8(start));
}

void TorchPlanWriterTest::corpusRoundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(Test::sharedPath(u"corpus/pyprojects"_s));
    const QStringList files = dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 25);
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TorchPlanWriterTest::corpusRoundTrip()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const Result<TomlDocument> document = TomlDocument::parse(bytes, path);
    QVERIFY2(document.has_value(), qPrintable(document ? QString() : document.error().toString()));
    const PlanReading reading = TorchPlanReader::read(*document);
    if (reading.plan.packages().isEmpty())
        return; // every PyTorch package is kept as written: there is no plan to apply
    const Result<QByteArray> result = TorchPlanWriter::apply(*document, reading.plan);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(*result, bytes);
}

void TorchPlanWriterTest::formattingSurvives_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("backend");

    // CRLF, tabs, comments, single quotes, no final newline (and none after the edit): only the
    // plan's parts change, indented with the file's tabs.
    QTest::newRow("crlf-tabs-comments")
        << QByteArray("# My project\r\n[project]\r\nname = 'demo'  # the name\r\ndependencies = [\r\n\t'torch>=2.7',  "
                      "# core\r\n\t'numpy',\r\n]\r\n\r\n[tool.ruff]\r\nline-length = 100")
        << QByteArray("# My project\r\n[project]\r\nname = 'demo'  # the name\r\ndependencies = [\r\n\t'torch>=2.7',  "
                      "# core\r\n\t'numpy',\r\n]\r\n\r\n[tool.ruff]\r\nline-length = 100\r\n"
                      "\r\n[tool.uv.sources]\r\ntorch = [\r\n\t{ index = \"pytorch-cpu\" },\r\n]\r\n"
                      "\r\n[[tool.uv.index]]\r\nname = \"pytorch-cpu\"\r\nurl = "
                      "\"https://download.pytorch.org/whl/cpu\"\r\nexplicit = true")
        << u"cpu"_s;
    // An existing index with the same URL is reused whatever its name; unrelated sources stay.
    QTest::newRow("reuse-index-keep-others")
        << QByteArray("[project]\nname = \"x\"\ndependencies = [\"torch\", \"mylib\"]\n\n[tool.uv.sources]\nmylib = { "
                      "path = \"../mylib\", editable = true }\n\n[[tool.uv.index]]\nname = \"private\"\nurl = "
                      "\"https://example.com/simple\"\ndefault = true\n\n[[tool.uv.index]]\nname = "
                      "\"torch-cpu-mirror\"\nurl = \"https://download.pytorch.org/whl/cpu/\"\nexplicit = true\n")
        << QByteArray("[project]\nname = \"x\"\ndependencies = [\"torch\", \"mylib\"]\n\n[tool.uv.sources]\nmylib = { "
                      "path = \"../mylib\", editable = true }\ntorch = [\n  { index = \"torch-cpu-mirror\" "
                      "},\n]\n\n[[tool.uv.index]]\nname = \"private\"\nurl = \"https://example.com/simple\"\ndefault = "
                      "true\n\n[[tool.uv.index]]\nname = \"torch-cpu-mirror\"\nurl = "
                      "\"https://download.pytorch.org/whl/cpu/\"\nexplicit = true\n")
        << u"cpu"_s;
    // Dotted keys and an inline index list: the unused CPU index becomes the CUDA one in place,
    // the one source stays one inline table, and the trailing comment stays on its line.
    QTest::newRow("dotted-keys-inline-index")
        << QByteArray(
               "[project]\nname = \"dotted\"\ndependencies = [\"torch>=2.7\", \"numpy\"]\n\n[tool.uv]\n"
               "sources.torch = { index = \"cpu-idx\" }   # torch from the CPU index\n"
               "sources.mylib = { path = \"../mylib\" }\n"
               "index = [{ name = \"cpu-idx\", url = \"https://download.pytorch.org/whl/cpu\", explicit = true }]\n")
        << QByteArray("[project]\nname = \"dotted\"\ndependencies = [\"torch>=2.7\", \"numpy\"]\n\n[tool.uv]\n"
                      "sources.torch = { index = \"pytorch-cu128\", marker = \"sys_platform == 'linux' or "
                      "sys_platform == 'win32'\" }   # torch from the CPU index\n"
                      "sources.mylib = { path = \"../mylib\" }\n"
                      "index = [{ name = \"pytorch-cu128\", url = \"https://download.pytorch.org/whl/cu128\", explicit "
                      "= true }]\n")
        << u"cu128"_s;
}

void TorchPlanWriterTest::formattingSurvives()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QString, backend);
    TorchPlan plan;
    plan.setPackages({u"torch"_s});
    PlatformBackends row = PlatformBackends::uniform(backend);
    if (backend.startsWith(u"cu"))
        row.set(TargetPlatform::Os::MacOs, TorchPlan::PyPi);
    plan.setBackends(u"torch"_s, row);
    QCOMPARE(QString::fromUtf8(mustApply(input, plan)), QString::fromUtf8(expected));
}

void TorchPlanWriterTest::testOnlyTorchStaysInItsGroup()
{
    // A library that needs torch only for its tests: routing it adds no runtime dependency.
    const QByteArray input = "[project]\nname = \"lib\"\ndependencies = [\"numpy\"]\n\n"
                             "[dependency-groups]\ntest = [\"pytest\", \"torch>=2.6\"]\n";
    const QByteArray result = mustApply(input, torchOnly(u"cpu"_s));
    QVERIFY(result.startsWith(input));
    const Test::PyProjectMeaning meaning = Test::meaningOf(result);
    QCOMPARE(meaning.requirements.value(u"dependencies"_s).size(), 1);
    QCOMPARE(meaning.routes.value(u"torch|linux|"_s), u"https://download.pytorch.org/whl/cpu"_s);
}

void TorchPlanWriterTest::localLabelsFollowTheBackend()
{
    const QByteArray input = "[project]\nname = \"x\"\ndependencies = ['torch==2.8.0+cpu', \"numpy\"]\n";
    TorchPlan plan;
    plan.setPackages({u"torch"_s});
    plan.setBackends(u"torch"_s, PlatformBackends::uniform(u"cu128"_s));
    QVERIFY(mustApply(input, plan)
                .startsWith("[project]\nname = \"x\"\ndependencies = ['torch==2.8.0+cu128', \"numpy\"]\n"));
    // Different builds per platform: no label can be right everywhere.
    PlatformBackends row = PlatformBackends::uniform(u"cu128"_s);
    row.set(TargetPlatform::Os::MacOs, u"cpu"_s);
    plan.setBackends(u"torch"_s, row);
    QVERIFY(mustApply(input, plan).startsWith("[project]\nname = \"x\"\ndependencies = ['torch==2.8.0', \"numpy\"]\n"));
}

void TorchPlanWriterTest::featureExtrasStayAndConflictsFollow()
{
    // "onnx-cpu" is a feature extra that also pins torch: it stays as written when the project
    // leaves variants; the pure variant extras go, and so do conflict sets left with one member.
    const QByteArray input =
        "[project]\nname = \"x\"\ndependencies = []\n\n[project.optional-dependencies]\n"
        "cpu = [\"torch\"]\ncu128 = [\"torch\"]\nonnx-cpu = [\"onnxruntime\", \"torch\"]\n\n"
        "[tool.uv]\nconflicts = [[{ extra = \"cpu\" }, { extra = \"cu128\" }, { extra = \"onnx-cpu\" }], "
        "[{ extra = \"cu128\" }, { extra = \"onnx-cpu\" }]]\n\n[tool.uv.sources]\n"
        "torch = [{ index = \"pytorch-cpu\", extra = \"cpu\" }, { index = \"pytorch-cu128\", extra = \"cu128\" }, "
        "{ index = \"pytorch-cpu\", extra = \"onnx-cpu\" }]\n\n"
        "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\nexplicit = true\n\n"
        "[[tool.uv.index]]\nname = \"pytorch-cu128\"\nurl = \"https://download.pytorch.org/whl/cu128\"\nexplicit = "
        "true\n";
    const QByteArray result = mustApply(input, torchOnly(u"cpu"_s));
    QVERIFY(!result.isEmpty());
    const Test::PyProjectMeaning meaning = Test::meaningOf(result);
    QVERIFY2(meaning.requirements.contains(u"extra:onnx-cpu"_s), result.constData());
    QVERIFY(!meaning.requirements.contains(u"extra:cpu"_s));
    QVERIFY(!meaning.requirements.contains(u"extra:cu128"_s));
    QCOMPARE(meaning.requirements.value(u"dependencies"_s).size(), 1); // torch moved out of the variants
    QVERIFY2(meaning.conflicts.isEmpty(), result.constData());
}

void TorchPlanWriterTest::packagesOutsideThePlanKeepTheirSources()
{
    const QByteArray input =
        "[project]\nname = \"x\"\ndependencies = [\"torch\", \"torchvision\"]\n\n[tool.uv.sources]\n"
        "torch = { index = \"pytorch-cpu\" }\ntorchvision = { index = \"pytorch-cpu\" }  # keep\n\n"
        "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"https://download.pytorch.org/whl/cpu\"\nexplicit = true\n";
    const Result<TomlDocument> document = TomlDocument::parse(input, u"pyproject.toml"_s);
    QVERIFY(document.has_value());
    const Result<TorchPlan> plan =
        PlanBuilder::perPlatform({u"cu128"_s}, {u"torch"_s}, TorchPlanReader::read(*document));
    QVERIFY(plan.has_value());
    const QByteArray result = mustApply(input, *plan);
    QVERIFY2(result.contains("torchvision = { index = \"pytorch-cpu\" }  # keep\n"), result.constData());
    QVERIFY2(result.contains("torch = { index = \"pytorch-cu128\", marker = "), result.constData());
}

void TorchPlanWriterTest::keptPackagesAreRefused()
{
    const QByteArray input = "[project]\nname = \"x\"\ndependencies = [\"torch\"]\n\n[tool.uv.sources]\n"
                             "torch = { url = \"https://example.com/torch-2.7.0-cp312-cp312-linux_x86_64.whl\" }\n";
    TorchPlan plan;
    plan.setPackages({u"torch"_s});
    plan.setBackends(u"torch"_s, PlatformBackends::uniform(u"cpu"_s));
    const Result<QByteArray> result = applied(input, plan);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
    QVERIFY(result.error().message().contains(u"torch"_s));
}

void TorchPlanWriterTest::malformedPlanIsRefused()
{
    TorchPlan plan;
    plan.setPackages({u"torch"_s});
    plan.setBackends(u"torch"_s, PlatformBackends::uniform(u"cu999"_s));
    const Result<QByteArray> result = applied(m_guide.at(0), plan);
    QVERIFY(!result.has_value());
    QCOMPARE(result.error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TorchPlanWriterTest)
#include "tst_torchplanwriter.moc"
