// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "../resolve/targetenvironment.h"

namespace Akari
{

struct PythonInterpreter;

/**
 * \brief Where things go in a virtual environment: the folders of the `venv` install scheme.
 *
 * `root` is where the files are written now; `finalRoot` is where the environment will live
 * once a transaction commits (they differ while a sync stages its work in a sibling folder).
 * Everything written into a file (shebangs, activation scripts) uses finalRoot; everything
 * written to disk uses root.
 *
 * POSIX: bin/, lib/pythonX.Y/site-packages, include/site/pythonX.Y/<dist>.
 * Windows: Scripts/, Lib/site-packages, Include/site/pythonX.Y/<dist>... as sysconfig's
 * `venv` / `nt_venv` schemes say.
 */
struct EnvironmentLayout
{
    Q_DECLARE_TR_FUNCTIONS(Akari::EnvironmentLayout)

public:
    QString root;
    QString finalRoot;
    TargetPlatform::Os os = TargetPlatform::Os::Linux;
    QString pythonMinor; ///< "3.11"
    QString scripts;     ///< root/bin
    QString purelib;     ///< root/lib/python3.11/site-packages
    QString platlib;     ///< the same folder in a venv
    QString includeRoot; ///< root/include/site/python3.11 (a dist's headers go below it)
    QString data;        ///< root
    QString python;      ///< root/bin/python (the file on disk now)
    QString finalPython; ///< finalRoot/bin/python (what shebangs name)

    /// The layout of an environment at \a root for \a interpreter's Python version and OS.
    [[nodiscard]] static EnvironmentLayout forInterpreter(const PythonInterpreter &interpreter, const QString &root,
                                                          const QString &finalRoot = {});
    /// The layout of an existing environment, from its pyvenv.cfg (`version_info`/`version`)
    /// or, failing that, its single lib/pythonX.Y folder. Errors name the folder.
    [[nodiscard]] static Result<EnvironmentLayout> forExisting(const QString &root);
    /// The same layout moved to \a newRoot (finalRoot kept).
    [[nodiscard]] EnvironmentLayout relocated(const QString &newRoot) const;
};

} // namespace Akari
