// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemprobe.h"

#include <utility>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#if defined(__GLIBC__)
#include <gnu/libc-version.h>
#endif

#include "../jobs/job.h"
#include "../jobs/jobcontext.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// os-release values may be quoted: PRETTY_NAME="Debian GNU/Linux 12 (bookworm)".
QString osReleaseValue(const QString &text, const QString &key)
{
    const QRegularExpression pattern(u"^%1=(.*)$"_s.arg(QRegularExpression::escape(key)),
                                     QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    QString value = match.captured(1).trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value;
}

QString cpuModelFrom(const QString &cpuinfo)
{
    // x86 says "model name", many ARM kernels "Model" or "Hardware".
    for (const QString &key : {u"model name"_s, u"Model"_s, u"Hardware"_s, u"cpu model"_s}) {
        const QRegularExpression pattern(u"^%1\\s*:\\s*(.+)$"_s.arg(key), QRegularExpression::MultilineOption);
        const QRegularExpressionMatch match = pattern.match(cpuinfo);
        if (match.hasMatch())
            return match.captured(1).trimmed();
    }
    return {};
}

qint64 memoryFrom(const QString &meminfo)
{
    static const QRegularExpression pattern(u"^MemTotal:\\s*(\\d+)\\s*kB"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = pattern.match(meminfo);
    return match.hasMatch() ? match.captured(1).toLongLong() * 1024 : 0;
}

// The family this binary was built for; only meaningful for the real root.
SystemInfo::OsFamily buildOsFamily()
{
#if defined(Q_OS_LINUX)
    return SystemInfo::OsFamily::Linux;
#elif defined(Q_OS_WIN)
    return SystemInfo::OsFamily::Windows;
#elif defined(Q_OS_MACOS)
    return SystemInfo::OsFamily::MacOs;
#else
    return SystemInfo::OsFamily::Other;
#endif
}
} // namespace

SystemProbe::SystemProbe(QString rootDirectory)
    : m_root(std::move(rootDirectory))
{}

bool SystemProbe::isSystemRoot(const QString &root)
{
    // canonicalPath() resolves "/." and links; it is empty for a folder that does not exist.
    static const QString systemRoot = QDir(QDir::rootPath()).canonicalPath();
    return QDir(root).canonicalPath() == systemRoot;
}

bool SystemProbe::isWsl2Kernel(const QString &procVersion)
{
    // Only the release (the third word) counts: a build host could be called anything.
    const QString release = procVersion.section(u' ', 2, 2);
    return release.contains(u"microsoft-standard"_s, Qt::CaseInsensitive) ||
           release.contains(u"WSL2"_s, Qt::CaseInsensitive);
}

QString SystemProbe::readFile(const QString &relativePath) const
{
    QFile file(QDir(m_root).filePath(relativePath));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report size 0; read until the end instead of trusting size().
    return QString::fromUtf8(file.readAll());
}

bool SystemProbe::hasMuslLoader() const
{
    // musl's dynamic loader is /lib/ld-musl-<arch>.so.1 on every musl distribution (Alpine, Void).
    const QDir lib(QDir(m_root).filePath(u"lib"_s));
    return !lib.entryList({u"ld-musl-*.so.1"_s}, QDir::Files | QDir::System | QDir::NoDotAndDotDot).isEmpty();
}

SystemInfo SystemProbe::probe() const
{
    SystemInfo info;
    const QString osRelease = readFile(u"etc/os-release"_s);
    info.osName = osReleaseValue(osRelease, u"PRETTY_NAME"_s);
    info.cpuModel = cpuModelFrom(readFile(u"proc/cpuinfo"_s));
    info.memoryBytes = memoryFrom(readFile(u"proc/meminfo"_s));
    const bool systemRoot = isSystemRoot(m_root);
    // A captured root is a Linux file tree; the real root is whatever this binary runs on.
    info.osFamily = systemRoot ? buildOsFamily() : SystemInfo::OsFamily::Linux;
    // On this machine the C library is the one Akari itself runs on: a glibc system with
    // Debian's musl package installed has /lib/ld-musl-*.so.1 too, and is still glibc.
#if defined(Q_OS_LINUX) && !defined(Q_OS_ANDROID) && !defined(__GLIBC__)
    constexpr bool runningOnMusl = true;
#else
    constexpr bool runningOnMusl = false;
#endif
    info.musl = systemRoot ? runningOnMusl : hasMuslLoader();
    info.wsl = isWsl2Kernel(readFile(u"proc/version"_s));

    if (systemRoot) {
        info.hostName = QSysInfo::machineHostName();
        if (info.osName.isEmpty())
            info.osName = QSysInfo::prettyProductName();
        info.kernel = QSysInfo::kernelType() + u' ' + QSysInfo::kernelVersion();
        info.architecture = QSysInfo::currentCpuArchitecture();
        info.logicalCores = QThread::idealThreadCount();
#if defined(__GLIBC__)
        info.glibcVersion = QString::fromLatin1(gnu_get_libc_version());
        info.libc = u"glibc "_s + info.glibcVersion;
#endif
    }
    if (info.libc.isEmpty() && info.musl)
        info.libc = u"musl"_s;
    return info;
}

Job *SystemProbe::probeJob(QObject *parent)
{
    return Job::create<SystemInfo>(
        tr("Detecting the machine"),
        [](JobContext &context) -> Result<SystemInfo> {
            context.reportProgress({.phase = tr("Detecting")});
            return SystemProbe().probe();
        },
        parent);
}

} // namespace Akari
