// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "packsescenario.h"

namespace Akari::Conformance
{

class ConformanceReport;

/**
 * \brief Runs packse scenarios through Akari's Resolver and compares the outcome with the
 *        scenario's `expected`: satisfiable or not, the exact pins when listed, and an
 *        explanation naming the conflicting packages when unsatisfiable.
 *
 * Scenarios that need universal resolution (one lock for every platform and Python) are
 * excluded with that reason: Akari resolves for one target environment. The target is
 * CPython (resolver_options.python, else environment.python) on Linux x86_64 with glibc 2.35,
 * or glibc 2.17 for `python_platform = "x86_64-manylinux2014"`.
 */
class PackseRunner final
{
public:
    /// \a verbose prints every scenario's outcome (pins or explanation) to stdout.
    static void run(const QList<PackseScenario> &scenarios, ConformanceReport &report, bool verbose = false);

private:
    static void runOne(const PackseScenario &scenario, ConformanceReport &report, bool verbose);
};

} // namespace Akari::Conformance
