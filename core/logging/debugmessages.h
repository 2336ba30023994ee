// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Akari
{

/**
 * \brief Turns Akari's debug messages (every akari.* category) on or off for the process.
 *
 * They are off by default; the Log page's "Show debug messages" turns them on. A
 * QT_LOGGING_RULES environment variable still overrides this, as Qt documents.
 */
void setDebugMessagesEnabled(bool enabled);

} // namespace Akari
