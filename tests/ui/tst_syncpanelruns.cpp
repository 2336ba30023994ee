// SPDX-License-Identifier: GPL-3.0-or-later
// The Environment page's sync panel at work: "Sync with uv" with a stand-in uv script, the
// cancel question, the log fed from another thread, and one real sync through the loopback
// sync index. The panel as a view of plans and progress: tst_syncpanel.
#include <thread>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/index/httpclient.h"
#include "core/index/simpleindexclient.h"
#include "core/jobs/jobtracker.h"
#include "syncindexserver.h"
#include "syncpanelfixture.h"
#include "testenvironment.h"
#include "widgets/syncpanel.h"
#include "widgets/syncplanmodel.h"
#include "widgets/syncprogressmodel.h"
#include "widgets/verificationcard.h"

using namespace Qt::Literals::StringLiterals;
using Akari::SyncPackageProgress;
using Akari::SyncPanel;
using Stage = Akari::SyncPackageProgress::Stage;

namespace
{
/// Clicks \a button of the cancel question once it is open.
bool answerCancelQuestion(SyncPanel &panel, QMessageBox::StandardButton button, QString *text = nullptr)
{
    if (!QTest::qWaitFor([&] { return panel.cancelQuestion() && panel.cancelQuestion()->isVisible(); }, 5000))
        return false;
    if (text)
        *text = panel.cancelQuestion()->text();
    QTest::mouseClick(panel.cancelQuestion()->button(button), Qt::LeftButton);
    return true;
}
} // namespace

class TestSyncPanelRuns : public QObject, private Akari::Test::SyncPanelFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { setUp(); }

    void shouldOfferUvOnlyWhenItIsOnPath()
    {
        QTemporaryDir withUv;
        QTemporaryDir withoutUv;
        QVERIFY(writeStandInUv(withUv.path(), "echo hi\n"));
        QTemporaryDir project;
        auto panel = makePanel();
        panel->setProjectDirectory(project.path());
        panel->show();
        panel->setUvSearchPath({withoutUv.path()});
        QVERIFY(!panel->uvButton()->isVisible());
        panel->setUvSearchPath({withoutUv.path(), withUv.path()});
        QVERIFY(panel->uvButton()->isVisible());
        QVERIFY(panel->uvButton()->isEnabled());
        // The panel looks at this process's PATH by itself.
        const QByteArray saved = qgetenv("PATH");
        const auto restore = qScopeGuard([&] { qputenv("PATH", saved); });
        qputenv("PATH", QFile::encodeName(withUv.path()) + ':' + saved);
        SyncPanel onPath(nullptr);
        QCOMPARE(QFileInfo(onPath.uvPath()).canonicalFilePath(),
                 QFileInfo(QDir(withUv.path()).filePath(u"uv"_s)).canonicalFilePath());
    }

    void shouldStreamUvOutputIntoTheLog()
    {
        QTemporaryDir bin;
        QTemporaryDir project;
        QVERIFY(writeStandInUv(bin.path(), "echo \"uv stand-in: $*\"\n"
                                           "echo 'Resolved 12 packages in 3ms' >&2\n"
                                           "echo 'Installed 12 packages in 40ms'\n"));
        Akari::JobTracker tracker;
        auto panel = makePanel(&tracker);
        panel->setProjectDirectory(project.path());
        panel->setUvSearchPath({bin.path()});
        QSignalSpy changed(panel.get(), &SyncPanel::environmentChanged);
        QSignalSpy started(&tracker, &Akari::JobTracker::jobStarted);
        QTest::mouseClick(panel->uvButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(changed.wait(10000));
        QCOMPARE(panel->logView()->toPlainText(),
                 u"uv stand-in: sync\nResolved 12 packages in 3ms\nInstalled 12 packages in 40ms"_s);
        QCOMPARE(panel->statusLabel()->text(), u"uv sync finished."_s);
        QVERIFY(!panel->isBusy());
    }

    void shouldAskBeforeCancelling()
    {
        QTemporaryDir bin;
        QTemporaryDir project;
        const QString marker = QDir(project.path()).filePath(u"finished"_s);
        QVERIFY(writeStandInUv(bin.path(),
                               "echo 'Downloading torch'\nsleep 30\ntouch '" + QFile::encodeName(marker) + "'\n"));
        auto panel = makePanel();
        panel->setProjectDirectory(project.path());
        panel->setUvSearchPath({bin.path()});
        panel->show();
        QSignalSpy failed(panel.get(), &SyncPanel::failed);
        panel->syncWithUv();
        QVERIFY(panel->isBusy());
        QVERIFY(panel->cancelButton()->isVisible());
        QTRY_COMPARE(panel->logView()->toPlainText(), u"Downloading torch"_s);

        // "No": it goes on.
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QString question;
        QVERIFY(answerCancelQuestion(*panel, QMessageBox::No, &question));
        QVERIFY2(question.contains(u"Stop uv?"_s), qPrintable(question));
        QTest::qWait(300);
        QVERIFY(panel->isBusy());

        // "Yes": it stops, and the script never gets to its last line.
        QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
        QVERIFY(answerCancelQuestion(*panel, QMessageBox::Yes));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 10000);
        QCOMPARE(panel->statusLabel()->text(), u"uv sync was stopped."_s);
        QVERIFY(!panel->cancelButton()->isVisible());
        QCOMPARE(failed.count(), 0);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(marker));
    }

    void shouldBatchLogLinesFromOtherThreads()
    {
        auto panel = makePanel();
        const auto sink = panel->logSink();
        constexpr int Lines = 20000;
        std::thread writer([&sink] {
            for (int i = 1; i <= Lines; ++i)
                sink(u"line %1"_s.arg(i));
        });
        writer.join();
        QTRY_VERIFY(panel->logView()->toPlainText().endsWith(u"line 20000"_s));
        // The view keeps the newest lines only.
        QCOMPARE(panel->logView()->document()->blockCount(), 5000);
        QVERIFY(panel->logView()->toPlainText().startsWith(u"line 15001\n"_s));
        // A sink that outlives its panel is harmless.
        panel.reset();
        sink(u"after the panel"_s);
        QTest::qWait(10);
    }

    void shouldSyncARealProjectThroughTheLoopbackIndex()
    {
        Akari::Test::SyncIndexServer server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir project;
        QVERIFY(Akari::Test::writeFile(
            QDir(project.path()).filePath(u"pyproject.toml"_s),
            Akari::Test::SyncIndexServer::pyproject(server.indexUrl(), {u"torch==2.8.0"_s, u"numpy"_s})));
        Akari::HttpClient::Options options;
        options.retries = 0;
        auto client = std::make_shared<Akari::SimpleIndexClient>(std::make_shared<Akari::HttpClient>(options),
                                                                 Akari::IndexCredentials());
        Akari::JobTracker tracker;
        auto panel = makePanel(&tracker);
        panel->setIndexClient(client);
        Akari::ProjectSync::Settings base;
        base.python = u"/usr/bin/python3"_s; // the interpreter the index's wheels are tagged for
        base.wheelCacheDirectory = m_home.filePath(u"wheels"_s);
        base.interpreterCacheDirectory = m_home.filePath(u"interpreters"_s);
        panel->setBaseSettings(base);
        panel->setProjectDirectory(project.path());
        panel->show();
        QSignalSpy failed(panel.get(), &SyncPanel::failed);

        QTest::mouseClick(panel->planButton(), Qt::LeftButton);
        QVERIFY(panel->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 60000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Akari::Error>().message()));
        QVERIFY(panel->plan());
        QStringList planned;
        for (int r = 0; r < panel->planModel()->rowCount(); ++r) {
            QCOMPARE(cell(panel->planModel(), r, Akari::SyncPlanModel::ChangeColumn), u"install"_s);
            planned.append(cell(panel->planModel(), r, Akari::SyncPlanModel::PackageColumn));
        }
        QVERIFY2(planned.contains(u"torch"_s) && planned.contains(u"numpy"_s), qPrintable(planned.join(u", "_s)));
        QVERIFY(panel->syncButton()->isEnabled());

        QSignalSpy changed(panel.get(), &SyncPanel::environmentChanged);
        QTest::mouseClick(panel->syncButton(), Qt::LeftButton);
        QVERIFY(panel->progressView()->isVisible());
        QCOMPARE(panel->progressModel()->rowCount(), planned.size());
        QVERIFY(changed.wait(120000));
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Akari::Error>().message()));
        for (const SyncPackageProgress &package : panel->progressModel()->packages())
            QCOMPARE(int(package.stage), int(Stage::Done));
        QVERIFY(!panel->logView()->toPlainText().isEmpty());
        QVERIFY2(panel->statusLabel()->text().startsWith(u"The environment is in sync"_s),
                 qPrintable(panel->statusLabel()->text()));
        QVERIFY(panel->verificationCard()->isVisible());
        QCOMPARE(panel->verificationCard()->value(u"torch"_s), u"2.8.0+cu128"_s);
        QCOMPARE(panel->verificationCard()->value(u"build"_s), u"CUDA 12.8"_s);
        QVERIFY(QFile::exists(QDir(project.path()).filePath(u".venv/pyvenv.cfg"_s)));
        QVERIFY(!panel->syncButton()->isEnabled()); // the plan is spent: plan again
    }
};

QTEST_MAIN(TestSyncPanelRuns)
#include "tst_syncpanelruns.moc"
