// SPDX-License-Identifier: GPL-3.0-or-later
// Marker beyond pypa/packaging's vectors (the conformance tool runs those): uv/PyTorch markers,
// markers uv wrote into real uv.lock files, version against string comparison, grouping kept by
// toString(), Python string escapes, undefined comparisons, error columns, equality and hashing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "core/pep/marker.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Marker;
using Akari::MarkerEnvironment;
using Akari::Version;
using Variable = Akari::MarkerEnvironment::Variable;
using Platform = Akari::MarkerEnvironment::TargetPlatform;

namespace
{
Marker marker(const QString &text)
{
    const Akari::Result<Marker> parsed = Marker::parse(text);
    if (!parsed)
        qFatal("test data does not parse: %s", qUtf8Printable(parsed.error().message()));
    return *parsed;
}

MarkerEnvironment target(Platform platform, const QString &python = u"3.12"_s)
{
    return MarkerEnvironment::forTarget(platform, Version::parse(python).value());
}

MarkerEnvironment with(MarkerEnvironment env, Variable variable, const QString &value)
{
    env.setValue(variable, value);
    return env;
}
} // namespace

class TestMarker final : public QObject
{
    Q_OBJECT

private slots:
    void shouldEvaluateTargetPlatformMarkers_data();
    void shouldEvaluateTargetPlatformMarkers();
    void shouldCompareVersionVariablesAsVersions_data();
    void shouldCompareVersionVariablesAsVersions();
    void shouldCompareOtherVariablesAsStrings_data();
    void shouldCompareOtherVariablesAsStrings();
    void shouldNormaliseExtrasBeforeComparing();
    void shouldTestSetMembership();
    void shouldKeepGroupingInToString_data();
    void shouldKeepGroupingInToString();
    void shouldDecodePythonStringEscapes_data();
    void shouldDecodePythonStringEscapes();
    void shouldReportUndefinedComparisons_data();
    void shouldReportUndefinedComparisons();
    void shouldNameTheOffendingColumn_data();
    void shouldNameTheOffendingColumn();
    void shouldEvaluateUvLockMarkersLikeTheirRoundTrip();
    void shouldTreatTheEmptyMarkerAsTrue();
    void shouldCompareAndHashByNormalisedForm();
    void shouldTellWhichVariablesItReads();
};

void TestMarker::shouldEvaluateTargetPlatformMarkers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("linux");
    QTest::addColumn<bool>("windows");
    QTest::addColumn<bool>("macos");

    QTest::newRow("linux or win32") << u"sys_platform == 'linux' or sys_platform == 'win32'"_s << true << true << false;
    QTest::newRow("not darwin") << u"sys_platform != 'darwin'"_s << true << true << false;
    QTest::newRow("CUDA wheels") << u"platform_system == \"Linux\" and platform_machine == \"x86_64\""_s << true
                                 << false << false;
    QTest::newRow("os_name") << u"os_name == 'nt'"_s << false << true << false;
    QTest::newRow("Apple silicon") << u"sys_platform == 'darwin' and platform_machine == 'arm64'"_s << false << false
                                   << true;
    QTest::newRow("python and platform")
        << u"python_version >= '3.12' and (sys_platform == 'linux' or sys_platform == 'darwin')"_s << true << false
        << true;
    QTest::newRow("and binds tighter than or")
        << u"sys_platform == 'win32' or sys_platform == 'linux' and python_version < '3.9'"_s << false << true << false;
    QTest::newRow("parentheses change it")
        << u"(sys_platform == 'win32' or sys_platform == 'linux') and python_version < '3.9'"_s << false << false
        << false;
    QTest::newRow("legacy spelling") << u"sys.platform == 'linux'"_s << true << false << false;
    QTest::newRow("substring") << u"'lin' in sys_platform"_s << true << false << false;
}

void TestMarker::shouldEvaluateTargetPlatformMarkers()
{
    QFETCH(QString, text);
    QFETCH(bool, linux);
    QFETCH(bool, windows);
    QFETCH(bool, macos);
    const Marker parsed = marker(text);
    QCOMPARE(parsed.evaluate(target(Platform::Linux)).value(), linux);
    QCOMPARE(parsed.evaluate(target(Platform::Windows)).value(), windows);
    QCOMPARE(parsed.evaluate(target(Platform::MacOS)).value(), macos);
}

void TestMarker::shouldCompareVersionVariablesAsVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("python");
    QTest::addColumn<bool>("expected");

    // As strings "3.9" >= "3.10"; as versions it is not.
    QTest::newRow("3.9 >= 3.10") << u"python_version >= '3.10'"_s << u"3.9"_s << false;
    QTest::newRow("3.12 >= 3.10") << u"python_version >= '3.10'"_s << u"3.12"_s << true;
    QTest::newRow("== ignores trailing zeros") << u"python_version == '3.12.0'"_s << u"3.12"_s << true;
    QTest::newRow("wildcard") << u"python_full_version == '3.12.*'"_s << u"3.12.4"_s << true;
    QTest::newRow("compatible release") << u"python_full_version ~= '3.11.2'"_s << u"3.11.9"_s << true;
    QTest::newRow("compatible release, next minor") << u"python_full_version ~= '3.11.2'"_s << u"3.12.0"_s << false;
    QTest::newRow("pre-releases count") << u"python_full_version >= '3.13'"_s << u"3.13.0rc2"_s << false;
    QTest::newRow("pre-releases are admitted") << u"python_full_version > '3.12'"_s << u"3.13.0rc2"_s << true;
    QTest::newRow("literal on the left") << u"'3.10' <= python_version"_s << u"3.9"_s << false;
    QTest::newRow("literal on the left, true") << u"'3.8' < python_version"_s << u"3.12"_s << true;
    QTest::newRow("in is a substring test") << u"'3.1' in python_version"_s << u"3.12"_s << true;
    QTest::newRow("no version: strings") << u"python_version == 'three'"_s << u"3.12"_s << false;
    QTest::newRow("no version: < is false") << u"python_version < 'zzz'"_s << u"3.12"_s << false;
}

void TestMarker::shouldCompareVersionVariablesAsVersions()
{
    QFETCH(QString, text);
    QFETCH(QString, python);
    QFETCH(bool, expected);
    const MarkerEnvironment env =
        with(with(target(Platform::Linux), Variable::PythonVersion, python), Variable::PythonFullVersion, python);
    QCOMPARE(marker(text).evaluate(env).value(), expected);
}

void TestMarker::shouldCompareOtherVariablesAsStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<bool>("expected");

    // packaging 26 compares only the version variables as versions.
    QTest::newRow("== is exact") << u"platform_machine == '1.0'"_s << u"1.0.0"_s << false;
    QTest::newRow("<= means ==") << u"platform_machine <= 'b'"_s << u"a"_s << false;
    QTest::newRow(">= means ==") << u"platform_machine >= 'a'"_s << u"a"_s << true;
    QTest::newRow("< is false") << u"platform_machine < 'b'"_s << u"a"_s << false;
    QTest::newRow("> is false") << u"'b' > platform_machine"_s << u"a"_s << false;
    QTest::newRow("not in") << u"'86' not in platform_machine"_s << u"x86_64"_s << false;
    QTest::newRow("empty string is in anything") << u"'' in platform_machine"_s << u"arm64"_s << true;
    QTest::newRow("case matters") << u"platform_machine == 'AMD64'"_s << u"amd64"_s << false;
}

void TestMarker::shouldCompareOtherVariablesAsStrings()
{
    QFETCH(QString, text);
    QFETCH(QString, machine);
    QFETCH(bool, expected);
    const MarkerEnvironment env = with(target(Platform::Linux), Variable::PlatformMachine, machine);
    QCOMPARE(marker(text).evaluate(env).value(), expected);
}

void TestMarker::shouldNormaliseExtrasBeforeComparing()
{
    const Marker cu128 = marker(u"extra == 'CU_128'"_s);
    QCOMPARE(cu128.toString(), u"extra == \"cu-128\""_s);
    MarkerEnvironment env = target(Platform::Linux);
    QCOMPARE(cu128.evaluate(env).value(), false);
    env.setExtra(u"cu.128"_s);
    QCOMPARE(cu128.evaluate(env).value(), true);
    env.setExtra(u"cu128"_s);
    QCOMPARE(cu128.evaluate(env).value(), false);
    QCOMPARE(marker(u"extra == 'cu128'"_s).evaluate(env).value(), true);
    QCOMPARE(marker(u"extra != 'cu128'"_s).evaluate(env).value(), false);
}

void TestMarker::shouldTestSetMembership()
{
    MarkerEnvironment env = target(Platform::Linux);
    env.setExtras({u"CU128"_s, u"Vision_Extra"_s});
    env.setDependencyGroups({u"dev"_s});
    QCOMPARE(marker(u"\"cu128\" in extras"_s).evaluate(env).value(), true);
    QCOMPARE(marker(u"'vision.extra' in extras and 'dev' in dependency_groups"_s).evaluate(env).value(), true);
    QCOMPARE(marker(u"'rocm' in extras"_s).evaluate(env).value(), false);
    QCOMPARE(marker(u"'rocm' not in extras"_s).evaluate(env).value(), true);
    // A string never equals a set; `!=` is therefore true.
    QCOMPARE(marker(u"'cu128' == extras"_s).evaluate(env).value(), false);
    QCOMPARE(marker(u"'cu128' != extras"_s).evaluate(env).value(), true);
    // Membership is not a substring test.
    QCOMPARE(marker(u"'cu' in extras"_s).evaluate(env).value(), false);
}

void TestMarker::shouldKeepGroupingInToString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("doubled inner parentheses")
        << u"python_version < \"3.10\" and ((sys_platform == \"linux\" or sys_platform == \"darwin\"))"_s
        << u"python_version < \"3.10\" and (sys_platform == \"linux\" or sys_platform == \"darwin\")"_s;
    QTest::newRow("single comparison in parentheses")
        << u"(os_name == 'nt') and (python_version > '3')"_s << u"os_name == \"nt\" and python_version > \"3\""_s;
    QTest::newRow("outer parentheses") << u"((os_name == 'nt' or os_name == 'posix'))"_s
                                       << u"os_name == \"nt\" or os_name == \"posix\""_s;
    QTest::newRow("left group kept") << u"(os_name=='a' or os_name=='b')and python_version>'3'"_s
                                     << u"(os_name == \"a\" or os_name == \"b\") and python_version > \"3\""_s;
    QTest::newRow("legacy names") << u"os.name == 'posix' and python_implementation == 'CPython'"_s
                                  << u"os_name == \"posix\" and platform_python_implementation == \"CPython\""_s;
    QTest::newRow("not in spacing") << u"'3.'not\t  in python_version"_s << u"\"3.\" not in python_version"_s;
    QTest::newRow("value with a double quote") << u"os_name == 'a\"b'"_s << u"os_name == 'a\"b'"_s;
}

void TestMarker::shouldKeepGroupingInToString()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const Marker parsed = marker(text);
    QCOMPARE(parsed.toString(), expected);
    // The normalised form reads back as an equal marker that evaluates the same everywhere.
    const Marker again = marker(parsed.toString());
    QCOMPARE(again, parsed);
    for (const Platform platform : {Platform::Linux, Platform::Windows, Platform::MacOS}) {
        for (const QString &python : {u"3.8"_s, u"3.12"_s}) {
            const MarkerEnvironment env = target(platform, python);
            QCOMPARE(again.evaluate(env).value(), parsed.evaluate(env).value());
        }
    }
}

void TestMarker::shouldDecodePythonStringEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");

    QTest::newRow("hex") << u"os_name == '\\x41'"_s << u"A"_s;
    QTest::newRow("unicode") << u"os_name == \"caf\\u00e9\""_s << u"caf\u00e9"_s;
    QTest::newRow("long unicode") << u"os_name == '\\U0001F600'"_s << u"\U0001F600"_s;
    QTest::newRow("octal") << u"os_name == '\\101\\0'"_s << u"A"_s + QChar(u'\0');
    QTest::newRow("unknown escape kept") << u"os_name == '\\d'"_s << u"\\d"_s;
    QTest::newRow("escaped quote of the other kind") << u"os_name == '\\\"'"_s << u"\""_s;
    QTest::newRow("line continuation") << u"os_name == 'a\\\nb'"_s << u"ab"_s;
    QTest::newRow("tab") << u"os_name == 'a\\tb'"_s << u"a\tb"_s;
}

void TestMarker::shouldDecodePythonStringEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const Marker parsed = marker(text);
    const MarkerEnvironment env = with(MarkerEnvironment(), Variable::OsName, value);
    QCOMPARE(parsed.evaluate(env).value(), true);
    QCOMPARE(parsed.evaluate(with(env, Variable::OsName, value + u'x')).value(), false);
}

void TestMarker::shouldReportUndefinedComparisons_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("~= on strings") << u"os_name ~= 'posix'"_s;
    QTest::newRow("=== on strings") << u"sys_platform === 'linux'"_s;
    QTest::newRow("~= on a version variable, no valid clause") << u"python_version ~= '3'"_s;
    QTest::newRow("set on the left") << u"extras == 'cu128'"_s;
    // packaging evaluates every comparison: the undefined one fails the marker.
    QTest::newRow("after a true or") << u"os_name == 'posix' or os_name ~= 'x'"_s;
    QTest::newRow("after a false and") << u"os_name == 'nt' and os_name ~= 'x'"_s;
    QTest::newRow("version from the environment") << u"'3' ~= python_version"_s;
}

void TestMarker::shouldReportUndefinedComparisons()
{
    QFETCH(QString, text);
    // python_version "3" makes no `~=` clause: `'3' ~= python_version` is undefined as well.
    const MarkerEnvironment env = with(target(Platform::Linux), Variable::PythonVersion, u"3"_s);
    const Akari::Result<bool> answer = marker(text).evaluate(env);
    QVERIFY(!answer);
    QCOMPARE(answer.error().code(), Error::Code::InvalidArgument);
    QVERIFY(!answer.error().message().isEmpty());
}

void TestMarker::shouldNameTheOffendingColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown variable") << u"python_versions >= '3'"_s << 1
                                      << u"Expected a marker variable or quoted string\n"
                                         "    python_versions >= '3'\n"
                                         "    ^"_s;
    QTest::newRow("missing operator") << u"os_name 'posix'"_s << 9
                                      << u"Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in\n"
                                         "    os_name 'posix'\n"
                                         "            ^"_s;
    QTest::newRow("unclosed group") << u"(os_name == 'a'"_s << 16
                                    << u"Expected matching RIGHT_PARENTHESIS for LEFT_PARENTHESIS, after marker "
                                       "expression\n"
                                       "    (os_name == 'a'\n"
                                       "    ~~~~~~~~~~~~~~~^"_s;
    QTest::newRow("bad escape, columns in code points") << u"'\U0001F600' == os_name or os_name == '\\x4'"_s << 35
                                                        << u"Invalid quoted string\n"
                                                           "    '\U0001F600' == os_name or os_name == '\\x4'\n"
                                                           "                                 ~~~~~^"_s;
    QTest::newRow("trailing text") << u"os_name == 'a' andnot"_s << 16
                                   << u"Expected end of marker expression\n"
                                      "    os_name == 'a' andnot\n"
                                      "                   ^"_s;
    QTest::newRow("line break") << u"os_name == 'a'\n"_s << 15
                                << u"Expected end of marker expression\n"
                                   "    os_name == 'a'\n\n"
                                   "                  ^"_s;
    QTest::newRow("empty") << QString() << 1
                           << u"Expected a marker variable or quoted string\n"
                              "    \n"
                              "    ^"_s;
}

void TestMarker::shouldNameTheOffendingColumn()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Akari::Result<Marker> parsed = Marker::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().column(), column);
    QCOMPARE(parsed.error().message(), message);
}

void TestMarker::shouldEvaluateUvLockMarkersLikeTheirRoundTrip()
{
    // Every marker uv wrote for torch's dependencies in 21 real uv.lock files parses, and its
    // normalised form reads back to the same answers in every target environment tried.
    QFile file(Akari::Test::sharedPath(u"corpus/metadata/torch-dependencies-from-uvlocks.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonArray packages = QJsonDocument::fromJson(file.readAll()).object().value(u"torch"_s).toArray();
    QVERIFY(!packages.isEmpty());
    QList<MarkerEnvironment> environments;
    for (const Platform platform : {Platform::Linux, Platform::Windows, Platform::MacOS}) {
        for (const QString &python : {u"3.9"_s, u"3.12"_s, u"3.14"_s}) {
            for (const QString &extra : {QString(), u"cu128"_s, u"group-13-open-instruct-cuda12"_s})
                environments.append(with(target(platform, python), Variable::Extra, extra));
        }
    }
    environments.append(with(target(Platform::Linux), Variable::PlatformMachine, u"aarch64"_s));
    int markers = 0;
    QSet<bool> answers;
    for (const QJsonValue &package : packages) {
        for (const QJsonValue &dependency : package.toObject().value(u"dependencies"_s).toArray()) {
            const QString text = dependency.toObject().value(u"marker"_s).toString();
            if (text.isEmpty())
                continue;
            ++markers;
            const Marker parsed = marker(text);
            const Marker again = marker(parsed.toString());
            QCOMPARE(again.toString(), parsed.toString());
            for (const MarkerEnvironment &env : environments) {
                const bool answer = parsed.evaluate(env).value();
                QCOMPARE(again.evaluate(env).value(), answer);
                answers.insert(answer);
            }
        }
    }
    QVERIFY(markers > 100);
    QCOMPARE(answers.size(), 2); // the environments tell the markers apart
}

void TestMarker::shouldTreatTheEmptyMarkerAsTrue()
{
    const Marker empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.toString(), QString());
    QCOMPARE(empty.evaluate(MarkerEnvironment()).value(), true);
    QVERIFY(!marker(u"os_name == 'nt'"_s).isEmpty());
    QVERIFY(empty != marker(u"os_name == 'nt'"_s));
}

void TestMarker::shouldCompareAndHashByNormalisedForm()
{
    const Marker a = marker(u"python_version<'3.8' and extra=='Foo_Bar'"_s);
    const Marker b = marker(u"  python_version < \"3.8\"   and (extra == \"foo-bar\")  "_s);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE(QSet<Marker>({a, b}).size(), 1);
    QVERIFY(a != marker(u"python_version < '3.8' or extra == 'foo-bar'"_s));
    QVERIFY(a != marker(u"extra == 'foo-bar' and python_version < '3.8'"_s));
}

void TestMarker::shouldTellWhichVariablesItReads()
{
    const Marker parsed = marker(u"sys.platform == 'linux' and 'cu128' in extras"_s);
    QVERIFY(parsed.references(Variable::SysPlatform));
    QVERIFY(parsed.references(Variable::Extras));
    QVERIFY(!parsed.references(Variable::Extra));
    QVERIFY(!parsed.references(Variable::PythonVersion));
    QVERIFY(!Marker().references(Variable::SysPlatform));
}

QTEST_APPLESS_MAIN(TestMarker)
#include "tst_marker.moc"
