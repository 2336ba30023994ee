// SPDX-License-Identifier: GPL-3.0-or-later
// A plan row written the way the widget tests read it: one backend id per platform, in the
// order the widgets show the platforms.
#pragma once

#include <QString>

#include "core/project/torchplan.h"

namespace Akari::Test
{

/// The backends of one package (or one variant) on Linux, Windows and macOS.
inline PlatformBackends row(const QString &onLinux, const QString &onWindows, const QString &onMacOs)
{
    PlatformBackends backends;
    backends.set(TargetPlatform::Os::Linux, onLinux);
    backends.set(TargetPlatform::Os::Windows, onWindows);
    backends.set(TargetPlatform::Os::MacOs, onMacOs);
    return backends;
}

} // namespace Akari::Test
