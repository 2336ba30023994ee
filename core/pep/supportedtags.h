// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include "tag.h"

namespace Akari
{

class WheelFileName;

/**
 * \brief The ordered list of tags an interpreter and platform accept, and ranking of wheels by it.
 *
 * forEnvironment() describes a target (implementation, Python version, ABI flags, operating
 * system with architecture and libc or macOS version) and produces the same tags in the same
 * priority order as pypa/packaging 26's `sys_tags()` would on that target: `cpython_tags()` (or
 * `generic_tags()`) followed by `compatible_tags()`, with the platform tags of
 * `_linux_platforms()` (linux_<arch>, manylinux per PEP 600 with the legacy manylinux2014/2010/1
 * aliases, musllinux per PEP 656), `mac_platforms()` or the single Windows platform. The first
 * tag is the most preferred. The generator functions are public so each step can be checked
 * against packaging's vectors.
 *
 * A SupportedTags object answers rank() in constant time (a hash from Tag to priority index;
 * lower is better, duplicates keep their first index) and picks the best of several wheels with
 * bestWheel(). Immutable after construction; const members may be used from any thread.
 *
 * \code
 * SupportedTags::Environment env;
 * env.python = {3, 12};
 * env.os = SupportedTags::OperatingSystem::Linux;
 * env.arch = u"x86_64"_s;
 * env.glibc = {2, 35};
 * const SupportedTags supported = SupportedTags::forEnvironment(env);
 * const qsizetype best = supported.bestWheel(wheels); // -1 when none fits
 * \endcode
 */
class SupportedTags final
{
public:
    /// A Python version: (3, 12), or major only (3) as packaging's one-item `python_version`.
    struct PythonVersion
    {
        int major = 3;
        int minor = -1; ///< negative when only the major version is given
        [[nodiscard]] bool hasMinor() const { return minor >= 0; }
        /// "312", or "3" when only the major version is given (packaging's `_version_nodot`).
        [[nodiscard]] QString nodot() const;
    };

    /// A (major, minor) pair for glibc, musl or macOS; isNull() when absent.
    struct OsVersion
    {
        int major = -1;
        int minor = -1;
        [[nodiscard]] bool isNull() const { return major < 0; }
    };

    enum class OperatingSystem
    {
        Linux,
        MacOS,
        Windows,
        Other, ///< only Environment::platforms (if any) and the "any" platform
    };

    /// Where `linux_<arch>` goes among the Linux platform tags.
    enum class LinuxNativeTagOrder
    {
        First, ///< before manylinux/musllinux, as packaging >= 26.3 orders them (the default)
        Last,  ///< after them, as packaging < 26.3 (pip's vendored copy) and uv order them
    };

    /// The target interpreter and platform.
    struct Environment
    {
        /// Interpreter name as in tags: "cp" (CPython), "pp" (PyPy), "graalpy", ...; the long
        /// names "cpython", "pypy", "python", "ironpython" and "jython" are shortened as packaging does.
        QString interpreter = QStringLiteral("cp");
        PythonVersion python{3, 12};
        /// ABI tags, most specific first. Empty: for CPython derived from the flags below as
        /// packaging's `_cpython_abis()` does; for other interpreters only "none".
        QStringList abis;
        bool freeThreaded = false; ///< CPython built with --disable-gil ("t", e.g. cp313t)
        bool debug = false;        ///< CPython debug build ("d")
        bool pymalloc = true;      ///< CPython < 3.8 with pymalloc ("m")
        bool wideUnicode = true;   ///< CPython < 3.3 with UCS-4 strings ("u")

        OperatingSystem os = OperatingSystem::Linux;
        /// Machine architecture: Linux "x86_64", "aarch64", "i686", "armv7l", "ppc64le", ...;
        /// macOS "x86_64" or "arm64"; Windows "amd64", "arm64" or "x86".
        QString arch = QStringLiteral("x86_64");
        /// A 32-bit interpreter on a 64-bit system (x86_64 → i686, aarch64 → armv8l/armv7l, ...).
        bool is32BitInterpreter = false;
        OsVersion glibc;        ///< Linux with glibc: its version; manylinux tags need it
        OsVersion musl;         ///< Linux with musl: its version; musllinux tags need it
        OsVersion macOS{11, 0}; ///< macOS version
        LinuxNativeTagOrder linuxOrder = LinuxNativeTagOrder::First;

        /// When not empty, used as the platform tags as they are (most preferred first) instead
        /// of deriving them from os, arch and the versions above.
        QStringList platforms;
    };

    /// An empty set: nothing is supported.
    SupportedTags() = default;
    /// Ranks \a orderedTags, most preferred first.
    explicit SupportedTags(QList<Tag> orderedTags);

    /// The tags of \a environment in packaging's `sys_tags()` order.
    [[nodiscard]] static SupportedTags forEnvironment(const Environment &environment);
    /// The platform tags of \a environment (most preferred first).
    [[nodiscard]] static QStringList platformTags(const Environment &environment);

    [[nodiscard]] const QList<Tag> &tags() const { return m_tags; }
    [[nodiscard]] bool isEmpty() const { return m_tags.isEmpty(); }
    /// The priority index of \a tag (0 = most preferred), or nullopt when unsupported.
    [[nodiscard]] std::optional<qsizetype> rank(const Tag &tag) const;
    /// The best (lowest) rank among \a tags, or nullopt when none is supported.
    [[nodiscard]] std::optional<qsizetype> rank(const QList<Tag> &tags) const;
    /// The best rank among the wheel's tags, or nullopt when the wheel does not fit.
    [[nodiscard]] std::optional<qsizetype> rank(const WheelFileName &wheel) const;
    [[nodiscard]] bool isSupported(const WheelFileName &wheel) const { return rank(wheel).has_value(); }

    /**
     * \brief The index in \a wheels of the best wheel for these tags, or -1 when none fits.
     *
     * The lowest rank wins; among equal ranks the higher build tag wins (a wheel with a build
     * tag beats one without, then the larger number, then the larger suffix), as pip and uv
     * choose; a remaining tie keeps the earlier wheel. Versions are not compared: pass the
     * files of one release.
     */
    [[nodiscard]] qsizetype bestWheel(const QList<WheelFileName> &wheels) const;

    /// packaging's `cpython_tags(python_version, abis, platforms)`.
    [[nodiscard]] static QList<Tag> cpythonTags(PythonVersion python, QStringList abis, const QStringList &platforms);
    /// packaging's `compatible_tags(python_version, interpreter, platforms)`; an empty
    /// \a interpreter leaves out the `<interpreter>-none-any` tag.
    [[nodiscard]] static QList<Tag> compatibleTags(PythonVersion python, const QString &interpreter,
                                                   const QStringList &platforms);
    /// packaging's `generic_tags(interpreter, abis, platforms)`; "none" is added when missing.
    [[nodiscard]] static QList<Tag> genericTags(const QString &interpreter, QStringList abis,
                                                const QStringList &platforms);
    /// packaging's `_cpython_abis()` for the flags in \a environment.
    [[nodiscard]] static QStringList cpythonAbis(const Environment &environment);

    /// packaging's `mac_platforms(version, arch)`.
    [[nodiscard]] static QStringList macPlatforms(OsVersion version, const QString &arch);
    /// packaging's `_mac_binary_formats(version, arch)`.
    [[nodiscard]] static QStringList macBinaryFormats(OsVersion version, const QString &arch);
    /// packaging's `_mac_arch(arch, is_32bit)`.
    [[nodiscard]] static QString macArch(const QString &arch, bool is32Bit);
    /// packaging's `_linux_platforms()` for the architecture, libc and order in \a environment.
    [[nodiscard]] static QStringList linuxPlatforms(const Environment &environment);
    /// manylinux tags (PEP 600 and the legacy aliases) for \a archs on a glibc \a glibc system.
    [[nodiscard]] static QStringList manylinuxPlatforms(const QStringList &archs, OsVersion glibc);
    /// musllinux tags (PEP 656) for \a archs on a musl \a musl system.
    [[nodiscard]] static QStringList musllinuxPlatforms(const QStringList &archs, OsVersion musl);

private:
    QList<Tag> m_tags;
    QHash<Tag, qsizetype> m_ranks;
};

} // namespace Akari
