// SPDX-License-Identifier: GPL-3.0-or-later
#include <optional>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/environmentverifier.h"
#include "core/install/pythoninterpreter.h"
#include "core/install/virtualenvironmentbuilder.h"
#include "core/resolve/interpreterquerycache.h"
#include "tests/support/testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

using Files = QMap<QString, QByteArray>; // path below site-packages → contents

// A stand-in torch: the attributes the verifier reads, and a line of noise on stdout as real
// imports sometimes print.
Files fakeTorch(const QByteArray &version, const QByteArray &cuda, const QByteArray &hip, bool available, int devices)
{
    return {
        {u"torch/__init__.py"_s,
         "print('torch: loading fake kernels')\nfrom . import version, cuda\n__version__ = '" + version + "'\n"},
        {u"torch/version.py"_s, "cuda = " + cuda + "\nhip = " + hip + "\n"},
        {u"torch/cuda/__init__.py"_s, "def is_available():\n    return " + QByteArray(available ? "True" : "False") +
                                          "\ndef device_count():\n    return " + QByteArray::number(devices) +
                                          "\ndef get_device_name(i):\n    return 'Fake Accelerator %d' % i\n"},
    };
}

bool writeExecutable(const QString &path, const QByteArray &contents)
{
    if (!Test::writeFile(path, contents))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

class TestEnvironmentVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void reportsTorch_data();
    void reportsTorch();
    void failedImportIsReported();
    void userEnvironmentIsIgnored();
    void badPython_data();
    void badPython();
    void cancellation();
    void modulesFor_data();
    void modulesFor();

private:
    void install(const Files &files);

    QTemporaryDir m_cache;
    std::optional<PythonInterpreter> m_python;
    std::optional<QTemporaryDir> m_dir;
    EnvironmentLayout m_layout;
};

void TestEnvironmentVerifier::initTestCase()
{
    QVERIFY(m_cache.isValid());
    qputenv("XDG_CACHE_HOME", m_cache.path().toUtf8());
    const InterpreterQueryCache cache(m_cache.filePath(u"interpreters"_s));
    Result<PythonInterpreter> python =
        PythonInterpreter::query(QStringLiteral(AKARI_PYTHON3), PythonInterpreter::Source::Explicit, cache);
    QVERIFY2(python, qPrintable(python ? QString() : python.error().toString()));
    m_python = *python;
}

void TestEnvironmentVerifier::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    Result<EnvironmentLayout> layout = VirtualEnvironmentBuilder::create(*m_python, m_dir->filePath(u".venv"_s), {});
    QVERIFY2(layout, qPrintable(layout ? QString() : layout.error().toString()));
    m_layout = *layout;
}

void TestEnvironmentVerifier::install(const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(Test::writeFile(m_layout.purelib + u'/' + it.key(), it.value()));
}

void TestEnvironmentVerifier::reportsTorch_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("torchVersion");
    QTest::addColumn<QString>("cuda");
    QTest::addColumn<QString>("hip");
    QTest::addColumn<bool>("gpu");
    QTest::addColumn<QStringList>("devices");

    QTest::newRow("CUDA with two GPUs") << fakeTorch("2.8.0+cu128", "'12.8'", "None", true, 2) << u"2.8.0+cu128"_s
                                        << u"12.8"_s << QString() << true
                                        << QStringList{u"Fake Accelerator 0"_s, u"Fake Accelerator 1"_s};
    QTest::newRow("CUDA build, no GPU") << fakeTorch("2.7.1+cu126", "'12.6'", "None", false, 0) << u"2.7.1+cu126"_s
                                        << u"12.6"_s << QString() << false << QStringList();
    QTest::newRow("ROCm") << fakeTorch("2.8.0+rocm6.4", "None", "'6.4.43482'", true, 1) << u"2.8.0+rocm6.4"_s
                          << QString() << u"6.4.43482"_s << true << QStringList{u"Fake Accelerator 0"_s};
    Files noVersionModule = fakeTorch("2.8.0+cpu", "None", "None", false, 0);
    noVersionModule.remove(u"torch/version.py"_s);
    noVersionModule[u"torch/__init__.py"_s] = "from . import cuda\n__version__ = '2.8.0+cpu'\n";
    QTest::newRow("CPU, no torch.version")
        << noVersionModule << u"2.8.0+cpu"_s << QString() << QString() << false << QStringList();
}

void TestEnvironmentVerifier::reportsTorch()
{
    QFETCH(Files, files);
    QFETCH(QString, torchVersion);
    QFETCH(QString, cuda);
    QFETCH(QString, hip);
    QFETCH(bool, gpu);
    QFETCH(QStringList, devices);
    install(files);
    install({{u"torchaudio/__init__.py"_s, "import torch\n__version__ = '2.8.0'\n"}});

    const Result<EnvironmentVerification> result =
        EnvironmentVerifier::verify(m_layout.python, {u"torch"_s, u"torchaudio"_s});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->pythonVersion, m_python->version.toString());
    QCOMPARE(result->modules.size(), 2);
    QCOMPARE(result->modules[0].name, u"torch"_s);
    QVERIFY(result->modules[0].imported);
    QCOMPARE(result->modules[0].version, torchVersion);
    QCOMPARE(result->modules[1].name, u"torchaudio"_s);
    QCOMPARE(result->modules[1].version, u"2.8.0"_s);
    QVERIFY(result->allImported());
    QCOMPARE(result->torchVersion, torchVersion);
    QCOMPARE(result->cudaVersion, cuda);
    QCOMPARE(result->hipVersion, hip);
    QCOMPARE(result->gpuAvailable, gpu);
    QCOMPARE(result->devices, devices);
}

void TestEnvironmentVerifier::failedImportIsReported()
{
    install(fakeTorch("2.8.0+cu128", "'12.8'", "None", false, 0));
    install({{u"torchvision/__init__.py"_s, "import torch\nfrom . import _C\n"},
             {u"torchvision/_C.py"_s,
              "raise ImportError('libtorchvision.so: cannot open shared object file:\\n  No such file')\n"}});
    const Result<EnvironmentVerification> result =
        EnvironmentVerifier::verify(m_layout.python, {u"torch"_s, u"torchvision"_s, u"torchaudio"_s});
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QCOMPARE(result->modules.size(), 3);
    QVERIFY(result->modules[0].imported);
    QVERIFY(!result->modules[1].imported);
    QCOMPARE(result->modules[1].version, QString());
    QCOMPARE(result->modules[1].error,
             u"ImportError: libtorchvision.so: cannot open shared object file:\n  No such file"_s);
    QVERIFY(!result->modules[2].imported);
    QVERIFY2(result->modules[2].error.startsWith(u"ModuleNotFoundError: "_s), qPrintable(result->modules[2].error));
    QVERIFY(result->modules[2].error.contains(u"torchaudio"_s));
    QVERIFY(!result->allImported());
    QCOMPARE(result->torchVersion, u"2.8.0+cu128"_s);
}

void TestEnvironmentVerifier::userEnvironmentIsIgnored()
{
    // -I: a torch on the user's PYTHONPATH must not be the one verified.
    QVERIFY(Test::writeFile(m_dir->filePath(u"user/torch/__init__.py"_s), "__version__ = '0.0.1+user'\n"));
    qputenv("PYTHONPATH", m_dir->filePath(u"user"_s).toUtf8());
    const Result<EnvironmentVerification> result = EnvironmentVerifier::verify(m_layout.python, {u"torch"_s});
    qunsetenv("PYTHONPATH");
    QVERIFY(result);
    QVERIFY(!result->modules.value(0).imported);
    QCOMPARE(result->torchVersion, QString());
}

void TestEnvironmentVerifier::badPython_data()
{
    QTest::addColumn<QByteArray>("script"); // empty: no such program
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("garbage") << QByteArray("#!/bin/sh\necho 'Welcome to not-python'\n") << Error::Code::Parse
                             << u"Welcome to not-python"_s;
    QTest::newRow("crash") << QByteArray("#!/bin/sh\necho starting\necho 'Fatal Python error: init' >&2\nexit 3\n")
                           << Error::Code::Io << u"Fatal Python error: init"_s;
    QTest::newRow("broken JSON") << QByteArray("#!/bin/sh\necho '--- akari verification ---'\necho '{\"python\": '\n")
                                 << Error::Code::Parse << QString();
    QTest::newRow("missing") << QByteArray() << Error::Code::NotFound << QString();
}

void TestEnvironmentVerifier::badPython()
{
    QFETCH(QByteArray, script);
    QFETCH(Error::Code, code);
    QFETCH(QString, detail);
    const QString python = m_dir->filePath(u"bin/fake-python"_s);
    if (!script.isEmpty())
        QVERIFY(writeExecutable(python, script));
    const Result<EnvironmentVerification> result = EnvironmentVerifier::verify(python, {u"torch"_s});
    QVERIFY(!result);
    QCOMPARE(int(result.error().code()), int(code));
    QVERIFY2(result.error().message().contains(python), qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(detail), qPrintable(result.error().message()));
}

void TestEnvironmentVerifier::cancellation()
{
    const QString python = m_dir->filePath(u"bin/slow-python"_s);
    QVERIFY(writeExecutable(python, "#!/bin/sh\nexec sleep 60\n"));
    QElapsedTimer timer;
    timer.start();
    int calls = 0;
    const Result<EnvironmentVerification> result =
        EnvironmentVerifier::verify(python, {u"torch"_s}, [&calls] { return ++calls > 3; });
    QVERIFY(!result);
    QCOMPARE(result.error().code(), Error::Code::Cancelled);
    QVERIFY(timer.elapsed() < 10000);
}

void TestEnvironmentVerifier::modulesFor_data()
{
    QTest::addColumn<QStringList>("packages");
    QTest::addColumn<QStringList>("modules");
    QTest::newRow("none") << QStringList{u"numpy"_s, u"pillow"_s} << QStringList();
    QTest::newRow("torch only") << QStringList{u"numpy"_s, u"torch"_s} << QStringList{u"torch"_s};
    QTest::newRow("the three, any order") << QStringList{u"torchaudio"_s, u"torch"_s, u"torchvision"_s, u"sympy"_s}
                                          << QStringList{u"torch"_s, u"torchvision"_s, u"torchaudio"_s};
    QTest::newRow("intel") << QStringList{u"intel-extension-for-pytorch"_s, u"torch"_s}
                           << QStringList{u"torch"_s, u"intel_extension_for_pytorch"_s};
    QTest::newRow("unnormalised") << QStringList{u"Intel_Extension.For-PyTorch"_s}
                                  << QStringList{u"intel_extension_for_pytorch"_s};
    QTest::newRow("not imported") << QStringList{u"pytorch-triton-rocm"_s, u"triton"_s, u"torch"_s}
                                  << QStringList{u"torch"_s};
}

void TestEnvironmentVerifier::modulesFor()
{
    QFETCH(QStringList, packages);
    QFETCH(QStringList, modules);
    QCOMPARE(EnvironmentVerifier::modulesFor(packages), modules);
}

QTEST_GUILESS_MAIN(TestEnvironmentVerifier)
#include "tst_environmentverifier.moc"
