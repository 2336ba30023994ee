// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobprogress.h"

#include <algorithm>

namespace Akari
{

double JobProgress::fraction() const
{
    const auto ratio = [](qint64 done, qint64 total) {
        return std::clamp(static_cast<double>(done) / static_cast<double>(total), 0.0, 1.0);
    };
    if (bytesTotal > 0)
        return ratio(bytesDone, bytesTotal);
    if (stepsTotal > 0)
        return ratio(stepsDone, stepsTotal);
    return -1.0;
}

} // namespace Akari
