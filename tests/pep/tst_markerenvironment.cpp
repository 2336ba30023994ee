// SPDX-License-Identifier: GPL-3.0-or-later
// MarkerEnvironment: the target platforms uv evaluates markers for, variable names, PEP 685
// normalisation of extras, packaging's repair of untagged Python versions, equality.
#include <QTest>

#include "core/pep/marker.h"
#include "core/pep/markerenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Marker;
using Akari::MarkerEnvironment;
using Akari::Version;
using Variable = Akari::MarkerEnvironment::Variable;
using Platform = Akari::MarkerEnvironment::TargetPlatform;

namespace
{
bool holds(const MarkerEnvironment &env, const QString &text)
{
    const Akari::Result<Marker> marker = Marker::parse(text);
    if (!marker)
        qFatal("test data does not parse: %s", qUtf8Printable(marker.error().message()));
    return marker->evaluate(env).value();
}
} // namespace

class TestMarkerEnvironment final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDescribeTargetPlatforms_data();
    void shouldDescribeTargetPlatforms();
    void shouldPadThePythonVersion_data();
    void shouldPadThePythonVersion();
    void shouldUseTheGivenMachine();
    void shouldStartEmpty();
    void shouldNameEveryVariable();
    void shouldClassifyVariables();
    void shouldNormaliseExtrasAndGroups();
    void shouldReadUntaggedPythonAsLocalVersion();
    void shouldCompareByValues();
};

void TestMarkerEnvironment::shouldDescribeTargetPlatforms_data()
{
    QTest::addColumn<Platform>("platform");
    QTest::addColumn<QString>("osName");
    QTest::addColumn<QString>("sysPlatform");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("machine");

    QTest::newRow("linux") << Platform::Linux << u"posix"_s << u"linux"_s << u"Linux"_s << u"x86_64"_s;
    QTest::newRow("windows") << Platform::Windows << u"nt"_s << u"win32"_s << u"Windows"_s << u"AMD64"_s;
    QTest::newRow("macos") << Platform::MacOS << u"posix"_s << u"darwin"_s << u"Darwin"_s << u"arm64"_s;
}

void TestMarkerEnvironment::shouldDescribeTargetPlatforms()
{
    QFETCH(Platform, platform);
    QFETCH(QString, osName);
    QFETCH(QString, sysPlatform);
    QFETCH(QString, system);
    QFETCH(QString, machine);
    const MarkerEnvironment env = MarkerEnvironment::forTarget(platform, Version::parse(u"3.12.3"_s).value());
    QCOMPARE(env.value(Variable::OsName), osName);
    QCOMPARE(env.value(Variable::SysPlatform), sysPlatform);
    QCOMPARE(env.value(Variable::PlatformSystem), system);
    QCOMPARE(env.value(Variable::PlatformMachine), machine);
    QCOMPARE(env.value(Variable::ImplementationName), u"cpython"_s);
    QCOMPARE(env.value(Variable::PlatformPythonImplementation), u"CPython"_s);
    QCOMPARE(env.value(Variable::PythonVersion), u"3.12"_s);
    QCOMPARE(env.value(Variable::PythonFullVersion), u"3.12.3"_s);
    QCOMPARE(env.value(Variable::ImplementationVersion), u"3.12.3"_s);
    QCOMPARE(env.value(Variable::PlatformRelease), QString());
    QCOMPARE(env.value(Variable::PlatformVersion), QString());
    QCOMPARE(env.extra(), QString());
    QVERIFY(env.extras().isEmpty());
    QVERIFY(env.dependencyGroups().isEmpty());
    QCOMPARE(holds(env, u"sys_platform == '%1' and os_name == '%2'"_s.arg(sysPlatform, osName)), true);
}

void TestMarkerEnvironment::shouldPadThePythonVersion_data()
{
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("fullVersion");

    QTest::newRow("major.minor") << u"3.12"_s << u"3.12"_s << u"3.12.0"_s;
    QTest::newRow("major only") << u"3"_s << u"3.0"_s << u"3.0.0"_s;
    QTest::newRow("full") << u"3.11.9"_s << u"3.11"_s << u"3.11.9"_s;
    QTest::newRow("release candidate") << u"3.14rc1"_s << u"3.14"_s << u"3.14.0rc1"_s;
}

void TestMarkerEnvironment::shouldPadThePythonVersion()
{
    QFETCH(QString, python);
    QFETCH(QString, version);
    QFETCH(QString, fullVersion);
    const MarkerEnvironment env = MarkerEnvironment::forTarget(Platform::Linux, Version::parse(python).value());
    QCOMPARE(env.value(Variable::PythonVersion), version);
    QCOMPARE(env.value(Variable::PythonFullVersion), fullVersion);
    QCOMPARE(env.value(Variable::ImplementationVersion), fullVersion);
}

void TestMarkerEnvironment::shouldUseTheGivenMachine()
{
    const MarkerEnvironment env =
        MarkerEnvironment::forTarget(Platform::Linux, Version::parse(u"3.12"_s).value(), u"aarch64"_s);
    QCOMPARE(env.value(Variable::PlatformMachine), u"aarch64"_s);
    QCOMPARE(holds(env, u"platform_machine == 'x86_64'"_s), false);
    QCOMPARE(holds(env, u"platform_machine == 'aarch64'"_s), true);
}

void TestMarkerEnvironment::shouldStartEmpty()
{
    const MarkerEnvironment env;
    for (int i = 0; i < MarkerEnvironment::VariableCount; ++i)
        QCOMPARE(env.value(Variable(i)), QString());
    QCOMPARE(holds(env, u"extra == ''"_s), true);
    QCOMPARE(holds(env, u"python_version == ''"_s), true);
    QCOMPARE(holds(env, u"'a' not in extras"_s), true);
}

void TestMarkerEnvironment::shouldNameEveryVariable()
{
    QStringList names;
    for (int i = 0; i < MarkerEnvironment::VariableCount; ++i) {
        const QString name = MarkerEnvironment::variableName(Variable(i));
        QVERIFY(!name.isEmpty());
        QCOMPARE(MarkerEnvironment::variableFromName(name), std::optional<Variable>(Variable(i)));
        names.append(name);
    }
    QCOMPARE(names.size(), 14);
    QVERIFY(names.contains(u"python_full_version"_s));
    QVERIFY(names.contains(u"dependency_groups"_s));
    // Legacy spellings are marker syntax, not names of the environment.
    QCOMPARE(MarkerEnvironment::variableFromName(u"os.name"), std::nullopt);
    QCOMPARE(MarkerEnvironment::variableFromName(u"python_implementation"), std::nullopt);
    QCOMPARE(MarkerEnvironment::variableFromName(u"Python_Version"), std::nullopt);
}

void TestMarkerEnvironment::shouldClassifyVariables()
{
    const QList<Variable> versions{Variable::PythonVersion, Variable::PythonFullVersion,
                                   Variable::ImplementationVersion, Variable::PlatformRelease};
    const QList<Variable> sets{Variable::Extras, Variable::DependencyGroups};
    for (int i = 0; i < MarkerEnvironment::VariableCount; ++i) {
        const auto variable = Variable(i);
        QCOMPARE(MarkerEnvironment::isVersionVariable(variable), versions.contains(variable));
        QCOMPARE(MarkerEnvironment::isSetVariable(variable), sets.contains(variable));
    }
}

void TestMarkerEnvironment::shouldNormaliseExtrasAndGroups()
{
    MarkerEnvironment env;
    env.setExtras({u"Vision_Extra"_s, u"cu128"_s, u"vision.extra"_s, u"CU128"_s});
    QCOMPARE(env.extras(), (QStringList{u"cu128"_s, u"vision-extra"_s}));
    QCOMPARE(env.value(Variable::Extras), u"cu128,vision-extra"_s);
    env.setValue(Variable::DependencyGroups, u"Dev,docs__build"_s);
    QCOMPARE(env.dependencyGroups(), (QStringList{u"dev"_s, u"docs-build"_s}));
    QCOMPARE(holds(env, u"'DOCS.build' in dependency_groups"_s), true);

    // The extra keeps its spelling but is compared normalised.
    env.setExtra(u"PEP_685...norm"_s);
    QCOMPARE(env.extra(), u"PEP_685...norm"_s);
    QCOMPARE(holds(env, u"extra == 'pep-685-norm'"_s), true);
}

void TestMarkerEnvironment::shouldReadUntaggedPythonAsLocalVersion()
{
    // platform.python_version() of a Python built from an untagged checkout ends in "+".
    MarkerEnvironment env;
    env.setValue(Variable::PythonFullVersion, u"3.11.1+"_s);
    QCOMPARE(env.value(Variable::PythonFullVersion), u"3.11.1+"_s);
    QCOMPARE(holds(env, u"python_full_version < '3.12'"_s), true);
    QCOMPARE(holds(env, u"python_full_version >= '3.11.1'"_s), true);
    QCOMPARE(holds(env, u"python_full_version == '3.11.1+local'"_s), true);
}

void TestMarkerEnvironment::shouldCompareByValues()
{
    const Version python = Version::parse(u"3.12"_s).value();
    MarkerEnvironment a = MarkerEnvironment::forTarget(Platform::Linux, python);
    MarkerEnvironment b = MarkerEnvironment::forTarget(Platform::Linux, python);
    QCOMPARE(a, b);
    QVERIFY(a != MarkerEnvironment::forTarget(Platform::Windows, python));
    a.setExtras({u"Foo_Bar"_s});
    QVERIFY(a != b);
    b.setExtras({u"foo-bar"_s});
    QCOMPARE(a, b);
    b.setExtra(u"x"_s);
    QVERIFY(a != b);
}

QTEST_APPLESS_MAIN(TestMarkerEnvironment)
#include "tst_markerenvironment.moc"
