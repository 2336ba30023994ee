// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopmonitor.h"

#include <algorithm>
#include <ctime>

#include <QAbstractEventDispatcher>
#include <QMetaEnum>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr double NsPerMs = 1e6;
constexpr qint64 NsPerSecond = 1000 * 1000 * 1000;

/// CPU time this thread has used (Linux, and other POSIX systems with thread CPU clocks).
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * NsPerSecond + now.tv_nsec;
}

QString typeName(QEvent::Type type)
{
    const char *key = QMetaEnum::fromType<QEvent::Type>().valueToKey(type);
    return key ? QString::fromLatin1(key) : QString::number(int(type));
}
} // namespace

LoopMonitor::LoopMonitor(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance(thread());
    Q_ASSERT(dispatcher);
    // Direct: the signals come from this thread's dispatcher and must be stamped at once.
    connect(
        dispatcher, &QAbstractEventDispatcher::awake, this, [this] { wake(now()); }, Qt::DirectConnection);
    connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &LoopMonitor::aboutToBlock,
            Qt::DirectConnection);
}

LoopMonitor::~LoopMonitor() = default;

LoopMonitor::Stamp LoopMonitor::now() const
{
    return {m_clock.nsecsElapsed(), threadCpuNs()};
}

void LoopMonitor::start()
{
    m_busyWallNs.clear();
    m_busyCpuNs.clear();
    m_eventNs.clear();
    m_longestBusyNs = -1;
    m_longestBusyCpuNs = 0;
    m_longestEventNs = -1;
    m_longestEventCpuNs = 0;
    m_longestEventType = QEvent::None;
    m_longestEventReceiver = "";
    m_totals.clear();
    m_slow.clear();
    m_costliestEventCpuNs = -1;
    m_costliestEventType = QEvent::None;
    m_costliestEventReceiver = "";
    m_busySince = now();
    m_startNs = m_busySince.wallNs;
    m_longestBusyEndNs = m_startNs;
    m_busy = true; // called from code the event loop runs: the thread is busy now
    m_running = true;
}

void LoopMonitor::stop()
{
    aboutToBlock(); // the period stop() is called in counts up to here
    m_running = false;
}

void LoopMonitor::wake(const Stamp &stamp)
{
    if (m_running && !m_busy) {
        m_busy = true;
        m_busySince = stamp;
    }
}

void LoopMonitor::aboutToBlock()
{
    if (!m_running || !m_busy)
        return;
    m_busy = false;
    const Stamp end = now();
    const qint64 wall = end.wallNs - m_busySince.wallNs;
    const qint64 cpu = end.cpuNs - m_busySince.cpuNs;
    m_busyWallNs.append(wall);
    m_busyCpuNs.append(cpu);
    if (wall > m_longestBusyNs) {
        m_longestBusyNs = wall;
        m_longestBusyCpuNs = cpu;
        m_longestBusyEndNs = end.wallNs;
    }
}

LoopMonitor::Stamp LoopMonitor::eventStarted()
{
    const Stamp stamp = now();
    wake(stamp);
    return stamp;
}

void LoopMonitor::eventEnded(const Stamp &started, QEvent::Type type, const char *receiverClass)
{
    if (!m_running)
        return;
    const Stamp end = now();
    const qint64 wall = end.wallNs - started.wallNs;
    m_eventNs.append(wall);
    if (wall > m_longestEventNs) {
        m_longestEventNs = wall;
        m_longestEventCpuNs = end.cpuNs - started.cpuNs;
        m_longestEventType = type;
        m_longestEventReceiver = receiverClass;
    }
    const qint64 cpu = end.cpuNs - started.cpuNs;
    Totals &totals = m_totals[qMakePair(int(type), receiverClass)];
    ++totals.count;
    totals.cpuNs += cpu;
    totals.maxWallNs = std::max(totals.maxWallNs, wall);
    if (double(cpu) / NsPerMs >= SlowCpuMs) {
        m_slow.append({double(end.wallNs - m_startNs) / NsPerMs, double(wall) / NsPerMs, double(cpu) / NsPerMs,
                       typeName(type), QString::fromLatin1(receiverClass), m_describer ? m_describer() : QString()});
    }
    if (cpu > m_costliestEventCpuNs) {
        m_costliestEventCpuNs = cpu;
        m_costliestEventType = type;
        m_costliestEventReceiver = receiverClass;
    }
}

LoopMonitor::Figures LoopMonitor::figures() const
{
    Figures figures;
    figures.busyWall = Spread::of(m_busyWallNs);
    figures.busyCpu = Spread::of(m_busyCpuNs);
    figures.longestBusyCpuMs = double(m_longestBusyCpuNs) / NsPerMs;
    figures.longestBusyEndMs = double(m_longestBusyEndNs - m_startNs) / NsPerMs;
    figures.events = Spread::of(m_eventNs);
    figures.longestEventCpuMs = double(m_longestEventCpuNs) / NsPerMs;
    if (m_longestEventNs >= 0) {
        figures.longestEventType = typeName(m_longestEventType);
        figures.longestEventReceiver = QString::fromLatin1(m_longestEventReceiver);
        figures.costliestEventCpuMs = double(m_costliestEventCpuNs) / NsPerMs;
        figures.costliestEventType = typeName(m_costliestEventType);
        figures.costliestEventReceiver = QString::fromLatin1(m_costliestEventReceiver);
    }
    for (auto it = m_totals.begin(); it != m_totals.end(); ++it) {
        figures.kinds.append({typeName(QEvent::Type(it.key().first)), QString::fromLatin1(it.key().second),
                              it.value().count, double(it.value().cpuNs) / NsPerMs,
                              double(it.value().maxWallNs) / NsPerMs});
    }
    figures.slow = m_slow;
    std::ranges::sort(figures.kinds, [](const Figures::Kind &a, const Figures::Kind &b) { return a.cpuMs > b.cpuMs; });
    return figures;
}
