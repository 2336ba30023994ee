// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Akari
{

/**
 * \brief Milliseconds since this process started, as the kernel recorded it.
 *
 * On Linux this counts from the kernel's process start time (/proc/self/stat, clock-tick
 * resolution, usually 10 ms), so dynamic loading and static initialisation are included.
 * Elsewhere it counts from the first call into this function, which the application
 * makes at the top of main().
 */
[[nodiscard]] qint64 millisecondsSinceProcessStart();

} // namespace Akari
