// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

class LoopMonitor;

/// QApplication that times each top-level event handled in the GUI thread for a LoopMonitor.
class BenchApplication final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BenchApplication)

public:
    BenchApplication(int &argc, char **argv);
    ~BenchApplication() override;

    /// Null: nothing is timed.
    void setMonitor(LoopMonitor *monitor) { m_monitor = monitor; }

    bool notify(QObject *receiver, QEvent *event) override;

private:
    LoopMonitor *m_monitor = nullptr;
};
