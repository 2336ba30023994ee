// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "version.h"

namespace Akari
{

/**
 * \brief The values PEP 508 markers are evaluated against: one interpreter on one platform.
 *
 * Holds the eleven string variables (`python_version`, `sys_platform`, ...), the `extra`
 * being installed and the set-valued `extras` and `dependency_groups` (PEP 751 lock files).
 * Every variable is always defined: a new environment has empty strings and empty sets, and
 * an empty `extra` stands for "no extra", as in packaging's metadata context.
 *
 * What Marker::evaluate() needs is prepared when a value is set, so that evaluation does not
 * parse: the version variables (`python_version`, `python_full_version`,
 * `implementation_version`, `platform_release`) are parsed as PEP 440 versions where they are
 * valid, a `python_full_version` ending in `+` (an untagged CPython build) reads as
 * `...+local` like packaging does, and `extra`, `extras` and `dependency_groups` are kept in
 * their PEP 685 normalised form (`Foo_Bar` → `foo-bar`).
 *
 * forTarget() gives the environment of a CPython on Linux, Windows or macOS, as uv evaluates
 * markers for a target platform. Value type, cheap to copy; safe to use from any thread
 * (const methods never mutate). No operation fails.
 *
 * \code
 * MarkerEnvironment env = MarkerEnvironment::forTarget(MarkerEnvironment::TargetPlatform::Linux,
 *                                                      Version::parse(u"3.12").value());
 * env.value(MarkerEnvironment::Variable::SysPlatform);   // "linux"
 * env.setExtra(u"CU128"_s);                              // compared as "cu128"
 * \endcode
 */
class MarkerEnvironment final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::MarkerEnvironment)

public:
    /// The marker variables, in the order of their names.
    enum class Variable : quint8
    {
        ImplementationName,
        ImplementationVersion,
        OsName,
        PlatformMachine,
        PlatformPythonImplementation,
        PlatformRelease,
        PlatformSystem,
        PlatformVersion,
        PythonFullVersion,
        PythonVersion,
        SysPlatform,
        Extra,            ///< one extra (a string; empty for none)
        Extras,           ///< a set of extras (lock files)
        DependencyGroups, ///< a set of dependency group names (lock files)
    };
    /// The number of variables.
    static constexpr int VariableCount = 14;

    /// The platforms forTarget() knows.
    enum class TargetPlatform : quint8
    {
        Linux,
        Windows,
        MacOS,
    };

    /// Empty strings and empty sets.
    MarkerEnvironment() = default;

    /**
     * \brief A CPython \a python on \a platform, as uv assumes for a target platform.
     *
     * Linux: os_name `posix`, sys_platform `linux`, platform_system `Linux`, machine `x86_64`;
     * Windows: `nt`, `win32`, `Windows`, `AMD64`; macOS: `posix`, `darwin`, `Darwin`, `arm64`.
     * \a machine, when given, replaces the default machine. `python_version` is major.minor,
     * `python_full_version` and `implementation_version` the version with at least three
     * release numbers (`3.12` gives `3.12.0`); `platform_release` and `platform_version`
     * stay empty, as they are unknown for a target.
     */
    [[nodiscard]] static MarkerEnvironment forTarget(TargetPlatform platform, const Version &python,
                                                     const QString &machine = {});

    /// The variable's name in markers, e.g. "python_full_version".
    [[nodiscard]] static QLatin1StringView variableName(Variable variable) noexcept;
    /// The variable named \a name (PEP 508 names only, no legacy spellings).
    [[nodiscard]] static std::optional<Variable> variableFromName(QStringView name) noexcept;
    /// Whether packaging compares the variable as a PEP 440 version when both sides are versions.
    [[nodiscard]] static bool isVersionVariable(Variable variable) noexcept;
    /// Whether the variable holds a set (`extras`, `dependency_groups`).
    [[nodiscard]] static bool isSetVariable(Variable variable) noexcept;

    /// The value as set; for the set variables, their names joined by ",".
    [[nodiscard]] QString value(Variable variable) const;
    /// Sets a variable; for a set variable \a value holds its names separated by ",".
    void setValue(Variable variable, const QString &value);
    [[nodiscard]] QString extra() const { return m_values[index(Variable::Extra)]; }
    void setExtra(const QString &extra) { setValue(Variable::Extra, extra); }
    /// The extras, normalised and sorted.
    [[nodiscard]] QStringList extras() const { return m_extras; }
    void setExtras(const QStringList &extras);
    /// The dependency groups, normalised and sorted.
    [[nodiscard]] QStringList dependencyGroups() const { return m_dependencyGroups; }
    void setDependencyGroups(const QStringList &groups);

    /// Equal when every variable has the same value (sets compared normalised).
    friend bool operator==(const MarkerEnvironment &a, const MarkerEnvironment &b) noexcept;

private:
    friend class MarkerExpression;

    static constexpr int StringCount = 12; // through Extra
    static constexpr int index(Variable variable) noexcept { return int(variable); }
    // The index into m_versions, or -1 for a variable that is no version variable.
    static int versionIndex(Variable variable) noexcept;

    // What evaluation compares: the value with packaging's repairs (see the class comment).
    [[nodiscard]] const QString &effective(Variable variable) const noexcept { return m_effective[index(variable)]; }
    // The effective value parsed as a version, or null.
    [[nodiscard]] const Version *version(Variable variable) const noexcept;
    // Whether the set variable holds \a canonicalName.
    [[nodiscard]] bool setContains(Variable variable, const QString &canonicalName) const noexcept;
    static QStringList normalisedSet(const QStringList &names);

    std::array<QString, StringCount> m_values;
    std::array<QString, StringCount> m_effective;
    std::array<std::optional<Version>, 4> m_versions;
    QStringList m_extras;
    QStringList m_dependencyGroups;
};

} // namespace Akari
