// SPDX-License-Identifier: GPL-3.0-or-later
#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/buildinfo.h"
#include "core/install/activationscripts.h"
#include "core/install/pythoninterpreter.h"
#include "core/install/virtualenvironmentbuilder.h"
#include "core/resolve/interpreterquerycache.h"
#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

QString pyenvRoot()
{
    const QString root = qEnvironmentVariable("PYENV_ROOT");
    return root.isEmpty() ? QDir::homePath() + u"/.pyenv"_s : root;
}

// pyenv's Pythons of these versions (3.8: before getpath knew venvs; 3.11: python3 on PATH here).
QStringList pyenvPythons(const QStringList &minors)
{
    QStringList found;
    const QDir versions(pyenvRoot() + u"/versions"_s);
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString python = versions.filePath(name + u"/bin/python3"_s);
        if (minors.contains(name.section(u'.', 0, 1)) && QFileInfo(python).isExecutable())
            found.append(python);
    }
    return found;
}

Test::ProcessResult run(const QString &program, const QStringList &arguments, const QString &directory = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"VIRTUAL_ENV"_s);
    environment.remove(u"PYTHONHOME"_s);
    environment.remove(u"PYTHONPATH"_s);
    environment.insert(u"PIP_CONFIG_FILE"_s, u"/dev/null"_s);
    environment.insert(u"PIP_NO_INPUT"_s, u"1"_s);
    return Test::runProcess(program, arguments, environment, directory, 120000);
}

QMap<QString, QString> readConfig(const QString &path)
{
    QMap<QString, QString> values;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        if (equals > 0)
            values.insert(QString::fromUtf8(line.left(equals)).trimmed(),
                          QString::fromUtf8(line.mid(equals + 1)).trimmed());
    }
    return values;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList tree(const QString &root)
{
    QStringList entries;
    const QDir dir(root);
    for (const QFileInfo &entry :
         dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        entries.append(entry.fileName());
    return entries;
}

const QString PipWheel = u"/usr/share/python-wheels/pip-23.0.1-py3-none-any.whl"_s;

} // namespace

class TestVirtualEnvironmentBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void venvRunsAsAVenv_data();
    void venvRunsAsAVenv();
    void pipWorksInside_data();
    void pipWorksInside();
    void bashActivation();
    void stagedScriptsNameTheFinalRoot();
    void scriptsSayTheEssentials_data();
    void scriptsSayTheEssentials();
    void windowsLayout();
    void refusesANonEmptyRoot();
    void failureLeavesNothing_data();
    void failureLeavesNothing();

private:
    [[nodiscard]] PythonInterpreter base(const QString &python) const;

    QTemporaryDir m_dir;
    QString m_cache;
};

void TestVirtualEnvironmentBuilder::initTestCase()
{
    m_cache = m_dir.filePath(u"cache"_s);
    QVERIFY(QFileInfo::exists(PipWheel));
}

PythonInterpreter TestVirtualEnvironmentBuilder::base(const QString &python) const
{
    const Result<PythonInterpreter> interpreter =
        PythonInterpreter::query(python, PythonInterpreter::Source::Explicit, InterpreterQueryCache(m_cache));
    if (!interpreter)
        qWarning() << interpreter.error().toString();
    return interpreter.value_or(PythonInterpreter());
}

void TestVirtualEnvironmentBuilder::venvRunsAsAVenv_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<bool>("copies");
    QTest::newRow("system") << QStringLiteral(AKARI_PYTHON3) << false;
    QTest::newRow("system, copies") << QStringLiteral(AKARI_PYTHON3) << true;
    for (const QString &python : pyenvPythons({u"3.8"_s, u"3.11"_s, u"3.13"_s}))
        QTest::newRow(qPrintable(python)) << python << false;
}

void TestVirtualEnvironmentBuilder::venvRunsAsAVenv()
{
    QFETCH(QString, python);
    QFETCH(bool, copies);
    const PythonInterpreter interpreter = base(python);
    QVERIFY(!interpreter.path.isEmpty());
    const QTemporaryDir dir;
    const QString root = dir.filePath(u"project/.venv"_s);

    const Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(interpreter, root, {.copies = copies});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    QCOMPARE(layout->root, root);
    QCOMPARE(layout->finalRoot, root);
    QCOMPARE(layout->python, root + u"/bin/python"_s);

    // The environment's own python, run normally, says it is this venv on that base.
    const Test::ProcessResult answer =
        run(layout->python, {u"-c"_s, u"import json, site, sys, sysconfig; print(json.dumps({'prefix': sys.prefix, "
                                      "'base': sys.base_prefix, 'purelib': sysconfig.get_paths()['purelib'], "
                                      "'path': sys.path, 'site': site.getsitepackages()}))"_s});
    QCOMPARE(answer.exitCode, 0);
    const QJsonObject facts = QJsonDocument::fromJson(answer.out.toUtf8()).object();
    QCOMPARE(facts.value(u"prefix"_s).toString(), root);
    QCOMPARE(facts.value(u"base"_s).toString(), interpreter.prefix);
    QCOMPARE(facts.value(u"purelib"_s).toString(), layout->purelib);
    QVERIFY(facts.value(u"path"_s).toArray().contains(layout->purelib));
    QVERIFY(facts.value(u"site"_s).toArray().contains(layout->purelib));
    QVERIFY(QDir(layout->purelib).isEmpty());

    // Akari's own query agrees, and finds the base again (for a venv made from this one).
    const PythonInterpreter inside = base(layout->python);
    QVERIFY(inside.isVirtualEnvironment);
    QCOMPARE(inside.prefix, root);
    QCOMPARE(inside.basePrefix, interpreter.prefix);
    QCOMPARE(inside.baseExecutable, interpreter.baseExecutable);
    QCOMPARE(inside.version, interpreter.version);

    // Links as venv makes them, and lib64 on 64-bit Linux.
    const QFileInfo pythonFile(layout->python);
    QCOMPARE(pythonFile.isSymLink(), !copies);
    QCOMPARE(pythonFile.canonicalFilePath(), copies ? layout->python : interpreter.baseExecutable);
    for (const QString &name : {u"python3"_s, QString(u"python"_s + interpreter.minorVersion())})
        QVERIFY2(QFileInfo(layout->scripts + u'/' + name).isExecutable(), qPrintable(name));
    QCOMPARE(QFileInfo(root + u"/lib64"_s).isSymLink(), interpreter.is64Bit);

    // pyvenv.cfg means what `python -m venv` writes means.
    const QString reference = dir.filePath(u"reference"_s);
    QCOMPARE(run(python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, reference}).exitCode, 0);
    const QMap<QString, QString> theirs = readConfig(reference + u"/pyvenv.cfg"_s);
    const QMap<QString, QString> ours = readConfig(root + u"/pyvenv.cfg"_s);
    QCOMPARE(QFileInfo(ours.value(u"home"_s)).canonicalFilePath(),
             QFileInfo(theirs.value(u"home"_s)).canonicalFilePath());
    QCOMPARE(ours.value(u"version"_s), theirs.value(u"version"_s));
    QCOMPARE(ours.value(u"include-system-site-packages"_s), theirs.value(u"include-system-site-packages"_s));
    QCOMPARE(ours.value(u"version_info"_s), interpreter.version.toString());
    QCOMPARE(ours.value(u"implementation"_s), interpreter.implementation);
    QCOMPARE(ours.value(u"prompt"_s), u"project"_s);
    QCOMPARE(ours.value(u"akari"_s), applicationVersion());
}

void TestVirtualEnvironmentBuilder::pipWorksInside_data()
{
    QTest::addColumn<QString>("python");
    // pip 23.0 predates Python 3.12.
    QTest::newRow("system") << QStringLiteral(AKARI_PYTHON3);
    for (const QString &python : pyenvPythons({u"3.8"_s, u"3.11"_s}))
        QTest::newRow(qPrintable(python)) << python;
}

void TestVirtualEnvironmentBuilder::pipWorksInside()
{
    QFETCH(QString, python);
    const QTemporaryDir dir;
    const Result<EnvironmentLayout> layout =
        VirtualEnvironmentBuilder::create(base(python), dir.filePath(u"env"_s), {.prompt = u"pip test"_s});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    const QString pip = PipWheel + u"/pip"_s;
    const QStringList quiet{u"--disable-pip-version-check"_s, u"--no-cache-dir"_s};

    Test::ProcessResult list = run(layout->python, QStringList{pip, u"list"_s, u"--format=json"_s} + quiet);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);

    const QString wheel = u"/usr/share/python-wheels/wheel-0.38.4-py3-none-any.whl"_s;
    const Test::ProcessResult install =
        run(layout->python, QStringList{pip, u"install"_s, u"--no-index"_s, u"--no-deps"_s, wheel} + quiet);
    QVERIFY2(install.exitCode == 0, qPrintable(install.err));
    QVERIFY(QFileInfo::exists(layout->purelib + u"/wheel/__init__.py"_s));
    QVERIFY(QFileInfo::exists(layout->purelib + u"/wheel-0.38.4.dist-info/RECORD"_s));
    QVERIFY(QFileInfo(layout->scripts + u"/wheel"_s).isExecutable());

    list = run(layout->python, QStringList{pip, u"list"_s, u"--format=json"_s} + quiet);
    const QJsonArray packages = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(packages.size(), 1);
    QCOMPARE(packages.at(0).toObject().value(u"name"_s).toString(), u"wheel"_s);
    QCOMPARE(packages.at(0).toObject().value(u"version"_s).toString(), u"0.38.4"_s);
}

void TestVirtualEnvironmentBuilder::bashActivation()
{
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    QVERIFY(!bash.isEmpty());
    const QTemporaryDir dir;
    // Quotes and spaces in the path must survive the shell.
    const QString root = dir.filePath(u"it's a \"project\"/.venv"_s);
    const Result<EnvironmentLayout> layout =
        VirtualEnvironmentBuilder::create(base(QStringLiteral(AKARI_PYTHON3)), root, {});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    const QString script = uR"(PYTHONHOME=/nonexistent; export PYTHONHOME; before="$PATH"
source "$1/bin/activate"
echo "$VIRTUAL_ENV"
command -v python
python -c 'import sys; print(sys.prefix)'
echo "$PS1"
echo "${PYTHONHOME-unset}"
deactivate
echo "${VIRTUAL_ENV:-unset}"
[ "$PATH" = "$before" ] && echo same-path
echo "$PYTHONHOME"
declare -F deactivate >/dev/null || echo no-deactivate
)"_s;
    const Test::ProcessResult result = run(bash, {u"-c"_s, script, u"bash"_s, root});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QStringList lines = result.out.split(u'\n');
    QVERIFY2(lines.size() >= 10, qPrintable(result.out + result.err));
    QCOMPARE(lines.at(0), root);
    QCOMPARE(lines.at(1), root + u"/bin/python"_s);
    QCOMPARE(lines.at(2), root);
    QCOMPARE(lines.at(3), u"(it's a \"project\") "_s);
    QCOMPARE(lines.at(4), u"unset"_s);
    QCOMPARE(lines.at(5), u"unset"_s);
    QCOMPARE(lines.at(6), u"same-path"_s);
    QCOMPARE(lines.at(7), u"/nonexistent"_s);
    QCOMPARE(lines.at(8), u"no-deactivate"_s);
}

void TestVirtualEnvironmentBuilder::stagedScriptsNameTheFinalRoot()
{
    const QTemporaryDir dir;
    const QString staging = dir.filePath(u"proj/.venv.staging"_s);
    const QString finalRoot = dir.filePath(u"proj/.venv"_s);
    const Result<EnvironmentLayout> layout =
        VirtualEnvironmentBuilder::create(base(QStringLiteral(AKARI_PYTHON3)), staging, {.finalRoot = finalRoot});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    QCOMPARE(layout->root, staging);
    QCOMPARE(layout->finalRoot, finalRoot);
    QCOMPARE(layout->finalPython, finalRoot + u"/bin/python"_s);
    QCOMPARE(layout->python, staging + u"/bin/python"_s);
    for (const QString &name : {u"activate"_s, u"activate.fish"_s, u"activate.csh"_s, u"Activate.ps1"_s}) {
        const QString text = readText(staging + u"/bin/"_s + name);
        QVERIFY2(text.contains(finalRoot), qPrintable(name));
        QVERIFY2(!text.contains(staging), qPrintable(name));
    }
    QCOMPARE(readConfig(staging + u"/pyvenv.cfg"_s).value(u"prompt"_s), u"proj"_s);

    // Committed by a rename, the environment works where it now is.
    QVERIFY(QDir().rename(staging, finalRoot));
    const Test::ProcessResult prefix =
        run(layout->finalPython, {u"-c"_s, u"import sys; print(sys.prefix != sys.base_prefix, sys.prefix)"_s});
    QCOMPARE(prefix.out.trimmed(), u"True "_s + finalRoot);
}

void TestVirtualEnvironmentBuilder::scriptsSayTheEssentials_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("quotedRoot");
    QTest::addColumn<QStringList>("essentials");
    QTest::addColumn<QStringList>("checker"); // a syntax check, only where the shell is installed

    const QString root = u"/srv/it's here/.venv"_s;
    const auto checker = [](const QString &program, const QStringList &arguments) {
        const QString found = QStandardPaths::findExecutable(program);
        return found.isEmpty() ? QStringList() : QStringList{found} + arguments;
    };
    QTest::newRow("bash") << u"activate"_s << ActivationScripts::shellQuoted(root)
                          << QStringList{u"deactivate ()"_s, u"export VIRTUAL_ENV"_s, u"$VIRTUAL_ENV/bin:$PATH"_s,
                                         u"PS1="_s, u"unset PYTHONHOME"_s}
                          << checker(u"bash"_s, {u"-n"_s});
    QTest::newRow("fish") << u"activate.fish"_s << u"'/srv/it\\'s here/.venv'"_s
                          << QStringList{u"function deactivate"_s, u"set -gx VIRTUAL_ENV"_s,
                                         u"set -gx PATH \"$VIRTUAL_ENV/bin\" $PATH"_s, u"function fish_prompt"_s,
                                         u"set -e PYTHONHOME"_s}
                          << checker(u"fish"_s, {u"--no-execute"_s});
    QTest::newRow("csh") << u"activate.csh"_s << ActivationScripts::shellQuoted(root)
                         << QStringList{u"alias deactivate"_s, u"setenv VIRTUAL_ENV"_s,
                                        u"setenv PATH \"${VIRTUAL_ENV}/bin:${PATH}\""_s, u"set prompt="_s}
                         << checker(u"tcsh"_s, {u"-n"_s});
    QTest::newRow("powershell") << u"Activate.ps1"_s << u"'/srv/it''s here/.venv'"_s
                                << QStringList{u"function global:deactivate"_s, u"$env:VIRTUAL_ENV = "_s,
                                               u"-ChildPath 'bin'"_s, u"function global:prompt"_s,
                                               u"Remove-Item -Path env:PYTHONHOME"_s}
                                << QStringList();
    QTest::addRow("zsh") << u"activate"_s << ActivationScripts::shellQuoted(root) << QStringList{u"hash -r"_s}
                         << checker(u"zsh"_s, {u"-n"_s});
}

void TestVirtualEnvironmentBuilder::scriptsSayTheEssentials()
{
    QFETCH(QString, file);
    QFETCH(QString, quotedRoot);
    QFETCH(QStringList, essentials);
    QFETCH(QStringList, checker);
    const QTemporaryDir dir;
    const QString finalRoot = u"/srv/it's here/.venv"_s;
    const Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(
        base(QStringLiteral(AKARI_PYTHON3)), dir.filePath(u"env"_s), {.prompt = u"demo"_s, .finalRoot = finalRoot});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    const QString path = layout->scripts + u'/' + file;
    const QString text = readText(path);
    QVERIFY2(text.contains(quotedRoot), qPrintable(text));
    QVERIFY(text.contains(u"demo"_s));
    QVERIFY(text.contains(u"VIRTUAL_ENV_PROMPT"_s));
    for (const QString &essential : std::as_const(essentials))
        QVERIFY2(text.contains(essential), qPrintable(essential));
    if (!checker.isEmpty()) {
        const Test::ProcessResult check = run(checker.constFirst(), checker.mid(1) + QStringList{path});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }
}

void TestVirtualEnvironmentBuilder::windowsLayout()
{
    // A Windows interpreter's layout, written on any OS: copies of python.exe and its DLLs.
    const QTemporaryDir dir;
    const QString home = dir.filePath(u"Python312"_s);
    for (const QString &name : {u"python.exe"_s, u"pythonw.exe"_s, u"python312.dll"_s})
        QVERIFY(Test::writeFile(home + u'/' + name, name.toUtf8()));
    PythonInterpreter windows;
    windows.path = home + u"/python.exe"_s;
    windows.resolvedPath = windows.path;
    windows.baseExecutable = windows.path;
    windows.version = *Version::parse(u"3.12.4"_s);
    windows.implementation = u"CPython"_s;
    windows.target.os = TargetPlatform::Os::Windows;
    const QString root = dir.filePath(u"proj/.venv"_s);
    const Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(windows, root, {});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    QCOMPARE(layout->python, root + u"/Scripts/python.exe"_s);
    QCOMPARE(readText(layout->python), u"python.exe"_s);
    QCOMPARE(readText(root + u"/Scripts/python312.dll"_s), u"python312.dll"_s);
    QVERIFY(QFileInfo(root + u"/Lib/site-packages"_s).isDir());
    QVERIFY(!QFileInfo::exists(root + u"/lib64"_s));
    const QString ps1 = readText(root + u"/Scripts/Activate.ps1"_s);
    QVERIFY(ps1.contains(QString(root).replace(u'/', u'\\')));
    QVERIFY(ps1.contains(u"-ChildPath 'Scripts'"_s));
    QCOMPARE(readConfig(root + u"/pyvenv.cfg"_s).value(u"version_info"_s), u"3.12.4"_s);
}

void TestVirtualEnvironmentBuilder::refusesANonEmptyRoot()
{
    const QTemporaryDir dir;
    QVERIFY(Test::writeFile(dir.filePath(u"env/keep.txt"_s), "mine"));
    const Result<EnvironmentLayout> layout =
        VirtualEnvironmentBuilder::create(base(QStringLiteral(AKARI_PYTHON3)), dir.filePath(u"env"_s), {});
    QVERIFY(!layout);
    QCOMPARE(layout.error().code(), Error::Code::InvalidArgument);
    QVERIFY(layout.error().message().contains(dir.filePath(u"env"_s)));
    QCOMPARE(tree(dir.filePath(u"env"_s)), QStringList{u"keep.txt"_s});

    // A file in the way.
    const Result<EnvironmentLayout> file =
        VirtualEnvironmentBuilder::create(base(QStringLiteral(AKARI_PYTHON3)), dir.filePath(u"env/keep.txt"_s), {});
    QVERIFY(!file);
    QCOMPARE(readText(dir.filePath(u"env/keep.txt"_s)), u"mine"_s);
}

void TestVirtualEnvironmentBuilder::failureLeavesNothing_data()
{
    QTest::addColumn<bool>("rootExists");
    QTest::newRow("new folder") << false;
    QTest::newRow("empty folder") << true;
}

void TestVirtualEnvironmentBuilder::failureLeavesNothing()
{
    QFETCH(bool, rootExists);
    const PythonInterpreter interpreter = base(QStringLiteral(AKARI_PYTHON3));
    QVERIFY(QFileInfo(interpreter.baseExecutable).size() > 1024 * 1024);
    const QTemporaryDir dir;
    const QString root = dir.filePath(u"env"_s);
    if (rootExists)
        QVERIFY(QDir().mkpath(root));

    // A file-size limit below the interpreter's size: copying it fails after the folders,
    // pyvenv.cfg and the first files were written.
    struct rlimit saved
    {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = saved;
    limited.rlim_cur = 256 * 1024;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(interpreter, root, {.copies = true});
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!layout);
    QCOMPARE(layout.error().code(), Error::Code::Io);
    QVERIFY2(layout.error().message().contains(root + u"/bin/python"_s), qPrintable(layout.error().message()));
    QCOMPARE(QFileInfo::exists(root), rootExists);
    if (rootExists)
        QCOMPARE(tree(root), QStringList());

    // A parent that is a file: nothing can be made, nothing is changed.
    QVERIFY(Test::writeFile(dir.filePath(u"blocker"_s), "file"));
    const Result<EnvironmentLayout> blocked =
        VirtualEnvironmentBuilder::create(interpreter, dir.filePath(u"blocker/env"_s), {});
    QVERIFY(!blocked);
    QCOMPARE(readText(dir.filePath(u"blocker"_s)), u"file"_s);
}

QTEST_GUILESS_MAIN(TestVirtualEnvironmentBuilder)
#include "tst_virtualenvironmentbuilder.moc"
