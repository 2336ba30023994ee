// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>
#include <QVariant>

#include "core/jobs/jobprogress.h"

using namespace Qt::Literals::StringLiterals;
using Akari::JobProgress;

class TestJobProgress final : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartUnknown();
    void shouldComputeFraction_data();
    void shouldComputeFraction();
    void shouldCompareAllFields();
    void shouldSurviveQVariantRoundTrip();
};

void TestJobProgress::shouldStartUnknown()
{
    const JobProgress progress;
    QVERIFY(progress.phase.isEmpty());
    QVERIFY(progress.item.isEmpty());
    QCOMPARE(progress.bytesTotal, -1);
    QCOMPARE(progress.stepsTotal, -1);
    QCOMPARE(progress.fraction(), -1.0);
}

void TestJobProgress::shouldComputeFraction_data()
{
    QTest::addColumn<qint64>("bytesDone");
    QTest::addColumn<qint64>("bytesTotal");
    QTest::addColumn<qint64>("stepsDone");
    QTest::addColumn<qint64>("stepsTotal");
    QTest::addColumn<double>("expected");

    QTest::newRow("bytes known") << 256LL << 1024LL << 0LL << -1LL << 0.25;
    QTest::newRow("bytes done") << 1024LL << 1024LL << 0LL << -1LL << 1.0;
    QTest::newRow("bytes win over steps") << 3LL << 4LL << 1LL << 4LL << 0.75;
    QTest::newRow("large byte counts") << 3'000'000'000LL << 6'000'000'000LL << 0LL << -1LL << 0.5;
    QTest::newRow("steps known") << 0LL << -1LL << 1LL << 8LL << 0.125;
    QTest::newRow("steps when bytes total is zero") << 0LL << 0LL << 2LL << 4LL << 0.5;
    QTest::newRow("neither known") << 100LL << -1LL << 7LL << -1LL << -1.0;
    QTest::newRow("both totals zero") << 0LL << 0LL << 0LL << 0LL << -1.0;
    QTest::newRow("bytes over total clamps to 1") << 2048LL << 1024LL << 0LL << -1LL << 1.0;
    QTest::newRow("negative bytes clamp to 0") << -5LL << 1024LL << 0LL << -1LL << 0.0;
    QTest::newRow("steps over total clamps to 1") << 0LL << -1LL << 9LL << 3LL << 1.0;
    QTest::newRow("negative steps clamp to 0") << 0LL << -1LL << -1LL << 3LL << 0.0;
}

void TestJobProgress::shouldComputeFraction()
{
    QFETCH(qint64, bytesDone);
    QFETCH(qint64, bytesTotal);
    QFETCH(qint64, stepsDone);
    QFETCH(qint64, stepsTotal);
    QFETCH(double, expected);

    const JobProgress progress{
        .bytesDone = bytesDone, .bytesTotal = bytesTotal, .stepsDone = stepsDone, .stepsTotal = stepsTotal};
    QCOMPARE(progress.fraction(), expected);
}

void TestJobProgress::shouldCompareAllFields()
{
    const JobProgress base{.phase = u"Downloading"_s,
                           .item = u"a.whl"_s,
                           .bytesDone = 1,
                           .bytesTotal = 2,
                           .stepsDone = 3,
                           .stepsTotal = 4};
    JobProgress other = base;
    QCOMPARE(other, base);
    other.item = u"b.whl"_s;
    QVERIFY(other != base);
    other = base;
    other.stepsDone = 4;
    QVERIFY(other != base);
}

void TestJobProgress::shouldSurviveQVariantRoundTrip()
{
    const JobProgress progress{.phase = u"Resolving"_s, .stepsDone = 2, .stepsTotal = 5};
    QCOMPARE(QVariant::fromValue(progress).value<JobProgress>(), progress);
}

QTEST_GUILESS_MAIN(TestJobProgress)
#include "tst_jobprogress.moc"
