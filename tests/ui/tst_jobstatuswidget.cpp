// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's job view: shows the newest running job and its progress, counts the others,
// cancels the one it shows, and hides when idle.
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QTest>
#include <QThread>
#include <QToolButton>

#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobtracker.h"
#include "projectfixture.h"
#include "widgets/jobstatuswidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

namespace
{
// A job that reports \a progress and then runs until cancelled.
Job *waitingJob(const QString &title, const JobProgress &progress = {})
{
    return Job::create<int>(title, [progress](JobContext &context) -> Result<int> {
        context.reportProgress(progress);
        while (!context.isCancelled())
            QThread::msleep(5);
        return fail(Error::cancelled());
    });
}

// The widget in a shown window, as in the status bar, so isVisible() means on screen.
struct StatusBarFixture
{
    JobTracker tracker;
    QWidget window;
    JobStatusWidget *widget = new JobStatusWidget(&tracker, &window);

    StatusBarFixture()
    {
        window.resize(400, 40);
        window.show();
    }
    // ~JobTracker cancels what still runs and waits for it.
    ~StatusBarFixture() = default;
    StatusBarFixture(const StatusBarFixture &) = delete;
    StatusBarFixture &operator=(const StatusBarFixture &) = delete;

    [[nodiscard]] QString text() const { return widget->findChild<QLabel *>(u"jobStatusText"_s)->text(); }
    [[nodiscard]] QToolButton *cancelButton() const { return widget->findChild<QToolButton *>(u"jobStatusCancel"_s); }
    [[nodiscard]] QProgressBar *bar() const { return widget->findChild<QProgressBar *>(u"jobStatusProgress"_s); }
};
} // namespace

class TestJobStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void shouldBeVisibleOnlyWhileAJobRuns()
    {
        StatusBarFixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.window));
        QVERIFY(!fixture.widget->isVisible()); // nothing runs yet

        Job *job = fixture.tracker.run(waitingJob(u"Downloading wheels"_s));
        QVERIFY(fixture.widget->isVisible());
        QTRY_COMPARE(fixture.text(), u"Downloading wheels"_s);

        QPointer<Job> watched(job);
        job->cancel();
        QTRY_VERIFY(!fixture.tracker.isBusy());
        QTRY_VERIFY(!fixture.widget->isVisible());
        QCOMPARE(fixture.text(), QString()); // nothing stale left for the next time it shows
        QTRY_VERIFY(watched.isNull());       // the tracker deletes finished jobs

        fixture.tracker.run(waitingJob(u"Again"_s));
        QVERIFY(fixture.widget->isVisible());
        QCOMPARE(fixture.text(), u"Again"_s);
    }

    void shouldFollowProgressAndCancel()
    {
        StatusBarFixture fixture;
        Job *job = fixture.tracker.run(
            waitingJob(u"Downloading wheels"_s,
                       {.phase = u"Fetching"_s, .item = u"torch.whl"_s, .bytesDone = 250, .bytesTotal = 1000}));
        QTRY_COMPARE(fixture.text(), u"Downloading wheels: Fetching"_s);
        QVERIFY(fixture.widget->isVisible());
        QCOMPARE(fixture.bar()->maximum(), 1000);
        QCOMPARE(fixture.bar()->value(), 250);
        QCOMPARE(fixture.widget->findChild<QLabel *>(u"jobStatusText"_s)->toolTip(), u"torch.whl"_s);
        QCOMPARE(fixture.cancelButton()->toolTip(), u"Cancel “Downloading wheels”"_s);

        QPointer<Job> watched(job);
        QTest::mouseClick(fixture.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!fixture.tracker.isBusy());
        QTRY_VERIFY(!fixture.widget->isVisible());
        QTRY_VERIFY(watched.isNull());
    }

    void shouldShowBusyIndicatorWhenTotalIsUnknown()
    {
        StatusBarFixture fixture;
        fixture.tracker.run(waitingJob(u"Resolving"_s, {.phase = u"Thinking"_s}));
        QTRY_COMPARE(fixture.text(), u"Resolving: Thinking"_s);
        QCOMPARE(fixture.bar()->minimum(), 0);
        QCOMPARE(fixture.bar()->maximum(), 0);
    }

    void shouldCountTheOtherRunningJobs_data()
    {
        QTest::addColumn<int>("jobs");
        QTest::addColumn<QString>("text");
        QTest::newRow("one") << 1 << u"Job 1"_s;
        QTest::newRow("two") << 2 << u"Job 2 (+1 more)"_s;
        QTest::newRow("three") << 3 << u"Job 3 (+2 more)"_s;
    }

    void shouldCountTheOtherRunningJobs()
    {
        QFETCH(int, jobs);
        QFETCH(QString, text);
        StatusBarFixture fixture;
        QVERIFY(Akari::Test::allowParallelJobs(&fixture.tracker));
        for (int index = 1; index <= jobs; ++index)
            fixture.tracker.run(waitingJob(u"Job %1"_s.arg(index)));
        QTRY_COMPARE(fixture.text(), text);
        QVERIFY(fixture.widget->isVisible());
    }

    void shouldCancelOnlyTheShownJob()
    {
        StatusBarFixture fixture;
        QVERIFY(Akari::Test::allowParallelJobs(&fixture.tracker));
        const QPointer<Job> older = fixture.tracker.run(waitingJob(u"Older"_s, {.phase = u"Reading"_s}));
        const QPointer<Job> newest = fixture.tracker.run(waitingJob(u"Newest"_s, {.phase = u"Writing"_s}));
        QTRY_COMPARE(fixture.text(), u"Newest: Writing (+1 more)"_s);
        QTRY_VERIFY(older->isRunning());

        QTest::mouseClick(fixture.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(newest.isNull()); // cancelled, finished and deleted
        QVERIFY(older);
        QVERIFY(!older->isCancellationRequested());
        QVERIFY(older->isRunning());
        QCOMPARE(fixture.tracker.runningJobs(), QList<Job *>{older.data()});
        // The view moves on to the job still running.
        QTRY_COMPARE(fixture.text(), u"Older: Reading"_s);
        QVERIFY(fixture.widget->isVisible());
        QCOMPARE(fixture.cancelButton()->toolTip(), u"Cancel “Older”"_s);

        QTest::mouseClick(fixture.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!fixture.tracker.isBusy());
        QVERIFY(!fixture.widget->isVisible());
    }
};

QTEST_MAIN(TestJobStatusWidget)
#include "tst_jobstatuswidget.moc"
