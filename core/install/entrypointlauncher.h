// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "../resolve/targetenvironment.h"
#include "unpackedwheel.h"

namespace Akari
{

/**
 * \brief The launcher scripts that console_scripts and gui_scripts entry points become.
 *
 * A launcher is a short Python stub behind a shebang naming the environment's interpreter:
 * it imports the entry point's object and exits with what calling it returns, after taking a
 * Windows launcher's `-script.pyw`/`.exe` suffix off argv[0]. A shebang that the kernel could
 * not run (longer than 127 bytes, or with spaces) becomes a `/bin/sh` line that execs Python
 * on the script, as pip and uv do. Windows `.exe` launchers are not written: there the
 * launcher is `<name>-script.py` (`-script.pyw` for GUI scripts).
 */
class EntryPointLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::EntryPointLauncher)

public:
    static constexpr qsizetype MaxShebangBytes = 127;

    /// The first line(s) of a script run by \a python, ending in a newline.
    [[nodiscard]] static QByteArray shebang(const QString &python);

    /// The launcher's file name in the scripts folder on \a os. Errors (InvalidArgument) when
    /// the entry point's name is not a plain file name (it would escape the folder).
    [[nodiscard]] static Result<QString> fileName(const EntryPoint &entryPoint, TargetPlatform::Os os);

    /// The launcher's bytes. Errors (InvalidArgument) when the module or object is not a dotted
    /// Python name (a launcher must never carry other code) or the object is missing.
    [[nodiscard]] static Result<QByteArray> script(const EntryPoint &entryPoint, const QString &python);
};

} // namespace Akari
