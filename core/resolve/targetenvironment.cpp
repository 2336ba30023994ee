// SPDX-License-Identifier: GPL-3.0-or-later
#include "targetenvironment.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

#include "interpreterquerycache.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{

using Variable = MarkerEnvironment::Variable;

// uv's `--python-platform linux` is x86_64-unknown-linux-gnu, "Equivalent to
// `x86_64-manylinux_2_28`" (and aarch64-unknown-linux-gnu to `aarch64-manylinux_2_28`), as
// uv's CLI reference (docs/reference/cli.md, --python-platform) says.
constexpr SupportedTags::OsVersion TargetGlibc{2, 28};
// uv's aarch64-apple-darwin / x86_64-apple-darwin: "By default, assumes the least-recent,
// non-EOL macOS version (13.0)" (crates/uv-configuration/src/target_triple.rs).
constexpr SupportedTags::OsVersion TargetMacOS{13, 0};

// Builds `facts`: what markers and tags need. Works on Python 3.6 and later.
const char *const MarkerFactsScript = R"PY(
import json, os, platform, sys, sysconfig
def fmt(info):
    version = "{0.major}.{0.minor}.{0.micro}".format(info)
    kind = info.releaselevel
    if kind != "final":
        version += kind[0] + str(info.serial)
    return version
glibc = ""
try:
    glibc = os.confstr("CS_GNU_LIBC_VERSION") or ""
except (AttributeError, OSError, ValueError):
    pass
if not glibc:
    lib, ver = platform.libc_ver()
    if lib == "glibc":
        glibc = "glibc " + ver
facts = {
    "implementation_name": sys.implementation.name,
    "implementation_version": fmt(sys.implementation.version),
    "os_name": os.name,
    "platform_machine": platform.machine(),
    "platform_python_implementation": platform.python_implementation(),
    "platform_release": platform.release(),
    "platform_system": platform.system(),
    "platform_version": platform.version(),
    "python_full_version": platform.python_version(),
    "python_version": ".".join(platform.python_version_tuple()[:2]),
    "sys_platform": sys.platform,
    "glibc": glibc,
    "mac_version": platform.mac_ver()[0],
    "gil_disabled": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "debug": hasattr(sys, "gettotalrefcount"),
    "is_64bit": sys.maxsize > 2**32,
}
)PY";

MarkerEnvironment::TargetPlatform markerPlatform(TargetPlatform::Os os)
{
    switch (os) {
    case TargetPlatform::Os::Windows:
        return MarkerEnvironment::TargetPlatform::Windows;
    case TargetPlatform::Os::MacOs:
        return MarkerEnvironment::TargetPlatform::MacOS;
    case TargetPlatform::Os::Linux:
        break;
    }
    return MarkerEnvironment::TargetPlatform::Linux;
}

struct ArchChoice
{
    QString machine; // platform_machine as Python reports it there
    QString tagArch; // SupportedTags::Environment::arch
};

// The architectures uv's target triples offer per platform; aliases as people type them.
std::optional<ArchChoice> archFor(TargetPlatform::Os os, const QString &requested)
{
    const QString arch = requested.toLower();
    switch (os) {
    case TargetPlatform::Os::Linux:
        if (arch.isEmpty() || arch == u"x86_64"_s || arch == u"amd64"_s)
            return ArchChoice{u"x86_64"_s, u"x86_64"_s};
        if (arch == u"aarch64"_s || arch == u"arm64"_s)
            return ArchChoice{u"aarch64"_s, u"aarch64"_s};
        break;
    case TargetPlatform::Os::Windows:
        if (arch.isEmpty() || arch == u"amd64"_s || arch == u"x86_64"_s)
            return ArchChoice{u"AMD64"_s, u"amd64"_s};
        if (arch == u"arm64"_s || arch == u"aarch64"_s)
            return ArchChoice{u"ARM64"_s, u"arm64"_s};
        break;
    case TargetPlatform::Os::MacOs:
        if (arch.isEmpty() || arch == u"arm64"_s || arch == u"aarch64"_s)
            return ArchChoice{u"arm64"_s, u"arm64"_s};
        if (arch == u"x86_64"_s || arch == u"amd64"_s)
            return ArchChoice{u"x86_64"_s, u"x86_64"_s};
        break;
    }
    return std::nullopt;
}

QString platformName(TargetPlatform::Os os)
{
    return TargetPlatform{os}.displayName();
}

SupportedTags::PythonVersion tagPython(const Version &python)
{
    const std::span<const quint64> release = python.release();
    return {release.empty() ? 3 : int(release[0]), release.size() > 1 ? int(release[1]) : 0};
}

// "glibc 2.36" → (2, 36).
SupportedTags::OsVersion parseTwoNumbers(QStringView text)
{
    const QStringView tail = text.mid(text.lastIndexOf(u' ') + 1);
    const QList<QStringView> parts = tail.split(u'.');
    if (parts.size() < 2)
        return {};
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.at(0).toInt(&okMajor);
    const int minor = parts.at(1).toInt(&okMinor);
    if (!okMajor || !okMinor)
        return {};
    return {major, minor};
}

} // namespace

QString TargetEnvironment::description() const
{
    const QString implementation = markers.value(Variable::PlatformPythonImplementation);
    return tr("%1 %2 on %3 (%4)")
        .arg(implementation.isEmpty() ? u"CPython"_s : implementation, pythonMinor(), platformName(os), arch);
}

QString TargetEnvironment::pythonMinor() const
{
    const std::span<const quint64> release = python.release();
    if (release.empty())
        return {};
    return QString::number(release[0]) + u'.' + QString::number(release.size() > 1 ? release[1] : 0);
}

Result<TargetEnvironment> TargetEnvironment::forPlatform(TargetPlatform::Os os, const Version &python,
                                                         const QString &arch)
{
    const std::optional<ArchChoice> choice = archFor(os, arch);
    if (!choice) {
        return fail(
            Error(Error::Code::InvalidArgument, tr("“%1” is not an architecture Akari knows for %2 (use %3).")
                                                    .arg(arch, platformName(os),
                                                         os == TargetPlatform::Os::Linux     ? u"x86_64, aarch64"_s
                                                         : os == TargetPlatform::Os::Windows ? u"AMD64, arm64"_s
                                                                                             : u"arm64, x86_64"_s)));
    }
    TargetEnvironment target;
    target.os = os;
    target.arch = choice->machine;
    target.python = python;
    target.markers = MarkerEnvironment::forTarget(markerPlatform(os), python, choice->machine);

    SupportedTags::Environment environment;
    environment.interpreter = u"cp"_s;
    environment.python = tagPython(python);
    environment.arch = choice->tagArch;
    // uv puts linux_<arch> after the manylinux tags, as packaging before 26.3 did.
    environment.linuxOrder = SupportedTags::LinuxNativeTagOrder::Last;
    switch (os) {
    case TargetPlatform::Os::Linux:
        environment.os = SupportedTags::OperatingSystem::Linux;
        environment.glibc = TargetGlibc;
        break;
    case TargetPlatform::Os::Windows:
        environment.os = SupportedTags::OperatingSystem::Windows;
        break;
    case TargetPlatform::Os::MacOs:
        environment.os = SupportedTags::OperatingSystem::MacOS;
        environment.macOS = TargetMacOS;
        break;
    }
    target.tags = SupportedTags::forEnvironment(environment);
    return target;
}

namespace
{

// The interpreter's answer to markerFactsScript() as a target.
Result<TargetEnvironment> targetFromFacts(const QString &pythonPath, const QJsonObject &facts)
{
    const Result<Version> python = Version::parse(facts.value(u"python_full_version"_s).toString());
    if (!python) {
        return fail(Error(
            Error::Code::Parse,
            TargetEnvironment::tr("The Python interpreter “%1” reports the version “%2”, which is not a valid version.")
                .arg(pythonPath, facts.value(u"python_full_version"_s).toString()),
            pythonPath));
    }

    TargetEnvironment target;
    target.python = *python;
    for (int i = 0; i < MarkerEnvironment::VariableCount; ++i) {
        const auto variable = Variable(i);
        if (variable == Variable::Extra || MarkerEnvironment::isSetVariable(variable))
            continue;
        const QString name = MarkerEnvironment::variableName(variable);
        target.markers.setValue(variable, facts.value(name).toString());
    }
    const QString system = facts.value(u"platform_system"_s).toString();
    const QString machine = facts.value(u"platform_machine"_s).toString();
    target.arch = machine;
    const bool is64Bit = facts.value(u"is_64bit"_s).toBool(true);

    SupportedTags::Environment environment;
    environment.interpreter = facts.value(u"implementation_name"_s).toString();
    environment.python = tagPython(*python);
    environment.freeThreaded = facts.value(u"gil_disabled"_s).toBool();
    environment.debug = facts.value(u"debug"_s).toBool();
    environment.linuxOrder = SupportedTags::LinuxNativeTagOrder::Last;
    if (system == u"Windows"_s) {
        target.os = TargetPlatform::Os::Windows;
        environment.os = SupportedTags::OperatingSystem::Windows;
        const QString lower = machine.toLower();
        environment.arch = !is64Bit ? u"x86"_s : lower == u"arm64"_s ? u"arm64"_s : u"amd64"_s;
    } else if (system == u"Darwin"_s) {
        target.os = TargetPlatform::Os::MacOs;
        environment.os = SupportedTags::OperatingSystem::MacOS;
        environment.arch = machine;
        const SupportedTags::OsVersion mac = parseTwoNumbers(facts.value(u"mac_version"_s).toString());
        if (!mac.isNull())
            environment.macOS = mac;
        environment.is32BitInterpreter = !is64Bit;
    } else {
        target.os = TargetPlatform::Os::Linux;
        environment.os =
            system == u"Linux"_s ? SupportedTags::OperatingSystem::Linux : SupportedTags::OperatingSystem::Other;
        environment.arch = machine;
        environment.is32BitInterpreter = !is64Bit;
        environment.glibc = parseTwoNumbers(facts.value(u"glibc"_s).toString());
    }
    target.tags = SupportedTags::forEnvironment(environment);
    return target;
}

} // namespace

Result<TargetEnvironment> TargetEnvironment::fromFacts(const QString &pythonPath, const QJsonObject &facts)
{
    return targetFromFacts(pythonPath, facts);
}

QByteArray TargetEnvironment::markerFactsScript()
{
    return QByteArray(MarkerFactsScript);
}

Result<TargetEnvironment> TargetEnvironment::forInterpreter(const QString &pythonPath)
{
    // Asked once per interpreter: starting Python costs more than the rest of a warm resolve.
    const InterpreterQueryCache cache;
    const QByteArray script = markerFactsScript() + "print(json.dumps(facts))\n";
    const Result<InterpreterQueryCache::Answer> answer = cache.query(pythonPath, script);
    if (!answer)
        return fail(answer.error());
    Result<TargetEnvironment> target = targetFromFacts(pythonPath, answer->facts);
    if (!target && answer->fromCache) {
        // A cached answer that does not make sense (hand-edited, or from an older Akari): ask again.
        cache.remove(pythonPath, script);
        const Result<InterpreterQueryCache::Answer> fresh = cache.query(pythonPath, script);
        if (!fresh)
            return fail(fresh.error());
        target = targetFromFacts(pythonPath, fresh->facts);
    }
    return target;
}

QString TargetEnvironment::defaultInterpreter(const QString &projectDirectory)
{
    if (!projectDirectory.isEmpty()) {
        const QDir project(projectDirectory);
#ifdef Q_OS_WIN
        const QString venvPython = project.filePath(u".venv/Scripts/python.exe"_s);
#else
        const QString venvPython = project.filePath(u".venv/bin/python"_s);
#endif
        if (QFileInfo(venvPython).isExecutable())
            return venvPython;
    }
    QString found = QStandardPaths::findExecutable(u"python3"_s);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(u"python"_s);
    return found;
}

} // namespace Akari
