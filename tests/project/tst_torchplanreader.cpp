// SPDX-License-Identifier: GPL-3.0-or-later

#include <sstream>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include "planreadertesthelpers.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;
using Akari::PlanFinding;
using Akari::PlanReading;
using Akari::PlatformBackends;
using Akari::TomlDocument;
using Akari::TorchPlan;
using Akari::TorchPlanReader;
using Akari::TorchVariant;

namespace
{
// [[tool.uv.index]] tables for {name, url} pairs; backend ids stand for their PyTorch URL.
QByteArray indexes(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QByteArray text;
    for (const auto &[name, url] : list) {
        const QByteArray full =
            QByteArray(url).contains(':') ? QByteArray(url) : "https://download.pytorch.org/whl/" + QByteArray(url);
        text += "\n[[tool.uv.index]]\nname = \"" + QByteArray(name) + "\"\nurl = \"" + full + "\"\n";
    }
    return text;
}

// Every kind of index an edge case may name.
const QByteArray Indexes = indexes({{"pytorch-cpu", "cpu"},
                                    {"pytorch-cu128", "cu128"},
                                    {"pytorch-cu124", "cu124"},
                                    {"pytorch-rocm", "rocm6.3"},
                                    {"pypi", "https://pypi.org/simple"},
                                    {"nightly", "nightly/cu129"},
                                    {"test", "test/cu128"},
                                    {"mirror", "https://mirrors.example.org/pytorch/whl/cu128"}});

// A [project] with \a dependencies (TOML array items), then \a rest.
QByteArray project(const char *dependencies, const QByteArray &rest)
{
    return "[project]\nname = \"demo\"\nversion = \"0.1.0\"\ndependencies = [" + QByteArray(dependencies) + "]\n" +
           rest;
}

// torch and torchvision as dependencies, \a sources under [tool.uv.sources], every index.
QByteArray withSources(const QByteArray &sources)
{
    return project(R"("torch>=2.7.0", "torchvision>=0.22.0")", "[tool.uv.sources]\n" + sources + Indexes);
}

// A random change to a parsed tree: a key or array element replaced or removed.
struct Slot
{
    toml::table *table = nullptr;
    std::string key;
    toml::array *array = nullptr;
    size_t index = 0;
};

void collectSlots(toml::node &node, std::vector<Slot> &places)
{
    if (toml::table *table = node.as_table()) {
        for (auto &&[key, value] : *table) {
            places.push_back({table, std::string(key.str()), nullptr, 0});
            collectSlots(value, places);
        }
    } else if (toml::array *array = node.as_array()) {
        for (size_t i = 0; i < array->size(); ++i) {
            places.push_back({nullptr, {}, array, i});
            collectSlots(*array->get(i), places);
        }
    }
}

void mutate(toml::table &root, QRandomGenerator &random)
{
    std::vector<Slot> places;
    // The parts the reader looks at; the rest of a file only dilutes the mutations.
    for (const char *top : {"project", "dependency-groups", "tool"}) {
        if (root.contains(top)) {
            places.push_back({&root, top, nullptr, 0});
            collectSlots(*root.get(top), places);
        }
    }
    if (places.empty())
        return;
    const Slot &slot = places[random.bounded(int(places.size()))];
    const auto put = [&slot](auto &&value) {
        if (slot.table)
            slot.table->insert_or_assign(slot.key, std::forward<decltype(value)>(value));
        else
            slot.array->replace(slot.array->cbegin() + std::ptrdiff_t(slot.index),
                                std::forward<decltype(value)>(value));
    };
    switch (random.bounded(13)) {
    case 0:
        if (slot.table)
            slot.table->erase(slot.key);
        else
            slot.array->erase(slot.array->cbegin() + std::ptrdiff_t(slot.index));
        break;
    case 1:
        put(3);
        break;
    case 2:
        put("x");
        break;
    case 3:
        put(toml::array{});
        break;
    case 4:
        put(toml::table{});
        break;
    case 5:
        put(true);
        break;
    case 6:
        put("torch");
        break;
    case 7:
        put(toml::array{"torch>=2", 5, toml::table{{"include-group", "dev"}}});
        break;
    case 8:
        put(toml::table{{"index", "pytorch-cpu"}, {"extra", "cpu"}});
        break;
    case 9:
        put("extra == 'cpu' and platform_machine == 'x86_64'");
        break;
    case 10:
        put("(((");
        break;
    case 11:
        put(toml::table{{"url", "https://example.org/torch.whl"}, {"group", "cpu"}});
        break;
    default:
        put(toml::array{toml::table{{"index", "pypi"}, {"marker", "extra != 'cpu'"}}, "pytorch-cu128"});
        break;
    }
}
} // namespace

class TestTorchPlanReader : public QObject
{
    Q_OBJECT

private slots:
    void guide_data();
    void guide();
    void edgeCases_data();
    void edgeCases();
    void markerExtraNeedsAnExtra();
    void findingNamesTheVariant();
    void backendOfIndexUrl_data();
    void backendOfIndexUrl();
    void normalizedIndexUrl_data();
    void normalizedIndexUrl();
    void tritonCompanions_data();
    void tritonCompanions();
    void mutatedTreesNeverBreakIt();
    void mutatedBytesNeverBreakIt();
};

void TestTorchPlanReader::guide_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TorchPlan>("expected");

    // The complete examples of uv's PyTorch guide, read from the guide itself: each starts at
    // "[project]" and runs while lines look like TOML (the prose around them does not).
    QFile file(Akari::Test::sharedPath(u"seed/uv-pytorch-guide.txt"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QRegularExpression tomlLine(uR"(^(\[|\]|\{|"|[A-Za-z0-9_-]+ = |#|$))"_s);
    QList<QByteArray> snippets;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i] != "[project]")
            continue;
        QByteArray snippet;
        for (; i < lines.size() && tomlLine.match(QString::fromUtf8(lines[i])).hasMatch(); ++i)
            snippet += lines[i] + '\n';
        snippets.append(snippet);
    }
    QCOMPARE(snippets.size(), 6);

    QTest::newRow("default (PyPI)") << snippets[0] << perPlatform(u"torch torchvision"_s);
    QTest::newRow("cpu everywhere") << snippets[1] << perPlatform(u"torch=cpu torchvision=cpu"_s);
    QTest::newRow("cu128 on linux, cpu elsewhere")
        << snippets[2] << perPlatform(u"torch=cu128/cpu/cpu torchvision=cu128/cpu/cpu"_s);
    // pytorch-triton-rocm / -xpu are the writer's business, never plan packages.
    QTest::newRow("rocm on linux") << snippets[3]
                                   << perPlatform(u"torch=rocm6.3/pypi/pypi torchvision=rocm6.3/pypi/pypi"_s);
    QTest::newRow("xpu on linux and windows")
        << snippets[4] << perPlatform(u"torch=xpu/xpu/pypi torchvision=xpu/xpu/pypi"_s);
    QTest::newRow("variants cpu and cu128")
        << snippets[5] << variantPlan(u"torch torchvision"_s, u"cpu=cpu cu128=cu128"_s);
}

void TestTorchPlanReader::guide()
{
    QFETCH(QByteArray, text);
    QFETCH(TorchPlan, expected);
    const std::optional<PlanReading> reading = readText(text);
    QVERIFY(reading);
    QCOMPARE(json(reading->plan), json(expected));
    QVERIFY(reading->plan == expected);
    QVERIFY(reading->keptPackages.isEmpty());
    QVERIFY(reading->findings.isEmpty());
}

void TestTorchPlanReader::edgeCases_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<TorchPlan>("expected");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<int>("fileFindings");

    const QStringList none;
    const QStringList torch{u"torch"_s};
    const auto plans = [&none](const char *name, const QByteArray &sources, const char *expected) {
        QTest::newRow(name) << withSources(sources) << perPlatform(QString::fromUtf8(expected)) << none << 0;
    };
    const auto keepsTorch = [&torch](const char *name, const QByteArray &sources) {
        QTest::newRow(name) << withSources(sources) << perPlatform(u"torchvision"_s) << torch << 0;
    };

    plans("single inline table", R"(torch = { index = "pytorch-cu128" })", "torch=cu128 torchvision");
    plans("local version pins", "torch = { index = \"pytorch-cu128\" }\ntorchvision = { index = \"pytorch-cu128\" }",
          "torch=cu128 torchvision=cu128");
    plans("array of tables",
          "[[tool.uv.sources.torch]]\nindex = \"pytorch-cpu\"\nmarker = \"sys_platform == 'darwin'\"\n"
          "[[tool.uv.sources.torch]]\nindex = \"pytorch-cu128\"\nmarker = \"sys_platform != 'darwin'\"\n",
          "torch=cu128/cu128/cpu torchvision");
    plans("index known by url, not name", R"(torch = { index = "pytorch" }
torchvision = { index = "cpu-but-xpu" })" + indexes({{"pytorch", "cu128"}, {"cpu-but-xpu", "xpu"}}),
          "torch=cu128 torchvision=xpu");
    plans("trailing slashes and case", R"(torch = [
  { index = "Cpu", marker = "sys_platform == 'linux'" },
  { index = "PyPI", marker = "sys_platform != 'linux'" },
])" + indexes({{"Cpu", "HTTPS://Download.PyTorch.org/whl/cpu/"}, {"PyPI", "https://pypi.org/simple/"}}),
          "torch=cpu/pypi/pypi torchvision");
    plans("pyx", R"(torch = { index = "pyx" })" + indexes({{"pyx", "https://api.pyx.dev/simple/astral-sh/cu126"}}),
          "torch=cu126 torchvision");
    plans("first definition of a name wins",
          R"(torch = { index = "twice" })" + indexes({{"twice", "cu124"}, {"twice", "cpu"}}),
          "torch=cu124 torchvision");
    plans("blank marker is no marker", R"(torch = { index = "pytorch-cpu", marker = "  " })", "torch=cpu torchvision");
    plans("url source that never applies", R"(torch = [
  { index = "pytorch-cu128", marker = "sys_platform != 'freebsd'" },
  { url = "https://example.org/torch.whl", marker = "sys_platform == 'freebsd'" },
])",
          "torch=cu128 torchvision");
    // Sources of a package that is no dependency still say where it comes from.
    plans("source without dependency", R"(torchaudio = { index = "pytorch-cpu" })", "torch torchvision torchaudio=cpu");
    plans("companions are never plan packages",
          R"(torch = { index = "pytorch-rocm", marker = "sys_platform == 'linux'" }
pytorch-triton-rocm = { index = "nightly" }
triton-xpu = { git = "https://example.org/triton" })",
          "torch=rocm6.3/pypi/pypi torchvision");

    keepsTorch("nightly index", R"(torch = { index = "nightly" })");
    keepsTorch("test index", R"(torch = { index = "test" })");
    keepsTorch("mirror index", R"(torch = { index = "mirror" })");
    keepsTorch("undefined index", R"(torch = { index = "nowhere" })");
    keepsTorch("url source", R"(torch = { url = "https://example.org/torch-2.7.0-cp312-win_amd64.whl" })");
    keepsTorch("git source", R"(torch = { git = "https://github.com/pytorch/pytorch", tag = "v2.7.0" })");
    keepsTorch("path source", R"(torch = { path = "wheels/torch.whl" })");
    keepsTorch("workspace source", R"(torch = { workspace = true })");
    keepsTorch("overlapping entries", R"(torch = [{ index = "pytorch-cpu" }, { index = "pytorch-cu128" }])");
    keepsTorch("machine marker", R"(torch = { index = "pytorch-cu128", marker = "platform_machine == 'x86_64'" })");
    keepsTorch("python marker", R"(torch = { index = "pytorch-cu128", marker = "python_version >= '3.12'" })");
    keepsTorch("invalid marker", R"(torch = { index = "pytorch-cu128", marker = "sys_platform ==" })");
    keepsTorch("marker that cannot be evaluated",
               R"(torch = { index = "pytorch-cu128", marker = "os_name ~= 'posix'" })");
    keepsTorch("entries that are strings", R"(torch = ["pytorch-cpu"])");
    keepsTorch("sources value is a number", R"(torch = 3)");
    keepsTorch("index is not a string", R"(torch = { index = 3 })");
    keepsTorch("marker is not a string", R"(torch = { index = "pytorch-cpu", marker = true })");
    keepsTorch("empty source list", R"(torch = [])");
    keepsTorch("no kind of source", R"(torch = { marker = "sys_platform == 'linux'" })");
    keepsTorch("two kinds of source", R"(torch = { index = "pytorch-cpu", url = "https://example.org/t.whl" })");
    keepsTorch("two spellings of one name", "torch = { index = \"pytorch-cpu\" }\nTorch = { index = \"pytorch-cpu\" }");
    keepsTorch("extra and group in one entry", R"(torch = [{ index = "pytorch-cpu", extra = "cpu", group = "cpu" }])");
    keepsTorch("empty extra name", R"(torch = [{ index = "pytorch-cpu", extra = "" }])");

    const QByteArray torchAndVision = project(R"("torch", "torchvision")", {});
    QTest::newRow("sources not a table") << torchAndVision + "[tool.uv]\nsources = 3\n"
                                         << perPlatform(u"torch torchvision"_s) << none << 1;
    QTest::newRow("index not a list")
        << torchAndVision + "[tool.uv]\nindex = \"x\"\nsources = { torch = { index = \"pytorch-cpu\" } }\n"
        << perPlatform(u"torchvision"_s) << torch << 1;
    QTest::newRow("index entries of the wrong type") << torchAndVision + R"([tool.uv]
index = [3, { name = "pytorch-cpu", url = "https://download.pytorch.org/whl/cpu" }, { name = 5, url = "x" }]
sources = { torch = { index = "pytorch-cpu" } })" << perPlatform(u"torch=cpu torchvision"_s)
                                                     << none << 2;
    QTest::newRow("order: torch family, then the file's order")
        << project(R"("xformers", "numpy", "torchaudio", "torchao", "torch")",
                   "[dependency-groups]\ndev = [\"fbgemm-gpu\"]\n")
        << perPlatform(u"torch torchaudio xformers torchao fbgemm-gpu"_s) << none << 0;

    const TorchPlan defaults = TorchPlan::defaultPlan();
    QTest::newRow("empty file") << QByteArray() << defaults << none << 0;
    QTest::newRow("no ecosystem package")
        << project(R"("numpy", "pytorch-triton-rocm", "not a requirement ;;")", {}) << defaults << none << 0;
    QTest::newRow("project is a number") << QByteArray("project = 3\ntool = \"x\"\n") << defaults << none << 0;
    QTest::newRow("lists of the wrong type")
        << QByteArray("[project]\ndependencies = \"torch\"\noptional-dependencies = [\"torch\"]\n"
                      "[dependency-groups]\ndev = \"torch\"\n[tool]\nuv = 3\n")
        << defaults << none << 0;

    // Variants.
    const auto variants = [&none](const char *name, const char *dependencies, const QByteArray &rest,
                                  const char *packages, const char *expected, const QStringList &kept = {}) {
        QTest::newRow(name) << project(dependencies, rest + Indexes)
                            << variantPlan(QString::fromUtf8(packages), QString::fromUtf8(expected)) << kept << 0;
    };
    variants("groups", "", R"([dependency-groups]
cpu = ["torch", "torchvision"]
cu128 = ["torch", "torchvision"]
[tool.uv.sources]
torch = [{ index = "pytorch-cpu", group = "cpu" }, { index = "pytorch-cu128", group = "cu128", marker = "sys_platform == 'linux'" }]
torchvision = [{ index = "pytorch-cpu", group = "cpu" }, { index = "pytorch-cu128", group = "cu128", marker = "sys_platform == 'linux'" }]
)",
             "torch torchvision", "group:cpu=cpu group:cu128=cu128/pypi/pypi");
    variants("extras selected by markers", R"("torch")", R"([project.optional-dependencies]
cpu = ["numpy"]
cu124 = ["numpy"]
hip = ["numpy"]
[tool.uv.sources]
torch = [
  { index = "pytorch-cu124", marker = "sys_platform == 'linux' and extra == 'cu124'" },
  { index = "pytorch-rocm", marker = "extra != 'cu124' and extra == 'hip'" },
]
)",
             "torch", "cu124=cu124/pypi/pypi hip=rocm6.3");
    variants("variant package without sources stays out", R"("torchaudio")",
             "[project.optional-dependencies]\ncpu = [\"torch\"]\n"
             "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cpu\", extra = \"cpu\" }]\n",
             "torch", "cpu=cpu");
    const QByteArray twoExtras = "[project.optional-dependencies]\ncpu = [\"torch\", \"torchvision\"]\n"
                                 "gpu = [\"torch\", \"torchvision\"]\nlite = [\"torchvision\"]\n[tool.uv.sources]\n"
                                 "torch = [{ index = \"pytorch-cpu\", extra = \"cpu\" }, "
                                 "{ index = \"pytorch-cu128\", extra = \"gpu\" }]\n";
    variants(
        "variant not installing a package", "",
        twoExtras +
            R"(torchvision = [{ index = "pytorch-cpu", extra = "cpu" }, { index = "pytorch-cu128", extra = "gpu" }, { index = "pytorch-cpu", extra = "lite" }])",
        "torch torchvision", "cpu=cpu gpu=cu128 lite=cpu");
    variants("variant installing a package without its source", "",
             twoExtras + R"(torchvision = [{ index = "pytorch-cpu", extra = "cpu" }])", "torch", "cpu=cpu gpu=cu128",
             {u"torchvision"_s});
    variants(
        "variants disagree", "",
        twoExtras +
            R"(torchvision = [{ index = "pytorch-cpu", extra = "cpu" }, { index = "pytorch-cu124", extra = "gpu" }])",
        "torch", "cpu=cpu gpu=cu128", {u"torchvision"_s});
    variants("plain sources in a variants file", "", twoExtras + R"(torchvision = { index = "pytorch-cpu" })", "torch",
             "cpu=cpu gpu=cu128", {u"torchvision"_s});
    // Variant entries of a kept package alone leave the file's plan per platform (and empty).
    QTest::newRow("one name as extra and group") << project(R"("torch")", R"([tool.uv.sources]
torch = [{ index = "pytorch-cpu", extra = "cpu" }, { index = "pytorch-cu128", group = "cpu" }])" +
                                                                              Indexes)
                                                 << TorchPlan() << torch << 0;
    QTest::newRow("url source in a variant") << project("", R"([project.optional-dependencies]
cpu = ["torch"]
win = ["torch"]
[tool.uv.sources]
torch = [{ index = "pytorch-cpu", extra = "cpu" }, { url = "https://example.org/t.whl", extra = "win", marker = "sys_platform == 'win32'" }])" +
                                                                Indexes)
                                             << TorchPlan() << torch << 0;
}

void TestTorchPlanReader::edgeCases()
{
    QFETCH(QByteArray, text);
    QFETCH(TorchPlan, expected);
    QFETCH(QStringList, kept);
    QFETCH(int, fileFindings);

    const std::optional<PlanReading> reading = readText(text);
    QVERIFY(reading);
    QCOMPARE(json(reading->plan), json(expected));
    QVERIFY(reading->plan == expected);
    QCOMPARE(reading->keptPackages, kept);
    const auto fileLevel =
        std::ranges::count_if(reading->findings, [](const PlanFinding &f) { return f.package.isEmpty(); });
    QCOMPARE(int(fileLevel), fileFindings);
    QString why;
    QVERIFY2(hasConsistentFindings(*reading, &why), qPrintable(why));
}

void TestTorchPlanReader::markerExtraNeedsAnExtra()
{
    // `extra != 'cu124'` also holds with no extra at all: not one variant's source.
    const std::optional<PlanReading> reading = readText(project(R"("torch")", R"([project.optional-dependencies]
cu124 = ["numpy"]
[tool.uv.sources]
torch = [
  { index = "pytorch-cu124", extra = "cu124" },
  { index = "pytorch-cpu", marker = "extra != 'cu124'" },
]
)" + Indexes));
    QVERIFY(reading);
    // Its only package kept, the file is read per platform.
    QCOMPARE(reading->plan.mode(), TorchPlan::Mode::PerPlatform);
    QCOMPARE(reading->keptPackages, QStringList{u"torch"_s});
    QCOMPARE(reading->findings.size(), 1);
    QCOMPARE(reading->findings.first().line, 10); // the second entry
    QCOMPARE(reading->findings.first().column, 3);
}

void TestTorchPlanReader::findingNamesTheVariant()
{
    const std::optional<PlanReading> reading = readText(project("", R"([project.optional-dependencies]
cpu = ["torch", "torchvision"]
gpu = ["torch", "torchvision"]
[tool.uv.sources]
torch = [{ index = "pytorch-cpu", extra = "cpu" }, { index = "pytorch-cu128", extra = "gpu" }]
torchvision = [{ index = "pytorch-cpu", extra = "cpu" }, { index = "pytorch-cu124", extra = "gpu" }]
)" + Indexes));
    QVERIFY(reading);
    QCOMPARE(reading->findings.size(), 1);
    const PlanFinding &finding = reading->findings.first();
    QCOMPARE(finding.package, u"torchvision"_s);
    QCOMPARE(finding.line, 10);
    QCOMPARE(finding.column, 15);
    QVERIFY2(finding.message.contains(u"gpu"_s) && finding.message.contains(u"torchvision"_s),
             qPrintable(finding.message));
}

void TestTorchPlanReader::backendOfIndexUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("backend"); // empty: nullopt

    QTest::newRow("cuda") << u"https://download.pytorch.org/whl/cu128"_s << u"cu128"_s;
    QTest::newRow("trailing slash") << u"https://download.pytorch.org/whl/cu128/"_s << u"cu128"_s;
    QTest::newRow("rocm three parts") << u"https://download.pytorch.org/whl/rocm6.2.4"_s << u"rocm6.2.4"_s;
    QTest::newRow("host case") << u"HTTPS://DOWNLOAD.PYTORCH.ORG/whl/cpu"_s << u"cpu"_s;
    QTest::newRow("xpu") << u"https://download.pytorch.org/whl/xpu"_s << u"xpu"_s;
    QTest::newRow("pyx") << u"https://api.pyx.dev/simple/astral-sh/cu126"_s << u"cu126"_s;
    QTest::newRow("pypi") << u"https://pypi.org/simple"_s << u"pypi"_s;
    QTest::newRow("pypi slash") << u"https://pypi.org/simple/"_s << u"pypi"_s;
    QTest::newRow("pypi case") << u"https://PyPI.org/simple//"_s << u"pypi"_s;
    QTest::newRow("pypi project page") << u"https://pypi.org/simple/torch"_s << QString();
    QTest::newRow("nightly") << u"https://download.pytorch.org/whl/nightly/cu129"_s << QString();
    QTest::newRow("test") << u"https://download.pytorch.org/whl/test/cu128"_s << QString();
    QTest::newRow("path case kept") << u"https://download.pytorch.org/whl/CU128"_s << QString();
    QTest::newRow("no such backend") << u"https://download.pytorch.org/whl/cu127"_s << QString();
    QTest::newRow("mirror") << u"https://mirror.example.org/whl/cu128"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("not a url") << u"wheels/"_s << QString();
}

void TestTorchPlanReader::backendOfIndexUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, backend);
    QCOMPARE(TorchPlanReader::backendOfIndexUrl(url).value_or(QString()), backend);
}

void TestTorchPlanReader::normalizedIndexUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << u"https://pypi.org/simple"_s << u"https://pypi.org/simple"_s;
    QTest::newRow("case and slash") << u"HTTPS://Download.PyTorch.ORG/whl/CPU/"_s
                                    << u"https://download.pytorch.org/whl/CPU"_s;
    QTest::newRow("credentials and port")
        << u"https://User:PassWord@Host.Example:8080/Simple//"_s << u"https://User:PassWord@host.example:8080/Simple"_s;
    QTest::newRow("host only") << u"https://Example.ORG/"_s << u"https://example.org"_s;
    QTest::newRow("file url") << u"file:///Srv/Wheels/"_s << u"file:///Srv/Wheels"_s;
    QTest::newRow("relative path") << u"./Wheels/"_s << u"./Wheels"_s;
}

void TestTorchPlanReader::normalizedIndexUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, normalized);
    QCOMPARE(TorchPlanReader::normalizedIndexUrl(url), normalized);
}

void TestTorchPlanReader::tritonCompanions_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("companion");
    QTest::newRow("pytorch-triton-rocm") << u"pytorch-triton-rocm"_s << true;
    QTest::newRow("spelling") << u"PyTorch_Triton.ROCm"_s << true;
    QTest::newRow("triton-rocm") << u"triton-rocm"_s << true;
    QTest::newRow("pytorch-triton-xpu") << u"pytorch-triton-xpu"_s << true;
    QTest::newRow("triton_xpu") << u"triton_xpu"_s << true;
    QTest::newRow("triton") << u"triton"_s << false;
    QTest::newRow("pytorch-triton") << u"pytorch-triton"_s << false;
    QTest::newRow("torch") << u"torch"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTorchPlanReader::tritonCompanions()
{
    QFETCH(QString, name);
    QFETCH(bool, companion);
    QCOMPARE(TorchPlanReader::isTritonCompanion(name), companion);
}

void TestTorchPlanReader::mutatedTreesNeverBreakIt()
{
    // Values of every type in every place the reader looks; it must answer consistently.
    QRandomGenerator random(20250705);
    const QDir dir(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    int readings = 0;
    for (const QString &file : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name)) {
        const QByteArray original = corpusText(file);
        for (int trial = 0; trial < 40; ++trial) {
            toml::table root;
            try {
                root = toml::parse(std::string_view(original.constData(), size_t(original.size())));
            } catch (const toml::parse_error &) {
                QFAIL(qPrintable(file));
            }
            const int changes = 1 + random.bounded(3);
            for (int i = 0; i < changes; ++i)
                mutate(root, random);
            std::ostringstream out;
            out << root;
            const std::string text = out.str();
            const auto document = TomlDocument::parse(QByteArray::fromStdString(text), file);
            if (!document)
                continue;
            const PlanReading reading = TorchPlanReader::read(*document);
            ++readings;
            QString why;
            QVERIFY2(hasConsistentFindings(reading, &why),
                     qPrintable(u"%1 trial %2: %3\n%4"_s.arg(file).arg(trial).arg(why, QString::fromStdString(text))));
        }
    }
    // Guards against a fuzz run that silently checks nothing.
    QVERIFY2(readings > 900, qPrintable(QString::number(readings)));
}

void TestTorchPlanReader::mutatedBytesNeverBreakIt()
{
    // Lines dropped or repeated: whatever still parses must read consistently.
    QRandomGenerator random(424242);
    const QDir dir(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
    int readings = 0;
    for (const QString &file : dir.entryList({u"*.toml"_s}, QDir::Files, QDir::Name)) {
        const QList<QByteArray> lines = corpusText(file).split('\n');
        for (int trial = 0; trial < 40; ++trial) {
            QList<QByteArray> mutated = lines;
            for (int i = 0; i < 3 && !mutated.isEmpty(); ++i) {
                const qsizetype at = random.bounded(int(mutated.size()));
                if (random.bounded(2) == 0) {
                    mutated.removeAt(at);
                } else {
                    const QByteArray line = mutated[at];
                    mutated.insert(random.bounded(int(mutated.size())), line);
                }
            }
            const auto document = TomlDocument::parse(mutated.join('\n'), file);
            if (!document)
                continue;
            const PlanReading reading = TorchPlanReader::read(*document);
            ++readings;
            QString why;
            QVERIFY2(hasConsistentFindings(reading, &why),
                     qPrintable(u"%1 trial %2: %3"_s.arg(file).arg(trial).arg(why)));
        }
    }
    QVERIFY2(readings > 200, qPrintable(QString::number(readings)));
}

QTEST_GUILESS_MAIN(TestTorchPlanReader)
#include "tst_torchplanreader.moc"
