// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Akari
{

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

} // namespace Akari

Q_DECLARE_METATYPE(Akari::VirtualEnvironmentInfo)
