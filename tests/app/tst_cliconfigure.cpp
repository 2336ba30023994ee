// SPDX-License-Identifier: GPL-3.0-or-later
// akari-cli configure as a user runs it, on copies of real pyproject.toml files in temporary
// folders. What configure writes is read back by Python's tomllib, and which index each
// platform gets is worked out by the packaging library's marker evaluation, not by Akari.
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include "cliprojecttest.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test;

namespace
{
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
} // namespace

class TestCliConfigure : public QObject, protected CliProjectFixture
{
    Q_OBJECT

private:
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

private slots:
    void init() { QVERIFY(makeFolder()); }

    void cleanup() { m_dir.reset(); }

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
};

QTEST_GUILESS_MAIN(TestCliConfigure)
#include "tst_cliconfigure.moc"
