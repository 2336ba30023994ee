// SPDX-License-Identifier: GPL-3.0-or-later
// akari-cli show and configure as a user runs them, on copies of real pyproject.toml files in
// temporary folders. What configure writes is read back by Python's tomllib, and which index
// each platform gets is worked out by the packaging library's marker evaluation, not by Akari.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
const QString PyTorchIndex = u"https://download.pytorch.org/whl/"_s;

// The guide's starting point: torch and torchvision from PyPI.
const QByteArray GuideDefault = R"([project]
name = "project"
version = "0.1.0"
requires-python = ">=3.12"
dependencies = [
  "torch>=2.7.0",
  "torchvision>=0.22.0",
]
)"_ba;

// torch from the URL of one wheel: a source a plan cannot express.
const QByteArray TorchFromAWheel = "\n[tool.uv.sources]\ntorch = { url = "
                                   "\"https://download.pytorch.org/whl/cpu/"
                                   "torch-2.7.0%2Bcpu-cp312-cp312-manylinux_2_28_x86_64.whl\" }\n"_ba;

// The oracle: tomllib reads the file, packaging evaluates the source markers per platform.
// "resolved": package -> platform -> index URL ("pypi" when no source applies, "other" for a
// source that is not an index, "ambiguous" when several apply) without extras; "variants":
// extra -> package -> platform -> URL for the entries of that extra.
const QString OracleScript = uR"py(
import json, sys, tomllib
from packaging.markers import Marker
ENVIRONMENTS = {
    "linux": {"sys_platform": "linux", "platform_system": "Linux", "platform_machine": "x86_64", "os_name": "posix"},
    "windows": {"sys_platform": "win32", "platform_system": "Windows", "platform_machine": "AMD64", "os_name": "nt"},
    "macos": {"sys_platform": "darwin", "platform_system": "Darwin", "platform_machine": "arm64", "os_name": "posix"},
}
with open(sys.argv[1], "rb") as handle:
    data = tomllib.load(handle)
uv = data.get("tool", {}).get("uv", {})
urls = {index["name"]: index["url"] for index in uv.get("index", []) if "name" in index}
def target(entry):
    return urls.get(entry["index"], "unknown index") if "index" in entry else "other"
def applies(entry, platform, extra):
    if entry.get("extra") != extra or "group" in entry:
        return False
    environment = dict(ENVIRONMENTS[platform], python_version="3.12", python_full_version="3.12.0", extra=extra or "")
    return "marker" not in entry or Marker(entry["marker"]).evaluate(environment)
def resolve(entries, platform, extra):
    found = [target(entry) for entry in entries if applies(entry, platform, extra)]
    return found[0] if len(found) == 1 else ("pypi" if not found else "ambiguous")
sources = {name: value if isinstance(value, list) else [value] for name, value in uv.get("sources", {}).items()}
extras = list(data.get("project", {}).get("optional-dependencies", {}))
print(json.dumps({
    "data": data,
    "resolved": {name: {platform: resolve(entries, platform, None) for platform in ENVIRONMENTS}
                 for name, entries in sources.items()},
    "variants": {extra: {name: {platform: resolve(entries, platform, extra) for platform in ENVIRONMENTS}
                         for name, entries in sources.items()} for extra in extras},
}, default=str))
)py"_s;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject parseJson(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), text.constData());
    return document.object();
}

/// What the oracle makes of \a file; an empty object (and a warning) when it fails.
QJsonObject oracle(const QString &file)
{
    QProcess python;
    python.start(QStringLiteral(AKARI_PYTHON3), {u"-c"_s, OracleScript, file});
    if (!python.waitForFinished(60'000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning("the tomllib oracle failed on %s: %s", qPrintable(file), python.readAllStandardError().constData());
        return {};
    }
    return parseJson(python.readAllStandardOutput());
}

/// "cu128" for PyTorch's cu128 index URL, the oracle's word ("pypi", "other", ...) otherwise.
QString backendOf(const QJsonValue &url)
{
    const QString text = url.toString();
    return text.startsWith(PyTorchIndex) ? text.mid(PyTorchIndex.size()) : text;
}

/// {"linux": ..., "windows": ..., "macos": ...} as backend ids.
QStringList perPlatform(const QJsonObject &platforms)
{
    return {backendOf(platforms.value(u"linux"_s)), backendOf(platforms.value(u"windows"_s)),
            backendOf(platforms.value(u"macos"_s))};
}

QStringList strings(const QJsonValue &array)
{
    QStringList list;
    for (const QJsonValue &value : array.toArray())
        list.append(value.toString());
    return list;
}

/// The [[tool.uv.index]] entries of the oracle's data whose url is \a url.
QList<QJsonObject> indexesWithUrl(const QJsonObject &data, const QString &url)
{
    QList<QJsonObject> found;
    const QJsonArray indexes = data.value(u"tool"_s).toObject().value(u"uv"_s).toObject().value(u"index"_s).toArray();
    for (const QJsonValue &index : indexes) {
        if (index.toObject().value(u"url"_s).toString() == url)
            found.append(index.toObject());
    }
    return found;
}

/// The cells of the table row starting with \a name, cut at the header's column starts
/// (English output: one character per column).
QStringList tableRow(const QString &text, const QString &name)
{
    const QStringList lines = text.split(u'\n');
    const auto header = std::find_if(lines.cbegin(), lines.cend(), [](const QString &line) {
        return line.contains(u" Linux "_s) && line.contains(u" Windows "_s) && line.endsWith(u" macOS"_s);
    });
    if (header == lines.cend())
        return {};
    const QList<qsizetype> starts{header->indexOf(u" Linux "_s) + 1, header->indexOf(u" Windows "_s) + 1,
                                  header->indexOf(u" macOS"_s) + 1};
    for (const QString &line : lines) {
        if (line.trimmed().section(u' ', 0, 0) != name)
            continue;
        return {line.mid(starts[0], starts[1] - starts[0]).trimmed(),
                line.mid(starts[1], starts[2] - starts[1]).trimmed(), line.mid(starts[2]).trimmed()};
    }
    return {};
}

bool hasJapanese(const QString &text)
{
    static const QRegularExpression kana(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
    return text.contains(kana);
}
} // namespace

class TestCliProject : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; ///< the projects and XDG_DATA_HOME, fresh for each test

    [[nodiscard]] QString dataHome() const { return m_dir->filePath(u"data"_s); }

    /// akari-cli with XDG_DATA_HOME in this test's folder, so that backups stay there.
    Akari::Test::ProcessResult runCli(const QStringList &arguments, const QString &workingDirectory = {},
                                      const QString &lang = u"en_US.UTF-8"_s) const
    {
        QProcessEnvironment environment = Akari::Test::environmentWithLanguage(lang);
        environment.insert(u"XDG_DATA_HOME"_s, dataHome());
        return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), arguments, environment, workingDirectory, 60000);
    }

    /// <test folder>/<folder>/pyproject.toml with \a contents; its path.
    [[nodiscard]] QString writeProject(const QString &folder, const QByteArray &contents) const
    {
        const QString path = m_dir->filePath(folder + u"/pyproject.toml"_s);
        return Akari::Test::writeFile(path, contents) ? path : QString();
    }

    [[nodiscard]] QString copyCorpus(const QString &name) const
    {
        const QByteArray contents = readAll(Akari::Test::sharedPath(u"corpus/pyprojects/"_s + name));
        return contents.isEmpty() ? QString() : writeProject(QFileInfo(name).completeBaseName(), contents);
    }

    /// The backups of \a file: the folder PyProjectFile documents, computed here from the path.
    [[nodiscard]] QStringList backupsOf(const QString &file) const
    {
        const QString absolute = QFileInfo(file).absoluteFilePath();
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
        const QDir folder(dataHome() + u"/akari/backups/"_s + QFileInfo(absolute).dir().dirName() + u'-' + hash);
        QStringList paths;
        for (const QString &name : folder.entryList({u"pyproject-*.toml"_s}, QDir::Files, QDir::Name))
            paths.append(folder.filePath(name));
        return paths;
    }

    [[nodiscard]] bool dataHomeIsEmpty() const
    {
        return !QFileInfo::exists(dataHome()) || QDir(dataHome()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

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
        const QJsonObject plan = json.value(u"plan"_s).toObject();
        QVERIFY2(plan.contains(u"mode"_s) && plan.value(u"packages"_s).isArray(), run.out.toUtf8().constData());
        QVERIFY(plan.contains(u"platforms"_s) || plan.contains(u"variants"_s));
        QVERIFY(json.value(u"issues"_s).isArray());
        for (const QJsonValue &issue : json.value(u"issues"_s).toArray()) {
            const QJsonObject object = issue.toObject();
            QVERIFY(object.value(u"severity"_s).toString() == u"error"_s ||
                    object.value(u"severity"_s).toString() == u"warning"_s);
            QVERIFY(!object.value(u"message"_s).toString().isEmpty());
        }
        // The text names them too.
        const Akari::Test::ProcessResult text = runCli({u"show"_s, file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"torch, torchvision"_s), qPrintable(text.out));
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

    void configureCpuShouldWriteTheGuidesIndexAndKeepABackup()
    {
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run =
            runCli({u"configure"_s, QFileInfo(file).path(), u"--backend"_s, u"cpu"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(file), qPrintable(run.out));

        const QJsonObject read = oracle(file);
        const QJsonObject data = read.value(u"data"_s).toObject();
        const QJsonObject project = data.value(u"project"_s).toObject();
        QCOMPARE(project.value(u"name"_s).toString(), u"project"_s);
        QCOMPARE(project.value(u"requires-python"_s).toString(), u">=3.12"_s);
        QCOMPARE(strings(project.value(u"dependencies"_s)), (QStringList{u"torch>=2.7.0"_s, u"torchvision>=0.22.0"_s}));
        const QList<QJsonObject> indexes = indexesWithUrl(data, PyTorchIndex + u"cpu"_s);
        QCOMPARE(indexes.size(), 1);
        QCOMPARE(indexes.first().value(u"explicit"_s), QJsonValue(true));
        QVERIFY(!indexes.first().value(u"name"_s).toString().isEmpty());
        const QJsonObject resolved = read.value(u"resolved"_s).toObject();
        QCOMPARE(resolved.keys(), (QStringList{u"torch"_s, u"torchvision"_s}));
        for (const QString &package : {u"torch"_s, u"torchvision"_s})
            QCOMPARE(perPlatform(resolved.value(package).toObject()), (QStringList{u"cpu"_s, u"cpu"_s, u"cpu"_s}));
        // The original's bytes are kept where PyProjectFile says, and the output says where.
        const QStringList backups = backupsOf(file);
        QCOMPARE(backups.size(), 1);
        QCOMPARE(readAll(backups.first()), GuideDefault);
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(backups.first())), qPrintable(run.out));

        // Again: nothing to do, nothing written, no second backup.
        const QByteArray written = readAll(file);
        const Akari::Test::ProcessResult again =
            runCli({u"configure"_s, QFileInfo(file).path(), u"--backend"_s, u"cpu"_s});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"nothing to change"_s), qPrintable(again.out));
        QCOMPARE(readAll(file), written);
        QCOMPARE(backupsOf(file), backups);
    }

    void configureShouldSetBackendsPerPlatform_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("expected"); // torch and torchvision on linux, windows, macos
        QTest::newRow("cpu") << QStringList{u"--backend"_s, u"cpu"_s} << QStringList{u"cpu"_s, u"cpu"_s, u"cpu"_s};
        QTest::newRow("cuda where available")
            << QStringList{u"--backend"_s, u"cu128"_s} << QStringList{u"cu128"_s, u"cu128"_s, u"pypi"_s};
        QTest::newRow("per platform") << QStringList{u"--backend"_s, u"linux=cu128"_s, u"--backend"_s, u"windows=cpu"_s}
                                      << QStringList{u"cu128"_s, u"cpu"_s, u"pypi"_s};
        QTest::newRow("later overrides") << QStringList{u"--backend"_s, u"cpu"_s, u"--backend"_s, u"macos=pypi"_s}
                                         << QStringList{u"cpu"_s, u"cpu"_s, u"pypi"_s};
        QTest::newRow("rocm") << QStringList{u"--backend"_s, u"rocm6.3"_s}
                              << QStringList{u"rocm6.3"_s, u"pypi"_s, u"pypi"_s};
    }

    void configureShouldSetBackendsPerPlatform()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, expected);
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli(QStringList{u"configure"_s, file} + options);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonObject read = oracle(file);
        const QJsonObject data = read.value(u"data"_s).toObject();
        const QJsonObject resolved = read.value(u"resolved"_s).toObject();
        for (const QString &package : {u"torch"_s, u"torchvision"_s})
            QCOMPARE(perPlatform(resolved.value(package).toObject()), expected);
        for (const QString &backend : expected) {
            if (backend == u"pypi"_s)
                continue;
            const QList<QJsonObject> indexes = indexesWithUrl(data, PyTorchIndex + backend);
            QCOMPARE(indexes.size(), 1);
            QCOMPARE(indexes.first().value(u"explicit"_s), QJsonValue(true));
        }
        const QStringList dependencies = strings(data.value(u"project"_s).toObject().value(u"dependencies"_s));
        QCOMPARE(dependencies.mid(0, 2), (QStringList{u"torch>=2.7.0"_s, u"torchvision>=0.22.0"_s}));
        // ROCm 6 needs pytorch-triton-rocm from the same index (the guide's AMD example).
        if (expected.first() == u"rocm6.3"_s) {
            QCOMPARE(dependencies.size(), 3);
            QCOMPARE(dependencies.at(2), u"pytorch-triton-rocm>=3.3.0 ; sys_platform == 'linux'"_s);
            QCOMPARE(perPlatform(resolved.value(u"pytorch-triton-rocm"_s).toObject()), expected);
        } else {
            QCOMPARE(dependencies.size(), 2);
            QCOMPARE(resolved.keys(), (QStringList{u"torch"_s, u"torchvision"_s}));
        }
        QCOMPARE(backupsOf(file).size(), 1);
    }

    void configureShouldWriteVariants()
    {
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"configure"_s, file, u"--variants"_s, u"cpu,cu128"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject read = oracle(file);
        const QJsonObject data = read.value(u"data"_s).toObject();
        const QJsonObject extras = data.value(u"project"_s).toObject().value(u"optional-dependencies"_s).toObject();
        QCOMPARE(extras.keys(), (QStringList{u"cpu"_s, u"cu128"_s}));
        for (const QString &extra : {u"cpu"_s, u"cu128"_s}) {
            QStringList names;
            for (const QString &requirement : strings(extras.value(extra)))
                names.append(requirement.section(QRegularExpression(u"[^A-Za-z0-9_.-]"_s), 0, 0));
            names.sort();
            QCOMPARE(names, (QStringList{u"torch"_s, u"torchvision"_s}));
        }
        // One conflict set holding exactly the two extras.
        const QJsonArray conflicts =
            data.value(u"tool"_s).toObject().value(u"uv"_s).toObject().value(u"conflicts"_s).toArray();
        QCOMPARE(conflicts.size(), 1);
        QStringList members;
        for (const QJsonValue &member : conflicts.first().toArray()) {
            QCOMPARE(member.toObject().keys(), QStringList{u"extra"_s});
            members.append(member.toObject().value(u"extra"_s).toString());
        }
        members.sort();
        QCOMPARE(members, (QStringList{u"cpu"_s, u"cu128"_s}));
        // With an extra on, Linux gets that extra's index.
        const QJsonObject variants = read.value(u"variants"_s).toObject();
        for (const QString &extra : {u"cpu"_s, u"cu128"_s}) {
            for (const QString &package : {u"torch"_s, u"torchvision"_s}) {
                const QJsonObject platforms = variants.value(extra).toObject().value(package).toObject();
                QCOMPARE(backendOf(platforms.value(u"linux"_s)), extra);
            }
        }
        // And show reads the variants back.
        const Akari::Test::ProcessResult show = runCli({u"show"_s, file, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject plan = parseJson(show.out.toUtf8()).value(u"plan"_s).toObject();
        QCOMPARE(plan.value(u"mode"_s).toString(), u"variants"_s);
        QStringList names;
        for (const QJsonValue &variant : plan.value(u"variants"_s).toArray())
            names.append(variant.toObject().value(u"name"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList{u"cpu"_s, u"cu128"_s}));
    }

    // The diff, applied by patch(1) to the original, gives what configure writes.
    void configureDiffShouldNotWrite()
    {
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const QStringList options{u"--backend"_s, u"linux=cu128"_s, u"--backend"_s, u"windows=cpu"_s};
        const Akari::Test::ProcessResult diff = runCli(QStringList{u"configure"_s, file, u"--diff"_s} + options);
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.startsWith(u"--- a/pyproject.toml\n+++ b/pyproject.toml\n@@ "_s), qPrintable(diff.out));
        QCOMPARE(readAll(file), GuideDefault);
        QVERIFY(dataHomeIsEmpty());

        const QString patched = writeProject(u"patched"_s, GuideDefault);
        const QString patchFile = m_dir->filePath(u"change.diff"_s);
        QVERIFY(Akari::Test::writeFile(patchFile, diff.out.toUtf8()));
        QProcess patch;
        patch.start(u"patch"_s, {u"--quiet"_s, u"--force"_s, patched, patchFile});
        if (!patch.waitForStarted())
            QSKIP("patch(1) is not installed");
        QVERIFY(patch.waitForFinished());
        QVERIFY2(patch.exitCode() == 0, patch.readAllStandardOutput().constData());

        const Akari::Test::ProcessResult write = runCli(QStringList{u"configure"_s, file} + options);
        QCOMPARE(write.exitCode, 0);
        QCOMPARE(readAll(patched), readAll(file));
        QVERIFY(readAll(file) != GuideDefault);
    }

    void configureDryRunShouldNotWrite()
    {
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run =
            runCli({u"configure"_s, file, u"--backend"_s, u"cu128"_s, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(file), GuideDefault);
        QVERIFY(dataHomeIsEmpty());
        // The plan it would write, in the table.
        const QStringList torch = tableRow(run.out, u"torch"_s);
        QCOMPARE(torch.size(), 3);
        QVERIFY2(torch.at(0).endsWith(u"(cu128)"_s), qPrintable(run.out));
        QVERIFY2(torch.at(1).endsWith(u"(cu128)"_s), qPrintable(run.out));
        QVERIFY2(torch.at(2).endsWith(u"(pypi)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Dry run"_s), qPrintable(run.out));
    }

    void configureShouldRejectBadUsage_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown backend") << QStringList{u"--backend"_s, u"cu999"_s} << u"cu999"_s;
        QTest::newRow("unknown platform") << QStringList{u"--backend"_s, u"beos=cpu"_s} << u"beos"_s;
        QTest::newRow("rocm on windows") << QStringList{u"--backend"_s, u"windows=rocm6.3"_s} << u"ROCm 6.3"_s;
        QTest::newRow("unknown variant") << QStringList{u"--variants"_s, u"cpu,cu999"_s} << u"cu999"_s;
        QTest::newRow("backend and variants")
            << QStringList{u"--backend"_s, u"cpu"_s, u"--variants"_s, u"cpu,cu128"_s} << u"--variants"_s;
        QTest::newRow("neither") << QStringList{} << u"--backend"_s;
        QTest::newRow("dry run and diff")
            << QStringList{u"--backend"_s, u"cpu"_s, u"--dry-run"_s, u"--diff"_s} << u"--diff"_s;
        QTest::newRow("not a PyTorch package")
            << QStringList{u"--backend"_s, u"cpu"_s, u"--packages"_s, u"numpy"_s} << u"numpy"_s;
    }

    void configureShouldRejectBadUsage()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli(QStringList{u"configure"_s, file} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(readAll(file), GuideDefault);
        QVERIFY(dataHomeIsEmpty());
    }

    // torch from a wheel URL: kept as written, so configure refuses rather than half-configure.
    void configureShouldRefuseWhenTorchIsKept_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::newRow("default packages") << QStringList{u"--backend"_s, u"cpu"_s};
        QTest::newRow("torch named") << QStringList{u"--backend"_s, u"cpu"_s, u"--packages"_s, u"torch"_s};
        QTest::newRow("variants, torch named")
            << QStringList{u"--variants"_s, u"cpu,cu128"_s, u"--packages"_s, u"torch"_s};
    }

    void configureShouldRefuseWhenTorchIsKept()
    {
        QFETCH(QStringList, options);
        const QByteArray text = GuideDefault + TorchFromAWheel;
        const QString file = writeProject(u"wheel"_s, text);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult show = runCli({u"show"_s, file, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        QVERIFY2(strings(parseJson(show.out.toUtf8()).value(u"kept_packages"_s)).contains(u"torch"_s),
                 qPrintable(show.out));

        const Akari::Test::ProcessResult run = runCli(QStringList{u"configure"_s, file} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"torch"_s), qPrintable(run.err));
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QCOMPARE(readAll(file), text);
        QVERIFY(dataHomeIsEmpty());
    }

    // auto: this machine's recommendation, announced on stderr and then written.
    void configureAutoShouldWriteTheRecommendation()
    {
        const QString file = writeProject(u"demo"_s, GuideDefault);
        QVERIFY(!file.isEmpty());
        const Akari::Test::ProcessResult run = runCli({u"configure"_s, file, u"--backend"_s, u"linux=auto"_s});
        QCOMPARE(run.exitCode, 0);
        static const QRegularExpression announced(u"recommendation: .*\\(([a-z0-9.]+)\\)"_s);
        const QRegularExpressionMatch match = announced.match(run.err);
        QVERIFY2(match.hasMatch(), qPrintable(run.err));
        const QString backend = match.captured(1);
        const QJsonObject read = oracle(file);
        QCOMPARE(perPlatform(read.value(u"resolved"_s).toObject().value(u"torch"_s).toObject()),
                 (QStringList{backend, u"pypi"_s, u"pypi"_s}));

        // Without GPUs, as on CI, the answer is the CPU build.
        const Akari::Test::ProcessResult detect = runCli({u"detect"_s, u"--json"_s});
        QCOMPARE(detect.exitCode, 0);
        if (parseJson(detect.out.toUtf8()).value(u"gpus"_s).toArray().isEmpty())
            QCOMPARE(backend, u"cpu"_s);
        else
            qInfo("This machine has GPUs: auto chose %s", qPrintable(backend));

        // Plain auto: where that backend has wheels (the CPU build everywhere).
        const QString other = writeProject(u"other"_s, GuideDefault);
        const Akari::Test::ProcessResult plain = runCli({u"configure"_s, other, u"--backend"_s, u"auto"_s});
        QCOMPARE(plain.exitCode, 0);
        const QStringList written =
            perPlatform(oracle(other).value(u"resolved"_s).toObject().value(u"torch"_s).toObject());
        QCOMPARE(written.first(), backend);
        if (backend == u"cpu"_s)
            QCOMPARE(written, (QStringList{u"cpu"_s, u"cpu"_s, u"cpu"_s}));
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
