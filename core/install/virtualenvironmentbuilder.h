// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "environmentlayout.h"

namespace Akari
{

struct PythonInterpreter;

/**
 * \brief Creates a virtual environment without running `python -m venv`, as uv does.
 *
 * Writes `pyvenv.cfg` (home, implementation, version_info, include-system-site-packages,
 * prompt, `akari = VERSION`), links the base interpreter as bin/python, python3 and pythonX.Y
 * (symlinks; copies when Options::copies or where links fail; on Windows copies of
 * python.exe/pythonw.exe), creates the site-packages folder (and `lib64` → `lib` on 64-bit
 * POSIX like venv), and writes activation scripts for bash/zsh (`activate`), fish
 * (`activate.fish`), PowerShell (`Activate.ps1`) and csh (`activate.csh`), each naming
 * layout.finalRoot. The result's own `python` reports `sys.prefix != sys.base_prefix` and
 * runs pip when pip is installed into it.
 *
 * Refuses a \a root that exists and is not empty. On failure nothing is left behind.
 */
class VirtualEnvironmentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::VirtualEnvironmentBuilder)

public:
    struct Options
    {
        QString prompt;      ///< empty: the final folder's parent's name, as uv does
        QString finalRoot;   ///< empty: root
        bool copies = false; ///< copy the interpreter instead of symlinking it
        bool systemSitePackages = false;
    };

    [[nodiscard]] static Result<EnvironmentLayout> create(const PythonInterpreter &base, const QString &root,
                                                          const Options &options);
};

} // namespace Akari
