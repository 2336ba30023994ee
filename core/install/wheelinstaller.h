// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

#include "../error.h"
#include "environmentlayout.h"
#include "installeddistribution.h"
#include "unpackedwheel.h"

namespace Akari
{

class FileLinker;

/**
 * \brief Installs an unpacked wheel into an environment, and uninstalls by RECORD, per the
 *        binary distribution format and PyPA's "Recording installed projects".
 *
 * Install:
 * - the root goes to purelib or platlib (Root-Is-Purelib); `<name>.data/` subfolders go to
 *   scripts, headers (includeRoot/<name>), data, purelib and platlib;
 * - files are linked from the cache with FileLinker, except files whose content changes:
 *   scripts whose first line is `#!python`/`#!pythonw` get the environment's finalPython
 *   (written, mode 0755) and all scripts are made executable;
 * - console_scripts and gui_scripts entry points become launchers in scripts
 *   (`#!<finalPython>` + a short Python stub; on Windows the same as `<name>-script.py`);
 * - the `.dist-info` gets `INSTALLER` ("akari"), `REQUESTED` when Options::requested,
 *   `akari-wheel` (the archive's sha256, so a later sync can tell an identical reinstall),
 *   and a rewritten `RECORD` listing every installed file with its hash and size (paths
 *   relative to the folder the `.dist-info` is in; RECORD itself without hash).
 * - A file that already exists is replaced only when Options::replace (upgrades remove the
 *   old version first, so a clash means two distributions own one file: an error by default).
 * On failure the files written so far are removed again.
 *
 * Uninstall: removes every file RECORD lists (paths that resolve outside the environment are
 * refused and reported, never followed), their `__pycache__` .pyc files, then folders left
 * empty, then the `.dist-info`.
 */
class WheelInstaller final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::WheelInstaller)

public:
    struct Options
    {
        bool requested = false;
        bool replace = false;
        QString installer = QStringLiteral("akari");
        std::function<bool()> isCancelled;
    };

    struct Installed
    {
        InstalledDistribution distribution;
        int filesLinked = 0;
        int filesWritten = 0; ///< scripts, launchers and the .dist-info files Akari writes
    };

    [[nodiscard]] static Result<Installed> install(const UnpackedWheel &wheel, const EnvironmentLayout &layout,
                                                   FileLinker &linker, const Options &options);

    [[nodiscard]] static Result<void> uninstall(const InstalledDistribution &distribution,
                                                const EnvironmentLayout &layout);
};

} // namespace Akari
