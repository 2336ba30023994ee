// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace Akari
{
class JobTracker;
} // namespace Akari

namespace Akari::Test
{

/// Writes <parent>/<name>/pyproject.toml; returns that folder, or an empty string when writing failed.
[[nodiscard]] QString writeProject(const QString &parent, const QString &name, const QByteArray &toml);

/// Makes <projectDirectory>/.venv with `python3 -m venv --without-pip` (the interpreter CMake found);
/// returns what went wrong, or an empty string on success.
[[nodiscard]] QString createVirtualEnvironment(const QString &projectDirectory);

/// Lets \a tracker run at least \a count jobs side by side even on a one-core machine, so a test
/// that holds one job back still sees the next one run. False when the tracker has no pool to widen.
[[nodiscard]] bool allowParallelJobs(JobTracker *tracker, int count = 4);

} // namespace Akari::Test
