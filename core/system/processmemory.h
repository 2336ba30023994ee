// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Akari
{

/// The most resident memory this process has used so far, in bytes; -1 where the OS does not say.
[[nodiscard]] qint64 peakResidentBytes();

} // namespace Akari
