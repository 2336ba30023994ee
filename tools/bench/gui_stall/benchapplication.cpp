// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchapplication.h"

#include "loopmonitor.h"

namespace
{
thread_local bool t_guiThread = false;
/// Events delivered inside another one's handler (sendEvent, nested loops) are part of it.
thread_local int t_depth = 0;
} // namespace

BenchApplication::BenchApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    t_guiThread = true;
}

BenchApplication::~BenchApplication() = default;

bool BenchApplication::notify(QObject *receiver, QEvent *event)
{
    if (!t_guiThread || !m_monitor || t_depth > 0) {
        ++t_depth;
        const bool handled = QApplication::notify(receiver, event);
        --t_depth;
        return handled;
    }
    // Read before delivery: the receiver may be gone afterwards (DeferredDelete).
    const QEvent::Type type = event->type();
    const char *receiverClass = receiver ? receiver->metaObject()->className() : "";
    const LoopMonitor::Stamp started = m_monitor->eventStarted();
    ++t_depth;
    const bool handled = QApplication::notify(receiver, event);
    --t_depth;
    m_monitor->eventEnded(started, type, receiverClass);
    return handled;
}
