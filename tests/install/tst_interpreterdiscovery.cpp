// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/interpreterdiscovery.h"
#include "core/jobs/job.h"
#include "jobrun.h"
#include "processrunner.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

using Source = PythonInterpreter::Source;

namespace
{

// A real interpreter file and the version it reports when asked directly.
struct Real
{
    QString file; // canonical
    QString version;
    [[nodiscard]] QString minor() const { return version.section(u'.', 0, 1); }
};

QString versionOf(const QString &python)
{
    return Test::runProcess(python, {u"-c"_s, u"import platform; print(platform.python_version())"_s},
                            QProcessEnvironment::systemEnvironment())
        .out.trimmed();
}

QString pyenvRoot()
{
    const QString root = qEnvironmentVariable("PYENV_ROOT");
    return root.isEmpty() ? QDir::homePath() + u"/.pyenv"_s : root;
}

// The system Python first, then pyenv's 3.8+ with minors unlike any before (newest first).
QList<Real> realInterpreters()
{
    QList<Real> found;
    const QString system = QFileInfo(QStringLiteral(AKARI_PYTHON3)).canonicalFilePath();
    found.append({system, versionOf(system)});
    const QDir versions(pyenvRoot() + u"/versions"_s);
    QStringList names = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    std::reverse(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        const QString file = QFileInfo(versions.filePath(name + u"/bin/python3"_s)).canonicalFilePath();
        if (file.isEmpty())
            continue;
        const Real real{file, versionOf(file)};
        const QStringList parts = real.version.split(u'.');
        if (parts.size() < 2 || parts.at(0) != u"3"_s || parts.at(1).toInt() < 8)
            continue;
        if (std::none_of(found.cbegin(), found.cend(), [&real](const Real &r) { return r.minor() == real.minor(); }))
            found.append(real);
    }
    return found;
}

bool link(const QString &target, const QString &path)
{
    return QDir().mkpath(QFileInfo(path).absolutePath()) && QFile::link(target, path);
}

bool writeScript(const QString &path, const QByteArray &body)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
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

struct Expected
{
    QString path;
    Source source;
    QString version;
};

} // namespace

class TestInterpreterDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void candidatesInOrderWithoutDuplicates();
    void discoverAsksEachOnceEver();
    void discoverJob();
    void find_data();
    void find();
    void findErrors_data();
    void findErrors();
    void defaultOptionsFollowTheEnvironment();

private:
    QString at(const QString &relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QList<Real> m_real;
    InterpreterDiscovery::Options m_options;
    QList<Expected> m_expected;    // interpreters, in order
    QStringList m_expectedFailing; // candidates that must be skipped
    QString m_marker;
};

// A fake machine: PATH folders, a system folder, pyenv, uv and conda trees whose pythons are
// links to the real interpreters (so every answer is real), plus stand-ins that fail.
void TestInterpreterDiscovery::initTestCase()
{
    m_real = realInterpreters();
    QVERIFY2(m_real.size() >= 4, "needs the system Python and three pyenv Pythons (3.8+) of other minors");
    const Real &r0 = m_real.at(0);
    const Real &r1 = m_real.at(1);
    // The two pyenv versions, named as pyenv names them; numeric order is not text order (3.9 < 3.10).
    const Real &r2 = m_real.at(2);
    const Real &r3 = m_real.at(3);

    QVERIFY(link(r0.file, at(u"pathA/python3"_s)));
    QVERIFY(link(r0.file, at(u"pathA/python3."_s + r0.minor().section(u'.', 1))));
    QVERIFY(link(r0.file, at(u"pathA/python"_s)));
    QVERIFY(writeScript(at(u"pathA/python3-config"_s), "exit 1"));
    // A wrapper that counts its runs: a distinct file, so a distinct interpreter.
    m_marker = at(u"marker"_s);
    QVERIFY(writeScript(at(u"pathB/python3."_s + r1.minor().section(u'.', 1)),
                        "echo ran >> '" + m_marker.toUtf8() + "'\nexec '" + r1.file.toUtf8() + "' \"$@\""));
    QVERIFY(writeScript(at(u"fakepyenv/shims/python3"_s), "exit 1"));
    QVERIFY(link(r0.file, at(u"system/python3"_s)));
    QVERIFY(link(r2.file, at(u"fakepyenv/versions/"_s + r2.version + u"/bin/python3"_s)));
    QVERIFY(link(r3.file, at(u"fakepyenv/versions/"_s + r3.version + u"/bin/python3"_s)));
    QVERIFY(QDir().mkpath(at(u"fakepyenv/versions/empty/bin"_s)));
    QVERIFY(writeScript(at(u"uv/.temp/bin/python3"_s), "exit 1"));
    QVERIFY(writeScript(at(u"uv/cpython-3.99.0-linux-x86_64-gnu/bin/python3"_s), "echo nonsense"));
    QVERIFY(link(r1.file, at(u"uv/cpython-"_s + r1.version + u"-linux-x86_64-gnu/bin/python3"_s)));
    QVERIFY(link(r2.file, at(u"conda/bin/python"_s)));
    // A conda environment that is a venv of r0: it links to r0, yet it is another interpreter.
    const Test::ProcessResult venv =
        Test::runProcess(r0.file, {u"-m"_s, u"venv"_s, u"--without-pip"_s, at(u"conda/envs/torch"_s)},
                         QProcessEnvironment::systemEnvironment());
    QCOMPARE(venv.exitCode, 0);

    m_options.pathDirectories = {at(u"fakepyenv/shims"_s), at(u"pathA"_s), at(u"missing"_s), at(u"pathB"_s)};
    m_options.systemDirectories = {at(u"system"_s)};
    m_options.pyenvRoot = at(u"fakepyenv"_s);
    m_options.uvPythonDirectory = at(u"uv"_s);
    m_options.condaRoots = {at(u"conda"_s), at(u"no-such-conda"_s)};
    m_options.useWindowsRegistry = false;
    m_options.cacheDirectory = at(u"cache"_s);

    const bool r2First = *Version::parse(r2.version) > *Version::parse(r3.version);
    const Real &newer = r2First ? r2 : r3;
    const Real &older = r2First ? r3 : r2;
    m_expected = {
        {at(u"pathA/python3"_s), Source::Path, r0.version},
        {at(u"pathB/python3."_s + r1.minor().section(u'.', 1)), Source::Path, r1.version},
        {at(u"fakepyenv/versions/"_s + newer.version + u"/bin/python3"_s), Source::Pyenv, newer.version},
        {at(u"fakepyenv/versions/"_s + older.version + u"/bin/python3"_s), Source::Pyenv, older.version},
        {at(u"uv/cpython-"_s + r1.version + u"-linux-x86_64-gnu/bin/python3"_s), Source::UvManaged, r1.version},
        {at(u"conda/envs/torch/bin/python"_s), Source::Conda, r0.version},
    };
    m_expectedFailing = {at(u"uv/cpython-3.99.0-linux-x86_64-gnu/bin/python3"_s)};
}

void TestInterpreterDiscovery::candidatesInOrderWithoutDuplicates()
{
    const QList<InterpreterDiscovery::Candidate> candidates = InterpreterDiscovery::candidates(m_options);
    QStringList paths;
    QList<Source> sources;
    for (const InterpreterDiscovery::Candidate &candidate : candidates) {
        paths.append(candidate.path);
        sources.append(candidate.source);
    }
    // uv's newest-first order puts the stand-in 3.99 before the real one.
    QStringList expected;
    QList<Source> expectedSources;
    for (const Expected &e : std::as_const(m_expected)) {
        if (e.source == Source::UvManaged) {
            expected.append(m_expectedFailing.constFirst());
            expectedSources.append(Source::UvManaged);
        }
        expected.append(e.path);
        expectedSources.append(e.source);
    }
    QCOMPARE(paths, expected);
    QCOMPARE(sources, expectedSources);
    QCOMPARE(lineCount(m_marker), 0); // reading folders runs nothing
}

void TestInterpreterDiscovery::discoverAsksEachOnceEver()
{
    const Result<InterpreterDiscovery::Report> first = InterpreterDiscovery::discover(m_options);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first->interpreters.size(), m_expected.size());
    for (qsizetype i = 0; i < m_expected.size(); ++i) {
        const PythonInterpreter &found = first->interpreters.at(i);
        QCOMPARE(found.path, m_expected.at(i).path);
        QCOMPARE(found.source, m_expected.at(i).source);
        QCOMPARE(found.version.toString(), m_expected.at(i).version);
    }
    const PythonInterpreter &venv = first->interpreters.constLast();
    QVERIFY(venv.isVirtualEnvironment);
    QCOMPARE(venv.prefix, at(u"conda/envs/torch"_s));
    QCOMPARE(venv.baseExecutable, m_real.at(0).file);
    QVERIFY(!first->interpreters.constFirst().isVirtualEnvironment);
    QCOMPARE(first->skipped.size(), m_expectedFailing.size());
    QCOMPARE(first->skipped.constFirst().file(), m_expectedFailing.constFirst());
    QCOMPARE(lineCount(m_marker), 1);

    // The second discovery (a new process would do the same) answers from the cache.
    const Result<InterpreterDiscovery::Report> second = InterpreterDiscovery::discover(m_options);
    QVERIFY(second);
    QCOMPARE(lineCount(m_marker), 1);
    QCOMPARE(second->interpreters.size(), first->interpreters.size());
    for (qsizetype i = 0; i < first->interpreters.size(); ++i) {
        QCOMPARE(second->interpreters.at(i).path, first->interpreters.at(i).path);
        QCOMPARE(second->interpreters.at(i).prefix, first->interpreters.at(i).prefix);
        QCOMPARE(second->interpreters.at(i).target.markers, first->interpreters.at(i).target.markers);
    }
}

void TestInterpreterDiscovery::discoverJob()
{
    Job *job = InterpreterDiscovery::discoverJob(m_options);
    const Test::JobOutcome outcome = Test::runToEnd(job, 60000);
    delete job;
    QVERIFY(!outcome.error);
    const auto report = outcome.value.value<InterpreterDiscovery::Report>();
    QCOMPARE(report.interpreters.size(), m_expected.size());
    QCOMPARE(report.interpreters.constFirst().path, m_expected.constFirst().path);
}

void TestInterpreterDiscovery::find_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("source");

    const Real &r1 = m_real.at(1);
    const Expected &pathB = m_expected.at(1);
    const Expected &newerPyenv = m_expected.at(2);
    const Expected &olderPyenv = m_expected.at(3);
    QTest::newRow("empty: the first") << QString() << m_expected.constFirst().path << int(Source::Path);
    QTest::newRow("3: the first") << u"3"_s << m_expected.constFirst().path << int(Source::Path);
    QTest::newRow("minor") << r1.minor() << pathB.path << int(Source::Path);
    QTest::newRow("python3.X") << u"python"_s + olderPyenv.version.section(u'.', 0, 1) << olderPyenv.path
                               << int(Source::Pyenv);
    QTest::newRow("cpython3.X") << u"cpython"_s + newerPyenv.version.section(u'.', 0, 1) << newerPyenv.path
                                << int(Source::Pyenv);
    QTest::newRow("full version") << olderPyenv.version << olderPyenv.path << int(Source::Pyenv);
    QTest::newRow("a file") << at(u"pathA/python"_s) << at(u"pathA/python"_s) << int(Source::Explicit);
    QTest::newRow("a venv folder") << at(u"conda/envs/torch"_s) << at(u"conda/envs/torch/bin/python3"_s)
                                   << int(Source::Explicit);
}

void TestInterpreterDiscovery::find()
{
    QFETCH(QString, request);
    QFETCH(QString, path);
    QFETCH(int, source);
    const Result<PythonInterpreter> found = InterpreterDiscovery::find(request, m_options);
    QVERIFY2(found, qPrintable(found ? QString() : found.error().toString()));
    QCOMPARE(found->path, path);
    QCOMPARE(int(found->source), source);
}

void TestInterpreterDiscovery::findErrors_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("listsFound");

    QTest::newRow("no such version") << u"3.99"_s << int(Error::Code::NotFound) << true;
    QTest::newRow("no such patch") << m_real.at(0).minor() + u".999"_s << int(Error::Code::NotFound) << true;
    QTest::newRow("no PyPy") << u"pypy3.10"_s << int(Error::Code::NotFound) << true;
    QTest::newRow("nonsense") << u"banana"_s << int(Error::Code::InvalidArgument) << false;
    QTest::newRow("missing file") << at(u"nowhere/python3"_s) << int(Error::Code::NotFound) << false;
    QTest::newRow("folder without python") << at(u"fakepyenv/versions/empty"_s) << int(Error::Code::NotFound) << false;
}

void TestInterpreterDiscovery::findErrors()
{
    QFETCH(QString, request);
    QFETCH(int, code);
    QFETCH(bool, listsFound);
    const Result<PythonInterpreter> found = InterpreterDiscovery::find(request, m_options);
    QVERIFY(!found);
    QCOMPARE(int(found.error().code()), code);
    const QString message = found.error().message();
    QVERIFY2(message.contains(request), qPrintable(message));
    // The error lists every interpreter found instead.
    for (const Expected &expected : std::as_const(m_expected))
        QCOMPARE(message.contains(QDir::toNativeSeparators(expected.path)), listsFound);
}

void TestInterpreterDiscovery::defaultOptionsFollowTheEnvironment()
{
    const QByteArray names[] = {"PATH",          "PYENV_ROOT",   "UV_PYTHON_INSTALL_DIR",
                                "XDG_DATA_HOME", "CONDA_PREFIX", "CONDA_EXE"};
    QList<QByteArray> saved;
    for (const QByteArray &name : names)
        saved.append(qgetenv(name.constData()));
    qputenv("PATH", (at(u"pathA"_s) + QDir::listSeparator() + at(u"pathB"_s)).toUtf8());
    qputenv("PYENV_ROOT", at(u"fakepyenv"_s).toUtf8());
    qunsetenv("UV_PYTHON_INSTALL_DIR");
    qputenv("XDG_DATA_HOME", at(u"data"_s).toUtf8());
    qputenv("CONDA_PREFIX", at(u"conda/envs/torch"_s).toUtf8());
    qputenv("CONDA_EXE", at(u"conda/bin/conda"_s).toUtf8());
    const InterpreterDiscovery::Options options = InterpreterDiscovery::defaultOptions();
    const QStringList pathDirectories = options.pathDirectories;
    const QString uvDirectory = options.uvPythonDirectory;
    const QString pyenv = options.pyenvRoot;
    const QStringList conda = options.condaRoots;
    qputenv("UV_PYTHON_INSTALL_DIR", at(u"uv"_s).toUtf8());
    const QString uvOverride = InterpreterDiscovery::defaultOptions().uvPythonDirectory;
    for (qsizetype i = 0; i < saved.size(); ++i) {
        if (saved.at(i).isNull())
            qunsetenv(names[i].constData());
        else
            qputenv(names[i].constData(), saved.at(i));
    }
    QCOMPARE(pathDirectories, (QStringList{at(u"pathA"_s), at(u"pathB"_s)}));
    QCOMPARE(pyenv, at(u"fakepyenv"_s));
    QCOMPARE(uvDirectory, at(u"data/uv/python"_s));
    QCOMPARE(uvOverride, at(u"uv"_s));
    QVERIFY(conda.size() >= 2);
    QCOMPARE(conda.at(0), at(u"conda/envs/torch"_s));
    QCOMPARE(conda.at(1), at(u"conda"_s));
    QVERIFY(conda.contains(QDir::homePath() + u"/miniforge3"_s));
    QCOMPARE(options.systemDirectories, (QStringList{u"/usr/bin"_s, u"/usr/local/bin"_s}));
}

QTEST_GUILESS_MAIN(TestInterpreterDiscovery)
#include "tst_interpreterdiscovery.moc"
