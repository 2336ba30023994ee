// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include "../error.h"

class QObject;

namespace Akari
{

class Job;

/// What a project's .venv holds, as read from its pyvenv.cfg and site-packages.
struct VirtualEnvironmentInfo
{
    QString path;           ///< the environment folder (<project>/.venv)
    bool exists = false;    ///< false: the project has no environment yet (not an error)
    QString pythonVersion;  ///< "version_info" or "version" from pyvenv.cfg
    QString home;           ///< the base interpreter's folder
    QString implementation; ///< e.g. "CPython" when recorded
    QString createdBy;      ///< "uv 0.8.0", "venv", ... when recorded
    bool systemSitePackages = false;
    QString interpreter;  ///< the environment's python, empty when missing
    QStringList packages; ///< "name version" of each installed distribution, sorted
};

/**
 * \brief Reads a virtual environment without running it (file reads only, any thread).
 */
class VirtualEnvironment final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::VirtualEnvironment)

public:
    VirtualEnvironment() = delete;

    /// Inspects \a environmentPath; a missing folder is a valid answer (exists = false).
    [[nodiscard]] static Result<VirtualEnvironmentInfo> inspect(const QString &environmentPath);
    /// A job whose result is the VirtualEnvironmentInfo of <projectDirectory>/.venv.
    [[nodiscard]] static Job *inspectJob(const QString &projectDirectory, QObject *parent = nullptr);
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::VirtualEnvironmentInfo)
