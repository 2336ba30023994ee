// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/pythoninterpreter.h"
#include "core/resolve/interpreterquerycache.h"
#include "processrunner.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

// What the interpreter says of itself when run normally (with `site`): the oracle.
const char *const OracleScript = "import json, platform, sys, sysconfig\n"
                                 "print(json.dumps({'version': platform.python_version(),"
                                 " 'implementation': platform.python_implementation(),"
                                 " 'prefix': sys.prefix, 'base_prefix': getattr(sys, 'base_prefix', sys.prefix)}))\n";

QJsonObject oracle(const QString &python)
{
    const Test::ProcessResult result =
        Test::runProcess(python, {u"-c"_s, QString::fromUtf8(OracleScript)}, QProcessEnvironment::systemEnvironment());
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString pyenvRoot()
{
    const QString root = qEnvironmentVariable("PYENV_ROOT");
    return root.isEmpty() ? QDir::homePath() + u"/.pyenv"_s : root;
}

// The real interpreters here: the system's and pyenv's (as the project's machines have them).
QStringList realInterpreters()
{
    QStringList found{QStringLiteral(AKARI_PYTHON3)};
    const QDir versions(pyenvRoot() + u"/versions"_s);
    for (const QString &name : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString python = versions.filePath(name + u"/bin/python3"_s);
        if (QFileInfo(python).isExecutable())
            found.append(python);
    }
    return found;
}

bool writeScript(const QString &path, const QByteArray &body)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body + "\n");
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

int lineCount(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? int(file.readAll().count('\n')) : 0;
}

} // namespace

class TestPythonInterpreter : public QObject
{
    Q_OBJECT

private slots:
    void answersAsTheInterpreterDoes_data();
    void answersAsTheInterpreterDoes();
    void asksOncePerFile();
    void refusals_data();
    void refusals();
    void names();

private:
    QTemporaryDir m_dir;
};

void TestPythonInterpreter::answersAsTheInterpreterDoes_data()
{
    QTest::addColumn<QString>("python");
    for (const QString &python : realInterpreters())
        QTest::newRow(qPrintable(python)) << python;
}

void TestPythonInterpreter::answersAsTheInterpreterDoes()
{
    QFETCH(QString, python);
    const QJsonObject expected = oracle(python);
    QVERIFY2(!expected.isEmpty(), qPrintable(python));
    const InterpreterQueryCache cache(m_dir.filePath(u"cache"_s));
    const Result<PythonInterpreter> interpreter =
        PythonInterpreter::query(python, PythonInterpreter::Source::Pyenv, cache);

    const QString version = expected.value(u"version"_s).toString();
    const QStringList release = version.split(u'.');
    const bool supported = release.size() >= 2 && release.at(0) == u"3"_s && release.at(1).toInt() >= 8;
    if (!supported) {
        QVERIFY(!interpreter);
        QVERIFY2(interpreter.error().message().contains(python), qPrintable(interpreter.error().message()));
        return;
    }
    QVERIFY2(interpreter, qPrintable(interpreter ? QString() : interpreter.error().toString()));
    QCOMPARE(interpreter->path, python);
    QCOMPARE(interpreter->source, PythonInterpreter::Source::Pyenv);
    QCOMPARE(interpreter->version.toString(), version);
    QCOMPARE(interpreter->minorVersion(), release.at(0) + u'.' + release.at(1));
    QCOMPARE(interpreter->implementation, expected.value(u"implementation"_s).toString());
    QCOMPARE(interpreter->prefix, expected.value(u"prefix"_s).toString());
    QCOMPARE(interpreter->basePrefix, expected.value(u"base_prefix"_s).toString());
    QVERIFY(!interpreter->isVirtualEnvironment);
    QCOMPARE(interpreter->resolvedPath, QFileInfo(python).canonicalFilePath());
    QCOMPARE(interpreter->baseExecutable, QFileInfo(python).canonicalFilePath());
    QVERIFY(interpreter->paths.purelib.startsWith(interpreter->prefix + u'/'));
    QVERIFY(interpreter->paths.scripts.startsWith(interpreter->prefix + u'/'));

    // The same markers and tags as TargetEnvironment's own question to the interpreter.
    const Result<TargetEnvironment> target = TargetEnvironment::forInterpreter(python);
    QVERIFY(target);
    QCOMPARE(interpreter->target.markers, target->markers);
    QCOMPARE(interpreter->target.python, target->python);
    QCOMPARE(interpreter->target.tags.tags().size(), target->tags.tags().size());
    QCOMPARE(interpreter->target.tags.tags().constFirst().toString(), target->tags.tags().constFirst().toString());
    QVERIFY(interpreter->description().contains(version));
    QVERIFY(interpreter->description().contains(QDir::toNativeSeparators(python)));
}

void TestPythonInterpreter::asksOncePerFile()
{
    const QTemporaryDir dir;
    const QString marker = dir.filePath(u"marker"_s);
    const QString python = dir.filePath(u"python3"_s);
    QVERIFY(writeScript(python, "echo ran >> '" + marker.toUtf8() + "'\nexec '" AKARI_PYTHON3 "' \"$@\""));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));

    const Result<PythonInterpreter> first = PythonInterpreter::query(python, PythonInterpreter::Source::Path, cache);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    const Result<PythonInterpreter> second = PythonInterpreter::query(python, PythonInterpreter::Source::Path, cache);
    QVERIFY(second);
    QCOMPARE(lineCount(marker), 1);
    QCOMPARE(second->version, first->version);
    QCOMPARE(second->prefix, first->prefix);
    QCOMPARE(second->paths.purelib, first->paths.purelib);
    QCOMPARE(second->target.markers, first->target.markers);

    // A changed interpreter file is asked again.
    QVERIFY(writeScript(python, "echo ran >> '" + marker.toUtf8() + "'\n# changed\nexec '" AKARI_PYTHON3 "' \"$@\""));
    const Result<PythonInterpreter> third = PythonInterpreter::query(python, PythonInterpreter::Source::Path, cache);
    QVERIFY(third);
    QCOMPARE(lineCount(marker), 2);
}

void TestPythonInterpreter::refusals_data()
{
    QTest::addColumn<QByteArray>("body"); // empty: no file at all; "-": a file that is not executable
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("missing") << QByteArray() << int(Error::Code::NotFound) << QString();
    QTest::newRow("not executable") << QByteArray("-") << int(Error::Code::InvalidArgument) << QString();
    QTest::newRow("not Python") << QByteArray("echo '{\"hello\": 1}'") << int(Error::Code::Parse) << QString();
    QTest::newRow("says nothing useful") << QByteArray("echo 'Python 3.12'") << int(Error::Code::Parse) << QString();
    QTest::newRow("fails") << QByteArray("echo broken >&2; exit 3") << int(Error::Code::Io) << u"broken"_s;
    // What the query script prints on a Python older than 3.8.
    QTest::newRow("too old") << QByteArray("echo '{\"python_full_version\": \"3.7.16\", \"too_old\": true}'")
                             << int(Error::Code::InvalidArgument) << u"3.7.16"_s;
    QTest::newRow("2.7 by its version") << QByteArray("echo '{\"python_full_version\": \"2.7.18\"}'")
                                        << int(Error::Code::InvalidArgument) << u"2.7.18"_s;
}

void TestPythonInterpreter::refusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, mentions);
    const QTemporaryDir dir;
    const QString python = dir.filePath(u"python3"_s);
    if (body == "-")
        QVERIFY(Test::writeFile(python, "print('not executable')\n"));
    else if (!body.isEmpty())
        QVERIFY(writeScript(python, body));
    const InterpreterQueryCache cache(dir.filePath(u"cache"_s));
    const Result<PythonInterpreter> interpreter =
        PythonInterpreter::query(python, PythonInterpreter::Source::Path, cache);
    QVERIFY(!interpreter);
    QCOMPARE(int(interpreter.error().code()), code);
    QVERIFY2(interpreter.error().message().contains(python), qPrintable(interpreter.error().message()));
    QVERIFY2(interpreter.error().message().contains(mentions), qPrintable(interpreter.error().message()));
}

void TestPythonInterpreter::names()
{
    QCOMPARE(PythonInterpreter::sourceName(PythonInterpreter::Source::Path), u"PATH"_s);
    QCOMPARE(PythonInterpreter::sourceName(PythonInterpreter::Source::Pyenv), u"pyenv"_s);
    QCOMPARE(PythonInterpreter::sourceName(PythonInterpreter::Source::UvManaged), u"uv"_s);
    QCOMPARE(PythonInterpreter::sourceName(PythonInterpreter::Source::Conda), u"conda"_s);
    QVERIFY(!PythonInterpreter::sourceName(PythonInterpreter::Source::System).isEmpty());
    PythonInterpreter interpreter;
    interpreter.version = *Version::parse(u"3.12.4rc1"_s);
    QCOMPARE(interpreter.minorVersion(), u"3.12"_s);
}

QTEST_GUILESS_MAIN(TestPythonInterpreter)
#include "tst_pythoninterpreter.moc"
