// SPDX-License-Identifier: GPL-3.0-or-later
// Requirement beyond pypa/packaging's vectors (the conformance tool runs those): PyTorch's
// Requires-Dist lines and index requirements, URLs, error texts and columns, normalised
// strings, equality and hashing, and whether a requirement applies to a target platform.
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "core/pep/requirement.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::MarkerEnvironment;
using Akari::Requirement;
using Akari::Version;
using Platform = Akari::MarkerEnvironment::TargetPlatform;

namespace
{
Requirement requirement(const QString &text)
{
    const Akari::Result<Requirement> parsed = Requirement::parse(text);
    if (!parsed)
        qFatal("test data does not parse: %s", qUtf8Printable(parsed.error().message()));
    return *parsed;
}

MarkerEnvironment target(Platform platform, const QString &machine = {})
{
    return MarkerEnvironment::forTarget(platform, Version::parse(u"3.12"_s).value(), machine);
}

QJsonObject sharedJson(const QString &relative)
{
    QFile file(Akari::Test::sharedPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qUtf8Printable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

class TestRequirement final : public QObject
{
    Q_OBJECT

private slots:
    void shouldParsePyTorchRequirements_data();
    void shouldParsePyTorchRequirements();
    void shouldParseEveryTorchRequiresDist();
    void shouldParsePyTorchCiExtraRequirements();
    void shouldApplyToTargetPlatforms_data();
    void shouldApplyToTargetPlatforms();
    void shouldGivePackagingsErrors_data();
    void shouldGivePackagingsErrors();
    void shouldNormaliseItsString_data();
    void shouldNormaliseItsString();
    void shouldCompareNormalisedParts();
};

void TestRequirement::shouldParsePyTorchRequirements_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("extras");
    QTest::addColumn<QString>("specifier");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("marker");

    QTest::newRow("ROCm torch") << u"torch==2.8.0+rocm6.3 ; sys_platform == 'linux'"_s << u"torch"_s << QStringList()
                                << u"==2.8.0+rocm6.3"_s << QString() << u"sys_platform == \"linux\""_s;
    QTest::newRow("ROCm triton") << u"pytorch-triton-rocm>=3.3.0 ; sys_platform == 'linux'"_s
                                 << u"pytorch-triton-rocm"_s << QStringList() << u">=3.3.0"_s << QString()
                                 << u"sys_platform == \"linux\""_s;
    QTest::newRow("CUDA extra") << u"torch[cuda] >= 2.6, < 2.9 ; extra == 'cu128'"_s << u"torch"_s
                                << QStringList{u"cuda"_s} << u"<2.9,>=2.6"_s << QString() << u"extra == \"cu128\""_s;
    QTest::newRow("wheel URL")
        << u"torch @ https://download.pytorch.org/whl/cu128/torch-2.8.0%2Bcu128-cp312-cp312-manylinux_2_28_x86_64.whl"_s
        << u"torch"_s << QStringList() << QString()
        << u"https://download.pytorch.org/whl/cu128/torch-2.8.0%2Bcu128-cp312-cp312-manylinux_2_28_x86_64.whl"_s
        << QString();
    QTest::newRow("file URL with marker")
        << u"torchvision @ file:///home/me/wheels/torchvision-0.23.0-cp312-cp312-linux_x86_64.whl ; python_version >= '3.9'"_s
        << u"torchvision"_s << QStringList() << QString()
        << u"file:///home/me/wheels/torchvision-0.23.0-cp312-cp312-linux_x86_64.whl"_s
        << u"python_version >= \"3.9\""_s;
    QTest::newRow("parenthesised clauses")
        << u"numpy (>=1.26,<2)"_s << u"numpy"_s << QStringList() << u"<2,>=1.26"_s << QString() << QString();
    QTest::newRow("extras sorted, kept as written")
        << u"Foo.Bar_baz[Zeta, alpha,Zeta]"_s << u"Foo.Bar_baz"_s << QStringList{u"Zeta"_s, u"alpha"_s} << QString()
        << QString() << QString();
    QTest::newRow("arbitrary equality") << u"legacy===1.0-custom"_s << u"legacy"_s << QStringList()
                                        << u"===1.0-custom"_s << QString() << QString();
    QTest::newRow("set-valued marker") << u"nvidia-nccl-cu12 ; 'cu128' in extras"_s << u"nvidia-nccl-cu12"_s
                                       << QStringList() << QString() << QString() << u"\"cu128\" in extras"_s;
}

void TestRequirement::shouldParsePyTorchRequirements()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QStringList, extras);
    QFETCH(QString, specifier);
    QFETCH(QString, url);
    QFETCH(QString, marker);
    const Requirement parsed = requirement(text);
    QCOMPARE(parsed.name(), name);
    QCOMPARE(parsed.extras(), extras);
    QCOMPARE(parsed.specifier().toString(), specifier);
    QCOMPARE(parsed.url(), url);
    QCOMPARE(parsed.marker().has_value(), !marker.isEmpty());
    if (parsed.marker())
        QCOMPARE(parsed.marker()->toString(), marker);
    QCOMPARE(requirement(parsed.toString()), parsed);
}

void TestRequirement::shouldParseEveryTorchRequiresDist()
{
    const QJsonArray lines = sharedJson(u"corpus/metadata/torch-2.6.0.pypi-json-info.json"_s)
                                 .value(u"info"_s)
                                 .toObject()
                                 .value(u"requires_dist"_s)
                                 .toArray();
    QCOMPARE(lines.size(), 23);
    const MarkerEnvironment linux = target(Platform::Linux);
    const MarkerEnvironment linuxArm = target(Platform::Linux, u"aarch64"_s);
    const MarkerEnvironment macos = target(Platform::MacOS);
    MarkerEnvironment optEinsum = linux;
    optEinsum.setExtra(u"opt_einsum"_s);
    QSet<QString> onLinux;
    QSet<QString> onArm;
    QSet<QString> onMac;
    QSet<QString> withExtra;
    for (const QJsonValue &line : lines) {
        const Akari::Result<Requirement> parsed = Requirement::parse(line.toString());
        QVERIFY2(parsed, qPrintable(line.toString()));
        QCOMPARE(Requirement::parse(parsed->toString()).value(), *parsed);
        const QString name = parsed->packageName().canonical();
        if (parsed->appliesTo(linux).value())
            onLinux.insert(name);
        if (parsed->appliesTo(linuxArm).value())
            onArm.insert(name);
        if (parsed->appliesTo(macos).value())
            onMac.insert(name);
        if (parsed->appliesTo(optEinsum).value())
            withExtra.insert(name);
    }
    // The CUDA libraries and triton come only with the Linux x86_64 wheel; extras only on request.
    QVERIFY(onLinux.contains(u"nvidia-cudnn-cu12"_s));
    QVERIFY(onLinux.contains(u"triton"_s));
    QVERIFY(!onArm.contains(u"nvidia-cudnn-cu12"_s));
    QVERIFY(!onMac.contains(u"triton"_s));
    QVERIFY(onMac.contains(u"setuptools"_s)); // python_version >= "3.12"
    QVERIFY(onMac.contains(u"sympy"_s));
    QVERIFY(!onLinux.contains(u"opt-einsum"_s));
    QVERIFY(withExtra.contains(u"opt-einsum"_s));
    QVERIFY(!withExtra.contains(u"optree"_s));
    QCOMPARE(onLinux.size(), 21);
    QCOMPARE(onMac.size(), 7);
}

void TestRequirement::shouldParsePyTorchCiExtraRequirements()
{
    // What PyTorch CI appends to its wheels' Requires-Dist, by variant: how many lines apply
    // on Linux x86_64 and on Windows.
    const QJsonObject byVariant = sharedJson(u"corpus/metadata/pytorch-2.7dev-extra-requires-dist.json"_s)
                                      .value(u"requires_dist_extra"_s)
                                      .toObject();
    const QHash<QString, std::pair<int, int>> expected{
        {u"cu118"_s, {11, 0}}, {u"cu126"_s, {14, 0}}, {u"cu128"_s, {14, 0}}, {u"xpu"_s, {7, 7}}};
    QCOMPARE(byVariant.size(), expected.size());
    for (auto it = byVariant.begin(); it != byVariant.end(); ++it) {
        int linux = 0;
        int windows = 0;
        for (const QJsonValue &line : it.value().toArray()) {
            const Akari::Result<Requirement> parsed = Requirement::parse(line.toString());
            QVERIFY2(parsed, qPrintable(line.toString()));
            QCOMPARE(Requirement::parse(parsed->toString()).value(), *parsed);
            linux += parsed->appliesTo(target(Platform::Linux)).value() ? 1 : 0;
            windows += parsed->appliesTo(target(Platform::Windows)).value() ? 1 : 0;
        }
        QCOMPARE(std::make_pair(linux, windows), expected.value(it.key()));
    }
}

void TestRequirement::shouldApplyToTargetPlatforms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("linux");
    QTest::addColumn<bool>("windows");

    QTest::newRow("no marker") << u"filelock"_s << true << true;
    QTest::newRow("linux or win32") << u"torch ; sys_platform == 'linux' or sys_platform == 'win32'"_s << true << true;
    QTest::newRow("ROCm on Linux only") << u"pytorch-triton-rocm>=3.3.0 ; sys_platform == 'linux'"_s << true << false;
    QTest::newRow("extra not requested") << u"torch ; extra == 'cu128'"_s << false << false;
}

void TestRequirement::shouldApplyToTargetPlatforms()
{
    QFETCH(QString, text);
    QFETCH(bool, linux);
    QFETCH(bool, windows);
    const Requirement parsed = requirement(text);
    QCOMPARE(parsed.appliesTo(target(Platform::Linux)).value(), linux);
    QCOMPARE(parsed.appliesTo(target(Platform::Windows)).value(), windows);
}

void TestRequirement::shouldGivePackagingsErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("name ending in a dash") << u"torch-"_s << 6
                                           << u"Expected semicolon (after name with no version specifier) or end\n"
                                              "    torch-\n"
                                              "         ^"_s;
    QTest::newRow("local label with >=") << u"torch>=2.8.0+cu128"_s << 13
                                         << u"Local version label can only be used with `==` or `!=` operators\n"
                                            "    torch>=2.8.0+cu128\n"
                                            "         ~~~~~~~^"_s;
    QTest::newRow("marker without semicolon") << u"torch==2.8 sys_platform == 'linux'"_s << 12
                                              << u"Expected comma (within version specifier), semicolon (after "
                                                 "version specifier) or end\n"
                                                 "    torch==2.8 sys_platform == 'linux'\n"
                                                 "         ~~~~~~^"_s;
    QTest::newRow("bad marker after URL") << u"torch @ https://x/t.whl ; os_name = 'nt'"_s << 35
                                          << u"Expected marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, "
                                             "not in\n"
                                             "    torch @ https://x/t.whl ; os_name = 'nt'\n"
                                             "                                      ^"_s;
    QTest::newRow("clause the set rejects") << u"demo===x,y"_s << 0 << u"Invalid specifier: 'y'"_s;
    QTest::newRow("clause with a quote") << u"demo===x,y'"_s << 0 << u"Invalid specifier: \"y'\""_s;
}

void TestRequirement::shouldGivePackagingsErrors()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);
    const Akari::Result<Requirement> parsed = Requirement::parse(text);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code(), Error::Code::Parse);
    QCOMPARE(parsed.error().message(), message);
    QCOMPARE(parsed.error().column(), column);
}

void TestRequirement::shouldNormaliseItsString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("spaces") << u"  torch [ vision ,audio ] ( >= 2.6 , <3 ) ;python_version>='3.9' "_s
                            << u"torch[audio,vision]<3,>=2.6; python_version >= \"3.9\""_s;
    QTest::newRow("URL and marker") << u"torch@https://x/t.whl ; os_name=='nt'"_s
                                    << u"torch @ https://x/t.whl ; os_name == \"nt\""_s;
    QTest::newRow("extra normalised in the marker")
        << u"triton ; extra == 'CU_128'"_s << u"triton; extra == \"cu-128\""_s;
    QTest::newRow("trailing comma") << u"torch>=2.6,"_s << u"torch>=2.6"_s;
}

void TestRequirement::shouldNormaliseItsString()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(requirement(text).toString(), expected);
}

void TestRequirement::shouldCompareNormalisedParts()
{
    const Requirement a = requirement(u"Torch_Vision[CUDA]>=0.23,<1 ; sys_platform == 'linux'"_s);
    const Requirement b = requirement(u"torch.vision [cuda] (<1, >=0.23.0);sys_platform=='linux'"_s);
    QCOMPARE(a, b);
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE(QSet<Requirement>({a, b}).size(), 1);
    QVERIFY(a.toString() != b.toString());
    // Each differs from a in one part only.
    QVERIFY(a != requirement(u"torch_vision[cuda]>=0.23,<1"_s));
    QVERIFY(a != requirement(u"torch_vision>=0.23,<1 ; sys_platform == 'linux'"_s));
    QVERIFY(a != requirement(u"torch_vision[cuda]>=0.23 ; sys_platform == 'linux'"_s));
    QVERIFY(a != requirement(u"torch_vision[cuda]>=0.23,<1 ; sys_platform == 'win32'"_s));
    QVERIFY(a != requirement(u"torchvision[cuda]>=0.23,<1 ; sys_platform == 'linux'"_s));
    QVERIFY(requirement(u"torch @ https://x/a.whl"_s) != requirement(u"torch @ https://x/b.whl"_s));
    QCOMPARE(Requirement(), Requirement());
}

QTEST_APPLESS_MAIN(TestRequirement)
#include "tst_requirement.moc"
