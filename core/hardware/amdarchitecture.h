// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

namespace Akari
{

/// The 14 AMD GPU architectures uv knows (UV-TORCH-FACTS.md §3), in uv's comparison order:
/// gfx900 < gfx906 < … < gfx1201. Anything else (gfx000, gfx1036, …) is unknown to uv.
namespace AmdArchitecture
{
[[nodiscard]] const QStringList &known();
/// Position in known(), or -1 for an architecture uv does not know. Exact, lower-case match.
[[nodiscard]] int rank(QStringView architecture);
} // namespace AmdArchitecture

} // namespace Akari
