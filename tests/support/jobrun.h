// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QVariant>

#include "core/error.h"

namespace Akari
{
class Job;
} // namespace Akari

namespace Akari::Test
{

/// How a job ended: the value it succeeded with, or its error (failed, cancelled or timed out).
struct JobOutcome
{
    QVariant value;
    std::optional<Error> error;
};

/// Starts \a job (owned by the caller) and waits up to \a timeoutMs for it to end.
[[nodiscard]] JobOutcome runToEnd(Job *job, int timeoutMs = 10000);

} // namespace Akari::Test
