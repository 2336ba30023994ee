// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include "spread.h"

/**
 * \brief Scheduling latency: how late a 1 ms precise timer fires in the thread it lives in.
 *
 * A late firing was held up by whatever ran before it in this thread, but just as much by the
 * machine: a thread that waits for a free core fires late with nothing of ours running. So this
 * is a secondary figure, to be read against the same probe on an idle page; LoopMonitor measures
 * the GUI thread's own work.
 */
class StallProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallProbe)

public:
    explicit StallProbe(QObject *parent = nullptr);
    ~StallProbe() override;

    void start();
    void stop();
    /// Per firing: the time beyond the interval since the previous one.
    [[nodiscard]] Spread lateness() const { return Spread::of(m_lateNs); }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    QList<qint64> m_lateNs;
};
