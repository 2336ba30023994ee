// SPDX-License-Identifier: GPL-3.0-or-later
// The Environment page: the open project's .venv, inspected as a job; the newest project always wins.
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "heldfile.h"
#include "pages/environmentpage.h"
#include "processrunner.h"
#include "projectfixture.h"
#include "testenvironment.h"
#include "widgets/messagebanner.h"
#include "widgets/syncpanel.h"

using namespace Qt::Literals::StringLiterals;
using Akari::EnvironmentPage;
using Akari::Job;
using Akari::JobTracker;

namespace
{
QString fact(const EnvironmentPage &page, const QString &id)
{
    const auto *label = page.findChild<QLabel *>(id);
    return label ? label->text() : u"<no row %1>"_s.arg(id);
}

QString venvOf(const QString &project, const QString &relative = {})
{
    const QString venv = QDir(project).filePath(u".venv"_s);
    return QDir::toNativeSeparators(relative.isEmpty() ? venv : QDir(venv).filePath(relative));
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int row = 0; row < list->count(); ++row)
        texts.append(list->item(row)->text());
    return texts;
}
} // namespace

class TestEnvironmentPage : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); // "1 package", "2 packages"
    }

    void shouldSayWhenNoProjectIsOpen()
    {
        JobTracker tracker;
        EnvironmentPage page(&tracker);
        QCOMPARE(fact(page, u"environmentStatus"_s), u"No project is open."_s);
        QCOMPARE(fact(page, u"environmentPath"_s), u"—"_s);
        QVERIFY(!page.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());

        QTemporaryDir dir;
        page.setProjectDirectory(dir.path());
        QTRY_VERIFY(!tracker.isBusy());
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        page.setProjectDirectory(QString()); // the project was closed
        QCOMPARE(started.count(), 0);
        QCOMPARE(fact(page, u"environmentStatus"_s), u"No project is open."_s);
        QCOMPARE(fact(page, u"environmentPath"_s), u"—"_s);
        QVERIFY(!page.info());
        QVERIFY(!page.findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
    }

    void shouldSayWhenTheEnvironmentIsNotCreatedYet()
    {
        QTemporaryDir dir;
        JobTracker tracker;
        EnvironmentPage page(&tracker);
        auto *refresh = page.findChild<QPushButton *>(u"refreshButton"_s);
        page.setProjectDirectory(dir.path());
        QCOMPARE(fact(page, u"environmentStatus"_s), u"Inspecting…"_s);
        QVERIFY(tracker.isBusy());
        QVERIFY(!refresh->isEnabled());
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), u"Not created yet"_s);
        QCOMPARE(fact(page, u"environmentPath"_s), venvOf(dir.path()));
        QCOMPARE(fact(page, u"interpreter"_s), u"—"_s);
        QVERIFY(page.info() && !page.info()->exists);
        QTRY_VERIFY(refresh->isEnabled());
    }

    void shouldShowARealVirtualEnvironment_data()
    {
        QTest::addColumn<QStringList>("distInfos");
        QTest::addColumn<QString>("count");
        QTest::addColumn<QStringList>("listed");
        QTest::newRow("fresh, no packages")
            << QStringList() << u"0 packages"_s << QStringList{u"No packages are installed in this environment."_s};
        QTest::newRow("one package") << QStringList{u"demo-1.0.dist-info"_s} << u"1 package"_s
                                     << QStringList{u"demo 1.0"_s};
        QTest::newRow("two packages") << QStringList{u"zeta-2.0.dist-info"_s, u"Alpha-0.1.dist-info"_s}
                                      << u"2 packages"_s << QStringList{u"Alpha 0.1"_s, u"zeta 2.0"_s};
    }

    void shouldShowARealVirtualEnvironment()
    {
        QFETCH(QStringList, distInfos);
        QFETCH(QString, count);
        QFETCH(QStringList, listed);
        QTemporaryDir dir;
        const QString made = Akari::Test::createVirtualEnvironment(dir.path());
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QDir lib(QDir(dir.path()).filePath(u".venv/lib"_s));
        const QStringList pythons = lib.entryList({u"python*"_s}, QDir::Dirs);
        QCOMPARE(pythons.size(), 1);
        for (const QString &distInfo : distInfos)
            QVERIFY(lib.mkpath(pythons.first() + u"/site-packages/"_s + distInfo));
        // The version the environment's own interpreter reports.
        const Akari::Test::ProcessResult version =
            Akari::Test::runProcess(QDir(dir.path()).filePath(u".venv/bin/python"_s),
                                    {u"-c"_s, u"import platform; print(platform.python_version())"_s},
                                    QProcessEnvironment::systemEnvironment());
        QCOMPARE(version.exitCode, 0);

        JobTracker tracker;
        EnvironmentPage page(&tracker);
        page.setProjectDirectory(dir.path());
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), u"Ready"_s);
        QCOMPARE(fact(page, u"environmentPath"_s), venvOf(dir.path()));
        QCOMPARE(fact(page, u"interpreter"_s), venvOf(dir.path(), u"bin/python"_s));
        QCOMPARE(fact(page, u"pythonVersion"_s), version.out.trimmed());
        QCOMPARE(fact(page, u"createdBy"_s), u"venv"_s);
        QCOMPARE(fact(page, u"packageCount"_s), count);
        auto *packages = page.findChild<QListWidget *>(u"packageList"_s);
        QCOMPARE(listTexts(packages), listed);
        // The "none installed" line is a note, not a package one could select.
        QCOMPARE(packages->item(0)->flags() == Qt::NoItemFlags, distInfos.isEmpty());
        QVERIFY(!page.banner()->isVisible());
    }

    void shouldSayWhenTheInterpreterIsMissing()
    {
        QTemporaryDir dir;
        QVERIFY(Akari::Test::writeFile(QDir(dir.path()).filePath(u".venv/pyvenv.cfg"_s),
                                       "home = /usr/bin\nversion = 3.12.1\n"));
        JobTracker tracker;
        EnvironmentPage page(&tracker);
        page.setProjectDirectory(dir.path());
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), u"Broken: the interpreter is missing"_s);
        QCOMPARE(fact(page, u"pythonVersion"_s), u"3.12.1"_s);
        QCOMPARE(fact(page, u"interpreter"_s), u"—"_s);
    }

    void shouldExplainAFolderThatIsNotAnEnvironment()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u".venv/bin"_s)); // no pyvenv.cfg
        JobTracker tracker;
        QWidget window;
        auto *page = new EnvironmentPage(&tracker, &window);
        window.show();
        page->setProjectDirectory(dir.path());
        QTRY_VERIFY(!tracker.isBusy());
        QVERIFY(page->banner()->isVisible());
        QVERIFY2(page->banner()->text().contains(u"pyvenv.cfg is missing"_s), qPrintable(page->banner()->text()));
        QVERIFY(page->findChild<QPushButton *>(u"refreshButton"_s)->isEnabled());
        // Nothing is inspecting any more, so the status must not claim it is.
        QVERIFY2(fact(*page, u"environmentStatus"_s) != u"Inspecting…"_s,
                 qPrintable(fact(*page, u"environmentStatus"_s)));
    }

    void shouldInspectAgainOnRefresh()
    {
        QTemporaryDir dir;
        JobTracker tracker;
        EnvironmentPage page(&tracker);
        page.show();
        page.setProjectDirectory(dir.path());
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), u"Not created yet"_s);
        const QString made = Akari::Test::createVirtualEnvironment(dir.path()); // e.g. `uv sync` ran meanwhile
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto *refresh = page.findChild<QPushButton *>(u"refreshButton"_s);
        QTRY_VERIFY(refresh->isEnabled());
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), u"Ready"_s);
        QCOMPARE(fact(page, u"interpreter"_s), venvOf(dir.path(), u"bin/python"_s));
    }

    void shouldSyncWithUvAndInspectAfterwards_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("bannerText");
        // The stand-in makes a real environment, as uv would.
        QTest::newRow("uv succeeds") << QByteArray("echo 'Creating virtual environment at: .venv'\n"
                                                   "/usr/bin/python3 -m venv --without-pip .venv\n")
                                     << u"Ready"_s << QString();
        QTest::newRow("uv fails") << QByteArray("echo 'error: No solution found' >&2\nexit 2\n") << u"Not created yet"_s
                                  << u"exit code 2"_s;
    }

    void shouldSyncWithUvAndInspectAfterwards()
    {
        QFETCH(QByteArray, script);
        QFETCH(QString, status);
        QFETCH(QString, bannerText);
        QTemporaryDir bin;
        QTemporaryDir project;
        QVERIFY(Akari::Test::writeFile(QDir(bin.path()).filePath(u"uv"_s), "#!/bin/sh\n" + script));
        QVERIFY(QFile::setPermissions(QDir(bin.path()).filePath(u"uv"_s), QFile::ReadOwner | QFile::ExeOwner));
        JobTracker tracker;
        QWidget window;
        auto *page = new EnvironmentPage(&tracker, &window);
        window.resize(1000, 680);
        window.show();
        page->setProjectDirectory(project.path());
        QTRY_COMPARE(fact(*page, u"environmentStatus"_s), u"Not created yet"_s);
        Akari::SyncPanel *panel = page->syncPanel();
        QVERIFY(!panel->isVisible());              // the Packages tab is in front
        Akari::InterpreterDiscovery::Options none; // not this machine's interpreters
        none.useWindowsRegistry = false;
        none.cacheDirectory = QDir(bin.path()).filePath(u"interpreters"_s);
        panel->setInterpreterOptions(none);
        page->showSyncTab();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->planButton()->isEnabled());
        panel->setUvSearchPath({bin.path()});
        QVERIFY(panel->uvButton()->isVisible());
        QTRY_VERIFY(!tracker.isBusy()); // the panel's extras and Python lists
        QTest::mouseClick(panel->uvButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isBusy(), 20000);
        // The page inspects the environment again after the sync, whatever its outcome.
        QTRY_COMPARE_WITH_TIMEOUT(fact(*page, u"environmentStatus"_s), status, 20000);
        QCOMPARE(page->banner()->isVisible(), !bannerText.isEmpty());
        if (!bannerText.isEmpty())
            QVERIFY2(page->banner()->text().contains(bannerText), qPrintable(page->banner()->text()));
        QVERIFY(!panel->logView()->toPlainText().isEmpty());
        // Closing the project leaves the panel with nothing to do.
        page->setProjectDirectory(QString());
        QVERIFY(!panel->planButton()->isEnabled());
        QVERIFY(!panel->uvButton()->isEnabled());
    }

    void shouldShowTheNewestProjectWhileAnOlderInspectionRuns_data()
    {
        QTest::addColumn<bool>("newestHasEnvironment");
        QTest::addColumn<QString>("status");
        QTest::newRow("newest has no environment") << false << u"Not created yet"_s;
        QTest::newRow("newest has an environment") << true << u"Ready"_s;
    }

    void shouldShowTheNewestProjectWhileAnOlderInspectionRuns()
    {
        QFETCH(bool, newestHasEnvironment);
        QFETCH(QString, status);
        QTemporaryDir dir;
        const QString older = QDir(dir.path()).filePath(u"older"_s);
        const QString newest = QDir(dir.path()).filePath(u"newest"_s);
        QVERIFY(QDir().mkpath(newest));
        if (newestHasEnvironment) {
            const QString venv = QDir(newest).filePath(u".venv"_s);
            QVERIFY(Akari::Test::writeFile(QDir(venv).filePath(u"pyvenv.cfg"_s), "version_info = 3.12.1\n"));
            QVERIFY(Akari::Test::writeFile(QDir(venv).filePath(u"bin/python"_s), {}));
        }
        // The older project's inspection stops at its pyvenv.cfg until the test lets it go.
        Akari::Test::HeldFile held(QDir(older).filePath(u".venv/pyvenv.cfg"_s));
        QVERIFY(held.isValid());

        JobTracker tracker;
        QVERIFY(Akari::Test::allowParallelJobs(&tracker));
        EnvironmentPage page(&tracker);
        QSignalSpy started(&tracker, &JobTracker::jobStarted);
        page.setProjectDirectory(older);
        QCOMPARE(started.count(), 1);
        const QPointer<Job> olderInspection = started.first().first().value<Job *>();
        // Its progress arrives once the work runs; from then on it waits on the held file.
        QTRY_VERIFY(olderInspection && !olderInspection->progress().phase.isEmpty());

        page.setProjectDirectory(newest);
        QTRY_COMPARE(fact(page, u"environmentStatus"_s), status);
        QCOMPARE(fact(page, u"environmentPath"_s), venvOf(newest));
        QVERIFY(olderInspection); // still running: its result comes after the newest one's

        QVERIFY(held.release("home = /usr/bin\nversion = 3.10.0\ncommand = python -m venv\n"));
        QTRY_VERIFY(!tracker.isBusy());
        QCOMPARE(fact(page, u"environmentStatus"_s), status);
        QCOMPARE(fact(page, u"environmentPath"_s), venvOf(newest));
        QVERIFY(page.info());
        QCOMPARE(page.info()->path, QDir::cleanPath(QDir(newest).filePath(u".venv"_s)));
        QVERIFY(!page.banner()->isVisible());
    }
};

QTEST_MAIN(TestEnvironmentPage)
#include "tst_environmentpage.moc"
