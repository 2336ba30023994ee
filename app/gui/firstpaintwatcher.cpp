// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaintwatcher.h"

#include <utility>

#include <QEvent>
#include <QWidget>

#include "core/system/processclock.h"

namespace Akari
{

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, Callback callback)
    : QObject(window)
    , m_callback(std::move(callback))
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_callback) {
        QMetaObject::invokeMethod(
            this, [callback = std::exchange(m_callback, {})] { callback(millisecondsSinceProcessStart()); },
            Qt::QueuedConnection);
        watched->removeEventFilter(this);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Akari
