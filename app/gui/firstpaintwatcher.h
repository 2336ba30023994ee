// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QObject>

class QWidget;

namespace Akari
{

/**
 * \brief Calls back once, right after a window's first frame was painted.
 *
 * The window's first Paint event marks the frame; the callback is queued so it runs after
 * painting and flushing finished. It receives the milliseconds since the process started.
 */
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintWatcher)

public:
    using Callback = std::function<void(qint64 millisecondsSinceStart)>;
    FirstPaintWatcher(QWidget *window, Callback callback);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Callback m_callback;
};

} // namespace Akari
