// SPDX-License-Identifier: GPL-3.0-or-later
#include "stallprobe.h"

#include <algorithm>

namespace
{
constexpr int IntervalMs = 1;
constexpr qint64 IntervalNs = qint64(IntervalMs) * 1000 * 1000;
} // namespace

StallProbe::StallProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    m_clock.start();
}

StallProbe::~StallProbe()
{
    stop();
}

void StallProbe::start()
{
    m_lateNs.clear();
    m_lastTickNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallProbe::stop()
{
    m_timer.stop();
}

void StallProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_lateNs.append(std::max<qint64>(0, now - m_lastTickNs - IntervalNs));
    m_lastTickNs = now;
}
