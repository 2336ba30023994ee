// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Akari
{

/// The facts about a project that the Project page shows at a glance.
struct PyProjectSummary
{
    QString directory; ///< the project folder
    QString filePath;  ///< its pyproject.toml
    QString name;
    QString version;
    QString requiresPython;
    QStringList dependencies;
    QStringList extras;          ///< names of [project.optional-dependencies] tables
    QStringList indexNames;      ///< names (or URLs when unnamed) of [[tool.uv.index]] entries
    QStringList sourcedPackages; ///< keys of [tool.uv.sources]
    qsizetype lineCount = 0;
    qint64 sizeBytes = 0;
};

} // namespace Akari

Q_DECLARE_METATYPE(Akari::PyProjectSummary)
