// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerenvironment.h"

#include <algorithm>

#include "packagename.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
using Variable = MarkerEnvironment::Variable;

constexpr std::array<QLatin1StringView, MarkerEnvironment::VariableCount> Names{
    "implementation_name"_L1,
    "implementation_version"_L1,
    "os_name"_L1,
    "platform_machine"_L1,
    "platform_python_implementation"_L1,
    "platform_release"_L1,
    "platform_system"_L1,
    "platform_version"_L1,
    "python_full_version"_L1,
    "python_version"_L1,
    "sys_platform"_L1,
    "extra"_L1,
    "extras"_L1,
    "dependency_groups"_L1,
};
} // namespace

MarkerEnvironment MarkerEnvironment::forTarget(TargetPlatform platform, const Version &python, const QString &machine)
{
    MarkerEnvironment env;
    QString osName = u"posix"_s;
    QString sysPlatform;
    QString system;
    QString defaultMachine;
    switch (platform) {
    case TargetPlatform::Linux:
        sysPlatform = u"linux"_s;
        system = u"Linux"_s;
        defaultMachine = u"x86_64"_s;
        break;
    case TargetPlatform::Windows:
        osName = u"nt"_s;
        sysPlatform = u"win32"_s;
        system = u"Windows"_s;
        defaultMachine = u"AMD64"_s;
        break;
    case TargetPlatform::MacOS:
        sysPlatform = u"darwin"_s;
        system = u"Darwin"_s;
        defaultMachine = u"arm64"_s;
        break;
    }
    Version::Parts parts = python.parts();
    while (parts.release.size() < 3)
        parts.release.append(0);
    const std::span<const quint64> release = python.release();
    const QString major = QString::number(release.empty() ? 0 : release[0]);
    const QString minor = QString::number(release.size() > 1 ? release[1] : 0);
    const Result<Version> full = Version::fromParts(parts);
    const QString fullText = full ? full->toString() : python.toString();

    env.setValue(Variable::ImplementationName, u"cpython"_s);
    env.setValue(Variable::ImplementationVersion, fullText);
    env.setValue(Variable::OsName, osName);
    env.setValue(Variable::PlatformMachine, machine.isEmpty() ? defaultMachine : machine);
    env.setValue(Variable::PlatformPythonImplementation, u"CPython"_s);
    env.setValue(Variable::PlatformSystem, system);
    env.setValue(Variable::PythonFullVersion, fullText);
    env.setValue(Variable::PythonVersion, major + u'.' + minor);
    env.setValue(Variable::SysPlatform, sysPlatform);
    return env;
}

QLatin1StringView MarkerEnvironment::variableName(Variable variable) noexcept
{
    return Names[size_t(variable)];
}

std::optional<MarkerEnvironment::Variable> MarkerEnvironment::variableFromName(QStringView name) noexcept
{
    for (size_t i = 0; i < Names.size(); ++i) {
        if (name == Names[i])
            return Variable(i);
    }
    return std::nullopt;
}

bool MarkerEnvironment::isVersionVariable(Variable variable) noexcept
{
    return versionIndex(variable) >= 0;
}

bool MarkerEnvironment::isSetVariable(Variable variable) noexcept
{
    return variable == Variable::Extras || variable == Variable::DependencyGroups;
}

int MarkerEnvironment::versionIndex(Variable variable) noexcept
{
    switch (variable) {
    case Variable::PythonVersion:
        return 0;
    case Variable::PythonFullVersion:
        return 1;
    case Variable::ImplementationVersion:
        return 2;
    case Variable::PlatformRelease:
        return 3;
    default:
        return -1;
    }
}

QString MarkerEnvironment::value(Variable variable) const
{
    if (variable == Variable::Extras)
        return m_extras.join(u',');
    if (variable == Variable::DependencyGroups)
        return m_dependencyGroups.join(u',');
    return m_values[index(variable)];
}

void MarkerEnvironment::setValue(Variable variable, const QString &value)
{
    if (isSetVariable(variable)) {
        const QStringList names = value.split(u',', Qt::SkipEmptyParts);
        if (variable == Variable::Extras)
            setExtras(names);
        else
            setDependencyGroups(names);
        return;
    }
    const int i = index(variable);
    m_values[i] = value;
    if (variable == Variable::Extra) {
        // packaging normalises the extra being evaluated (PEP 685); empty means none.
        m_effective[i] = value.isEmpty() ? QString() : PackageName::canonicalize(value);
    } else if (variable == Variable::PythonFullVersion && value.endsWith(u'+')) {
        // platform.python_version() of an untagged build ends in "+", which is no PEP 440
        // version; packaging reads it as a local label.
        m_effective[i] = value + u"local"_s;
    } else {
        m_effective[i] = value;
    }
    const int versionSlot = versionIndex(variable);
    if (versionSlot >= 0) {
        Result<Version> parsed = Version::parse(m_effective[i]);
        // Version::parse() ignores surrounding whitespace; packaging's Version() does too.
        m_versions[size_t(versionSlot)] = parsed ? std::optional<Version>(std::move(*parsed)) : std::nullopt;
    }
}

QStringList MarkerEnvironment::normalisedSet(const QStringList &names)
{
    QStringList result;
    result.reserve(names.size());
    for (const QString &name : names)
        result.append(PackageName::canonicalize(name));
    result.sort();
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

void MarkerEnvironment::setExtras(const QStringList &extras)
{
    m_extras = normalisedSet(extras);
}

void MarkerEnvironment::setDependencyGroups(const QStringList &groups)
{
    m_dependencyGroups = normalisedSet(groups);
}

const Version *MarkerEnvironment::version(Variable variable) const noexcept
{
    const int slot = versionIndex(variable);
    if (slot < 0 || !m_versions[size_t(slot)])
        return nullptr;
    return &*m_versions[size_t(slot)];
}

bool MarkerEnvironment::setContains(Variable variable, const QString &canonicalName) const noexcept
{
    const QStringList &set = variable == Variable::Extras ? m_extras : m_dependencyGroups;
    return std::binary_search(set.begin(), set.end(), canonicalName);
}

bool operator==(const MarkerEnvironment &a, const MarkerEnvironment &b) noexcept
{
    return a.m_values == b.m_values && a.m_extras == b.m_extras && a.m_dependencyGroups == b.m_dependencyGroups;
}

} // namespace Akari
