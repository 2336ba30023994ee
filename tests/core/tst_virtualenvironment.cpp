// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <optional>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/jobs/job.h"
#include "core/project/virtualenvironment.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::VirtualEnvironment;
using Akari::VirtualEnvironmentInfo;

namespace
{
const QByteArray UvConfig = "home = /opt/python/cpython-3.12.11-linux-x86_64-gnu/bin\n"
                            "implementation = CPython\n"
                            "uv = 0.8.4\n"
                            "version_info = 3.12.11\n"
                            "include-system-site-packages = false\n"
                            "prompt = demo\n"_ba;

const QByteArray VenvConfig = "home = /usr/bin\n"
                              "include-system-site-packages = true\n"
                              "version = 3.11.2\n"
                              "executable = /usr/bin/python3.11\n"
                              "command = /usr/bin/python3 -m venv /home/u/p/.venv\n"_ba;

const QByteArray VirtualenvConfig = "home = /usr/bin\n"
                                    "implementation = CPython\n"
                                    "version_info = 3.11.2.final.0\n"
                                    "virtualenv = 20.26.6\n"
                                    "include-system-site-packages = False\n"
                                    "base-prefix = /usr\n"_ba;

// Makes \a files (empty) and \a folders below \a root.
bool build(const QString &root, const QStringList &files, const QStringList &folders)
{
    for (const QString &file : files) {
        if (!Akari::Test::writeFile(QDir(root).filePath(file), {}))
            return false;
    }
    for (const QString &folder : folders) {
        if (!QDir(root).mkpath(folder))
            return false;
    }
    return true;
}

const QString VersionScript = u"import platform; print(platform.python_version())"_s;
// venv records the folder of the base interpreter as "home".
const QString HomeScript =
    u"import os, sys; print(os.path.dirname(getattr(sys, '_base_executable', sys.executable)))"_s;

QString pythonForRealVenv()
{
    return QFileInfo::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : QStringLiteral(AKARI_PYTHON3);
}

// Runs \a python with \a arguments; the trimmed stdout, or nothing on failure.
std::optional<QString> runPython(const QString &python, const QStringList &arguments)
{
    QProcess process;
    process.start(python, arguments);
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << python << arguments << process.readAllStandardError();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}
} // namespace

class TestVirtualEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadEnvironment_data();
    void shouldReadEnvironment();
    void shouldAcceptMissingEnvironment();
    void shouldRejectFolderWithoutConfig();
    void shouldRejectAFileInPlaceOfTheFolder();
    void shouldInspectThroughJob();
    void shouldReadRealVenv();
};

void TestVirtualEnvironment::shouldReadEnvironment_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<bool>("systemSitePackages");
    QTest::addColumn<QString>("interpreter");
    QTest::addColumn<QStringList>("packages");

    const QString sitePackages = u"lib/python3.12/site-packages/"_s;
    QTest::newRow("uv on Linux") << UvConfig
                                 << QStringList{u"bin/python"_s, sitePackages + u"distutils-precedence.pth"_s}
                                 << QStringList{sitePackages + u"torch-2.7.0+cu128.dist-info"_s,
                                                sitePackages + u"numpy-2.1.0.dist-info"_s,
                                                sitePackages + u"typing_extensions-4.12.2.dist-info"_s,
                                                sitePackages + u"torch"_s, sitePackages + u"numpy"_s}
                                 << u"3.12.11"_s << u"/opt/python/cpython-3.12.11-linux-x86_64-gnu/bin"_s
                                 << u"CPython"_s << u"uv 0.8.4"_s << false << u"bin/python"_s
                                 << QStringList{u"numpy 2.1.0"_s, u"torch 2.7.0+cu128"_s,
                                                u"typing_extensions 4.12.2"_s};
    QTest::newRow("plain venv") << VenvConfig << QStringList{u"bin/python"_s}
                                << QStringList{u"lib/python3.11/site-packages/pip-24.0.dist-info"_s} << u"3.11.2"_s
                                << u"/usr/bin"_s << QString() << u"venv"_s << true << u"bin/python"_s
                                << QStringList{u"pip 24.0"_s};
    QTest::newRow("virtualenv") << VirtualenvConfig << QStringList{u"bin/python"_s}
                                << QStringList{u"lib/python3.11/site-packages"_s} << u"3.11.2.final.0"_s
                                << u"/usr/bin"_s << u"CPython"_s << u"virtualenv 20.26.6"_s << false << u"bin/python"_s
                                << QStringList();
    QTest::newRow("uv on Windows") << UvConfig << QStringList{u"Scripts/python.exe"_s}
                                   << QStringList{u"Lib/site-packages/torch-2.7.0+cu128.dist-info"_s,
                                                  u"Lib/site-packages/numpy-2.1.0.dist-info"_s}
                                   << u"3.12.11"_s << u"/opt/python/cpython-3.12.11-linux-x86_64-gnu/bin"_s
                                   << u"CPython"_s << u"uv 0.8.4"_s << false << u"Scripts/python.exe"_s
                                   << QStringList{u"numpy 2.1.0"_s, u"torch 2.7.0+cu128"_s};
    QTest::newRow("no interpreter yet") << UvConfig << QStringList() << QStringList() << u"3.12.11"_s
                                        << u"/opt/python/cpython-3.12.11-linux-x86_64-gnu/bin"_s << u"CPython"_s
                                        << u"uv 0.8.4"_s << false << QString() << QStringList();
    // What VirtualEnvironmentBuilder writes (core/install).
    QTest::newRow("Akari")
        << "home = /usr/bin\nimplementation = CPython\nversion_info = 3.11.2\nprompt = demo\nakari = 0.1.0\n"_ba
        << QStringList{u"bin/python"_s} << QStringList() << u"3.11.2"_s << u"/usr/bin"_s << u"CPython"_s
        << u"Akari 0.1.0"_s << false << u"bin/python"_s << QStringList();
    QTest::newRow("keys in any case, odd spacing")
        << "Home=/usr/bin\r\nVERSION_INFO   =  3.13.1\r\n# comment = no\r\nuv=0.9.0\r\n"_ba
        << QStringList{u"bin/python"_s} << QStringList() << u"3.13.1"_s << u"/usr/bin"_s << QString() << u"uv 0.9.0"_s
        << false << u"bin/python"_s << QStringList();
}

void TestVirtualEnvironment::shouldReadEnvironment()
{
    QFETCH(QByteArray, config);
    QFETCH(QStringList, files);
    QFETCH(QStringList, folders);
    QFETCH(QString, version);
    QFETCH(QString, home);
    QFETCH(QString, implementation);
    QFETCH(QString, createdBy);
    QFETCH(bool, systemSitePackages);
    QFETCH(QString, interpreter);
    QFETCH(QStringList, packages);

    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    QVERIFY(Akari::Test::writeFile(QDir(venv).filePath(u"pyvenv.cfg"_s), config));
    QVERIFY(build(venv, files, folders));

    const Akari::Result<VirtualEnvironmentInfo> info = VirtualEnvironment::inspect(venv);
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().toString()));
    QVERIFY(info->exists);
    QCOMPARE(info->path, venv);
    QCOMPARE(info->pythonVersion, version);
    QCOMPARE(info->home, home);
    QCOMPARE(info->implementation, implementation);
    QCOMPARE(info->createdBy, createdBy);
    QCOMPARE(info->systemSitePackages, systemSitePackages);
    QCOMPARE(info->interpreter, interpreter.isEmpty() ? QString() : QDir(venv).filePath(interpreter));
    QCOMPARE(info->packages, packages);
}

void TestVirtualEnvironment::shouldAcceptMissingEnvironment()
{
    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    const Akari::Result<VirtualEnvironmentInfo> info = VirtualEnvironment::inspect(venv);
    QVERIFY(info.has_value());
    QVERIFY(!info->exists);
    QCOMPARE(info->path, venv);
    QVERIFY(info->pythonVersion.isEmpty());
    QVERIFY(info->interpreter.isEmpty());
    QVERIFY(info->packages.isEmpty());
}

void TestVirtualEnvironment::shouldRejectFolderWithoutConfig()
{
    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    QVERIFY(build(venv, {u"bin/python"_s}, {u"lib/python3.12/site-packages"_s}));

    const Akari::Result<VirtualEnvironmentInfo> info = VirtualEnvironment::inspect(venv + u'/');
    QVERIFY(!info.has_value());
    QCOMPARE(info.error().code(), Error::Code::InvalidArgument);
    QCOMPARE(info.error().file(), venv);
    QVERIFY(!info.error().message().isEmpty());
}

void TestVirtualEnvironment::shouldRejectAFileInPlaceOfTheFolder()
{
    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    QVERIFY(Akari::Test::writeFile(venv, "not a folder\n"));
    const Akari::Result<VirtualEnvironmentInfo> info = VirtualEnvironment::inspect(venv);
    QVERIFY(!info.has_value());
    QCOMPARE(info.error().code(), Error::Code::InvalidArgument);
    QCOMPARE(info.error().file(), venv);
}

void TestVirtualEnvironment::shouldInspectThroughJob()
{
    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    QVERIFY(Akari::Test::writeFile(QDir(venv).filePath(u"pyvenv.cfg"_s), UvConfig));
    QVERIFY(build(venv, {u"bin/python"_s}, {u"lib/python3.12/site-packages/torch-2.7.0+cu128.dist-info"_s}));

    std::unique_ptr<Akari::Job> job(VirtualEnvironment::inspectJob(project.path()));
    QSignalSpy succeeded(job.get(), &Akari::Job::succeeded);
    QSignalSpy failed(job.get(), &Akari::Job::failed);
    job->start();
    QTRY_COMPARE(succeeded.count() + failed.count(), 1);
    QCOMPARE(failed.count(), 0);
    const VirtualEnvironmentInfo info = succeeded.first().first().value<VirtualEnvironmentInfo>();
    QVERIFY(info.exists);
    QCOMPARE(info.path, venv);
    QCOMPARE(info.createdBy, u"uv 0.8.4"_s);
    QCOMPARE(info.packages, QStringList{u"torch 2.7.0+cu128"_s});
}

void TestVirtualEnvironment::shouldReadRealVenv()
{
    // An environment written by CPython's own venv module, not by this test.
    const QString python = pythonForRealVenv();
    const QTemporaryDir project;
    const QString venv = QDir(project.path()).filePath(u".venv"_s);
    QVERIFY2(runPython(python, {u"-m"_s, u"venv"_s, u"--without-pip"_s, venv}), "python3 -m venv failed");
    const QString version = runPython(python, {u"-c"_s, VersionScript}).value_or(QString());
    const QString home = runPython(python, {u"-c"_s, HomeScript}).value_or(QString());
    QVERIFY(!version.isEmpty());
    QVERIFY(!home.isEmpty());

    const Akari::Result<VirtualEnvironmentInfo> info = VirtualEnvironment::inspect(venv);
    QVERIFY2(info.has_value(), qPrintable(info ? QString() : info.error().toString()));
    QVERIFY(info->exists);
    QVERIFY(!info->interpreter.isEmpty());
    QVERIFY(QFileInfo(info->interpreter).isExecutable());
    QCOMPARE(info->pythonVersion, version);
    QCOMPARE(info->home, home);
    QCOMPARE(info->createdBy, u"venv"_s);
    QVERIFY(!info->systemSitePackages);
    QVERIFY2(info->packages.isEmpty(), qPrintable(info->packages.join(u", "_s))); // --without-pip installs nothing

    // What the interpreter itself says about its version must agree too.
    QCOMPARE(runPython(info->interpreter, {u"-c"_s, VersionScript}).value_or(QString()), version);
}

QTEST_GUILESS_MAIN(TestVirtualEnvironment)
#include "tst_virtualenvironment.moc"
