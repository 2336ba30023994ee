// SPDX-License-Identifier: GPL-3.0-or-later
// The status bar's job view: shows the running job and its progress, cancels it, hides when idle.
#include <QLabel>
#include <QProgressBar>
#include <QTest>
#include <QToolButton>

#include <atomic>

#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobtracker.h"
#include "widgets/jobstatuswidget.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari;

class TestJobStatusWidget : public QObject
{
    Q_OBJECT

private slots:
    void shouldFollowProgressAndCancel()
    {
        JobTracker tracker;
        JobStatusWidget widget(&tracker);
        QVERIFY(widget.isHidden()); // nothing runs yet

        auto reached = std::make_shared<std::atomic_bool>(false);
        Job *job = tracker.run(Job::create<int>(u"Downloading wheels"_s, [reached](JobContext &context) -> Result<int> {
            context.reportProgress(
                {.phase = u"Fetching"_s, .item = u"torch.whl"_s, .bytesDone = 250, .bytesTotal = 1000});
            reached->store(true);
            while (!context.isCancelled())
                QThread::msleep(5);
            return fail(Error::cancelled());
        }));
        QTRY_VERIFY(!widget.isHidden());
        auto *text = widget.findChild<QLabel *>(u"jobStatusText"_s);
        auto *bar = widget.findChild<QProgressBar *>(u"jobStatusProgress"_s);
        QTRY_COMPARE(text->text(), u"Downloading wheels: Fetching"_s);
        QCOMPARE(bar->maximum(), 1000);
        QCOMPARE(bar->value(), 250);
        QCOMPARE(text->toolTip(), u"torch.whl"_s);

        QPointer<Job> watched(job);
        widget.findChild<QToolButton *>(u"jobStatusCancel"_s)->click();
        QTRY_VERIFY(!tracker.isBusy());
        QTRY_VERIFY(widget.isHidden());
        QTRY_VERIFY(watched.isNull()); // the tracker deletes finished jobs
    }

    void shouldShowBusyIndicatorWhenTotalIsUnknown()
    {
        JobTracker tracker;
        JobStatusWidget widget(&tracker);
        tracker.run(Job::create<int>(u"Resolving"_s, [](JobContext &context) -> Result<int> {
            context.reportProgress({.phase = u"Thinking"_s});
            while (!context.isCancelled())
                QThread::msleep(5);
            return 0;
        }));
        auto *bar = widget.findChild<QProgressBar *>(u"jobStatusProgress"_s);
        QTRY_COMPARE(widget.findChild<QLabel *>(u"jobStatusText"_s)->text(), u"Resolving: Thinking"_s);
        QCOMPARE(bar->maximum(), 0);
        tracker.cancelAll();
        QTRY_VERIFY(!tracker.isBusy());
    }
};

QTEST_MAIN(TestJobStatusWidget)
#include "tst_jobstatuswidget.moc"
