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
 * files do not tell (host name, kernel, architecture, core count, glibc version, OS family)
 * come from the running process and are only filled in for the real root; a captured root
 * counts as Linux. Reads files only; safe on any thread.
 */
class SystemProbe final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::SystemProbe)

public:
    explicit SystemProbe(QString rootDirectory = QStringLiteral("/"));

    [[nodiscard]] SystemInfo probe() const;
    /// A job whose result is the SystemInfo of this machine.
    [[nodiscard]] static Job *probeJob(QObject *parent = nullptr);

private:
    [[nodiscard]] QString readFile(const QString &relativePath) const;
    [[nodiscard]] bool isRealRoot() const;
    [[nodiscard]] bool hasMuslLoader() const;

    QString m_root;
};

} // namespace Akari
