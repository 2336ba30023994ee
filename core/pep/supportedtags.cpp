// SPDX-License-Identifier: GPL-3.0-or-later
#include "supportedtags.h"

#include <utility>

#include "wheelfilename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

using OsVersion = SupportedTags::OsVersion;
using PythonVersion = SupportedTags::PythonVersion;

constexpr bool lessThan(OsVersion a, int major, int minor) noexcept
{
    return a.major < major || (a.major == major && a.minor < minor);
}

/// packaging's `_abi3_applies()` without the threading condition.
bool stableAbiApplies(PythonVersion python) noexcept
{
    return python.hasMinor() && (python.major > 3 || (python.major == 3 && python.minor >= 2));
}

/// packaging's `_is_threaded_cpython()`: the first ABI is "cp<digits><flags>" with "t" among the flags.
bool isThreadedCpython(const QStringList &abis)
{
    if (abis.isEmpty())
        return false;
    const QStringView first = abis.constFirst();
    if (!first.startsWith(u"cp"))
        return false;
    qsizetype index = 2;
    while (index < first.size() && first[index].unicode() >= u'0' && first[index].unicode() <= u'9')
        ++index;
    if (index == 2)
        return false;
    return first.mid(index).contains(u't');
}

/// Python interpreter tags from newest to oldest: py312, py3, py311, ..., py30.
QStringList pythonInterpreterRange(PythonVersion python)
{
    QStringList range;
    if (python.hasMinor())
        range.append(u"py"_s + python.nodot());
    range.append(u"py"_s + QString::number(python.major));
    if (python.hasMinor()) {
        for (int minor = python.minor - 1; minor >= 0; --minor)
            range.append(u"py"_s + PythonVersion{python.major, minor}.nodot());
    }
    return range;
}

/// sysconfig's platform with "." and "-" made "_" (packaging's `_normalize_string`).
QString normalizedPlatform(QString platform)
{
    platform.replace(u'.', u'_');
    platform.replace(u'-', u'_');
    platform.replace(u' ', u'_');
    return platform;
}

QString windowsPlatform(const SupportedTags::Environment &environment)
{
    const QString arch = environment.arch.toLower();
    if (environment.is32BitInterpreter || arch == u"x86" || arch == u"i386" || arch == u"i686" || arch == u"win32")
        return u"win32"_s;
    if (arch == u"arm64" || arch == u"aarch64")
        return u"win_arm64"_s;
    if (arch == u"amd64" || arch == u"x86_64")
        return u"win_amd64"_s;
    return u"win_"_s + normalizedPlatform(arch);
}

/// packaging's INTERPRETER_SHORT_NAMES: "cpython" → "cp", ...; other names stay as they are.
QString shortInterpreterName(const QString &name)
{
    const QString lower = name.toLower();
    if (lower == u"cpython")
        return u"cp"_s;
    if (lower == u"pypy")
        return u"pp"_s;
    if (lower == u"python")
        return u"py"_s;
    if (lower == u"ironpython")
        return u"ip"_s;
    if (lower == u"jython")
        return u"jy"_s;
    return lower;
}

} // namespace

QString SupportedTags::PythonVersion::nodot() const
{
    if (!hasMinor())
        return QString::number(major);
    return QString::number(major) + QString::number(minor);
}

SupportedTags::SupportedTags(QList<Tag> orderedTags)
    : m_tags(std::move(orderedTags))
{
    m_ranks.reserve(m_tags.size());
    for (qsizetype index = 0; index < m_tags.size(); ++index) {
        // A tag listed twice keeps its first (better) rank.
        if (!m_ranks.contains(m_tags.at(index)))
            m_ranks.insert(m_tags.at(index), index);
    }
}

SupportedTags SupportedTags::forEnvironment(const Environment &environment)
{
    const QStringList platforms = platformTags(environment);
    const PythonVersion python = environment.python;
    const QString interpreter = shortInterpreterName(environment.interpreter);
    QList<Tag> tags;
    if (interpreter == u"cp") {
        QStringList abis = environment.abis.isEmpty() ? cpythonAbis(environment) : environment.abis;
        tags = cpythonTags(python, std::move(abis), platforms);
        tags += compatibleTags(python, u"cp"_s + python.nodot(), platforms);
    } else {
        tags = genericTags(interpreter + python.nodot(), environment.abis, platforms);
        // packaging gives PyPy "pp3-none-any" (its tags are language-version agnostic there).
        tags += compatibleTags(python, interpreter == u"pp" ? u"pp3"_s : QString(), platforms);
    }
    return SupportedTags(std::move(tags));
}

QStringList SupportedTags::platformTags(const Environment &environment)
{
    if (!environment.platforms.isEmpty())
        return environment.platforms;
    switch (environment.os) {
    case OperatingSystem::Linux:
        return linuxPlatforms(environment);
    case OperatingSystem::MacOS:
        return macPlatforms(environment.macOS, macArch(environment.arch, environment.is32BitInterpreter));
    case OperatingSystem::Windows:
        return {windowsPlatform(environment)};
    case OperatingSystem::Other:
        break;
    }
    return {};
}

std::optional<qsizetype> SupportedTags::rank(const Tag &tag) const
{
    const auto found = m_ranks.constFind(tag);
    if (found == m_ranks.cend())
        return std::nullopt;
    return *found;
}

std::optional<qsizetype> SupportedTags::rank(const QList<Tag> &tags) const
{
    std::optional<qsizetype> best;
    for (const Tag &tag : tags) {
        const std::optional<qsizetype> found = rank(tag);
        if (found && (!best || *found < *best))
            best = found;
    }
    return best;
}

std::optional<qsizetype> SupportedTags::rank(const WheelFileName &wheel) const
{
    return rank(wheel.tags());
}

qsizetype SupportedTags::bestWheel(const QList<WheelFileName> &wheels) const
{
    qsizetype bestIndex = -1;
    qsizetype bestRank = 0;
    for (qsizetype index = 0; index < wheels.size(); ++index) {
        const std::optional<qsizetype> found = rank(wheels.at(index));
        if (!found)
            continue;
        const bool better = bestIndex < 0 || *found < bestRank ||
                            (*found == bestRank && wheels.at(index).buildTag() > wheels.at(bestIndex).buildTag());
        if (better) {
            bestIndex = index;
            bestRank = *found;
        }
    }
    return bestIndex;
}

QList<Tag> SupportedTags::cpythonTags(PythonVersion python, QStringList abis, const QStringList &platforms)
{
    const QString interpreter = u"cp"_s + PythonVersion{python.major, python.minor}.nodot();
    const bool threading = isThreadedCpython(abis);
    // The stable ABIs and "none" come at fixed places below, wherever the caller listed them.
    abis.removeOne(u"abi3"_s);
    if (threading)
        abis.removeOne(u"abi3t"_s);
    abis.removeOne(u"none"_s);

    const bool useAbi3 = stableAbiApplies(python) && !threading;
    const bool useAbi3t = stableAbiApplies(python) && threading;
    const QString stableAbi = useAbi3 ? u"abi3"_s : u"abi3t"_s;

    QList<Tag> tags;
    for (const QString &abi : std::as_const(abis)) {
        for (const QString &platform : platforms)
            tags.append(Tag(interpreter, abi, platform));
    }
    if (useAbi3 || useAbi3t) {
        for (const QString &platform : platforms)
            tags.append(Tag(interpreter, stableAbi, platform));
    }
    for (const QString &platform : platforms)
        tags.append(Tag(interpreter, u"none", platform));
    if (useAbi3 || useAbi3t) {
        for (int minor = python.minor - 1; minor > 1; --minor) {
            const QString older = u"cp"_s + PythonVersion{python.major, minor}.nodot();
            for (const QString &platform : platforms)
                tags.append(Tag(older, stableAbi, platform));
        }
    }
    return tags;
}

QList<Tag> SupportedTags::compatibleTags(PythonVersion python, const QString &interpreter, const QStringList &platforms)
{
    const QStringList range = pythonInterpreterRange(python);
    QList<Tag> tags;
    tags.reserve(range.size() * (platforms.size() + 1) + 1);
    for (const QString &version : range) {
        for (const QString &platform : platforms)
            tags.append(Tag(version, u"none", platform));
    }
    if (!interpreter.isEmpty())
        tags.append(Tag(interpreter, u"none", u"any"));
    for (const QString &version : range)
        tags.append(Tag(version, u"none", u"any"));
    return tags;
}

QList<Tag> SupportedTags::genericTags(const QString &interpreter, QStringList abis, const QStringList &platforms)
{
    if (!abis.contains(u"none"_s))
        abis.append(u"none"_s);
    QList<Tag> tags;
    tags.reserve(abis.size() * platforms.size());
    for (const QString &abi : std::as_const(abis)) {
        for (const QString &platform : platforms)
            tags.append(Tag(interpreter, abi, platform));
    }
    return tags;
}

QStringList SupportedTags::cpythonAbis(const Environment &environment)
{
    const PythonVersion python = environment.python;
    if (!python.hasMinor())
        return {};
    const bool atLeast38 = python.major > 3 || (python.major == 3 && python.minor >= 8);
    const bool atLeast313 = python.major > 3 || (python.major == 3 && python.minor >= 13);
    const bool atLeast33 = python.major > 3 || (python.major == 3 && python.minor >= 3);
    const QString base = u"cp"_s + python.nodot() + ((atLeast313 && environment.freeThreaded) ? u"t"_s : QString());
    QString abi = base;
    if (environment.debug)
        abi += u'd';
    if (!atLeast38 && environment.pymalloc)
        abi += u'm';
    if (!atLeast33 && environment.wideUnicode)
        abi += u'u';
    QStringList abis{abi};
    // Debug builds of 3.8+ also load extension modules built for the release ABI.
    if (atLeast38 && environment.debug)
        abis.append(base);
    return abis;
}

QStringList SupportedTags::macPlatforms(OsVersion version, const QString &arch)
{
    QStringList platforms;
    const auto appendFormats = [&platforms, &arch](int major, int minor) {
        const QString prefix = u"macosx_%1_%2_"_s.arg(major).arg(minor);
        for (const QString &format : macBinaryFormats({major, minor}, arch))
            platforms.append(prefix + format);
    };
    if (version.major == 10) {
        // Before macOS 11 every yearly release bumped the minor version.
        for (int minor = version.minor; minor >= 0; --minor)
            appendFormats(10, minor);
    }
    if (version.major >= 11) {
        // From macOS 11 on every yearly release bumps the major version; minors are updates.
        for (int major = version.major; major > 10; --major)
            appendFormats(major, 0);
        // x86_64 runs binaries for earlier releases; arm64 appeared with 11.0, but a universal2
        // binary may name an earlier version (that of its x86_64 half).
        for (int minor = 16; minor > 3; --minor) {
            if (arch == u"x86_64")
                appendFormats(10, minor);
            else
                platforms.append(u"macosx_10_%1_universal2"_s.arg(minor));
        }
    }
    return platforms;
}

QStringList SupportedTags::macBinaryFormats(OsVersion version, const QString &arch)
{
    QStringList formats{arch};
    if (arch == u"x86_64") {
        if (lessThan(version, 10, 4))
            return {};
        formats << u"intel"_s << u"fat64"_s << u"fat3"_s;
    } else if (arch == u"i386") {
        if (lessThan(version, 10, 4))
            return {};
        formats << u"intel"_s << u"fat3"_s << u"fat"_s;
    } else if (arch == u"ppc64") {
        if (!lessThan(version, 10, 6) || lessThan(version, 10, 4))
            return {};
        formats << u"fat64"_s;
    } else if (arch == u"ppc") {
        if (!lessThan(version, 10, 7))
            return {};
        formats << u"fat3"_s << u"fat"_s;
    }
    if (arch == u"arm64" || arch == u"x86_64")
        formats << u"universal2"_s;
    if (arch == u"x86_64" || arch == u"i386" || arch == u"ppc64" || arch == u"ppc" || arch == u"intel")
        formats << u"universal"_s;
    return formats;
}

QString SupportedTags::macArch(const QString &arch, bool is32Bit)
{
    if (!is32Bit)
        return arch;
    return arch.startsWith(u"ppc") ? u"ppc"_s : u"i386"_s;
}

QStringList SupportedTags::linuxPlatforms(const Environment &environment)
{
    QString arch = normalizedPlatform(environment.arch);
    if (environment.is32BitInterpreter) {
        if (arch == u"x86_64")
            arch = u"i686"_s;
        else if (arch == u"aarch64")
            arch = u"armv8l"_s;
    }
    const QStringList archs = arch == u"armv8l" ? QStringList{arch, u"armv7l"_s} : QStringList{arch};

    QStringList platforms;
    if (environment.linuxOrder == LinuxNativeTagOrder::First) {
        for (const QString &each : archs)
            platforms.append(u"linux_"_s + each);
    }
    platforms += manylinuxPlatforms(archs, environment.glibc);
    platforms += musllinuxPlatforms(archs, environment.musl);
    if (environment.linuxOrder == LinuxNativeTagOrder::Last) {
        for (const QString &each : archs)
            platforms.append(u"linux_"_s + each);
    }
    return platforms;
}

QStringList SupportedTags::manylinuxPlatforms(const QStringList &archs, OsVersion glibc)
{
    if (glibc.isNull())
        return {};
    // packaging checks the interpreter's ELF header for armv7l (hard-float) and i686; a target
    // description names them directly, so they count as compatible here.
    static const QStringList compatibleArchs{u"x86_64"_s,      u"aarch64"_s, u"ppc64"_s,  u"ppc64le"_s, u"s390x"_s,
                                             u"loongarch64"_s, u"riscv64"_s, u"armv7l"_s, u"i686"_s};
    bool compatible = false;
    for (const QString &arch : archs)
        compatible = compatible || compatibleArchs.contains(arch);
    if (!compatible)
        return {};

    // The oldest glibc with manylinux wheels: 2.17 in general, 2.5 on x86 (manylinux1).
    const bool x86 = archs.contains(u"x86_64"_s) || archs.contains(u"i686"_s);
    const OsVersion tooOld = x86 ? OsVersion{2, 4} : OsVersion{2, 16};
    // glibc promises compatibility across major versions; an unknown last minor of an older
    // major is assumed to be 50, as packaging does.
    QList<OsVersion> maxima{glibc};
    for (int major = glibc.major - 1; major > 1; --major)
        maxima.append({major, 50});

    QStringList platforms;
    for (const QString &arch : archs) {
        for (const OsVersion maximum : std::as_const(maxima)) {
            const int lowest = maximum.major == tooOld.major ? tooOld.minor : -1;
            for (int minor = maximum.minor; minor > lowest; --minor) {
                platforms.append(u"manylinux_%1_%2_%3"_s.arg(maximum.major).arg(minor).arg(arch));
                if (maximum.major != 2)
                    continue;
                if (minor == 17)
                    platforms.append(u"manylinux2014_"_s + arch);
                else if (minor == 12)
                    platforms.append(u"manylinux2010_"_s + arch);
                else if (minor == 5)
                    platforms.append(u"manylinux1_"_s + arch);
            }
        }
    }
    return platforms;
}

QStringList SupportedTags::musllinuxPlatforms(const QStringList &archs, OsVersion musl)
{
    if (musl.isNull())
        return {};
    QStringList platforms;
    for (const QString &arch : archs) {
        for (int minor = musl.minor; minor >= 0; --minor)
            platforms.append(u"musllinux_%1_%2_%3"_s.arg(musl.major).arg(minor).arg(arch));
    }
    return platforms;
}

} // namespace Akari
