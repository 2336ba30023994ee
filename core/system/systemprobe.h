// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "systeminfo.h"

class QObject;

namespace Akari
{

class Job;

/**
 * \brief Reads the machine's basics from files under a root directory.
 *
 * The root is "/" in the application and a folder of captured files in tests
 * (etc/os-release, proc/cpuinfo, proc/meminfo, proc/version, lib/ld-musl-*.so.1). Things the
 * files do not tell (host name, kernel, architecture, core count, glibc version, OS family,
 * and for the real root the C library) come from the running process and are only filled in
 * for the real root; a captured root counts as Linux, and is musl when it holds musl's loader.
 * Reads files only; safe on any thread.
 */
class SystemProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SystemProbe)

public:
    explicit SystemProbe(QString rootDirectory = QStringLiteral("/"));

    [[nodiscard]] SystemInfo probe() const;
    /// A job whose result is the SystemInfo of this machine.
    [[nodiscard]] static Job *probeJob(QObject *parent = nullptr);

    /// Whether \a root is this machine's own "/", however spelt ("/", "/.", a link to it).
    /// The one place that decides it, for this probe and the hardware probes alike.
    [[nodiscard]] static bool isSystemRoot(const QString &root);
    /// Whether a /proc/version text is a WSL 2 kernel's. WSL 2 runs Microsoft's real Linux kernel
    /// ("5.15.90.1-microsoft-standard-WSL2", older "4.19.104-microsoft-standard"); WSL 1
    /// translates system calls and only claims a kernel ("4.4.0-19041-Microsoft"). GPU access
    /// exists in WSL 2 only, so WSL 1 does not count.
    [[nodiscard]] static bool isWsl2Kernel(const QString &procVersion);

private:
    [[nodiscard]] QString readFile(const QString &relativePath) const;
    [[nodiscard]] bool hasMuslLoader() const;

    QString m_root;
};

} // namespace Akari
