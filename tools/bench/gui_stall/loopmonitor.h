// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QElapsedTimer>
#include <QEvent>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include "spread.h"

/**
 * \brief How long the GUI thread works without going back to wait in its event loop, and the
 *        longest single event it handles.
 *
 * A busy period starts when the thread, having offered to block (the dispatcher's aboutToBlock),
 * is woken (awake) or starts handling an event, whichever comes first, and ends at the next
 * aboutToBlock. Both are needed: the glib dispatcher dispatches between aboutToBlock and awake,
 * the Unix one runs timers there. For each period the wall time and the thread's own CPU time
 * (CLOCK_THREAD_CPUTIME_ID) are kept: wall far above CPU means the thread waited for a core.
 * Top-level events come from BenchApplication::notify().
 */
class LoopMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopMonitor)

public:
    struct Figures
    {
        Spread busyWall;             ///< per busy period
        Spread busyCpu;              ///< per busy period, the thread's CPU time
        double longestBusyCpuMs = 0; ///< CPU time within the longest (wall) busy period
        double longestBusyEndMs = 0; ///< when it ended, from start()
        Spread events;               ///< per top-level event, wall
        double longestEventCpuMs = 0;
        QString longestEventType;     ///< e.g. "MetaCall"
        QString longestEventReceiver; ///< the receiver's class
        /// The event that used the most CPU time: what our code costs, whatever the machine does.
        double costliestEventCpuMs = 0;
        QString costliestEventType;
        QString costliestEventReceiver;
        /// Per event type and receiver class, the most CPU time in total first.
        struct Kind
        {
            QString type;
            QString receiver;
            qsizetype count = 0;
            double cpuMs = 0;
            double maxWallMs = 0;
        };
        QList<Kind> kinds;
        /// Each event that used at least SlowCpuMs of CPU time, with what the describer said after it.
        struct Slow
        {
            double atMs = 0; ///< when it ended, from start()
            double wallMs = 0;
            double cpuMs = 0;
            QString type;
            QString receiver;
            QString state;
        };
        QList<Slow> slow;
    };
    static constexpr double SlowCpuMs = 8;

    /// Hooks the dispatcher of the thread it is created in (the GUI thread).
    explicit LoopMonitor(QObject *parent = nullptr);
    ~LoopMonitor() override;

    /// What the page showed, asked for after each slow event (to tell which report it was).
    void setDescriber(std::function<QString()> describer) { m_describer = std::move(describer); }

    void start();
    void stop();
    [[nodiscard]] Figures figures() const;

    /// Time stamps of one top-level event (BenchApplication::notify()).
    struct Stamp
    {
        qint64 wallNs = 0;
        qint64 cpuNs = 0;
    };
    [[nodiscard]] Stamp eventStarted();
    void eventEnded(const Stamp &started, QEvent::Type type, const char *receiverClass);

private:
    [[nodiscard]] Stamp now() const;
    void wake(const Stamp &stamp);
    void aboutToBlock();

    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_busy = false;
    Stamp m_busySince;
    qint64 m_startNs = 0;
    QList<qint64> m_busyWallNs;
    QList<qint64> m_busyCpuNs;
    qint64 m_longestBusyNs = -1;
    qint64 m_longestBusyCpuNs = 0;
    qint64 m_longestBusyEndNs = 0;
    QList<qint64> m_eventNs;
    qint64 m_longestEventNs = -1;
    qint64 m_longestEventCpuNs = 0;
    QEvent::Type m_longestEventType = QEvent::None;
    const char *m_longestEventReceiver = "";
    struct Totals
    {
        qsizetype count = 0;
        qint64 cpuNs = 0;
        qint64 maxWallNs = 0;
    };
    QHash<QPair<int, const char *>, Totals> m_totals;
    std::function<QString()> m_describer;
    QList<Figures::Slow> m_slow;
    qint64 m_costliestEventCpuNs = -1;
    QEvent::Type m_costliestEventType = QEvent::None;
    const char *m_costliestEventReceiver = "";
};
