// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace Akari
{

/// The parts of a machine that wheel choice depends on, plus what a user recognises it by.
struct SystemInfo
{
    enum class OsFamily : quint8
    {
        Linux,
        Windows,
        MacOs,
        Other,
    };

    QString hostName;
    OsFamily osFamily = OsFamily::Linux;
    QString osName;       ///< e.g. "Debian GNU/Linux 12 (bookworm)"
    QString kernel;       ///< e.g. "linux 6.1.0-18-amd64"
    QString architecture; ///< Qt's name: x86_64, arm64, ...
    QString cpuModel;     ///< empty when the OS does not say
    int logicalCores = 0;
    qint64 memoryBytes = 0; ///< 0 when unknown
    QString libc;           ///< e.g. "glibc 2.36"; empty when not applicable
    QString glibcVersion;   ///< "2.36" (manylinux wheels need glibc ≥ their tag); empty without glibc
    bool musl = false;      ///< a musl C library (musllinux wheels)
    bool wsl = false;       ///< Linux running under Windows Subsystem for Linux 2
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::SystemInfo)
