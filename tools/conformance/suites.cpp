// SPDX-License-Identifier: GPL-3.0-or-later
#include "suites.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari::Conformance
{

namespace
{
QList<SuiteEntry> &registry()
{
    static QList<SuiteEntry> suites;
    return suites;
}
} // namespace

const QList<SuiteEntry> &allSuites()
{
    return registry();
}

void runKeyChecks(const QJsonObject &vectors, ConformanceReport &report,
                  std::initializer_list<std::pair<QString, KeyCheck>> checks)
{
    for (const auto &[key, check] : checks) {
        if (vectors.contains(key))
            check(vectors.value(key).toArray(), report);
    }
}

bool registerSuite(const QString &fileName, Suite suite)
{
    registry().append({fileName, std::move(suite)});
    return true;
}

} // namespace Akari::Conformance
