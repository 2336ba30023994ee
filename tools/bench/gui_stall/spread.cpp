// SPDX-License-Identifier: GPL-3.0-or-later
#include "spread.h"

#include <algorithm>

namespace
{
constexpr double NsPerMs = 1e6;

double percentile(QList<qint64> &values, double fraction)
{
    const auto index = qsizetype(fraction * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + index, values.end());
    return double(values.at(index)) / NsPerMs;
}
} // namespace

Spread Spread::of(QList<qint64> durationsNs)
{
    Spread spread;
    spread.samples = durationsNs.size();
    if (durationsNs.isEmpty())
        return spread;
    spread.maxMs = double(*std::ranges::max_element(durationsNs)) / NsPerMs;
    spread.p99Ms = percentile(durationsNs, 0.99);
    spread.medianMs = percentile(durationsNs, 0.5);
    return spread;
}
