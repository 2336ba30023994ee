// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobtracker.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Job;
using Akari::JobContext;
using Akari::JobTracker;
using Akari::Result;

namespace
{
constexpr int PromptMs = 5'000;

// A job whose work waits until the test opens \a gate (or cancels), then succeeds.
Job *gatedJob(const QString &title, std::shared_ptr<QSemaphore> gate)
{
    return new Job(title, [gate](JobContext &context) -> Result<QVariant> {
        const QDeadlineTimer deadline(60'000);
        while (!gate->tryAcquire(1, 5)) {
            if (context.isCancelled())
                return Akari::fail(Error::cancelled());
            if (deadline.hasExpired())
                return Akari::fail({Error::Code::Internal, u"gate never opened"_s});
        }
        return QVariant(true);
    });
}
} // namespace

class TestJobTracker final : public QObject
{
    Q_OBJECT

private slots:
    void shouldTrackJobUntilItFinishes();
    void shouldStayBusyUntilLastJobFinishes();
    void shouldCancelAllRunningJobs();
    void shouldTrackJobCancelledBeforeRun();
    void shouldAskWorkToStopWhenDestroyed();
    void shouldForgetJobDeletedBeforeItFinished();
};

void TestJobTracker::shouldTrackJobUntilItFinishes()
{
    JobTracker tracker;
    QSignalSpy busy(&tracker, &JobTracker::busyChanged);
    QSignalSpy started(&tracker, &JobTracker::jobStarted);
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    QVERIFY(!tracker.isBusy());
    QVERIFY(tracker.runningJobs().isEmpty());

    auto gate = std::make_shared<QSemaphore>();
    Job *job = gatedJob(u"one"_s, gate);
    const QPointer<Job> guard(job);
    QCOMPARE(tracker.run(job), job);

    QCOMPARE(job->parent(), &tracker);
    QVERIFY(job->isRunning());
    QVERIFY(tracker.isBusy());
    QCOMPARE(tracker.runningJobs(), QList<Job *>{job});
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<Job *>(), job);
    QCOMPARE(busy.count(), 1);
    QCOMPARE(busy.first().first().toBool(), true);

    gate->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, PromptMs);
    QVERIFY(!tracker.isBusy());
    QVERIFY(tracker.runningJobs().isEmpty());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
    QTRY_VERIFY2(guard.isNull(), "a finished job must be deleted");
}

void TestJobTracker::shouldStayBusyUntilLastJobFinishes()
{
    JobTracker tracker;
    QSignalSpy busy(&tracker, &JobTracker::busyChanged);
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    auto firstGate = std::make_shared<QSemaphore>();
    auto secondGate = std::make_shared<QSemaphore>();
    Job *first = tracker.run(gatedJob(u"first"_s, firstGate));
    Job *second = tracker.run(gatedJob(u"second"_s, secondGate));
    QCOMPARE(tracker.runningJobs(), (QList<Job *>{first, second}));
    QCOMPARE(busy.count(), 1);

    firstGate->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, PromptMs);
    QVERIFY(tracker.isBusy());
    QCOMPARE(tracker.runningJobs(), QList<Job *>{second});
    QCOMPARE(busy.count(), 1);

    secondGate->release();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, PromptMs);
    QVERIFY(!tracker.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
}

void TestJobTracker::shouldCancelAllRunningJobs()
{
    JobTracker tracker;
    QSignalSpy busy(&tracker, &JobTracker::busyChanged);
    auto neverOpened = std::make_shared<QSemaphore>();
    QList<QPointer<Job>> guards;
    int cancelledCount = 0;
    for (int i = 0; i < 3; ++i) {
        Job *job = gatedJob(u"job %1"_s.arg(i), neverOpened);
        connect(job, &Job::cancelled, this, [&cancelledCount] { ++cancelledCount; });
        guards.append(tracker.run(job));
    }
    QCOMPARE(tracker.runningJobs().size(), 3);

    QElapsedTimer clock;
    clock.start();
    tracker.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(cancelledCount, 3, PromptMs);
    QVERIFY(clock.elapsed() < PromptMs);
    QVERIFY(!tracker.isBusy());
    QCOMPARE(busy.count(), 2);
    for (const QPointer<Job> &guard : std::as_const(guards))
        QTRY_VERIFY(guard.isNull());
}

void TestJobTracker::shouldTrackJobCancelledBeforeRun()
{
    // Such a job finishes inside run(); the tracker must still end up idle and delete it.
    JobTracker tracker;
    QSignalSpy busy(&tracker, &JobTracker::busyChanged);
    QSignalSpy finished(&tracker, &JobTracker::jobFinished);
    Job *job = gatedJob(u"doomed"_s, std::make_shared<QSemaphore>());
    const QPointer<Job> guard(job);
    job->cancel();
    tracker.run(job);

    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!tracker.isBusy());
    QVERIFY(tracker.runningJobs().isEmpty());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.first().first().toBool(), true);
    QCOMPARE(busy.last().first().toBool(), false);
    QTRY_VERIFY(guard.isNull());
}

void TestJobTracker::shouldAskWorkToStopWhenDestroyed()
{
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto running = std::make_shared<std::atomic_bool>(false);
    auto tracker = std::make_unique<JobTracker>();
    tracker->run(new Job(u"endless"_s, [sawCancel, running](JobContext &context) -> Result<QVariant> {
        running->store(true);
        const QDeadlineTimer deadline(60'000);
        while (!context.isCancelled() && !deadline.hasExpired())
            QThread::msleep(1);
        sawCancel->store(context.isCancelled());
        running->store(false);
        return Akari::fail(Error::cancelled());
    }));
    QTRY_VERIFY(running->load());

    QElapsedTimer clock;
    clock.start();
    tracker.reset();
    QVERIFY2(clock.elapsed() < PromptMs, "destroying the tracker waited for a work that was never asked to stop");
    QTRY_VERIFY_WITH_TIMEOUT(!running->load(), PromptMs);
    QVERIFY(sawCancel->load());
}

void TestJobTracker::shouldForgetJobDeletedBeforeItFinished()
{
    JobTracker tracker;
    QSignalSpy busy(&tracker, &JobTracker::busyChanged);
    Job *job = tracker.run(new Job(u"doomed"_s, [](JobContext &context) -> Result<QVariant> {
        while (!context.isCancelled())
            QThread::msleep(1);
        return Akari::fail(Error::cancelled());
    }));
    QVERIFY(tracker.isBusy());
    delete job; // someone else deletes it: no finished() will ever come
    QVERIFY(!tracker.isBusy());
    QVERIFY(tracker.runningJobs().isEmpty());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.last().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
