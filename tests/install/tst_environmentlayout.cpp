// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/environmentlayout.h"
#include "core/install/pythoninterpreter.h"
#include "core/resolve/interpreterquerycache.h"
#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

Q_DECLARE_METATYPE(Akari::TargetPlatform::Os)

namespace
{

PythonInterpreter fakeInterpreter(TargetPlatform::Os os, const QString &version)
{
    PythonInterpreter interpreter;
    interpreter.version = *Version::parse(version);
    interpreter.target.os = os;
    return interpreter;
}

QString runPython(const QString &python, const QString &code)
{
    return Test::runProcess(python, {u"-c"_s, code}, QProcessEnvironment::systemEnvironment()).out.trimmed();
}

} // namespace

class TestEnvironmentLayout : public QObject
{
    Q_OBJECT

private slots:
    void computedLayouts_data();
    void computedLayouts();
    void rebasesTheInterpretersScheme_data();
    void rebasesTheInterpretersScheme();
    void matchesSysconfigOfTheRealInterpreter();
    void existing_data();
    void existing();
    void existingErrors_data();
    void existingErrors();
    void existingRealVenv();
    void relocated();

private:
    QTemporaryDir m_dir;
};

void TestEnvironmentLayout::computedLayouts_data()
{
    QTest::addColumn<TargetPlatform::Os>("os");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("finalRoot");
    QTest::addColumn<QStringList>("expected"); // scripts, purelib, includeRoot, python, finalPython (below roots)

    QTest::newRow("linux") << TargetPlatform::Os::Linux << u"3.11.2"_s << QString()
                           << QStringList{u"R/bin"_s, u"R/lib/python3.11/site-packages"_s,
                                          u"R/include/site/python3.11"_s, u"R/bin/python"_s, u"R/bin/python"_s};
    QTest::newRow("macos staged") << TargetPlatform::Os::MacOs << u"3.9.18"_s << u"/final/.venv"_s
                                  << QStringList{u"R/bin"_s, u"R/lib/python3.9/site-packages"_s,
                                                 u"R/include/site/python3.9"_s, u"R/bin/python"_s,
                                                 u"/final/.venv/bin/python"_s};
    QTest::newRow("windows") << TargetPlatform::Os::Windows << u"3.12.4"_s << QString()
                             << QStringList{u"R/Scripts"_s, u"R/Lib/site-packages"_s, u"R/Include/site/python3.12"_s,
                                            u"R/Scripts/python.exe"_s, u"R/Scripts/python.exe"_s};
    QTest::newRow("windows staged") << TargetPlatform::Os::Windows << u"3.13.0"_s << u"/final/env"_s
                                    << QStringList{u"R/Scripts"_s, u"R/Lib/site-packages"_s,
                                                   u"R/Include/site/python3.13"_s, u"R/Scripts/python.exe"_s,
                                                   u"/final/env/Scripts/python.exe"_s};
}

void TestEnvironmentLayout::computedLayouts()
{
    QFETCH(TargetPlatform::Os, os);
    QFETCH(QString, version);
    QFETCH(QString, finalRoot);
    QFETCH(QStringList, expected);
    const QString root = u"/work/stage/.venv"_s;
    const auto expand = [&root](QString path) { return path.startsWith(u"R/"_s) ? root + path.mid(1) : path; };

    const EnvironmentLayout layout = EnvironmentLayout::forInterpreter(fakeInterpreter(os, version), root, finalRoot);
    QCOMPARE(layout.root, root);
    QCOMPARE(layout.finalRoot, finalRoot.isEmpty() ? root : finalRoot);
    QCOMPARE(layout.os, os);
    QCOMPARE(layout.pythonMinor, version.section(u'.', 0, 1));
    QCOMPARE(layout.scripts, expand(expected.at(0)));
    QCOMPARE(layout.purelib, expand(expected.at(1)));
    QCOMPARE(layout.platlib, layout.purelib);
    QCOMPARE(layout.includeRoot, expand(expected.at(2)));
    QCOMPARE(layout.data, root);
    QCOMPARE(layout.python, expand(expected.at(3)));
    QCOMPARE(layout.finalPython, expand(expected.at(4)));
}

void TestEnvironmentLayout::rebasesTheInterpretersScheme_data()
{
    QTest::addColumn<TargetPlatform::Os>("os");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("purelib");
    QTest::addColumn<QString>("scripts");
    QTest::addColumn<QString>("expectedPurelib");
    QTest::addColumn<QString>("expectedScripts");

    // PyPy's venv scheme names its own folder.
    QTest::newRow("pypy") << TargetPlatform::Os::Linux << u"/opt/pypy3.10"_s
                          << u"/opt/pypy3.10/lib/pypy3.10/site-packages"_s << u"/opt/pypy3.10/bin"_s
                          << u"R/lib/pypy3.10/site-packages"_s << u"R/bin"_s;
    QTest::newRow("windows separators") << TargetPlatform::Os::Windows << u"C:\\Python312"_s
                                        << u"C:\\Python312\\Lib\\site-packages"_s << u"C:\\Python312\\Scripts"_s
                                        << u"R/Lib/site-packages"_s << u"R/Scripts"_s;
    QTest::newRow("paths elsewhere: computed")
        << TargetPlatform::Os::Linux << u"/usr"_s << u"/somewhere/else/site-packages"_s << QString()
        << u"R/lib/python3.10/site-packages"_s << u"R/bin"_s;
}

void TestEnvironmentLayout::rebasesTheInterpretersScheme()
{
    QFETCH(TargetPlatform::Os, os);
    QFETCH(QString, prefix);
    QFETCH(QString, purelib);
    QFETCH(QString, scripts);
    QFETCH(QString, expectedPurelib);
    QFETCH(QString, expectedScripts);
    PythonInterpreter interpreter = fakeInterpreter(os, u"3.10.1"_s);
    interpreter.prefix = prefix;
    interpreter.paths.purelib = purelib;
    interpreter.paths.platlib = purelib;
    interpreter.paths.scripts = scripts;
    const QString root = u"/tmp/env"_s;
    const EnvironmentLayout layout = EnvironmentLayout::forInterpreter(interpreter, root);
    QCOMPARE(layout.purelib, root + expectedPurelib.mid(1));
    QCOMPARE(layout.platlib, root + expectedPurelib.mid(1));
    QCOMPARE(layout.scripts, root + expectedScripts.mid(1));
}

void TestEnvironmentLayout::matchesSysconfigOfTheRealInterpreter()
{
    const InterpreterQueryCache cache(m_dir.filePath(u"cache"_s));
    const Result<PythonInterpreter> interpreter =
        PythonInterpreter::query(QStringLiteral(AKARI_PYTHON3), PythonInterpreter::Source::System, cache);
    QVERIFY2(interpreter, qPrintable(interpreter ? QString() : interpreter.error().toString()));
    const QString root = m_dir.filePath(u"some/env"_s);
    const EnvironmentLayout layout = EnvironmentLayout::forInterpreter(*interpreter, root);
    // sysconfig's own "venv" scheme for that root (Python 3.11's name for it).
    const QString answer =
        runPython(QStringLiteral(AKARI_PYTHON3),
                  u"import json, sysconfig; r = '%1'; print(json.dumps(sysconfig.get_paths('venv', vars={'base': r, "
                  "'platbase': r, 'installed_base': r, 'installed_platbase': r})))"_s.arg(root));
    const QJsonObject paths = QJsonDocument::fromJson(answer.toUtf8()).object();
    QVERIFY2(!paths.isEmpty(), qPrintable(answer));
    QCOMPARE(layout.purelib, paths.value(u"purelib"_s).toString());
    QCOMPARE(layout.platlib, paths.value(u"platlib"_s).toString());
    QCOMPARE(layout.scripts, paths.value(u"scripts"_s).toString());
    QCOMPARE(layout.data, paths.value(u"data"_s).toString());
}

void TestEnvironmentLayout::existing_data()
{
    QTest::addColumn<QByteArray>("config"); // empty: no pyvenv.cfg
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("minor");
    QTest::addColumn<bool>("windows");

    QTest::newRow("venv") << QByteArray("home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.2\n")
                          << QStringList{u"bin"_s, u"lib/python3.11/site-packages"_s} << u"3.11"_s << false;
    QTest::newRow("uv") << QByteArray("home = /x/bin\nimplementation = CPython\nuv = 0.4.0\nversion_info = 3.12.4\n"
                                      "include-system-site-packages = false\nprompt = proj\n")
                        << QStringList{u"bin"_s} << u"3.12"_s << false;
    QTest::newRow("version_info wins") << QByteArray("Version = 3.9.1\nVERSION_INFO = 3.10.0.final.0\n")
                                       << QStringList{u"bin"_s} << u"3.10"_s << false;
    QTest::newRow("no config, one lib folder")
        << QByteArray() << QStringList{u"bin"_s, u"lib/python3.8/site-packages"_s, u"lib/other"_s} << u"3.8"_s << false;
    QTest::newRow("windows") << QByteArray("home = C:\\Python313\r\nversion = 3.13.0\r\n")
                             << QStringList{u"Scripts"_s, u"Lib/site-packages"_s} << u"3.13"_s << true;
}

void TestEnvironmentLayout::existing()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, folders);
    QFETCH(QString, minor);
    QFETCH(bool, windows);
    const QTemporaryDir dir;
    for (const QString &folder : std::as_const(folders))
        QVERIFY(QDir(dir.path()).mkpath(folder));
    if (!config.isEmpty())
        QVERIFY(Test::writeFile(dir.filePath(u"pyvenv.cfg"_s), config));

    const Result<EnvironmentLayout> layout = EnvironmentLayout::forExisting(dir.path());
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    QCOMPARE(layout->pythonMinor, minor);
    QCOMPARE(layout->root, dir.path());
    QCOMPARE(layout->finalRoot, dir.path());
    QCOMPARE(layout->os == TargetPlatform::Os::Windows, windows);
    QCOMPARE(layout->purelib,
             windows ? dir.filePath(u"Lib/site-packages"_s) : dir.filePath(u"lib/python%1/site-packages"_s.arg(minor)));
    QCOMPARE(layout->python, windows ? dir.filePath(u"Scripts/python.exe"_s) : dir.filePath(u"bin/python"_s));
}

void TestEnvironmentLayout::existingErrors_data()
{
    QTest::addColumn<bool>("create");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<int>("code");

    QTest::newRow("missing") << false << QByteArray() << QStringList() << int(Error::Code::NotFound);
    QTest::newRow("empty folder") << true << QByteArray() << QStringList() << int(Error::Code::Parse);
    QTest::newRow("two lib folders") << true << QByteArray() << QStringList{u"lib/python3.10"_s, u"lib/python3.11"_s}
                                     << int(Error::Code::Parse);
    QTest::newRow("config without version")
        << true << QByteArray("home = /usr/bin\n") << QStringList{u"bin"_s} << int(Error::Code::Parse);
}

void TestEnvironmentLayout::existingErrors()
{
    QFETCH(bool, create);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, folders);
    QFETCH(int, code);
    const QTemporaryDir dir;
    const QString root = dir.filePath(u"env"_s);
    if (create)
        QVERIFY(QDir().mkpath(root));
    for (const QString &folder : std::as_const(folders))
        QVERIFY(QDir(root).mkpath(folder));
    if (!config.isEmpty())
        QVERIFY(Test::writeFile(root + u"/pyvenv.cfg"_s, config));
    const Result<EnvironmentLayout> layout = EnvironmentLayout::forExisting(root);
    QVERIFY(!layout);
    QCOMPARE(int(layout.error().code()), code);
    QVERIFY2(layout.error().message().contains(QDir::toNativeSeparators(root)), qPrintable(layout.error().message()));
}

void TestEnvironmentLayout::existingRealVenv()
{
    // A venv made by Python itself: its own python says where its packages go.
    const QString root = m_dir.filePath(u"real-venv"_s);
    const Test::ProcessResult made =
        Test::runProcess(QStringLiteral(AKARI_PYTHON3), {u"-m"_s, u"venv"_s, u"--without-pip"_s, root},
                         QProcessEnvironment::systemEnvironment());
    QCOMPARE(made.exitCode, 0);
    const Result<EnvironmentLayout> layout = EnvironmentLayout::forExisting(root);
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    const QString purelib =
        runPython(root + u"/bin/python"_s, u"import sysconfig; print(sysconfig.get_paths()['purelib'])"_s);
    QCOMPARE(layout->purelib, purelib);
    QCOMPARE(layout->python, root + u"/bin/python"_s);
    QVERIFY(QFileInfo(layout->python).isExecutable());
}

void TestEnvironmentLayout::relocated()
{
    const EnvironmentLayout staged = EnvironmentLayout::forInterpreter(
        fakeInterpreter(TargetPlatform::Os::Linux, u"3.12.1"_s), u"/p/.venv.staging"_s, u"/p/.venv"_s);
    const EnvironmentLayout moved = staged.relocated(u"/q/other"_s);
    QCOMPARE(moved.root, u"/q/other"_s);
    QCOMPARE(moved.finalRoot, u"/p/.venv"_s);
    QCOMPARE(moved.finalPython, u"/p/.venv/bin/python"_s);
    QCOMPARE(moved.scripts, u"/q/other/bin"_s);
    QCOMPARE(moved.purelib, u"/q/other/lib/python3.12/site-packages"_s);
    QCOMPARE(moved.platlib, moved.purelib);
    QCOMPARE(moved.includeRoot, u"/q/other/include/site/python3.12"_s);
    QCOMPARE(moved.data, u"/q/other"_s);
    QCOMPARE(moved.python, u"/q/other/bin/python"_s);
    QCOMPARE(moved.pythonMinor, staged.pythonMinor);
    // Moving back gives the original.
    const EnvironmentLayout back = moved.relocated(staged.root);
    QCOMPARE(back.purelib, staged.purelib);
    QCOMPARE(back.python, staged.python);
}

QTEST_GUILESS_MAIN(TestEnvironmentLayout)
#include "tst_environmentlayout.moc"
