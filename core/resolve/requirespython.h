// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include "../pep/specifierset.h"
#include "../pep/version.h"

namespace Akari
{

/**
 * \brief Whether a package's Requires-Python admits a target Python, as uv checks it when resolving.
 *
 * Only the lower bound counts, as in uv (`RequiresPython::is_contained_by`): upper bounds are
 * mostly guesses about future Pythons (packse's python-less-than-current expects this), and
 * so are the implied ones of `==3.8.*`, `~=3.8.0` and the holes of `!=`. The lower bound is
 * compared with the target's release only, so a 3.14 release candidate satisfies `>=3.14`.
 */
class RequiresPython final
{
public:
    [[nodiscard]] static bool admits(const SpecifierSet &requiresPython, const Version &python);
    /// Unparsable text admits every Python (the index's data is not the user's fault).
    [[nodiscard]] static bool admits(QStringView requiresPython, const Version &python);
};

} // namespace Akari
