// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Akari
{

class Version;

/**
 * \brief The canonical form of a version string (pypa/packaging's `canonicalize_version`).
 *
 * A valid PEP 440 version is normalised ("1.0.DEV0" → "1.0.dev0"); with
 * \a stripTrailingZeros the release segment loses its trailing zeros ("1.4.0.0" → "1.4",
 * "1.0+abc" → "1+abc", at least one component stays), as PEP 625 and wheel file names compare
 * versions. An invalid version is returned unchanged. Pure function, safe on any thread.
 */
[[nodiscard]] QString canonicalizeVersion(QStringView version, bool stripTrailingZeros = true);

/// canonicalizeVersion() of an already parsed \a version.
[[nodiscard]] QString canonicalizeVersion(const Version &version, bool stripTrailingZeros = true);

} // namespace Akari
