// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would: pages, menus, shortcuts, opening projects, layout.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/error.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/logging/logbuffer.h"
#include "core/project/planbuilder.h"
#include "core/settings/settings.h"
#include "core/settings/windowstate.h"
#include "heldfile.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/projectpage.h"
#include "projecteditor.h"
#include "projectfixture.h"
#include "testenvironment.h"
#include "userprompts.h"
#include "widgets/messagebanner.h"
#include "widgets/planmatrixwidget.h"
#include "widgets/recommendationcard.h"

using namespace Qt::Literals::StringLiterals;
using Akari::MainWindow;

namespace
{
// Whether the icon draws anything at \a size: a missing SVG plugin gives a null or blank pixmap.
bool drawsSomething(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}
} // namespace

/// Answers the unsaved-changes question without a dialog, and counts the questions.
class ScriptedPrompts final : public Akari::UserPrompts
{
public:
    ScriptedPrompts(UnsavedChanges answer, int *asked)
        : m_answer(answer)
        , m_asked(asked)
    {}

    UnsavedChanges askAboutUnsavedChanges(QWidget *, const QString &) override
    {
        ++*m_asked;
        return m_answer;
    }

private:
    UnsavedChanges m_answer;
    int *m_asked;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Akari::Test::IsolatedProfile> m_profile;
    std::unique_ptr<Akari::LogBuffer> m_log;
    std::unique_ptr<MainWindow> m_window;

    static QString writeProject(const QTemporaryDir &dir, const QByteArray &toml)
    {
        const QString path = QDir(dir.path()).filePath(u"project/pyproject.toml"_s);
        return Akari::Test::writeFile(path, toml) ? QDir(dir.path()).filePath(u"project"_s) : QString();
    }

    QString visibleBannerText() const
    {
        auto *banner = m_window->currentPageWidget()->banner();
        return banner->isVisible() ? banner->text() : QString();
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<Akari::Test::IsolatedProfile>();
        m_log = std::make_unique<Akari::LogBuffer>();
        m_window = std::make_unique<MainWindow>(&m_profile->settings(), &m_profile->state(), m_log.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        QTRY_VERIFY(!m_window->jobs()->isBusy());
        m_window.reset();
        m_log.reset();
        m_profile.reset();
    }

    void shouldOfferFourPagesInTheSidebar()
    {
        auto *sidebar = m_window->findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), 4);
        const QStringList expected{u"Hardware"_s, u"Project"_s, u"Environment"_s, u"Log"_s};
        for (int row = 0; row < sidebar->count(); ++row)
            QCOMPARE(sidebar->item(row)->text(), expected.at(row));
    }

    void shouldRenderTheSvgIcons()
    {
        // The icons are SVG only: without Qt's svg image plugin they would all be blank.
        QVERIFY2(QImageReader::supportedImageFormats().contains("svg"),
                 QImageReader::supportedImageFormats().join(' ').constData());
        auto *sidebar = m_window->findChild<QListWidget *>(u"sidebar"_s);
        for (int row = 0; row < sidebar->count(); ++row) {
            QVERIFY(!sidebar->item(row)->icon().pixmap(24, 24).isNull());
            QVERIFY2(drawsSomething(sidebar->item(row)->icon(), 24), qPrintable(sidebar->item(row)->text()));
        }
        QVERIFY(drawsSomething(m_window->windowIcon(), 32));
    }

    void shouldSwitchPagesFromSidebarAndShortcuts_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("pageObject");
        QTest::newRow("hardware") << 0 << u"hardwarePage"_s;
        QTest::newRow("project without a project shows welcome") << 1 << u"welcomePage"_s;
        QTest::newRow("environment") << 2 << u"environmentPage"_s;
        QTest::newRow("log") << 3 << u"logPage"_s;
    }

    void shouldSwitchPagesFromSidebarAndShortcuts()
    {
        QFETCH(int, row);
        QFETCH(QString, pageObject);
        auto *sidebar = m_window->findChild<QListWidget *>(u"sidebar"_s);
        auto *stack = m_window->findChild<QStackedWidget *>(u"pages"_s);
        sidebar->setCurrentRow(row);
        QCOMPARE(stack->currentWidget()->objectName(), pageObject);

        // Away, then back with the keyboard: Ctrl+1..4.
        sidebar->setCurrentRow(row == 0 ? 3 : 0);
        QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + row), Qt::ControlModifier);
        QCOMPARE(stack->currentWidget()->objectName(), pageObject);
        QCOMPARE(sidebar->currentRow(), row);
    }

    void shouldHaveMenusWithShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence>("shortcut");
        QTest::newRow("open") << u"openProjectAction"_s << QKeySequence(QKeySequence::Open);
        QTest::newRow("settings") << u"settingsAction"_s << QKeySequence(u"Ctrl+,"_s);
        QTest::newRow("quit") << u"quitAction"_s << QKeySequence(QKeySequence::Quit);
        QTest::newRow("reload") << u"reloadProjectAction"_s << QKeySequence(QKeySequence::Refresh);
        QTest::newRow("about") << u"aboutAction"_s << QKeySequence();
    }

    void shouldHaveMenusWithShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence, shortcut);
        auto *found = m_window->findChild<QAction *>(action);
        QVERIFY(found);
        QCOMPARE(found->shortcut(), shortcut);
        QVERIFY(!found->text().isEmpty());
        bool inMenu = false;
        const QList<QAction *> menus = m_window->menuBar()->actions();
        for (QAction *menu : menus)
            inMenu = inMenu || (menu->menu() && menu->menu()->actions().contains(found));
        QVERIFY(inMenu);
        QVERIFY(m_window->findChild<QMenu *>(u"recentProjectsMenu"_s));
    }

    void shouldShowWelcomeUntilAProjectOpens()
    {
        m_window->showPage(MainWindow::PageId::Project);
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"welcomePage"_s);

        QTemporaryDir dir;
        const QString project =
            writeProject(dir, "[project]\nname = \"demo-app\"\nversion = \"1.2.3\"\n"
                              "requires-python = \">=3.12\"\ndependencies = [\"torch>=2.7.0\", \"numpy\"]\n");
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(project);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), QDir(project).absolutePath());
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"projectPage"_s);
        QCOMPARE(m_window->projectDirectory(), QDir(project).absolutePath());
        QVERIFY(m_window->windowTitle().contains(u"demo-app"_s));
        QCOMPARE(m_window->findChild<QLabel *>(u"requiresPython"_s)->text(), u">=3.12"_s);
        QVERIFY(m_window->projectPage()->title().contains(u"demo-app"_s));
        // torch is in the plan: its row is in the matrix.
        QVERIFY(m_window->projectPage()->matrix()->picker(u"torch"_s, Akari::TargetPlatform::Os::Linux));
        QCOMPARE(m_profile->settings().recentProjects(), QStringList{QDir(project).absolutePath()});
        auto *recent = m_window->findChild<QMenu *>(u"recentProjectsMenu"_s);
        QVERIFY(recent->actions().first()->text().contains(QDir::toNativeSeparators(QDir(project).absolutePath())));
    }

    void shouldKeepTheNewestProjectWhenAnOlderLoadEndsLater()
    {
        QTemporaryDir dir;
        // The first project's pyproject.toml holds its load back until the test releases it.
        Akari::Test::HeldFile held(QDir(dir.path()).filePath(u"older/pyproject.toml"_s));
        QVERIFY(held.isValid());
        const QString newest = writeProject(dir, "[project]\nname = \"newest\"\n");
        QVERIFY(Akari::Test::allowParallelJobs(m_window->jobs()));
        QTRY_VERIFY(!m_window->jobs()->isBusy()); // start-up detection done
        QSignalSpy started(m_window->jobs(), &Akari::JobTracker::jobStarted);
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        QSignalSpy failed(m_window.get(), &MainWindow::projectOpenFailed);

        m_window->openProject(held.path());
        QCOMPARE(started.count(), 1);
        const QPointer<Akari::Job> olderLoad = started.first().first().value<Akari::Job *>();
        QTRY_VERIFY(olderLoad && !olderLoad->progress().phase.isEmpty()); // now waiting on the file
        m_window->openProject(newest);
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), QDir(newest).absolutePath());
        QVERIFY(olderLoad); // its result is still to come

        QVERIFY(held.release("[project]\nname = \"older\"\n"));
        QTRY_VERIFY(!m_window->jobs()->isBusy());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_window->projectDirectory(), QDir(newest).absolutePath());
        QVERIFY(m_window->projectPage()->title().contains(u"newest"_s));
        QVERIFY(m_window->windowTitle().contains(u"newest"_s));
        QCOMPARE(m_profile->settings().recentProjects(), QStringList{QDir(newest).absolutePath()});
    }

    void shouldShowAnAmpersandInARecentPathAsItself()
    {
        QTemporaryDir dir;
        const QString project = QDir(dir.path()).filePath(u"R&D"_s);
        QVERIFY(Akari::Test::writeFile(QDir(project).filePath(u"pyproject.toml"_s), "[project]\nname = \"rd\"\n"));
        m_profile->settings().addRecentProject(project);
        auto *recent = m_window->findChild<QMenu *>(u"recentProjectsMenu"_s);
        QAction *entry = recent->actions().first();
        // "&&" is how a menu shows "&"; a single "&" would underline "D" and vanish.
        QVERIFY2(entry->text().contains(u"R&&D"_s), qPrintable(entry->text()));
        QCOMPARE(entry->iconText(), u"1 %1"_s.arg(QDir::toNativeSeparators(project))); // what is drawn
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        entry->trigger();
        QVERIFY(opened.wait(10000));
        QCOMPARE(opened.first().first().toString(), QDir(project).absolutePath());
    }

    void shouldSwitchDebugMessagesFromTheLogPage()
    {
        m_window->showPage(MainWindow::PageId::Log);
        auto *checkBox = m_window->findChild<QCheckBox *>(u"showDebugCheckBox"_s);
        QVERIFY(checkBox && checkBox->isVisible());
        QVERIFY(!m_profile->settings().showDebugMessages());
        QTest::mouseClick(checkBox, Qt::LeftButton);
        QVERIFY(checkBox->isChecked());
        QVERIFY(m_profile->settings().showDebugMessages());
        QTest::mouseClick(checkBox, Qt::LeftButton);
        QVERIFY(!m_profile->settings().showDebugMessages());
    }

    void shouldExplainWhyAProjectDoesNotOpen_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("expected");
        // (A folder without pyproject.toml opens as a new project: see tst_projectpage.)
        QTest::newRow("no such folder") << QByteArray() << u"does not exist"_s;
        QTest::newRow("malformed toml") << QByteArray("[project]\nname = \"x\nversion = 1\n") << u"pyproject.toml:2:"_s;
    }

    void shouldExplainWhyAProjectDoesNotOpen()
    {
        QFETCH(QByteArray, toml);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString project = toml.isEmpty() ? QDir(dir.path()).filePath(u"nowhere"_s) : writeProject(dir, toml);
        QSignalSpy failed(m_window.get(), &MainWindow::projectOpenFailed);
        m_window->openProject(project);
        QVERIFY(failed.wait(10000));
        QTRY_VERIFY2(visibleBannerText().contains(expected), qPrintable(visibleBannerText()));
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"welcomePage"_s);
        QVERIFY(m_profile->settings().recentProjects().isEmpty());
    }

    void shouldStayOnThePageWhenAskedTo()
    {
        QTemporaryDir dir;
        const QString project = writeProject(dir, "[project]\nname = \"quiet\"\n");
        m_window->showPage(MainWindow::PageId::Log);
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(project, MainWindow::AfterOpening::StayOnCurrentPage);
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->currentPage(), MainWindow::PageId::Log);
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"logPage"_s);
    }

    void shouldReplaceWelcomeWhenStayingOnTheProjectPage()
    {
        QTemporaryDir dir;
        const QString project = writeProject(dir, "[project]\nname = \"here\"\n");
        m_window->showPage(MainWindow::PageId::Project);
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"welcomePage"_s);
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(project, MainWindow::AfterOpening::StayOnCurrentPage);
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_window->currentPageWidget()->objectName(), u"projectPage"_s);
    }

    void shouldOpenADroppedFolder()
    {
        QTemporaryDir dir;
        const QString project = writeProject(dir, "[project]\nname = \"dropped\"\n");
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(project)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QVERIFY(opened.wait(10000));
        QVERIFY(m_window->windowTitle().contains(u"dropped"_s));
    }

    void shouldDetectTheMachineOnStart()
    {
        m_window->showPage(MainWindow::PageId::Hardware);
        auto *architecture = m_window->findChild<QLabel *>(u"architecture"_s);
        QTRY_COMPARE(architecture->text(), QSysInfo::currentCpuArchitecture());
    }

    void shouldTakeTheRecommendationToTheProjectPage_data()
    {
        QTest::addColumn<bool>("projectOpen");
        QTest::addColumn<QString>("pageObject");
        QTest::addColumn<QString>("says");
        QTest::newRow("no project yet") << false << u"welcomePage"_s << u"Open a project"_s;
        QTest::newRow("a project open") << true << u"projectPage"_s << u"filled in below"_s;
    }

    void shouldTakeTheRecommendationToTheProjectPage()
    {
        QFETCH(bool, projectOpen);
        QFETCH(QString, pageObject);
        QFETCH(QString, says);
        QTemporaryDir dir;
        if (projectOpen) {
            QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
            m_window->openProject(writeProject(dir, "[project]\nname = \"chooser\"\n"));
            QVERIFY(opened.wait(10000));
        }
        QTRY_VERIFY(!m_window->jobs()->isBusy()); // start-up detection done
        QVERIFY(!m_window->chosenRecommendation());
        m_window->showPage(MainWindow::PageId::Hardware);
        auto *use = m_window->findChild<QPushButton *>(u"useRecommendationButton"_s);
        QVERIFY(use && use->isVisible() && use->isEnabled());
        const auto shown = m_window->findChild<Akari::RecommendationCard *>()->recommendation();
        QVERIFY(shown);
        QSignalSpy chosen(m_window.get(), &MainWindow::recommendationChosen);

        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().value<Akari::Recommendation>().primary, shown->primary);
        QVERIFY(m_window->chosenRecommendation());
        QCOMPARE(m_window->chosenRecommendation()->primary, shown->primary);
        QCOMPARE(m_window->chosenRecommendation()->backends, shown->backends);
        QCOMPARE(m_window->currentPage(), MainWindow::PageId::Project);
        QCOMPARE(m_window->currentPageWidget()->objectName(), pageObject);
        Akari::MessageBanner *banner = m_window->currentPageWidget()->banner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), Akari::MessageBanner::Kind::Information);
        const QString name = Akari::RecommendationCard::backendName(shown->primary);
        QVERIFY2(banner->text().contains(u"“%1”"_s.arg(name)), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(says), qPrintable(banner->text()));

        // The plan now holds the recommendation where PyTorch builds it, ready to save.
        if (!projectOpen) {
            QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
            m_window->openProject(writeProject(dir, "[project]\nname = \"later\"\n"));
            QVERIFY(opened.wait(10000));
        }
        const Akari::TorchPlan &plan = m_window->projectEditor()->plan();
        QCOMPARE(plan.packages(), (QStringList{u"torch"_s, u"torchvision"_s}));
        QCOMPARE(plan.backends(u"torch"_s), Akari::PlanBuilder::whereAvailable(shown->primary));
        QVERIFY(m_window->projectPage()->saveAction()->isEnabled());
    }

    void shouldAskBeforeDroppingUnsavedChanges_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("closes");
        QTest::addColumn<bool>("saves");
        QTest::newRow("cancel") << int(Akari::UserPrompts::UnsavedChanges::Cancel) << false << false;
        QTest::newRow("discard") << int(Akari::UserPrompts::UnsavedChanges::Discard) << true << false;
        QTest::newRow("save") << int(Akari::UserPrompts::UnsavedChanges::Save) << true << true;
    }

    void shouldAskBeforeDroppingUnsavedChanges()
    {
        QFETCH(int, answer);
        QFETCH(bool, closes);
        QFETCH(bool, saves);
        int asked = 0;
        m_window->setPrompts(std::make_unique<ScriptedPrompts>(Akari::UserPrompts::UnsavedChanges(answer), &asked));
        QTemporaryDir dir;
        const QByteArray original = "[project]\nname = \"closing\"\ndependencies = [\"torch\"]\n";
        const QString project = writeProject(dir, original);
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(project);
        QVERIFY(opened.wait(10000));
        QVERIFY(m_window->close()); // nothing changed: no question
        QCOMPARE(asked, 0);
        m_window->show();

        m_window->projectPage()->applyPreset(Akari::PlanPresets::Preset::CpuEverywhere);
        QVERIFY(m_window->isWindowModified());
        m_window->close();
        QCOMPARE(asked, 1);
        QTRY_COMPARE(m_window->isVisible(), !closes);
        QCOMPARE(m_window->projectEditor()->isModified(), !saves); // only a save settles them
        const QString file = QDir(project).filePath(u"pyproject.toml"_s);
        QTRY_VERIFY(!m_window->jobs()->isBusy());
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll() != original, saves);
    }

    void shouldAskBeforeOpeningAnotherProjectOverUnsavedChanges()
    {
        int asked = 0;
        m_window->setPrompts(std::make_unique<ScriptedPrompts>(Akari::UserPrompts::UnsavedChanges::Cancel, &asked));
        QTemporaryDir dir;
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        const QString first = writeProject(dir, "[project]\nname = \"first\"\ndependencies = [\"torch\"]\n");
        m_window->openProject(first);
        QVERIFY(opened.wait(10000));
        m_window->projectPage()->applyPreset(Akari::PlanPresets::Preset::CpuEverywhere);
        QTemporaryDir other;
        m_window->openProject(writeProject(other, "[project]\nname = \"second\"\n"));
        QCOMPARE(asked, 1);
        QVERIFY(!m_window->projectEditor()->isLoading()); // nothing was started
        QTest::qWait(200);
        QCOMPARE(opened.count(), 1); // cancelled: still the first, changes and all
        QCOMPARE(m_window->projectDirectory(), QDir(first).absolutePath());
        QVERIFY(m_window->projectEditor()->isModified());
    }

    void shouldUndoAndRedoFromTheEditMenu()
    {
        QTemporaryDir dir;
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(writeProject(dir, "[project]\nname = \"undo\"\ndependencies = [\"torch\"]\n"));
        QVERIFY(opened.wait(10000));
        auto *undo = m_window->findChild<QAction *>(u"undoAction"_s);
        auto *redo = m_window->findChild<QAction *>(u"redoAction"_s);
        QVERIFY(undo && redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(!undo->isEnabled());
        const Akari::TorchPlan before = m_window->projectEditor()->plan();
        m_window->projectPage()->applyPreset(Akari::PlanPresets::Preset::CpuEverywhere);
        const Akari::TorchPlan after = m_window->projectEditor()->plan();
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(u"CPU"_s), qPrintable(undo->text())); // says what it undoes
        QTest::keySequence(m_window.get(), QKeySequence::Undo);
        QCOMPARE(m_window->projectEditor()->plan(), before);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(m_window->projectEditor()->plan(), after);
        QVERIFY(m_window->windowTitle().contains(u"[*]"_s));
        QVERIFY(m_window->isWindowModified());
    }

    void shouldShowAProjectWithoutEnvironment()
    {
        QTemporaryDir dir;
        const QString project = writeProject(dir, "[project]\nname = \"novenv\"\n");
        QSignalSpy opened(m_window.get(), &MainWindow::projectOpened);
        m_window->openProject(project);
        QVERIFY(opened.wait(10000));
        m_window->showPage(MainWindow::PageId::Environment);
        QTRY_COMPARE(m_window->findChild<QLabel *>(u"environmentStatus"_s)->text(), u"Not created yet"_s);
    }

    void shouldKeepWindowLayoutApartFromSettings()
    {
        m_window->resize(900, 640);
        m_window->showPage(MainWindow::PageId::Log);
        QVERIFY(m_window->close());
        m_profile->state().sync();
        QFile state(m_profile->stateFile());
        QVERIFY(state.open(QIODevice::ReadOnly));
        const QByteArray stateText = state.readAll();
        QVERIFY(stateText.contains("Geometry"));
        QVERIFY(stateText.contains("Page=log"));
        QFile settings(m_profile->settingsFile());
        if (settings.open(QIODevice::ReadOnly))
            QVERIFY(!settings.readAll().contains("Geometry"));

        // A new window comes back on the page the user left.
        MainWindow again(&m_profile->settings(), &m_profile->state(), m_log.get());
        QCOMPARE(again.currentPage(), MainWindow::PageId::Log);
        QTRY_VERIFY(!again.jobs()->isBusy());
    }

    void shouldShowLogMessagesLive()
    {
        m_log->install();
        m_window->showPage(MainWindow::PageId::Log);
        QLoggingCategory category("akari.test");
        qCWarning(category) << "a message for the log page";
        auto *view = m_window->findChild<QAbstractItemView *>(u"logView"_s);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->index(model->rowCount() - 1, 3).data().toString(), u"a message for the log page"_s);
        QCOMPARE(model->index(model->rowCount() - 1, 2).data().toString(), u"akari.test"_s);
        m_log->uninstall();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
