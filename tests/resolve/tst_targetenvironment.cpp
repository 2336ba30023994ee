// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "core/resolve/targetenvironment.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{

using Variable = MarkerEnvironment::Variable;

// pypa/packaging (tests/resolve/oracles/target_tags.py) on /usr/bin/python3.
QJsonObject oracle(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(AKARI_PYTHON3),
                  QStringList{QStringLiteral(AKARI_SOURCE_DIR) + u"/tests/resolve/oracles/target_tags.py"_s} +
                      arguments);
    if (!process.waitForFinished(20000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QStringList tagStrings(const SupportedTags &tags)
{
    QStringList list;
    for (const Tag &tag : tags.tags())
        list.append(tag.toString());
    return list;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

class TestTargetEnvironment : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void forPlatform_data();
    void forPlatform();
    void unknownArchitectureRefused_data();
    void unknownArchitectureRefused();
    void forInterpreterMatchesPackaging();
    void forInterpreterErrorsNameTheInterpreter();
    void defaultInterpreterPrefersTheProjectVenv();

private:
    QTemporaryDir m_cacheHome;
};

void TestTargetEnvironment::initTestCase()
{
    // Interpreter answers are cached under XDG_CACHE_HOME: keep them out of the user's cache.
    QVERIFY(m_cacheHome.isValid());
    qputenv("XDG_CACHE_HOME", m_cacheHome.path().toUtf8());
}

void TestTargetEnvironment::forPlatform_data()
{
    QTest::addColumn<TargetPlatform::Os>("os");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("arch");
    // What the oracle is asked: platform name, arch as tags spell it, glibc or macOS version.
    QTest::addColumn<QStringList>("oracleArguments");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("sysPlatform");
    QTest::addColumn<QString>("osName");

    using Os = TargetPlatform::Os;
    // uv: linux = x86_64-unknown-linux-gnu = manylinux_2_28; macOS 13.0 on arm64 by default.
    QTest::newRow("linux default") << Os::Linux << u"3.12"_s << QString()
                                   << QStringList{u"linux"_s, u"3.12"_s, u"x86_64"_s, u"2.28"_s} << u"x86_64"_s
                                   << u"linux"_s << u"posix"_s;
    QTest::newRow("linux aarch64") << Os::Linux << u"3.11"_s << u"aarch64"_s
                                   << QStringList{u"linux"_s, u"3.11"_s, u"aarch64"_s, u"2.28"_s} << u"aarch64"_s
                                   << u"linux"_s << u"posix"_s;
    QTest::newRow("linux arm64 alias") << Os::Linux << u"3.13"_s << u"ARM64"_s
                                       << QStringList{u"linux"_s, u"3.13"_s, u"aarch64"_s, u"2.28"_s} << u"aarch64"_s
                                       << u"linux"_s << u"posix"_s;
    QTest::newRow("windows default") << Os::Windows << u"3.12"_s << QString()
                                     << QStringList{u"windows"_s, u"3.12"_s, u"amd64"_s, u"0.0"_s} << u"AMD64"_s
                                     << u"win32"_s << u"nt"_s;
    QTest::newRow("windows arm64") << Os::Windows << u"3.12"_s << u"arm64"_s
                                   << QStringList{u"windows"_s, u"3.12"_s, u"arm64"_s, u"0.0"_s} << u"ARM64"_s
                                   << u"win32"_s << u"nt"_s;
    QTest::newRow("macos default") << Os::MacOs << u"3.10"_s << QString()
                                   << QStringList{u"macos"_s, u"3.10"_s, u"arm64"_s, u"13.0"_s} << u"arm64"_s
                                   << u"darwin"_s << u"posix"_s;
    QTest::newRow("macos x86_64") << Os::MacOs << u"3.12"_s << u"x86_64"_s
                                  << QStringList{u"macos"_s, u"3.12"_s, u"x86_64"_s, u"13.0"_s} << u"x86_64"_s
                                  << u"darwin"_s << u"posix"_s;
}

void TestTargetEnvironment::forPlatform()
{
    QFETCH(TargetPlatform::Os, os);
    QFETCH(QString, python);
    QFETCH(QString, arch);
    QFETCH(QStringList, oracleArguments);
    QFETCH(QString, machine);
    QFETCH(QString, sysPlatform);
    QFETCH(QString, osName);

    const Result<TargetEnvironment> target = TargetEnvironment::forPlatform(os, *Version::parse(python), arch);
    QVERIFY2(target, qPrintable(target ? QString() : target.error().message()));
    QCOMPARE(target->os, os);
    QCOMPARE(target->arch, machine);
    QCOMPARE(target->pythonMinor(), python);
    QCOMPARE(target->markers.value(Variable::PlatformMachine), machine);
    QCOMPARE(target->markers.value(Variable::SysPlatform), sysPlatform);
    QCOMPARE(target->markers.value(Variable::OsName), osName);
    QCOMPARE(target->markers.value(Variable::PythonVersion), python);
    QCOMPARE(target->markers.value(Variable::ImplementationName), u"cpython"_s);
    QVERIFY(target->description().contains(python));
    QVERIFY(target->description().contains(machine));

    const QJsonObject expected = oracle(QStringList{u"platform"_s} + oracleArguments);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(tagStrings(target->tags), strings(expected.value(u"tags"_s)));
}

void TestTargetEnvironment::unknownArchitectureRefused_data()
{
    QTest::addColumn<TargetPlatform::Os>("os");
    QTest::addColumn<QString>("arch");
    QTest::newRow("linux sparc") << TargetPlatform::Os::Linux << u"sparc"_s;
    QTest::newRow("windows ppc64le") << TargetPlatform::Os::Windows << u"ppc64le"_s;
    QTest::newRow("macos i686") << TargetPlatform::Os::MacOs << u"i686"_s;
}

void TestTargetEnvironment::unknownArchitectureRefused()
{
    QFETCH(TargetPlatform::Os, os);
    QFETCH(QString, arch);
    const Result<TargetEnvironment> target = TargetEnvironment::forPlatform(os, *Version::parse(u"3.12"), arch);
    QVERIFY(!target);
    QCOMPARE(target.error().code(), Error::Code::InvalidArgument);
    QVERIFY(target.error().message().contains(arch));
}

void TestTargetEnvironment::forInterpreterMatchesPackaging()
{
    const QString python = QStringLiteral(AKARI_PYTHON3);
    // The second time from the interpreter cache: it must give the same answer.
    for (int round = 0; round < 2; ++round) {
        const Result<TargetEnvironment> target = TargetEnvironment::forInterpreter(python);
        QVERIFY2(target, qPrintable(target ? QString() : target.error().toString()));
        const QJsonObject expected = oracle({u"self"_s});
        QVERIFY(!expected.isEmpty());

        const QJsonObject markers = expected.value(u"markers"_s).toObject();
        for (auto it = markers.begin(); it != markers.end(); ++it) {
            const std::optional<Variable> variable = MarkerEnvironment::variableFromName(it.key());
            QVERIFY2(variable, qPrintable(it.key()));
            QCOMPARE(target->markers.value(*variable), it.value().toString());
        }
        QCOMPARE(target->python.toString(), markers.value(u"python_full_version"_s).toString());
        QCOMPARE(target->arch, markers.value(u"platform_machine"_s).toString());
        QCOMPARE(TargetPlatform{target->os}.name(), u"linux"_s);
        // The whole list, in order: the top tags decide which wheel is chosen.
        QCOMPARE(tagStrings(target->tags), strings(expected.value(u"tags"_s)));
    }
}

void TestTargetEnvironment::forInterpreterErrorsNameTheInterpreter()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"no-such-python"_s);
    const Result<TargetEnvironment> notThere = TargetEnvironment::forInterpreter(missing);
    QVERIFY(!notThere);
    QVERIFY(notThere.error().message().contains(missing));

    // An interpreter that answers nonsense, or fails.
    for (const QByteArray &body : {QByteArray("echo not json"), QByteArray("echo broken >&2; exit 3")}) {
        const QString fake = dir.filePath(u"fake-python"_s);
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("#!/bin/sh\n" + body + "\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const Result<TargetEnvironment> target = TargetEnvironment::forInterpreter(fake);
        QVERIFY(!target);
        QVERIFY2(target.error().message().contains(fake), qPrintable(target.error().message()));
    }
}

void TestTargetEnvironment::defaultInterpreterPrefersTheProjectVenv()
{
    const QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString found = TargetEnvironment::defaultInterpreter(dir.path());
    QVERIFY(!found.isEmpty()); // python3 on PATH
    QVERIFY(!found.startsWith(dir.path()));

    QVERIFY(QDir(dir.path()).mkpath(u".venv/bin"_s));
    const QString venvPython = dir.filePath(u".venv/bin/python"_s);
    QVERIFY(QFile::link(QStringLiteral(AKARI_PYTHON3), venvPython));
    QCOMPARE(TargetEnvironment::defaultInterpreter(dir.path()), venvPython);
}

QTEST_GUILESS_MAIN(TestTargetEnvironment)
#include "tst_targetenvironment.moc"
