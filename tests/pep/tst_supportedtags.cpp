// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "core/pep/supportedtags.h"
#include "core/pep/wheelfilename.h"
#include "testenvironment.h"

using namespace Qt::Literals::StringLiterals;
using Akari::SupportedTags;
using Akari::Tag;
using Akari::WheelFileName;

namespace
{

SupportedTags::Environment linuxCp312(int glibcMinor = 35)
{
    SupportedTags::Environment env;
    env.python = {3, 12};
    env.os = SupportedTags::OperatingSystem::Linux;
    env.arch = u"x86_64"_s;
    env.glibc = {2, glibcMinor};
    return env;
}

QStringList texts(const QList<Tag> &tags)
{
    QStringList result;
    for (const Tag &tag : tags)
        result.append(tag.toString());
    return result;
}

QList<WheelFileName> wheels(const QStringList &fileNames)
{
    QList<WheelFileName> result;
    for (const QString &fileName : fileNames) {
        const auto wheel = WheelFileName::parse(fileName);
        if (!wheel)
            qFatal("test wheel %s does not parse: %s", qPrintable(fileName), qPrintable(wheel.error().message()));
        result.append(*wheel);
    }
    return result;
}

const QStringList torchFiles{
    u"torch-2.7.0+cu128-cp312-cp312-win_amd64.whl"_s,
    u"torch-2.7.0+cu128-cp312-cp312-macosx_11_0_arm64.whl"_s,
    u"torch-2.7.0+cu128-cp313-cp313t-manylinux_2_28_x86_64.whl"_s,
    u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_aarch64.whl"_s,
    u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_x86_64.whl"_s,
    u"torch-2.7.0+cu128-cp313-cp313-manylinux_2_28_x86_64.whl"_s,
    u"torch-2.7.0+cu128-cp311-cp311-manylinux_2_28_x86_64.whl"_s,
};

} // namespace

class TestSupportedTags final : public QObject
{
    Q_OBJECT

private slots:
    void shouldListManylinuxFromGlibcDownWithLegacyAliases();
    void shouldStopManylinuxAt217OffX86();
    void shouldPutNativeLinuxTagWhereAsked();
    void shouldListMusllinuxInsteadOfManylinux();
    void shouldUseArmv7lForA32BitInterpreterOnAarch64();
    void shouldOrderCpythonTagsLikeSysTags();
    void shouldUseAbi3tForFreeThreadedCpython();
    void shouldAcceptReleaseAbiInDebugBuilds();
    void shouldGiveWindowsPlatform_data();
    void shouldGiveWindowsPlatform();
    void shouldListMacPlatformsForArm64();
    void shouldTagPyPyGenerically();
    void shouldRankTagsByFirstOccurrence();
    void shouldPickBestTorchWheel_data();
    void shouldPickBestTorchWheel();
    void shouldPreferSpecificAbiOverStableAbiOverPure();
    void shouldBreakTiesByBuildTag();
    void shouldPickMatchingWheelsFromRealPytorchIndexes();
};

void TestSupportedTags::shouldListManylinuxFromGlibcDownWithLegacyAliases()
{
    const QStringList platforms = SupportedTags::platformTags(linuxCp312());
    // linux_x86_64, manylinux_2_35 ... manylinux_2_5 (31 tags) and three legacy aliases.
    QCOMPARE(platforms.size(), 1 + 31 + 3);
    QCOMPARE(platforms.at(0), u"linux_x86_64"_s);
    QCOMPARE(platforms.at(1), u"manylinux_2_35_x86_64"_s);
    const qsizetype at217 = platforms.indexOf(u"manylinux_2_17_x86_64"_s);
    QCOMPARE(platforms.at(at217 + 1), u"manylinux2014_x86_64"_s);
    QCOMPARE(platforms.at(at217 + 2), u"manylinux_2_16_x86_64"_s);
    const qsizetype at212 = platforms.indexOf(u"manylinux_2_12_x86_64"_s);
    QCOMPARE(platforms.at(at212 + 1), u"manylinux2010_x86_64"_s);
    QCOMPARE(platforms.constLast(), u"manylinux1_x86_64"_s);
    QCOMPARE(platforms.at(platforms.size() - 2), u"manylinux_2_5_x86_64"_s);
    QVERIFY(!platforms.contains(u"manylinux_2_36_x86_64"_s));
    QVERIFY(!platforms.contains(u"manylinux_2_4_x86_64"_s));
}

void TestSupportedTags::shouldStopManylinuxAt217OffX86()
{
    SupportedTags::Environment env = linuxCp312(28);
    env.arch = u"aarch64"_s;
    const QStringList platforms = SupportedTags::platformTags(env);
    QCOMPARE(platforms.size(), 1 + 12 + 1);
    QCOMPARE(platforms.at(1), u"manylinux_2_28_aarch64"_s);
    QCOMPARE(platforms.at(platforms.size() - 2), u"manylinux_2_17_aarch64"_s);
    QCOMPARE(platforms.constLast(), u"manylinux2014_aarch64"_s);

    env.arch = u"sparc64"_s; // no manylinux for an architecture PEP 600 tools do not build
    QCOMPARE(SupportedTags::platformTags(env), QStringList{u"linux_sparc64"_s});
}

void TestSupportedTags::shouldPutNativeLinuxTagWhereAsked()
{
    SupportedTags::Environment env = linuxCp312(17);
    QCOMPARE(SupportedTags::platformTags(env).constFirst(), u"linux_x86_64"_s);
    env.linuxOrder = SupportedTags::LinuxNativeTagOrder::Last;
    const QStringList platforms = SupportedTags::platformTags(env);
    QCOMPARE(platforms.constFirst(), u"manylinux_2_17_x86_64"_s);
    QCOMPARE(platforms.constLast(), u"linux_x86_64"_s);
}

void TestSupportedTags::shouldListMusllinuxInsteadOfManylinux()
{
    SupportedTags::Environment env = linuxCp312();
    env.glibc = {};
    env.musl = {1, 2};
    QCOMPARE(SupportedTags::platformTags(env), (QStringList{u"linux_x86_64"_s, u"musllinux_1_2_x86_64"_s,
                                                            u"musllinux_1_1_x86_64"_s, u"musllinux_1_0_x86_64"_s}));
}

void TestSupportedTags::shouldUseArmv7lForA32BitInterpreterOnAarch64()
{
    SupportedTags::Environment env = linuxCp312(17);
    env.arch = u"aarch64"_s;
    env.is32BitInterpreter = true;
    QCOMPARE(SupportedTags::platformTags(env),
             (QStringList{u"linux_armv8l"_s, u"linux_armv7l"_s, u"manylinux_2_17_armv8l"_s, u"manylinux2014_armv8l"_s,
                          u"manylinux_2_17_armv7l"_s, u"manylinux2014_armv7l"_s}));
}

void TestSupportedTags::shouldOrderCpythonTagsLikeSysTags()
{
    SupportedTags::Environment env;
    env.python = {3, 12};
    env.os = SupportedTags::OperatingSystem::Windows;
    env.arch = u"amd64"_s;
    const QStringList tags = texts(SupportedTags::forEnvironment(env).tags());

    QStringList expected{u"cp312-cp312-win_amd64"_s, u"cp312-abi3-win_amd64"_s, u"cp312-none-win_amd64"_s};
    for (int minor = 11; minor >= 2; --minor)
        expected.append(u"cp3%1-abi3-win_amd64"_s.arg(minor));
    expected << u"py312-none-win_amd64"_s << u"py3-none-win_amd64"_s;
    for (int minor = 11; minor >= 0; --minor)
        expected.append(u"py3%1-none-win_amd64"_s.arg(minor));
    expected << u"cp312-none-any"_s << u"py312-none-any"_s << u"py3-none-any"_s;
    for (int minor = 11; minor >= 0; --minor)
        expected.append(u"py3%1-none-any"_s.arg(minor));
    QCOMPARE(tags, expected);
}

void TestSupportedTags::shouldUseAbi3tForFreeThreadedCpython()
{
    SupportedTags::Environment env = linuxCp312();
    env.python = {3, 14};
    env.freeThreaded = true;
    env.platforms = {u"manylinux_2_28_x86_64"_s};
    QCOMPARE(SupportedTags::cpythonAbis(env), QStringList{u"cp314t"_s});
    const SupportedTags supported = SupportedTags::forEnvironment(env);
    const QStringList tags = texts(supported.tags());
    QCOMPARE(tags.mid(0, 4),
             (QStringList{u"cp314-cp314t-manylinux_2_28_x86_64"_s, u"cp314-abi3t-manylinux_2_28_x86_64"_s,
                          u"cp314-none-manylinux_2_28_x86_64"_s, u"cp313-abi3t-manylinux_2_28_x86_64"_s}));
    QVERIFY(!supported.rank(Tag(u"cp314", u"cp314", u"manylinux_2_28_x86_64")));
    QVERIFY(!supported.rank(Tag(u"cp39", u"abi3", u"manylinux_2_28_x86_64")));

    env.python = {3, 12}; // no free-threaded build before 3.13: the flag is ignored
    QCOMPARE(SupportedTags::cpythonAbis(env), QStringList{u"cp312"_s});
}

void TestSupportedTags::shouldAcceptReleaseAbiInDebugBuilds()
{
    SupportedTags::Environment env = linuxCp312();
    env.debug = true;
    QCOMPARE(SupportedTags::cpythonAbis(env), (QStringList{u"cp312d"_s, u"cp312"_s}));
    env.python = {3, 7};
    env.debug = false;
    QCOMPARE(SupportedTags::cpythonAbis(env), QStringList{u"cp37m"_s});
}

void TestSupportedTags::shouldGiveWindowsPlatform_data()
{
    QTest::addColumn<QString>("arch");
    QTest::addColumn<bool>("is32Bit");
    QTest::addColumn<QString>("platform");

    QTest::newRow("amd64") << u"amd64"_s << false << u"win_amd64"_s;
    QTest::newRow("x86_64 spelling") << u"x86_64"_s << false << u"win_amd64"_s;
    QTest::newRow("arm64") << u"ARM64"_s << false << u"win_arm64"_s;
    QTest::newRow("x86") << u"x86"_s << false << u"win32"_s;
    QTest::newRow("32-bit Python on amd64") << u"amd64"_s << true << u"win32"_s;
}

void TestSupportedTags::shouldGiveWindowsPlatform()
{
    QFETCH(QString, arch);
    QFETCH(bool, is32Bit);
    QFETCH(QString, platform);
    SupportedTags::Environment env;
    env.os = SupportedTags::OperatingSystem::Windows;
    env.arch = arch;
    env.is32BitInterpreter = is32Bit;
    QCOMPARE(SupportedTags::platformTags(env), QStringList{platform});
}

void TestSupportedTags::shouldListMacPlatformsForArm64()
{
    SupportedTags::Environment env;
    env.os = SupportedTags::OperatingSystem::MacOS;
    env.arch = u"arm64"_s;
    env.macOS = {14, 5};
    const QStringList platforms = SupportedTags::platformTags(env);
    QCOMPARE(platforms.mid(0, 4), (QStringList{u"macosx_14_0_arm64"_s, u"macosx_14_0_universal2"_s,
                                               u"macosx_13_0_arm64"_s, u"macosx_13_0_universal2"_s}));
    QCOMPARE(platforms.size(), 4 * 2 + 13);
    QCOMPARE(platforms.constLast(), u"macosx_10_4_universal2"_s);
    QVERIFY(!platforms.contains(u"macosx_10_15_arm64"_s));
}

void TestSupportedTags::shouldTagPyPyGenerically()
{
    SupportedTags::Environment env;
    env.interpreter = u"PyPy"_s; // shortened to "pp" as packaging's INTERPRETER_SHORT_NAMES do
    env.python = {3, 10};
    env.abis = {u"pypy310_pp73"_s};
    env.platforms = {u"manylinux_2_17_x86_64"_s};
    const QStringList tags = texts(SupportedTags::forEnvironment(env).tags());
    QCOMPARE(tags.mid(0, 3),
             (QStringList{u"pp310-pypy310_pp73-manylinux_2_17_x86_64"_s, u"pp310-none-manylinux_2_17_x86_64"_s,
                          u"py310-none-manylinux_2_17_x86_64"_s}));
    QVERIFY(tags.contains(u"pp3-none-any"_s));
    QVERIFY(!tags.contains(u"cp310-none-any"_s));
}

void TestSupportedTags::shouldRankTagsByFirstOccurrence()
{
    const Tag a(u"py3", u"none", u"any");
    const Tag b(u"py2", u"none", u"any");
    const SupportedTags supported({a, b, a});
    QCOMPARE(supported.rank(a), std::optional<qsizetype>(0));
    QCOMPARE(supported.rank(b), std::optional<qsizetype>(1));
    QVERIFY(!supported.rank(Tag(u"py1", u"none", u"any")));
    QCOMPARE(supported.rank(QList<Tag>{Tag(u"py1", u"none", u"any"), b}), std::optional<qsizetype>(1));
    QVERIFY(SupportedTags().isEmpty());
    QVERIFY(!SupportedTags().rank(a));
}

void TestSupportedTags::shouldPickBestTorchWheel_data()
{
    QTest::addColumn<int>("os");
    QTest::addColumn<QString>("arch");
    QTest::addColumn<int>("minor");
    QTest::addColumn<bool>("freeThreaded");
    QTest::addColumn<int>("glibcMinor");
    QTest::addColumn<QString>("expected"); // empty: nothing fits

    const int linux = static_cast<int>(SupportedTags::OperatingSystem::Linux);
    const int windows = static_cast<int>(SupportedTags::OperatingSystem::Windows);
    const int mac = static_cast<int>(SupportedTags::OperatingSystem::MacOS);
    QTest::newRow("linux cp312") << linux << u"x86_64"_s << 12 << false << 35
                                 << u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_x86_64.whl"_s;
    QTest::newRow("linux cp313t") << linux << u"x86_64"_s << 13 << true << 39
                                  << u"torch-2.7.0+cu128-cp313-cp313t-manylinux_2_28_x86_64.whl"_s;
    QTest::newRow("linux cp313") << linux << u"x86_64"_s << 13 << false << 28
                                 << u"torch-2.7.0+cu128-cp313-cp313-manylinux_2_28_x86_64.whl"_s;
    QTest::newRow("linux aarch64") << linux << u"aarch64"_s << 12 << false << 31
                                   << u"torch-2.7.0+cu128-cp312-cp312-manylinux_2_28_aarch64.whl"_s;
    QTest::newRow("glibc too old") << linux << u"x86_64"_s << 12 << false << 27 << QString();
    QTest::newRow("no wheel for cp310") << linux << u"x86_64"_s << 10 << false << 35 << QString();
    QTest::newRow("windows") << windows << u"amd64"_s << 12 << false << 0
                             << u"torch-2.7.0+cu128-cp312-cp312-win_amd64.whl"_s;
    QTest::newRow("windows arm64") << windows << u"arm64"_s << 12 << false << 0 << QString();
    QTest::newRow("macOS arm64") << mac << u"arm64"_s << 12 << false << 0
                                 << u"torch-2.7.0+cu128-cp312-cp312-macosx_11_0_arm64.whl"_s;
    QTest::newRow("macOS x86_64") << mac << u"x86_64"_s << 12 << false << 0 << QString();
}

void TestSupportedTags::shouldPickBestTorchWheel()
{
    QFETCH(int, os);
    QFETCH(QString, arch);
    QFETCH(int, minor);
    QFETCH(bool, freeThreaded);
    QFETCH(int, glibcMinor);
    QFETCH(QString, expected);

    SupportedTags::Environment env;
    env.os = static_cast<SupportedTags::OperatingSystem>(os);
    env.arch = arch;
    env.python = {3, minor};
    env.freeThreaded = freeThreaded;
    env.glibc = {2, glibcMinor};
    env.macOS = {15, 1};
    const SupportedTags supported = SupportedTags::forEnvironment(env);
    const QList<WheelFileName> candidates = wheels(torchFiles);
    const qsizetype best = supported.bestWheel(candidates);
    QCOMPARE(best < 0 ? QString() : candidates.at(best).fileName(), expected);
    if (best >= 0)
        QVERIFY(supported.isSupported(candidates.at(best)));
}

void TestSupportedTags::shouldPreferSpecificAbiOverStableAbiOverPure()
{
    const SupportedTags supported = SupportedTags::forEnvironment(linuxCp312());
    const QList<WheelFileName> candidates = wheels({
        u"pkg-1.0-py3-none-any.whl"_s,
        u"pkg-1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"_s,
        u"pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"_s,
    });
    QCOMPARE(supported.bestWheel(candidates), qsizetype(2));
    QCOMPARE(supported.bestWheel(candidates.mid(0, 2)), qsizetype(1));
    QCOMPARE(supported.bestWheel(candidates.mid(0, 1)), qsizetype(0));
    QVERIFY(*supported.rank(candidates.at(2)) < *supported.rank(candidates.at(1)));
    QVERIFY(*supported.rank(candidates.at(1)) < *supported.rank(candidates.at(0)));
    QCOMPARE(supported.bestWheel({}), qsizetype(-1));
}

void TestSupportedTags::shouldBreakTiesByBuildTag()
{
    const SupportedTags supported = SupportedTags::forEnvironment(linuxCp312());
    const QList<WheelFileName> candidates = wheels({
        u"pkg-1.0-py3-none-any.whl"_s,
        u"pkg-1.0-1-py3-none-any.whl"_s,
        u"pkg-1.0-1abc-py3-none-any.whl"_s,
        u"pkg-1.0-py2.py3-none-any.whl"_s,
    });
    QCOMPARE(supported.bestWheel(candidates), qsizetype(2));
    QCOMPARE(supported.bestWheel(candidates.mid(0, 2)), qsizetype(1));
    // Same rank, no build tags: the first wins.
    QCOMPARE(supported.bestWheel({candidates.at(3), candidates.at(0)}), qsizetype(0));
    // A better rank beats a build tag.
    const QList<WheelFileName> ranked = wheels({u"pkg-1.0-9-py3-none-any.whl"_s, u"pkg-1.0-py312-none-any.whl"_s});
    QCOMPARE(supported.bestWheel(ranked), qsizetype(1));
}

void TestSupportedTags::shouldPickMatchingWheelsFromRealPytorchIndexes()
{
    QFile file(Akari::Test::sharedPath(u"corpus/index-pages/pytorch-index-files-from-uvlocks.json"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QJsonObject registries = QJsonDocument::fromJson(file.readAll()).object().value(u"registries"_s).toObject();
    QVERIFY(!registries.isEmpty());

    const SupportedTags supported = SupportedTags::forEnvironment(linuxCp312());
    int releasesWithCandidate = 0;
    for (const QJsonValue &packages : registries) {
        const QJsonObject byName = packages.toObject();
        for (auto package = byName.begin(); package != byName.end(); ++package) {
            const QJsonObject byVersion = package.value().toObject();
            for (auto release = byVersion.begin(); release != byVersion.end(); ++release) {
                QStringList names;
                for (const QJsonValue &entry : release.value().toArray())
                    names.append(entry.toObject().value(u"filename"_s).toString());
                const QList<WheelFileName> candidates = wheels(names);
                const qsizetype best = supported.bestWheel(candidates);
                // Independent expectation: a CPython 3.12 x86_64 Linux build made for at most
                // glibc 2.35, preferring the specific ABI over abi3 and pure wheels.
                QStringList fitting;
                for (const QString &name : std::as_const(names)) {
                    const bool linuxX86 = name.endsWith(u"linux_x86_64.whl") && !name.contains(u"musllinux");
                    if (linuxX86 && name.contains(u"-cp312-cp312-"))
                        fitting.append(name);
                }
                if (fitting.isEmpty())
                    continue;
                ++releasesWithCandidate;
                QVERIFY2(best >= 0, qPrintable(package.key() + u' ' + release.key()));
                QVERIFY2(fitting.contains(candidates.at(best).fileName()),
                         qPrintable(candidates.at(best).fileName() + u" for "_s + fitting.join(u", "_s)));
            }
        }
    }
    QVERIFY2(releasesWithCandidate > 20, qPrintable(QString::number(releasesWithCandidate)));
}

QTEST_APPLESS_MAIN(TestSupportedTags)

#include "tst_supportedtags.moc"
