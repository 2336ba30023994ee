// SPDX-License-Identifier: GPL-3.0-or-later
// `akari-cli available` against the loopback index (tests/tools/loopback_index.py), whose cu118
// index stops at torch 2.7.1 and where nothing has cp314 wheels.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "processrunner.h"
#include "pythonindexserver.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;

class TestCliAvailable : public QObject
{
    Q_OBJECT

private:
    Akari::Test::PythonIndexServer m_server;
    QTemporaryDir m_cache;

    [[nodiscard]] Akari::Test::ProcessResult runCli(const QStringList &arguments, const QString &directory = {},
                                                    const QString &lang = u"en_US.UTF-8"_s)
    {
        QProcessEnvironment environment = Akari::Test::environmentWithLanguage(lang);
        environment.insert(u"XDG_CACHE_HOME"_s, m_cache.path()); // never the user's cache
        environment.remove(u"UV_OFFLINE"_s);
        return Akari::Test::runProcess(QStringLiteral(AKARI_CLI_PATH), QStringList{u"available"_s} + arguments,
                                       environment, directory, 60000);
    }

    [[nodiscard]] QStringList indexes(const QStringList &backends) const
    {
        QStringList arguments;
        for (const QString &backend : backends)
            arguments << u"--index"_s
                      << u"%1=%2"_s.arg(backend, m_server.indexUrl(backend).toString(QUrl::StripTrailingSlash));
        return arguments;
    }

    static QJsonObject parse(const QString &text)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void showsWhereBackendsStop()
    {
        const Akari::Test::ProcessResult run =
            runCli(QStringList{u"--backend"_s, u"cu118"_s, u"--backend"_s, u"cu128"_s, u"--python"_s, u"3.12"_s,
                               u"--python"_s, u"3.14"_s, u"--platform"_s, u"linux"_s, u"--json"_s} +
                   indexes({u"cu118"_s, u"cu128"_s}));
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parse(run.out);
        QVERIFY2(!json.isEmpty(), qPrintable(run.out + run.err));
        QCOMPARE(json[u"warnings"_s].toArray().size(), 0);
        const QJsonObject torch = json[u"packages"_s][u"torch"_s].toObject();
        QCOMPARE(torch.keys(), (QStringList{u"cu118"_s, u"cu128"_s}));
        const QStringList cu118 = torch[u"cu118"_s][u"linux"_s][u"3.12"_s].toVariant().toStringList();
        const QStringList cu128 = torch[u"cu128"_s][u"linux"_s][u"3.12"_s].toVariant().toStringList();
        QCOMPARE(cu118.value(0), u"2.7.1"_s);
        QVERIFY2(cu128.size() > 1 && cu128.contains(u"2.7.1"_s) && cu128.first() != u"2.7.1"_s,
                 qPrintable(cu128.join(u' ')));
        QVERIFY(torch[u"cu118"_s][u"linux"_s][u"3.14"_s].toArray().isEmpty());
        QVERIFY(torch[u"cu128"_s][u"linux"_s][u"3.14"_s].toArray().isEmpty());
        QVERIFY(!torch[u"cu118"_s].toObject().contains(u"windows"_s)); // not asked for
        // torchvision follows torch on the same index.
        QVERIFY(!json[u"packages"_s][u"torchvision"_s][u"cu118"_s][u"linux"_s][u"3.12"_s].toArray().isEmpty());
    }

    void printsATable()
    {
        const Akari::Test::ProcessResult run =
            runCli(QStringList{u"--backend"_s, u"cu118"_s, u"--backend"_s, u"cu128"_s, u"--python"_s, u"3.12"_s,
                               u"--python"_s, u"3.14"_s, u"--platform"_s, u"linux"_s, u"--package"_s, u"torch"_s} +
                   indexes({u"cu118"_s, u"cu128"_s}));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"cu118 stops at torch 2.7.1."_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"No torch wheels for Python 3.14 from these backends."_s), qPrintable(run.out));
        const QStringList lines = run.out.split(u'\n');
        const auto row = std::ranges::find_if(
            lines, [](const QString &line) { return line.simplified().startsWith(u"torch cu118 "_s); });
        QVERIFY(row != lines.end());
        QCOMPARE(row->simplified(), u"torch cu118 2.7.1 —"_s);
    }

    void defaultsComeFromTheProject()
    {
        // CUDA 11.8 on Linux and Windows, PyPI's builds on macOS; Pythons 3.11 and 3.12 only.
        QTemporaryDir dir;
        QVERIFY(Akari::Test::writeFile(dir.filePath(u"pyproject.toml"_s),
                                       "[project]\nname = \"demo\"\nversion = \"0.1.0\"\n"
                                       "requires-python = \">=3.11,<3.13\"\ndependencies = [\"torch\"]\n\n"
                                       "[tool.uv.sources]\ntorch = [{ index = \"pytorch-cu118\", marker = "
                                       "\"sys_platform == 'linux' or sys_platform == 'win32'\" }]\n\n"
                                       "[[tool.uv.index]]\nname = \"pytorch-cu118\"\n"
                                       "url = \"https://download.pytorch.org/whl/cu118\"\nexplicit = true\n"));
        const Akari::Test::ProcessResult run =
            runCli(QStringList{u"--json"_s} + indexes({u"pypi"_s, u"cu118"_s}), dir.path());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = parse(run.out);
        QVERIFY2(!json.isEmpty(), qPrintable(run.out + run.err));
        // The plan's packages: torch only.
        QCOMPARE(json[u"packages"_s].toObject().keys(), QStringList{u"torch"_s});
        const QJsonObject torch = json[u"packages"_s][u"torch"_s].toObject();
        QCOMPARE(torch.keys(), (QStringList{u"cu118"_s, u"pypi"_s}));
        QCOMPARE(torch[u"cu118"_s][u"linux"_s].toObject().keys(), (QStringList{u"3.11"_s, u"3.12"_s}));
        QCOMPARE(torch[u"pypi"_s].toObject().keys(), (QStringList{u"linux"_s, u"macos"_s, u"windows"_s}));
        QVERIFY(!torch[u"pypi"_s][u"macos"_s][u"3.12"_s].toArray().isEmpty());
    }

    void unreadableIndexWarns()
    {
        // A port nobody listens on: reserve one, then close it.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"http://127.0.0.1:%1/whl/cu126"_s.arg(closed.serverPort());
        closed.close();
        const Akari::Test::ProcessResult partly =
            runCli(QStringList{u"--backend"_s, u"cu118"_s, u"--backend"_s, u"cu126"_s, u"--python"_s, u"3.12"_s,
                               u"--package"_s, u"torch"_s, u"--index"_s, u"cu126="_s + dead, u"--json"_s} +
                   indexes({u"cu118"_s}));
        QCOMPARE(partly.exitCode, 0);
        const QJsonObject json = parse(partly.out);
        QCOMPARE(json[u"warnings"_s].toArray().size(), 1);
        QVERIFY2(json[u"warnings"_s][0].toString().contains(dead), qPrintable(partly.out));
        QVERIFY(!json[u"packages"_s][u"torch"_s].toObject().contains(u"cu126"_s));

        const Akari::Test::ProcessResult nothing =
            runCli({u"--backend"_s, u"cu126"_s, u"--python"_s, u"3.12"_s, u"--index"_s, u"cu126="_s + dead});
        QCOMPARE(nothing.exitCode, 1);
        QVERIFY2(nothing.err.contains(u"127.0.0.1"_s), qPrintable(nothing.err));
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown backend") << QStringList{u"--backend"_s, u"cu999"_s} << u"cu999"_s;
        QTest::newRow("unknown platform")
            << QStringList{u"--backend"_s, u"cpu"_s, u"--platform"_s, u"beos"_s} << u"beos"_s;
        QTest::newRow("python without minor") << QStringList{u"--backend"_s, u"cpu"_s, u"--python"_s, u"3"_s} << u"3"_s;
        QTest::newRow("index without URL") << QStringList{u"--backend"_s, u"cpu"_s, u"--index"_s, u"cpu"_s} << u"cpu"_s;
        QTest::newRow("two projects") << QStringList{u"a"_s, u"b"_s} << u"b"_s;
        QTest::newRow("missing project") << QStringList{u"/nonexistent/akari"_s} << u"/nonexistent/akari"_s;
    }

    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Akari::Test::ProcessResult run = runCli(arguments, QDir::tempPath());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void listedInHelp()
    {
        const Akari::Test::ProcessResult help = Akari::Test::runProcess(
            QStringLiteral(AKARI_CLI_PATH), {u"--help"_s}, Akari::Test::environmentWithLanguage(u"en_US.UTF-8"_s));
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"\n  available "_s));
        const Akari::Test::ProcessResult own = runCli({u"--help"_s});
        QCOMPARE(own.exitCode, 0);
        for (const QString &option : {u"--backend"_s, u"--python"_s, u"--platform"_s, u"--package"_s, u"--json"_s})
            QVERIFY2(own.out.contains(option), qPrintable(option));
    }
};

QTEST_GUILESS_MAIN(TestCliAvailable)
#include "tst_cliavailable.moc"
