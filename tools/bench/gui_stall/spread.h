// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

/// Max, 99th percentile and median of a set of durations, in milliseconds.
struct Spread
{
    double maxMs = 0;
    double p99Ms = 0;
    double medianMs = 0;
    qsizetype samples = 0;

    /// \a durationsNs: one value per sample, in nanoseconds (taken by value: it is reordered).
    [[nodiscard]] static Spread of(QList<qint64> durationsNs);
};
