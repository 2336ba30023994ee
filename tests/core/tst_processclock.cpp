// SPDX-License-Identifier: GPL-3.0-or-later
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include "core/system/processclock.h"

using namespace Qt::Literals::StringLiterals;

namespace
{
// The kernel records the start in clock ticks (10 ms on usual kernels), so readings may be
// off by a tick plus scheduling noise. This is a correctness bound, not a speed target.
constexpr qint64 ToleranceMs = 60;

// Started while this executable's static objects are constructed, i.e. just before main().
const QElapsedTimer s_sinceLoad = [] {
    QElapsedTimer timer;
    timer.start();
    return timer;
}();
} // namespace

class TestProcessClock final : public QObject
{
    Q_OBJECT

private slots:
    void shouldCountFromProcessStartNotFromFirstCall();
    void shouldNeverBeNegative();
    void shouldNeverGoBackwards();
    void shouldAdvanceWithWallTime_data();
    void shouldAdvanceWithWallTime();
};

void TestProcessClock::shouldCountFromProcessStartNotFromFirstCall()
{
    // Nothing has asked the clock yet. Let time pass first: a clock that started at its
    // first call would now say about 0, one counting from boot far more than the process age.
    QThread::msleep(300);
    const qint64 first = Akari::millisecondsSinceProcessStart();
    const qint64 sinceLoad = s_sinceLoad.elapsed();
    QVERIFY(sinceLoad >= 300);
    QVERIFY2(first >= sinceLoad - ToleranceMs,
             qPrintable(u"%1 ms, but main() began %2 ms ago"_s.arg(first).arg(sinceLoad)));
    QVERIFY2(first <= sinceLoad + 5'000, qPrintable(u"%1 ms, but main() began %2 ms ago"_s.arg(first).arg(sinceLoad)));
}

void TestProcessClock::shouldNeverBeNegative()
{
    QVERIFY(Akari::millisecondsSinceProcessStart() >= 0);
}

void TestProcessClock::shouldNeverGoBackwards()
{
    qint64 previous = Akari::millisecondsSinceProcessStart();
    for (int i = 0; i < 2000; ++i) {
        const qint64 now = Akari::millisecondsSinceProcessStart();
        QVERIFY2(now >= previous, qPrintable(u"%1 after %2"_s.arg(now).arg(previous)));
        previous = now;
        if (i % 200 == 0)
            QThread::usleep(500);
    }
}

void TestProcessClock::shouldAdvanceWithWallTime_data()
{
    QTest::addColumn<int>("sleepMs");
    QTest::newRow("200 ms") << 200;
    QTest::newRow("450 ms") << 450;
}

void TestProcessClock::shouldAdvanceWithWallTime()
{
    QFETCH(int, sleepMs);
    QElapsedTimer wall;
    const qint64 before = Akari::millisecondsSinceProcessStart();
    wall.start();
    QThread::msleep(static_cast<unsigned long>(sleepMs));
    const qint64 elapsed = wall.elapsed();
    const qint64 advanced = Akari::millisecondsSinceProcessStart() - before;
    QVERIFY(elapsed >= sleepMs);
    QVERIFY2(qAbs(advanced - elapsed) <= ToleranceMs,
             qPrintable(u"the clock advanced %1 ms while %2 ms passed"_s.arg(advanced).arg(elapsed)));
}

QTEST_GUILESS_MAIN(TestProcessClock)
#include "tst_processclock.moc"
