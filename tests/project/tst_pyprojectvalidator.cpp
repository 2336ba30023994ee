// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QTest>

#include "core/project/pyprojectvalidator.h"
#include "core/project/tomldocument.h"
#include "guideconfigurations.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test; // GuideConfiguration
using Akari::PyProjectValidator;
using Akari::TomlDocument;
using Akari::ValidationIssue;
using Severity = ValidationIssue::Severity;

namespace
{
// Texts with URLs are no raw strings: moc 6.4 reads "//" inside raw strings as a comment.
const QByteArray Indexes = "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pytorch-cpu\"\n"
                           "url = \"https://download.pytorch.org/whl/cpu\"\n"
                           "explicit = true\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pytorch-cu128\"\n"
                           "url = \"https://download.pytorch.org/whl/cu128\"\n"
                           "explicit = true\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pytorch-cu126\"\n"
                           "url = \"https://download.pytorch.org/whl/cu126\"\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pytorch-rocm\"\n"
                           "url = \"https://download.pytorch.org/whl/rocm6.3\"\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pytorch-xpu\"\n"
                           "url = \"https://download.pytorch.org/whl/xpu\"\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"nightly-cu128\"\n"
                           "url = \"https://download.pytorch.org/whl/nightly/cu128\"\n"
                           "\n"
                           "[[tool.uv.index]]\n"
                           "name = \"pypi\"\n"
                           "url = \"https://pypi.org/simple\"\n";

// "E:5:13:torch|pytorch-cu128": severity, line, column (0: not checked) and words the
// message must hold.
QStringList describe(const QList<ValidationIssue> &issues)
{
    QStringList result;
    for (const ValidationIssue &issue : issues)
        result.append(u"%1:%2:%3 %4"_s.arg(issue.severity == Severity::Error ? u"E"_s : u"W"_s)
                          .arg(issue.line)
                          .arg(issue.column)
                          .arg(issue.message));
    return result;
}

bool matches(const ValidationIssue &issue, const QString &expected)
{
    const QStringList parts = expected.split(u':');
    if (parts.size() < 4)
        return false;
    const Severity severity = parts[0] == u"E"_s ? Severity::Error : Severity::Warning;
    if (issue.severity != severity || issue.line != parts[1].toInt())
        return false;
    if (parts[2].toInt() != 0 && issue.column != parts[2].toInt())
        return false;
    const QStringList words = parts.mid(3).join(u':').split(u'|', Qt::SkipEmptyParts);
    return std::ranges::all_of(words, [&](const QString &word) { return issue.message.contains(word); });
}

} // namespace

class TestPyProjectValidator : public QObject
{
    Q_OBJECT

private:
    QList<QByteArray> m_guide; ///< the guide's configurations, by Guide

    static QList<ValidationIssue> validate(const QByteArray &text)
    {
        const Akari::Result<TomlDocument> document = TomlDocument::parse(text, u"pyproject.toml"_s);
        if (!document) {
            qWarning().noquote() << document.error().toString();
            return {{Severity::Error, u"<does not parse>"_s, -1, -1}};
        }
        return PyProjectValidator::validate(*document);
    }

private slots:
    void initTestCase()
    {
        m_guide = Akari::Test::guideConfigurations();
        QCOMPARE(m_guide.size(), qsizetype(GuideCount));
    }

    void rules_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QStringList>("expected");

        // Index names.
        QTest::newRow("undefined index") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cu130" },
]
torchvision = { index = "vision" }
)" + Indexes << QStringList{u"E:5:13:“torch”|“pytorch-cu130”"_s, u"E:7:25:“torchvision”|“vision”"_s};
        QTest::newRow("defined index") << "[project]\n"
                                          "name = \"demo\"\n"
                                          "[tool.uv.sources]\n"
                                          "torch = [{ index = \"pytorch-cu128\" }]\n"
                                          "torchvision = { git = \"https://github.com/pytorch/vision\" }\n" +
                                              Indexes
                                       << QStringList{u"W:4:20:macOS"_s};

        // Neighbouring sources.
        QTest::newRow("second source has no marker") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "sys_platform == 'darwin'" },
  { index = "pytorch-cu128" },
]
)" + Indexes << QStringList{u"E:6:3:“torch”|5|6"_s, u"W:6:13:macOS"_s};
        QTest::newRow("first source has no marker") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu" },
  { index = "pytorch-cu128", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:5:3:“torch”|5|6"_s};
        QTest::newRow("overlapping platforms") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "sys_platform != 'win32'" },
  { index = "pytorch-cu128", marker = "sys_platform == 'linux' or sys_platform == 'win32'" },
]
)" + Indexes << QStringList{u"E:6:3:“torch”|5|6|Linux"_s};
        QTest::newRow("disjoint platforms") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "sys_platform != 'linux'" },
  { index = "pytorch-cu128", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};
        QTest::newRow("overlap on one machine") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "sys_platform == 'darwin'" },
  { index = "pytorch-cu128", marker = "platform_machine == 'x86_64'" },
]
)" + Indexes << QStringList{u"E:6:3:macOS x86_64"_s, u"W:6:13:macOS"_s};
        QTest::newRow("disjoint by Python") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "python_version < '3.12'" },
  { index = "pytorch-cu126", marker = "python_version >= '3.12' and sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};
        QTest::newRow("overlap on one Python") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", marker = "python_version <= '3.12'" },
  { index = "pytorch-cu126", marker = "python_version >= '3.12' and sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:6:3:Python 3.12"_s};
        QTest::newRow("extras in markers, disjoint") << R"([project]
name = "demo"
[project.optional-dependencies]
cu124 = ["torch"]
hip = ["torch"]
[tool.uv.sources]
torch = [
  { index = "pytorch-cu126", marker = "extra == 'cu124' and sys_platform == 'linux'" },
  { index = "pytorch-rocm", marker = "extra != 'cu124' and extra == 'hip' and sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};
        QTest::newRow("extras in markers, overlapping") << R"([project]
name = "demo"
[project.optional-dependencies]
cu124 = ["torch"]
hip = ["torch"]
[tool.uv.sources]
torch = [
  { index = "pytorch-cu126", marker = "extra == 'cu124' and sys_platform == 'linux'" },
  { index = "pytorch-rocm", marker = "extra != 'hip' and sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:9:3:“cu124”"_s};
        QTest::newRow("only neighbours are compared") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cu128", marker = "sys_platform == 'linux'" },
  { index = "pytorch-cpu", marker = "sys_platform == 'darwin'" },
  { index = "pytorch-cu126", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};
        QTest::newRow("other groups need no markers") << R"([project]
name = "demo"
[dependency-groups]
cpu = ["torch"]
cu128 = ["torch"]
[tool.uv]
conflicts = [[{ group = "cpu" }, { group = "cu128" }]]
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", group = "cpu" },
  { index = "pytorch-cu128", group = "cu128", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};
        QTest::newRow("same extra, overlapping") << R"([project]
name = "demo"
[project.optional-dependencies]
gpu = ["torch"]
[tool.uv.sources]
torch = [
  { index = "pytorch-cu128", extra = "gpu", marker = "sys_platform != 'darwin'" },
  { index = "pytorch-rocm", extra = "gpu", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:8:3:“torch”"_s};

        // Variants and [tool.uv] conflicts.
        QByteArray noConflicts = m_guide.at(GuideVariants);
        noConflicts.replace("conflicts = [\n[\n{ extra = \"cpu\" },\n{ extra = \"cu128\" },\n],\n]\n", "");
        QTest::newRow("guide's extras without conflicts")
            << noConflicts
            << QStringList{u"E:19:1:“torch”, “torchvision”|{ extra = \"cpu\" }|{ extra = \"cu128\" }"_s,
                           u"W:19:11:uv sync --extra cu128"_s};
        QTest::newRow("pairs of three variants") << R"([project]
name = "demo"
[tool.uv]
conflicts = [
  [{ extra = "cpu" }, { extra = "cu128" }],
  [{ extra = "cu126" }, { extra = "cu128" }],
]
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", extra = "cpu" },
  { index = "pytorch-cu126", extra = "cu126", marker = "sys_platform == 'linux'" },
  { index = "pytorch-cu128", extra = "cu128", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:11:3:“torch”|{ extra = \"cpu\" }|{ extra = \"cu126\" }"_s};
        QTest::newRow("same index in two extras") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", extra = "small" },
  { index = "pytorch-cpu", extra = "tiny" },
]
)" + Indexes << QStringList{};
        QTest::newRow("conflicts of another package") << R"([project]
name = "demo"
[tool.uv]
conflicts = [[{ package = "other", extra = "cpu" }, { package = "other", extra = "cu128" }]]
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", extra = "cpu" },
  { index = "pytorch-cu128", extra = "cu128", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{u"E:8:3:“torch”"_s};
        QTest::newRow("extra against group") << R"([project]
name = "Demo_Project"
[tool.uv]
conflicts = [[{ package = "demo-project", extra = "CPU" }, { group = "gpu" }]]
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", extra = "cpu" },
  { index = "pytorch-cu128", group = "gpu", marker = "sys_platform == 'linux'" },
]
)" + Indexes << QStringList{};

        // requires-python against the torch versions allowed.
        const auto python = [](const char *requiresPython, const char *dependencies) -> QByteArray {
            return QByteArray("[project]\nname = \"demo\"\nrequires-python = \"") + requiresPython +
                   "\"\ndependencies = [" + dependencies + "]\n";
        };
        QTest::newRow("python covered") << python(">=3.12", "\"torch>=2.7.0\"") << QStringList{};
        QTest::newRow("python too old for torch")
            << python(">=3.9", "\"torch>=2.9\"") << QStringList{u"W:3:19:Python 3.9,"_s};
        QTest::newRow("python on both sides") << python(">=3.8", "\"torch==2.5.1\"")
                                              << QStringList{u"W:3:19:Python 3.8,"_s, u"W:3:19:Python 3.14, 3.15,"_s};
        QTest::newRow("python newer than every release")
            << python(">=3.16", "\"torch\"") << QStringList{u"W:3:19:Python 3.16 yet"_s};
        QTest::newRow("greater than admits patch releases")
            << python(">3.12", "\"torch<2.5\"") << QStringList{u"W:3:19:Python 3.13, 3.14, 3.15,"_s};
        QTest::newRow("compatible release")
            << python("~=3.12.1", "\"torch>=2.0,<2.2\"") << QStringList{u"W:3:19:Python 3.12,"_s};
        QTest::newRow("no torch") << python("==3.11.*", "\"numpy\"") << QStringList{};
        QTest::newRow("upper bound only")
            << python("<3.12", "\"torch>=2.9\"") << QStringList{u"W:3:19:Python 3.8, 3.9,"_s};
        QTest::newRow("torch older than the table") << python(">=3.8", "\"torch==1.13.1\"") << QStringList{};
        QTest::newRow("marked torch requirements") << python(">=3.13", R"("torch==2.5.1; sys_platform == 'darwin'",
  "torch>=2.9; sys_platform != 'darwin'")") << QStringList{};
        QTest::newRow("torch in extras with local pins") << QByteArray(R"([project]
name = "demo"
requires-python = ">=3.13"
[project.optional-dependencies]
cpu = ["torch==2.8.0+cpu"]
cu126 = ["torch==2.8.0+cu126; sys_platform == 'linux'"]
)") << QStringList{u"W:3:19:Python 3.14, 3.15,"_s};

        // Backends without wheels for a platform.
        QTest::newRow("rocm extra everywhere") << R"([project]
name = "demo"
[tool.uv]
conflicts = [[{ extra = "cpu" }, { extra = "rocm" }]]
[tool.uv.sources]
torch = [
  { index = "pytorch-cpu", extra = "cpu" },
  { index = "pytorch-rocm", extra = "rocm" },
]
)" + Indexes << QStringList{u"W:8:13:“rocm”|macOS and Windows|uv sync --extra rocm|ROCm"_s};
        QTest::newRow("rocm extra on Linux and Windows") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-rocm", extra = "rocm", marker = "sys_platform != 'darwin'" },
]
)" + Indexes << QStringList{u"W:5:13:“rocm”|Windows"_s};
        QTest::newRow("requirement limited by its marker") << R"([project]
name = "demo"
[project.optional-dependencies]
rocm = ["torch==2.6.0+rocm6.2.4 ; platform_system == 'Linux'"]
[tool.uv.sources]
torch = [
  { index = "pytorch-rocm", extra = "rocm" },
]
)" + Indexes << QStringList{};
        QTest::newRow("requirement limited, but torch in dependencies too") << R"([project]
name = "demo"
dependencies = ["torch>=2.6"]
[project.optional-dependencies]
rocm = ["torch==2.6.0+rocm6.2.4 ; platform_system == 'Linux'"]
[tool.uv.sources]
torch = [
  { index = "pytorch-rocm", extra = "rocm" },
]
)" + Indexes << QStringList{u"W:8:13:“rocm”|macOS and Windows"_s};
        QTest::newRow("limited by markers") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-rocm", extra = "rocm", marker = "sys_platform == 'linux'" },
  { index = "pytorch-xpu", extra = "xpu", marker = "sys_platform == 'win32' or sys_platform == 'linux'" },
  { index = "pytorch-cu128", group = "cuda", marker = "platform_system != 'Darwin'" },
]
[tool.uv]
conflicts = [[{ extra = "rocm" }, { extra = "xpu" }, { group = "cuda" }]]
)" + Indexes << QStringList{};
        QTest::newRow("limited by environments") << R"([project]
name = "demo"
[tool.uv]
environments = ["sys_platform == 'linux'"]
[tool.uv.sources]
torch = { index = "pytorch-cu128" }
)" + Indexes << QStringList{};
        QTest::newRow("nightly index") << R"([project]
name = "demo"
[tool.uv.sources]
torch = { index = "nightly-cu128", group = "nightly" }
torchvision = { index = "nightly-cu128", group = "nightly" }
)" + Indexes << QStringList{u"W:4:19:uv sync --group nightly|CUDA 12.8"_s};
        QTest::newRow("pypi for macOS") << R"([project]
name = "demo"
[tool.uv.sources]
torch = [
  { index = "pytorch-cu128", marker = "sys_platform != 'darwin'" },
  { index = "pypi", marker = "sys_platform == 'darwin'" },
]
)" + Indexes << QStringList{};

        // Odd shapes are skipped, never fatal.
        QTest::newRow("odd shapes") << QByteArray(R"([project]
name = 5
requires-python = 3
dependencies = "torch"
[tool.uv]
conflicts = "none"
environments = 7
index = { name = "x" }
[tool.uv.sources]
torch = [1, "two", { index = 3 }, { marker = "not a marker ==" }]
torchvision = "text"
)") << QStringList{u"E:10:20:“torch”"_s};
    }

    void rules()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QStringList, expected);
        const QList<ValidationIssue> issues = validate(toml);
        const QString got = describe(issues).join(u"\n"_s);
        QVERIFY2(issues.size() == expected.size(), qPrintable(got));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(matches(issues[i], expected[i]), qPrintable(u"expected %1, got:\n%2"_s.arg(expected[i], got)));
    }

    void guideConfigurations_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("warnings");
        QTest::newRow("default") << m_guide.at(GuideDefault) << 0;
        QTest::newRow("cpu everywhere") << m_guide.at(GuideCpuEverywhere) << 0;
        QTest::newRow("cuda on linux") << m_guide.at(GuideCudaOnLinux) << 0;
        QTest::newRow("rocm") << m_guide.at(GuideRocm) << 0;
        QTest::newRow("xpu") << m_guide.at(GuideXpu) << 0;
        // The guide's own note: the cu128 extra fails on macOS.
        QTest::newRow("extras") << m_guide.at(GuideVariants) << 1;
    }

    void guideConfigurations()
    {
        QFETCH(QByteArray, toml);
        QFETCH(int, warnings);
        const QList<ValidationIssue> issues = validate(toml);
        QVERIFY2(issues.size() == warnings, qPrintable(describe(issues).join(u'\n')));
        for (const ValidationIssue &issue : issues)
            QCOMPARE(issue.severity, Severity::Warning);
    }

    void guideExtrasWarnsAboutMacOs()
    {
        const QList<ValidationIssue> issues = validate(m_guide.at(GuideVariants));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].line, 25); // { index = "pytorch-cu128", extra = "cu128" } of torch
        QCOMPARE(issues[0].column, 11);
        QVERIFY(issues[0].message.contains(u"uv sync --extra cu128"_s));
        QVERIFY(issues[0].message.contains(u"macOS"_s));
    }

    // Every real project in the corpus: no crash, and what reading them says.
    void corpus()
    {
        const QDir directory(Akari::Test::sharedPath(u"corpus/pyprojects"_s));
        const QStringList names = directory.entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 25);
        QHash<QString, QList<ValidationIssue>> results;
        for (const QString &name : names) {
            QFile file(directory.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Akari::Result<TomlDocument> document = TomlDocument::parse(file.readAll(), file.fileName());
            QVERIFY2(document, qPrintable(name));
            results.insert(name, PyProjectValidator::validate(*document));
            for (const ValidationIssue &issue : results.value(name)) {
                QVERIFY2(issue.line > 0 && issue.column > 0, qPrintable(name));
                QVERIFY(!issue.message.isEmpty());
            }
        }
        // Four CUDA extras in one conflicts set, each limited away from macOS, torch>=2.6 on
        // Python >=3.10: nothing to say.
        QVERIFY2(results.value(u"11-rewaifu-resselt.toml"_s).isEmpty(),
                 qPrintable(describe(results.value(u"11-rewaifu-resselt.toml"_s)).join(u'\n')));
        // The only project uv could not lock: extras cuda and rocm pin torch and torchaudio to
        // two indexes (lines 88-94) and there is no conflicts key at all.
        QStringList withErrors;
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (std::ranges::any_of(it.value(), [](const ValidationIssue &i) { return i.severity == Severity::Error; }))
                withErrors.append(it.key());
        }
        QCOMPARE(withErrors, QStringList{u"14-cakrina-ultimate-rvc.toml"_s});
        const QList<ValidationIssue> rvc = results.value(u"14-cakrina-ultimate-rvc.toml"_s);
        QCOMPARE(rvc.size(), 1); // its rocm requirements are Linux-only: no platform warning
        QVERIFY(matches(rvc[0], u"E:89:5:“torch”, “torchaudio”|{ extra = \"rocm\" }|{ extra = \"cuda\" }"_s));
        // torch==2.9.1 has wheels for Python 3.10 to 3.14; requires-python is ">=3.10".
        QVERIFY(std::ranges::any_of(results.value(u"01-karpathy-nanochat.toml"_s),
                                    [](const ValidationIssue &i) { return matches(i, u"W:6:19:Python 3.15,"_s); }));
        // The index named "pytorch-cu129" serves https://download.pytorch.org/whl/cu128.
        QVERIFY(std::ranges::any_of(results.value(u"24-GeoffreyCoulaud-subtitles-ocr.toml"_s),
                                    [](const ValidationIssue &i) { return matches(i, u"W:54:13:CUDA 12.8|cu129"_s); }));
    }
};

QTEST_GUILESS_MAIN(TestPyProjectValidator)
#include "tst_pyprojectvalidator.moc"
