// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Akari
{

/// Akari's version, e.g. "0.1.0".
[[nodiscard]] QString applicationVersion();
/// The libraries Akari runs on with their versions, e.g. "Qt 6.4.2, toml++ 3.3.0" (not translated).
[[nodiscard]] QString libraryVersions();

} // namespace Akari
