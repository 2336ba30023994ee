// SPDX-License-Identifier: GPL-3.0-or-later
// `akari-cli resolve` against the loopback index: the table, --json, exit codes, platforms.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "processrunner.h"
#include "pythonindexserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

namespace
{

QStringList packageNames(const QJsonObject &root)
{
    QStringList names;
    for (const QJsonValue &value : root.value(u"packages"_s).toArray())
        names.append(value.toObject().value(u"name"_s).toString());
    return names;
}

QJsonObject packageNamed(const QJsonObject &root, const QString &name)
{
    for (const QJsonValue &value : root.value(u"packages"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCliResolve : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tableForLinux();
    void jsonDiffersBetweenPlatforms();
    void platformAloneTakesTheNewestPythonTheProjectAdmits();
    void interpreterTarget();
    void extraChoosesItsIndex();
    void unsatisfiableExitsOne();
    void badInputExitsTwo_data();
    void badInputExitsTwo();
    void unreachableIndexExitsOne();
    void helpListsTheCommand();

private:
    [[nodiscard]] QString writeProject(const QString &name, const QByteArray &dependencies,
                                       const QByteArray &extra = {}, const QByteArray &defaultUrl = {});
    [[nodiscard]] Akari::Test::ProcessResult run(const QStringList &arguments) const;

    Akari::Test::PythonIndexServer m_server;
    QTemporaryDir m_dir;
    QString m_project; // torch==2.8.0 from cu128 + torchvision, requires-python <3.13
};

void TestCliResolve::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_project = writeProject(u"torch"_s, "[\"torch==2.8.0\", \"torchvision\"]",
                             "[tool.uv.sources]\n"
                             "torch = [{ index = \"pytorch-cu128\", marker = \"sys_platform != 'darwin'\" }]\n"
                             "torchvision = [{ index = \"pytorch-cu128\", marker = \"sys_platform != 'darwin'\" }]\n");
}

QString TestCliResolve::writeProject(const QString &name, const QByteArray &dependencies, const QByteArray &extra,
                                     const QByteArray &defaultUrl)
{
    const QString folder = m_dir.filePath(name);
    const QByteArray text = "[project]\nname = \"demo\"\nversion = \"0.1\"\nrequires-python = \">=3.10,<3.13\"\n"
                            "dependencies = " +
                            dependencies +
                            "\n\n"
                            "[[tool.uv.index]]\nname = \"loop-pypi\"\nurl = \"" +
                            (defaultUrl.isEmpty() ? m_server.indexUrl(u"pypi"_s).toEncoded() : defaultUrl) +
                            "\"\ndefault = true\n\n"
                            "[[tool.uv.index]]\nname = \"pytorch-cu128\"\nurl = \"" +
                            m_server.indexUrl(u"cu128"_s).toEncoded() +
                            "\"\nexplicit = true\n\n"
                            "[[tool.uv.index]]\nname = \"pytorch-cpu\"\nurl = \"" +
                            m_server.indexUrl(u"cpu"_s).toEncoded() + "\"\nexplicit = true\n\n" + extra;
    if (!Akari::Test::writeFile(folder + u"/pyproject.toml"_s, text))
        return {};
    return folder;
}

Akari::Test::ProcessResult TestCliResolve::run(const QStringList &arguments) const
{
    QProcessEnvironment environment = Akari::Test::environmentWithLanguage(u"en_US.UTF-8"_s);
    for (const QString &name : {u"UV_INDEX"_s, u"UV_DEFAULT_INDEX"_s, u"UV_INDEX_URL"_s, u"UV_EXTRA_INDEX_URL"_s,
                                u"UV_INDEX_STRATEGY"_s, u"UV_OFFLINE"_s})
        environment.remove(name);
    // A cache of this test's own; no retries, so that unreachable indexes fail fast.
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
    environment.insert(u"UV_HTTP_RETRIES"_s, u"0"_s);
    return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), QStringList{u"resolve"_s} + arguments, environment,
                                   m_dir.path(), 120000);
}

void TestCliResolve::tableForLinux()
{
    const Akari::Test::ProcessResult result = run({m_project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"CPython 3.12 on Linux (x86_64)"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(QRegularExpression(u"\\btorch\\s+2\\.8\\.0\\+cu128\\s+pytorch-cu128\\s"_s)));
    QVERIFY(result.out.contains(QRegularExpression(u"\\bnvidia-nccl-cu12\\s+2\\.27\\.3\\s+loop-pypi\\s"_s)));
    QVERIFY(result.out.contains(u"Package"_s) && result.out.contains(u"Size"_s));
}

void TestCliResolve::jsonDiffersBetweenPlatforms()
{
    const Akari::Test::ProcessResult linux =
        run({m_project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s, u"--json"_s});
    const Akari::Test::ProcessResult windows =
        run({m_project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"windows"_s, u"--json"_s});
    QVERIFY2(linux.exitCode == 0, qPrintable(linux.err));
    QVERIFY2(windows.exitCode == 0, qPrintable(windows.err));
    const QJsonObject linuxJson = QJsonDocument::fromJson(linux.out.toUtf8()).object();
    const QJsonObject windowsJson = QJsonDocument::fromJson(windows.out.toUtf8()).object();
    QCOMPARE(linuxJson.value(u"satisfiable"_s).toBool(), true);
    QCOMPARE(windowsJson.value(u"target"_s).toObject().value(u"platform"_s).toString(), u"windows"_s);
    QCOMPARE(windowsJson.value(u"target"_s).toObject().value(u"arch"_s).toString(), u"AMD64"_s);
    QVERIFY(windowsJson.value(u"explanation"_s).isNull());

    const QJsonObject torch = packageNamed(windowsJson, u"torch"_s);
    QCOMPARE(torch.value(u"version"_s).toString(), u"2.8.0+cu128"_s);
    QVERIFY(torch.value(u"url"_s).toString().endsWith(u"win_amd64.whl"_s));
    QVERIFY(torch.value(u"hash"_s).toString().startsWith(u"sha256:"_s));
    QCOMPARE(torch.value(u"direct"_s).toBool(), true);
    QVERIFY(torch.value(u"size"_s).toInteger() > 0);

    const QStringList onLinux = packageNames(linuxJson);
    const QStringList onWindows = packageNames(windowsJson);
    QVERIFY(onLinux.contains(u"triton"_s) && !onWindows.contains(u"triton"_s));
    QVERIFY(onLinux.join(u' ').contains(u"nvidia-"_s));
    QVERIFY(!onWindows.join(u' ').contains(u"nvidia-"_s));
    QVERIFY(std::ranges::is_sorted(onLinux));

    // On macOS the marker sends torch to the default index instead.
    const Akari::Test::ProcessResult mac =
        run({m_project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"macos"_s, u"--json"_s});
    QVERIFY2(mac.exitCode == 0, qPrintable(mac.err));
    const QJsonObject macTorch = packageNamed(QJsonDocument::fromJson(mac.out.toUtf8()).object(), u"torch"_s);
    QCOMPARE(macTorch.value(u"version"_s).toString(), u"2.8.0"_s);
    QCOMPARE(macTorch.value(u"index"_s).toString(), u"loop-pypi"_s);
}

void TestCliResolve::platformAloneTakesTheNewestPythonTheProjectAdmits()
{
    // requires-python <3.13: the newest Python PyTorch supports that the project admits is 3.12.
    const Akari::Test::ProcessResult result = run({m_project, u"--platform"_s, u"linux"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"target"_s).toObject().value(u"python"_s).toString(), u"3.12"_s);
    QVERIFY(packageNamed(root, u"torch"_s).value(u"url"_s).toString().contains(u"-cp312-"_s));
}

void TestCliResolve::interpreterTarget()
{
    const QString project = writeProject(u"interpreter"_s, "[\"jinja2\"]");
    const Akari::Test::ProcessResult result = run({project, u"--python"_s, QStringLiteral(AKARI_PYTHON3), u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(u"target"_s).toObject().value(u"platform"_s).toString(), u"linux"_s);
    QVERIFY(root.value(u"target"_s).toObject().value(u"python"_s).toString().startsWith(u"3."_s));
    QCOMPARE(packageNames(root), (QStringList{u"jinja2"_s, u"markupsafe"_s}));

    const Akari::Test::ProcessResult missing = run({project, u"--python"_s, m_dir.filePath(u"no-python"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"no-python"_s), qPrintable(missing.err));
}

void TestCliResolve::extraChoosesItsIndex()
{
    const QString project = writeProject(u"extras"_s, "[\"torch==2.8.0\"]",
                                         "[project.optional-dependencies]\ncpu = [\"torch==2.8.0\"]\n\n"
                                         "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cpu\", extra = \"cpu\" }]\n");
    const Akari::Test::ProcessResult plain =
        run({project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s, u"--json"_s});
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(
        packageNamed(QJsonDocument::fromJson(plain.out.toUtf8()).object(), u"torch"_s).value(u"index"_s).toString(),
        u"loop-pypi"_s);
    const Akari::Test::ProcessResult result =
        run({project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s, u"--extra"_s, u"cpu"_s, u"--json"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(packageNamed(root, u"torch"_s).value(u"version"_s).toString(), u"2.8.0+cpu"_s);
    QCOMPARE(packageNamed(root, u"torch"_s).value(u"index"_s).toString(), u"pytorch-cpu"_s);
}

void TestCliResolve::unsatisfiableExitsOne()
{
    const QString project = writeProject(u"clash"_s, "[\"torch==2.7.1\", \"torchvision==0.23.0\"]");
    const Akari::Test::ProcessResult result = run({project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.out.contains(u"No solution"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"torchvision"_s));

    const Akari::Test::ProcessResult json =
        run({project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(u"satisfiable"_s).toBool(true), false);
    QVERIFY(root.value(u"explanation"_s).toString().contains(u"torchvision"_s));
}

void TestCliResolve::badInputExitsTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("platform") << QStringList{u"--platform"_s, u"beos"_s} << u"beos"_s;
    QTest::newRow("arch") << QStringList{u"--platform"_s, u"linux"_s, u"--arch"_s, u"sparc"_s} << u"sparc"_s;
    QTest::newRow("extra") << QStringList{u"--python"_s, u"3.12"_s,    u"--platform"_s,
                                          u"linux"_s,    u"--extra"_s, u"rocm"_s}
                           << u"rocm"_s;
    QTest::newRow("group") << QStringList{u"--python"_s, u"3.12"_s,    u"--platform"_s,
                                          u"linux"_s,    u"--group"_s, u"docs"_s}
                           << u"docs"_s;
    QTest::newRow("interpreter with platform")
        << QStringList{u"--python"_s, u"/usr/bin/python3"_s, u"--platform"_s, u"linux"_s} << u"--platform"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << u"frobnicate"_s;
}

void TestCliResolve::badInputExitsTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Akari::Test::ProcessResult result = run(QStringList{m_project} + arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());

    const Akari::Test::ProcessResult missing = run({m_dir.filePath(u"nowhere"_s), u"--platform"_s, u"linux"_s});
    QCOMPARE(missing.exitCode, 2);
}

void TestCliResolve::unreachableIndexExitsOne()
{
    // Port 9 (discard): nothing listens there on a test machine.
    const QString project = writeProject(u"unreachable"_s, "[\"jinja2\"]", {}, "http://127.0.0.1:9/simple/");
    const Akari::Test::ProcessResult result = run({project, u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"127.0.0.1:9"_s), qPrintable(result.err));

    // Offline: what an earlier run cached answers; what it never fetched is an error.
    const QString cached = writeProject(u"offline"_s, "[\"filelock\"]");
    const QStringList target{u"--python"_s, u"3.12"_s, u"--platform"_s, u"linux"_s, u"--json"_s};
    const Akari::Test::ProcessResult online = run(QStringList{cached} + target);
    QCOMPARE(online.exitCode, 0);
    const Akari::Test::ProcessResult offline = run(QStringList{cached} + target + QStringList{u"--offline"_s});
    QCOMPARE(offline.exitCode, 0);
    QCOMPARE(offline.out, online.out);
    const QString never = writeProject(u"never"_s, "[\"antlr4-python3-runtime\"]");
    const Akari::Test::ProcessResult missing = run(QStringList{never} + target + QStringList{u"--offline"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"antlr4-python3-runtime"_s), qPrintable(missing.err));
}

void TestCliResolve::helpListsTheCommand()
{
    const Akari::Test::ProcessResult help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option :
         {u"--python"_s, u"--platform"_s, u"--arch"_s, u"--extra"_s, u"--group"_s, u"--offline"_s, u"--json"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
    QProcessEnvironment environment = Akari::Test::environmentWithLanguage(u"en_US.UTF-8"_s);
    const Akari::Test::ProcessResult global =
        Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), {u"--help"_s}, environment, {}, 30000);
    QVERIFY(global.out.contains(QRegularExpression(u"\\n  resolve\\s"_s)));
}

QTEST_GUILESS_MAIN(TestCliResolve)
#include "tst_cliresolve.moc"
