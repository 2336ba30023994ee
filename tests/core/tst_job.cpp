// SPDX-License-Identifier: GPL-3.0-or-later
#include <atomic>
#include <memory>
#include <stdexcept>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Error;
using Akari::Job;
using Akari::JobContext;
using Akari::JobProgress;
using Akari::Result;

namespace
{
// How long a "runs until cancelled" work would go on if cancellation never reached it.
constexpr int RunawayMs = 60'000;
// How long the tests allow for a cancelled work to notice and for its job to finish.
constexpr int PromptMs = 5'000;

enum class Ending
{
    Value,
    Failure,
    CancelledError,
};

// Loops until cancelled (or RunawayMs), reporting progress, then ends as \a ending says.
Job::Work untilCancelled(std::shared_ptr<std::atomic_bool> running, std::shared_ptr<std::atomic_bool> sawCancel,
                         Ending ending = Ending::CancelledError)
{
    return [running, sawCancel, ending](JobContext &context) -> Result<QVariant> {
        running->store(true);
        const QDeadlineTimer deadline(RunawayMs);
        qint64 step = 0;
        while (!context.isCancelled() && !deadline.hasExpired()) {
            context.reportProgress({.phase = u"Looping"_s, .stepsDone = ++step});
            QThread::usleep(200);
        }
        sawCancel->store(context.isCancelled());
        running->store(false);
        if (ending == Ending::Value)
            return QVariant(42);
        return Akari::fail(ending == Ending::Failure ? Error(Error::Code::Io, u"disk gone"_s) : Error::cancelled());
    };
}
} // namespace

class TestJob final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shouldRunWorkOnAnotherThread();
    void shouldDeliverProgressOnOwningThread();
    void shouldCoalesceProgressWhileOwnerIsBusy();
    void shouldCoalesceProgressWhileOwnerIsListening();
    void shouldStopPromptlyWhenCancelled_data();
    void shouldStopPromptlyWhenCancelled();
    void shouldNotRunWorkCancelledBeforeStart();
    void shouldTurnExceptionIntoInternalFailure_data();
    void shouldTurnExceptionIntoInternalFailure();
    void shouldReportFailureReturnedByWork();
    void shouldDeliverTypedResult();
    void shouldEmitSignalsInOrder_data();
    void shouldEmitSignalsInOrder();
    void shouldIgnoreSecondStart();
    void shouldNeitherCrashNorBlockWhenDeletedWhileRunning();
    void shouldKeepResultWhenCancelArrivesAfterWorkEnded();
    void shouldNotRunWorkCancelledWhileQueued();

private:
    std::unique_ptr<QThreadPool> m_pool;
};

void TestJob::init()
{
    m_pool = std::make_unique<QThreadPool>();
    m_pool->setMaxThreadCount(4);
}

void TestJob::cleanup()
{
    // No work may outlive its test; a stuck one would show up here rather than later.
    QVERIFY(m_pool->waitForDone(PromptMs));
    m_pool.reset();
}

void TestJob::shouldRunWorkOnAnotherThread()
{
    auto workThread = std::make_shared<std::atomic<QThread *>>(nullptr);
    std::unique_ptr<Job> job(Job::create<int>(u"thread check"_s, [workThread](JobContext &) -> Result<int> {
        workThread->store(QThread::currentThread());
        return 7;
    }));
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    job->start(m_pool.get());

    QTRY_COMPARE(succeeded.count(), 1);
    QVERIFY(workThread->load() != nullptr);
    QVERIFY(workThread->load() != QThread::currentThread());
    QVERIFY(workThread->load() != job->thread());
    QCOMPARE(job->state(), Job::State::Succeeded);
}

void TestJob::shouldDeliverProgressOnOwningThread()
{
    const JobProgress reported{.phase = u"Downloading"_s,
                               .item = u"torch-2.7.0+cu128-cp312-cp312-linux_x86_64.whl"_s,
                               .bytesDone = 512,
                               .bytesTotal = 1024,
                               .stepsDone = 1,
                               .stepsTotal = 3};
    std::unique_ptr<Job> job(new Job(u"progress"_s, [reported](JobContext &context) -> Result<QVariant> {
        context.reportProgress(reported);
        return QVariant();
    }));

    QList<QThread *> slotThreads;
    QList<JobProgress> delivered;
    connect(job.get(), &Job::progressChanged, this, [&](const JobProgress &progress) {
        slotThreads.append(QThread::currentThread());
        delivered.append(progress);
    });
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first(), reported);
    QCOMPARE(slotThreads.first(), QThread::currentThread());
    QCOMPARE(job->progress(), reported);
}

void TestJob::shouldCoalesceProgressWhileOwnerIsBusy()
{
    // The owner's thread does not look at its events until the work is done: every report
    // after the first must fold into the one delivery already queued.
    constexpr qint64 Reports = 100'000;
    auto reportsDone = std::make_shared<QSemaphore>();
    std::unique_ptr<Job> job(new Job(u"busy owner"_s, [reportsDone](JobContext &context) -> Result<QVariant> {
        for (qint64 i = 1; i <= Reports; ++i)
            context.reportProgress({.phase = u"Counting"_s, .stepsDone = i, .stepsTotal = Reports});
        reportsDone->release();
        return QVariant();
    }));
    QSignalSpy progress(job.get(), &Job::progressChanged);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());

    QVERIFY(reportsDone->tryAcquire(1, PromptMs));
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(progress.count(), 1);
    QCOMPARE(progress.first().first().value<JobProgress>().stepsDone, Reports);
}

void TestJob::shouldCoalesceProgressWhileOwnerIsListening()
{
    constexpr qint64 Reports = 100'000;
    const JobProgress last{.phase = u"Counting"_s, .item = u"last"_s, .stepsDone = Reports, .stepsTotal = Reports};
    std::unique_ptr<Job> job(new Job(u"listening owner"_s, [last](JobContext &context) -> Result<QVariant> {
        for (qint64 i = 1; i < Reports; ++i)
            context.reportProgress({.phase = u"Counting"_s, .stepsDone = i, .stepsTotal = Reports});
        context.reportProgress(last);
        return QVariant();
    }));
    QSignalSpy progress(job.get(), &Job::progressChanged);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());

    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(progress.count() >= 1);
    QVERIFY2(progress.count() <= Reports / 10,
             qPrintable(u"%1 signals for %2 reports"_s.arg(progress.count()).arg(Reports)));
    QCOMPARE(progress.last().first().value<JobProgress>(), last);
    // Deliveries never go backwards.
    qint64 previous = 0;
    for (const QList<QVariant> &arguments : std::as_const(progress)) {
        const qint64 done = arguments.first().value<JobProgress>().stepsDone;
        QVERIFY(done > previous);
        previous = done;
    }
}

void TestJob::shouldStopPromptlyWhenCancelled_data()
{
    QTest::addColumn<Ending>("ending");
    QTest::newRow("work returns the cancellation error") << Ending::CancelledError;
    QTest::newRow("work returns a value anyway") << Ending::Value;
    QTest::newRow("work returns another failure") << Ending::Failure;
}

void TestJob::shouldStopPromptlyWhenCancelled()
{
    QFETCH(Ending, ending);
    auto running = std::make_shared<std::atomic_bool>(false);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<Job> job(new Job(u"endless"_s, untilCancelled(running, sawCancel, ending)));
    QSignalSpy cancelled(job.get(), &Job::cancelled);
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    QSignalSpy failed(job.get(), &Job::failed);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());
    QTRY_VERIFY(running->load());
    QVERIFY(job->isRunning());

    QElapsedTimer clock;
    clock.start();
    job->cancel();
    QVERIFY(job->isCancellationRequested());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, PromptMs);
    QVERIFY2(clock.elapsed() < PromptMs, "the work did not stop promptly");

    QVERIFY(sawCancel->load());
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(job->state(), Job::State::Cancelled);
    QCOMPARE(finished.first().first().value<Job::State>(), Job::State::Cancelled);
    QCOMPARE(job->error().code(), Error::Code::Cancelled);
    QVERIFY(job->isFinished());
    QVERIFY(!job->result().isValid());
}

void TestJob::shouldNotRunWorkCancelledBeforeStart()
{
    auto ran = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<Job> job(new Job(u"never"_s, [ran](JobContext &) -> Result<QVariant> {
        ran->store(true);
        return QVariant(1);
    }));
    QSignalSpy cancelled(job.get(), &Job::cancelled);
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    QSignalSpy finished(job.get(), &Job::finished);

    job->cancel();
    job->start(m_pool.get());
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(m_pool->waitForDone(PromptMs));
    QTest::qWait(20); // anything queued by a (wrongly) started work would arrive now

    QVERIFY(!ran->load());
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(finished.count(), 1); // the work did not end the job a second time
    QCOMPARE(job->state(), Job::State::Cancelled);
    QCOMPARE(job->error().code(), Error::Code::Cancelled);
}

void TestJob::shouldTurnExceptionIntoInternalFailure_data()
{
    QTest::addColumn<bool>("standard");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("std::runtime_error") << true << u"disk on fire"_s;
    QTest::newRow("throw 42") << false << u"exploding job"_s; // nothing to quote but the job's title
}

void TestJob::shouldTurnExceptionIntoInternalFailure()
{
    QFETCH(bool, standard);
    QFETCH(QString, expectedText);
    std::unique_ptr<Job> job(new Job(u"exploding job"_s, [standard](JobContext &) -> Result<QVariant> {
        if (standard)
            throw std::runtime_error("disk on fire");
        throw 42;
    }));
    QSignalSpy failed(job.get(), &Job::failed);
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(succeeded.count(), 0);
    QCOMPARE(failed.count(), 1);
    const Error error = failed.first().first().value<Error>();
    QCOMPARE(error.code(), Error::Code::Internal);
    QVERIFY2(error.message().contains(expectedText), qPrintable(error.message()));
    QCOMPARE(job->state(), Job::State::Failed);
    QCOMPARE(job->error(), error);
}

void TestJob::shouldReportFailureReturnedByWork()
{
    const Error expected(Error::Code::Parse, u"unexpected '='"_s, u"/p/pyproject.toml"_s, 3, 9);
    std::unique_ptr<Job> job(Job::create<QString>(
        u"parse"_s, [expected](JobContext &) -> Result<QString> { return Akari::fail(expected); }));
    QSignalSpy failed(job.get(), &Job::failed);
    QSignalSpy cancelled(job.get(), &Job::cancelled);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(cancelled.count(), 0);
    QCOMPARE(failed.first().first().value<Error>(), expected);
    QCOMPARE(job->error(), expected);
    QCOMPARE(job->state(), Job::State::Failed);
    QCOMPARE(finished.first().first().value<Job::State>(), Job::State::Failed);
}

void TestJob::shouldDeliverTypedResult()
{
    const QStringList expected{u"numpy 2.1.0"_s, u"torch 2.7.0+cu128"_s};
    std::unique_ptr<Job> job(
        Job::create<QStringList>(u"typed"_s, [expected](JobContext &) -> Result<QStringList> { return expected; }));
    QCOMPARE(job->state(), Job::State::Ready);
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    job->start(m_pool.get());

    QTRY_COMPARE(succeeded.count(), 1);
    const QVariant value = succeeded.first().first();
    QCOMPARE(value.metaType(), QMetaType::fromType<QStringList>());
    QCOMPARE(value.value<QStringList>(), expected);
    QCOMPARE(job->result().value<QStringList>(), expected);
}

void TestJob::shouldEmitSignalsInOrder_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("terminal");
    QTest::newRow("success") << u"value"_s << u"succeeded"_s;
    QTest::newRow("failure") << u"fail"_s << u"failed"_s;
    QTest::newRow("exception") << u"throw"_s << u"failed"_s;
    QTest::newRow("cancellation") << u"cancel"_s << u"cancelled"_s;
}

void TestJob::shouldEmitSignalsInOrder()
{
    QFETCH(QString, outcome);
    QFETCH(QString, terminal);
    std::unique_ptr<Job> job(new Job(u"ordered"_s, [outcome](JobContext &context) -> Result<QVariant> {
        for (int i = 1; i <= 5; ++i) {
            context.reportProgress({.stepsDone = i, .stepsTotal = 5});
            QThread::msleep(5);
        }
        if (outcome == u"fail")
            return Akari::fail({Error::Code::Io, u"no"_s});
        if (outcome == u"throw")
            throw std::logic_error("bug");
        if (outcome == u"cancel") {
            while (!context.isCancelled())
                QThread::msleep(1);
            return Akari::fail(Error::cancelled());
        }
        return QVariant(u"done"_s);
    }));

    QStringList events;
    connect(job.get(), &Job::started, this, [&] { events.append(u"started"_s); });
    connect(job.get(), &Job::progressChanged, this, [&] { events.append(u"progress"_s); });
    connect(job.get(), &Job::succeeded, this, [&] { events.append(u"succeeded"_s); });
    connect(job.get(), &Job::failed, this, [&] { events.append(u"failed"_s); });
    connect(job.get(), &Job::cancelled, this, [&] { events.append(u"cancelled"_s); });
    connect(job.get(), &Job::finished, this, [&] { events.append(u"finished"_s); });
    job->start(m_pool.get());
    if (outcome == u"cancel") {
        QTRY_VERIFY(events.contains(u"progress"_s));
        job->cancel();
    }
    QTRY_VERIFY(events.contains(u"finished"_s));
    QTest::qWait(20); // nothing may follow finished()

    QVERIFY(events.size() >= 3);
    QCOMPARE(events.first(), u"started"_s);
    QCOMPARE(events.at(events.size() - 2), terminal);
    QCOMPARE(events.last(), u"finished"_s);
    for (qsizetype i = 1; i < events.size() - 2; ++i)
        QCOMPARE(events.at(i), u"progress"_s);
    QVERIFY(events.contains(u"progress"_s));
}

void TestJob::shouldIgnoreSecondStart()
{
    auto runs = std::make_shared<std::atomic_int>(0);
    std::unique_ptr<Job> job(new Job(u"once"_s, [runs](JobContext &) -> Result<QVariant> {
        ++*runs;
        return QVariant();
    }));
    QSignalSpy started(job.get(), &Job::started);
    QSignalSpy finished(job.get(), &Job::finished);
    job->start(m_pool.get());
    job->start(m_pool.get());
    QTRY_COMPARE(finished.count(), 1);
    job->start(m_pool.get());
    QVERIFY(m_pool->waitForDone(PromptMs));
    QTest::qWait(20);

    QCOMPARE(runs->load(), 1);
    QCOMPARE(started.count(), 1);
    QCOMPARE(finished.count(), 1);
}

void TestJob::shouldNeitherCrashNorBlockWhenDeletedWhileRunning()
{
    auto running = std::make_shared<std::atomic_bool>(false);
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto *job = new Job(u"orphan"_s, untilCancelled(running, sawCancel));
    const QPointer<Job> guard(job);
    job->start(m_pool.get());
    QTRY_VERIFY(running->load());
    QTest::qWait(10); // reports every 200 µs: a delivery is all but sure to be queued when the job dies

    QElapsedTimer clock;
    clock.start();
    delete job;
    QVERIFY2(clock.elapsed() < 1000, "deleting a running job blocked");
    QVERIFY(guard.isNull());

    // The work notices and ends on its own; what it posts must not reach the dead job.
    QTRY_VERIFY_WITH_TIMEOUT(!running->load(), PromptMs);
    QVERIFY(sawCancel->load());
    QVERIFY(m_pool->waitForDone(PromptMs));
    QTest::qWait(50); // queued deliveries for the dead job would run (and crash) here
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"

void TestJob::shouldKeepResultWhenCancelArrivesAfterWorkEnded()
{
    auto ended = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<Job> job(Job::create<int>(u"quick"_s, [ended](JobContext &) -> Result<int> {
        ended->store(true);
        return 42;
    }));
    QSignalSpy succeeded(job.get(), &Job::succeeded);
    job->start(m_pool.get());
    // The work has returned, but its result has not been delivered: no event was processed.
    const QDeadlineTimer deadline(PromptMs);
    while (!ended->load() && !deadline.hasExpired())
        QThread::msleep(1);
    QVERIFY(ended->load());
    m_pool->waitForDone(PromptMs);
    job->cancel();
    QTRY_COMPARE(succeeded.count(), 1);
    QCOMPARE(succeeded.first().first().toInt(), 42);
    QCOMPARE(job->state(), Job::State::Succeeded);
}

void TestJob::shouldNotRunWorkCancelledWhileQueued()
{
    m_pool->setMaxThreadCount(1);
    QSemaphore release;
    auto blockerRunning = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<Job> blocker(new Job(u"blocker"_s, [&release, blockerRunning](JobContext &) -> Result<QVariant> {
        blockerRunning->store(true);
        release.acquire();
        return QVariant(1);
    }));
    auto queuedRan = std::make_shared<std::atomic_bool>(false);
    std::unique_ptr<Job> queued(new Job(u"queued"_s, [queuedRan](JobContext &) -> Result<QVariant> {
        queuedRan->store(true);
        return QVariant(2);
    }));
    QSignalSpy cancelled(queued.get(), &Job::cancelled);
    blocker->start(m_pool.get());
    QTRY_VERIFY(blockerRunning->load());
    queued->start(m_pool.get()); // waits: the only thread is busy
    queued->cancel();
    release.release();
    QTRY_COMPARE(cancelled.count(), 1);
    QVERIFY(!queuedRan->load());
    QCOMPARE(queued->state(), Job::State::Cancelled);
}
