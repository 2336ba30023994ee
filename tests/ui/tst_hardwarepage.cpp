// SPDX-License-Identifier: GPL-3.0-or-later
// The Hardware page: detection runs as a tracked job and fills the machine's facts.
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>
#include <QThread>

#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "pages/hardwarepage.h"
#include "widgets/messagebanner.h"

using namespace Qt::Literals::StringLiterals;
using Akari::HardwarePage;
using Akari::JobTracker;

namespace
{
QString fact(const HardwarePage &page, const QString &id)
{
    const auto *label = page.findChild<QLabel *>(id);
    return label ? label->text() : u"<no row %1>"_s.arg(id);
}
} // namespace

class TestHardwarePage : public QObject
{
    Q_OBJECT

private slots:
    void shouldShowDashesUntilDetected()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        QVERIFY(!page.hasResult());
        QVERIFY(!tracker.isBusy()); // the page does not detect by itself
        for (const QString &id : {u"hostName"_s, u"architecture"_s, u"logicalCores"_s, u"memory"_s})
            QCOMPARE(fact(page, id), u"—"_s);
    }

    void shouldDetectTheMachineAsATrackedJob()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        auto *button = page.findChild<QPushButton *>(u"detectButton"_s);
        QVERIFY(button);
        QVERIFY(button->isEnabled());
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);

        page.detect();
        QCOMPARE(started.count(), 1);
        QVERIFY(!started.first().first().value<Akari::Job *>()->title().isEmpty());
        QVERIFY(tracker.isBusy());
        QVERIFY(!button->isEnabled()); // no second detection while one runs

        QTRY_VERIFY(!tracker.isBusy());
        QCOMPARE(finished.count(), 1);
        QVERIFY(button->isEnabled());
        QVERIFY(page.hasResult());
        QVERIFY(!page.banner()->isVisible());
        QCOMPARE(fact(page, u"architecture"_s), QSysInfo::currentCpuArchitecture());
        QCOMPARE(fact(page, u"hostName"_s), QSysInfo::machineHostName());
        QVERIFY2(fact(page, u"logicalCores"_s).contains(QString::number(QThread::idealThreadCount())),
                 qPrintable(fact(page, u"logicalCores"_s)));
        QVERIFY(fact(page, u"kernel"_s).contains(QSysInfo::kernelVersion()));
    }

    void shouldDetectAgainFromTheButton()
    {
        JobTracker tracker;
        HardwarePage page(&tracker);
        page.show();
        page.detect();
        QTRY_VERIFY(!tracker.isBusy());
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        auto *button = page.findChild<QPushButton *>(u"detectButton"_s);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(!button->isEnabled());
        // A click on the disabled button starts nothing more.
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QTRY_VERIFY(button->isEnabled());
        QCOMPARE(fact(page, u"architecture"_s), QSysInfo::currentCpuArchitecture());
    }
};

QTEST_MAIN(TestHardwarePage)
#include "tst_hardwarepage.moc"
