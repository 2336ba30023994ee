// SPDX-License-Identifier: GPL-3.0-or-later
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

// Each suite lives in its own file; register it here as it lands.
const QList<SuiteEntry> &allSuites()
{
    static const QList<SuiteEntry> suites{};
    return suites;
}

} // namespace Akari::Conformance
