// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

#include "aboutdialog.h"
#include "core/backend/advisor.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/project/projectsnapshot.h"
#include "core/settings/settings.h"
#include "core/settings/windowstate.h"
#include "pages/environmentpage.h"
#include "pages/hardwarepage.h"
#include "pages/logpage.h"
#include "pages/projectpage.h"
#include "pages/welcomepage.h"
#include "projecteditor.h"
#include "settingsdialog.h"
#include "uilogging.h"
#include "userprompts.h"
#include "widgets/jobstatuswidget.h"
#include "widgets/messagebanner.h"
#include "widgets/recommendationcard.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
const QString WindowKey = u"MainWindow"_s;
constexpr std::array AllPages{MainWindow::PageId::Hardware, MainWindow::PageId::Project,
                              MainWindow::PageId::Environment, MainWindow::PageId::Log};
} // namespace

MainWindow::MainWindow(Settings *settings, WindowState *state, LogBuffer *log, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_state(state)
    , m_jobs(new JobTracker(this))
    , m_editor(new ProjectEditor(m_jobs, this))
    , m_prompts(std::make_unique<UserPrompts>())
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(settings, this))
    , m_hardwarePage(new HardwarePage(m_jobs, this))
    , m_projectPage(new ProjectPage(m_editor, this))
    , m_environmentPage(new EnvironmentPage(m_jobs, this))
    , m_logPage(new LogPage(log, settings, this))
    , m_statusText(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/icons/akari.svg"_s));
    setAcceptDrops(true);

    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setIconSize(QSize(24, 24));
    m_sidebar->setSpacing(2);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QStringList icons{u":/icons/hardware.svg"_s, u":/icons/project.svg"_s, u":/icons/environment.svg"_s,
                            u":/icons/log.svg"_s};
    for (const QString &icon : icons)
        new QListWidgetItem(QIcon(icon), QString(), m_sidebar);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);
    m_sidebar->setAutoFillBackground(true);

    m_stack->setObjectName(u"pages"_s);
    for (Page *page :
         std::initializer_list<Page *>{m_welcomePage, m_hardwarePage, m_projectPage, m_environmentPage, m_logPage})
        m_stack->addWidget(page);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({200, 800});
    setCentralWidget(splitter);

    m_statusText->setObjectName(u"statusText"_s);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(new JobStatusWidget(m_jobs, this));

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(AllPages.size()))
            showPage(AllPages.at(static_cast<size_t>(row)));
    });
    connect(m_welcomePage, &WelcomePage::openProjectRequested, this, [this] { chooseProject(ChooseBy::Folder); });
    connect(m_welcomePage, &WelcomePage::recentProjectRequested, this,
            [this](const QString &path) { openProject(path); });
    connect(m_hardwarePage, &HardwarePage::recommendationChosen, this, &MainWindow::useRecommendation);
    connect(m_hardwarePage, &HardwarePage::reportChanged, this, &MainWindow::passRecommendationOn);
    connect(m_editor, &ProjectEditor::opened, this, &MainWindow::projectLoaded);
    connect(m_editor, &ProjectEditor::openFailed, this, [this](const Error &error) {
        Page *page = m_projectDirectory.isEmpty() ? static_cast<Page *>(m_welcomePage) : m_projectPage;
        page->banner()->showError(error);
        if (m_afterOpening == AfterOpening::ShowProjectPage)
            showPage(PageId::Project);
        setStatus(Status::OpenFailed);
        emit projectOpenFailed(error);
    });
    connect(m_editor, &ProjectEditor::stateChanged, this, &MainWindow::updateWindowTitle);
    connect(m_editor, &ProjectEditor::saved, this, [this](const QString &backupPath) {
        qCInfo(lcUi).noquote() << (backupPath.isEmpty()
                                       ? tr("Saved %1.").arg(QDir::toNativeSeparators(m_editor->filePath()))
                                       : tr("Saved %1; the previous version is kept at %2.")
                                             .arg(QDir::toNativeSeparators(m_editor->filePath()),
                                                  QDir::toNativeSeparators(backupPath)));
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_editor->filePath())), 5000);
        if (const std::function<void()> then = std::exchange(m_afterSave, nullptr))
            then();
    });
    connect(m_editor, &ProjectEditor::saveFailed, this, [this] { m_afterSave = nullptr; });
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RecentProjects)
            rebuildRecentMenu();
    });

    createActions();
    createMenus();
    retranslateUi();
    restoreLayout();
    m_hardwarePage->detect();
}

MainWindow::~MainWindow()
{
    // The editor and its stack outlive this part of the destruction: no calls back into it.
    m_editor->undoStack()->disconnect(this);
    m_editor->disconnect(this);
    m_hardwarePage->disconnect(this);
    delete m_projectPage; // it uses the editor, which goes with this window's children
}

QString MainWindow::pageName(PageId page)
{
    static const std::array names{u"hardware"_s, u"project"_s, u"environment"_s, u"log"_s}; // in PageId order
    return names.at(static_cast<size_t>(page));
}

std::optional<MainWindow::PageId> MainWindow::pageFromName(const QString &name)
{
    for (const PageId page : AllPages) {
        if (pageName(page) == name.trimmed().toLower())
            return page;
    }
    return std::nullopt;
}

void MainWindow::createActions()
{
    m_openAction = new QAction(QIcon(u":/icons/project.svg"_s), QString(), this);
    m_openAction->setObjectName(u"openProjectAction"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] { chooseProject(ChooseBy::Folder); });

    m_openFileAction = new QAction(this);
    m_openFileAction->setObjectName(u"openProjectFileAction"_s);
    m_openFileAction->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    connect(m_openFileAction, &QAction::triggered, this, [this] { chooseProject(ChooseBy::File); });

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(u"reloadProjectAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this,
            [this] { whenChangesAreSettled([this] { m_editor->reload(); }); });

    // Own actions rather than QUndoStack's, so their texts follow the language.
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, m_editor->undoStack(), &QUndoStack::undo);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(u"redoAction"_s);
    m_redoAction->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    connect(m_redoAction, &QAction::triggered, m_editor->undoStack(), &QUndoStack::redo);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(u"settingsAction"_s);
    m_settingsAction->setShortcut(QKeySequence(u"Ctrl+,"_s));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(QIcon(u":/icons/akari.svg"_s), QString(), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    for (size_t index = 0; index < AllPages.size(); ++index) {
        auto *action = new QAction(m_sidebar->item(static_cast<int>(index))->icon(), QString(), this);
        action->setObjectName(pageName(AllPages.at(index)) + u"PageAction"_s);
        action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(index + 1)));
        const PageId page = AllPages.at(index);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions.append(action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_openAction);
    m_fileMenu->addAction(m_openFileAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentProjectsMenu"_s);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_projectPage->saveAction());
    m_fileMenu->addAction(m_projectPage->revertAction());
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    for (const PlanPresets::Preset preset : PlanPresets::all())
        m_editMenu->addAction(m_projectPage->presetAction(preset));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_pageActions);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList projects = m_settings->recentProjects();
    for (qsizetype index = 0; index < projects.size(); ++index) {
        const QString directory = projects.at(index);
        // "&1 name" gives the first nine entries a keyboard accelerator.
        // "&" in a path would become a mnemonic; "&&" shows it as itself.
        const QString shown = QDir::toNativeSeparators(directory).replace(u'&', u"&&"_s);
        const QString label = index < 9 ? u"&%1 %2"_s.arg(index + 1).arg(shown) : shown;
        QAction *action = m_recentMenu->addAction(label);
        connect(action, &QAction::triggered, this, [this, directory] { openProject(directory); });
    }
    if (projects.isEmpty()) {
        m_recentMenu->addAction(tr("No recent projects"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Projects"));
    clear->setObjectName(u"clearRecentAction"_s);
    connect(clear, &QAction::triggered, m_settings, &Settings::clearRecentProjects);
}

void MainWindow::retranslateUi()
{
    const QStringList pageTitles{tr("Hardware"), tr("Project"), tr("Environment"), tr("Log")};
    const QStringList pageTips{tr("This machine and what PyTorch build it needs"),
                               tr("The open project’s pyproject.toml"), tr("The project’s virtual environment"),
                               tr("Messages from every part of Akari")};
    for (int row = 0; row < m_sidebar->count(); ++row) {
        m_sidebar->item(row)->setText(pageTitles.at(row));
        m_sidebar->item(row)->setToolTip(pageTips.at(row));
        m_pageActions.at(row)->setText(pageTitles.at(row));
        m_pageActions.at(row)->setStatusTip(pageTips.at(row));
    }
    m_sidebar->setAccessibleName(tr("Pages"));
    // Wide enough for the longest page name in the current language.
    int widest = 0;
    for (const QString &title : pageTitles)
        widest = std::max(widest, m_sidebar->fontMetrics().horizontalAdvance(title));
    m_sidebar->setMinimumWidth(widest + m_sidebar->iconSize().width() + 48);

    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("&Recent Projects"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Project Folder…"));
    m_openAction->setStatusTip(tr("Open a project folder (a new pyproject.toml is made when it has none)"));
    m_openFileAction->setText(tr("Open pyproject.&toml…"));
    m_openFileAction->setStatusTip(tr("Open a project by its pyproject.toml"));
    m_reloadAction->setText(tr("Re&load Project"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Akari"));
    m_aboutQtAction->setText(tr("About &Qt"));
    // The announcement of a chosen build follows the language while it is still on screen.
    if (m_chosenBanner && !m_chosenBanner->isHidden() && m_chosenBanner->text() == m_chosenBannerText) {
        m_chosenBannerText = chosenBannerText();
        m_chosenBanner->showMessage(MessageBanner::Kind::Information, m_chosenBannerText);
    }
    rebuildRecentMenu();
    m_editor->retranslateHistory();
    updateUndoActions();
    updateWindowTitle();
    showStatus();
    passRecommendationOn(); // the Advisor's reasons in the new language
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *undo = m_editor->undoStack();
    m_undoAction->setEnabled(undo->canUndo());
    m_redoAction->setEnabled(undo->canRedo());
    m_undoAction->setText(undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));
}

void MainWindow::setStatus(Status status, const QString &path)
{
    m_status = status;
    m_statusPath = path;
    showStatus();
}

void MainWindow::showStatus()
{
    const QString path = QDir::toNativeSeparators(m_statusPath);
    switch (m_status) {
    case Status::Ready:
        m_statusText->setText(tr("Ready"));
        break;
    case Status::Opening:
        m_statusText->setText(tr("Opening %1…").arg(path));
        break;
    case Status::ProjectOpen:
        m_statusText->setText(tr("Project: %1").arg(path));
        break;
    case Status::OpenFailed:
        m_statusText->setText(tr("Could not open the project."));
        break;
    }
}

void MainWindow::updateWindowTitle()
{
    // "[*]" is where Qt shows the unsaved-changes mark.
    if (m_editor->hasProject() && !m_editor->snapshot().summary.name.isEmpty())
        setWindowTitle(
            tr("%1 — Akari", "project name — application").arg(m_editor->snapshot().summary.name + u"[*]"_s));
    else if (m_editor->hasProject())
        setWindowTitle(tr("%1 — Akari", "project name — application")
                           .arg(QDir::toNativeSeparators(m_editor->snapshot().summary.directory) + u"[*]"_s));
    else
        setWindowTitle(tr("Akari"));
    setWindowModified(m_editor->isModified());
}

void MainWindow::showPage(PageId page)
{
    Page *widget = nullptr;
    switch (page) {
    case PageId::Hardware:
        widget = m_hardwarePage;
        break;
    case PageId::Project:
        widget = m_projectDirectory.isEmpty() ? static_cast<Page *>(m_welcomePage) : m_projectPage;
        break;
    case PageId::Environment:
        widget = m_environmentPage;
        break;
    case PageId::Log:
        widget = m_logPage;
        break;
    }
    m_stack->setCurrentWidget(widget);
    const int row = static_cast<int>(std::find(AllPages.begin(), AllPages.end(), page) - AllPages.begin());
    const QSignalBlocker blocker(m_sidebar);
    m_sidebar->setCurrentRow(row);
}

MainWindow::PageId MainWindow::currentPage() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 ? AllPages.at(static_cast<size_t>(row)) : PageId::Project;
}

Page *MainWindow::currentPageWidget() const
{
    return qobject_cast<Page *>(m_stack->currentWidget());
}

void MainWindow::openProject(const QString &path, AfterOpening after)
{
    if (path.isEmpty())
        return;
    whenChangesAreSettled([this, path, after] {
        setStatus(Status::Opening, path);
        m_afterOpening = after;
        m_editor->open(path); // only the newest load counts
    });
}

void MainWindow::projectLoaded()
{
    const PyProjectSummary &summary = m_editor->snapshot().summary;
    const bool sameProject = summary.directory == m_projectDirectory;
    m_projectDirectory = summary.directory;
    m_projectPage->banner()->hide();
    m_welcomePage->banner()->hide();
    m_environmentPage->setProjectDirectory(summary.directory);
    m_settings->addRecentProject(summary.directory);
    m_reloadAction->setEnabled(true);
    // The welcome view stands in for the Project page until a project is open: replace it
    // even when asked to stay, since staying means staying on the Project page.
    if ((!sameProject && m_afterOpening == AfterOpening::ShowProjectPage) || currentPage() == PageId::Project)
        showPage(PageId::Project);
    updateWindowTitle();
    updateUndoActions();
    setStatus(Status::ProjectOpen, summary.directory);
    qCInfo(lcUi).noquote() << tr("Opened the project %1.").arg(QDir::toNativeSeparators(summary.directory));
    emit projectOpened(summary.directory);
}

void MainWindow::setPrompts(std::unique_ptr<UserPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::whenChangesAreSettled(const std::function<void()> &then)
{
    if (!m_editor->isModified()) {
        then();
        return;
    }
    switch (m_prompts->askAboutUnsavedChanges(this, m_editor->filePath())) {
    case UserPrompts::UnsavedChanges::Save:
        if (!m_editor->canSave() && !m_editor->isSaving()) {
            // Nothing would be written: say so, and stay.
            m_projectPage->banner()->showMessage(
                MessageBanner::Kind::Error,
                tr("Nothing was saved: the setup cannot be written as it is. Change it, or choose not to save."));
            showPage(PageId::Project);
            return;
        }
        // Once saved, ask again if changes came in meanwhile; a failed save keeps everything.
        m_afterSave = [this, then] { whenChangesAreSettled(then); };
        if (!m_editor->isSaving())
            m_editor->save();
        return;
    case UserPrompts::UnsavedChanges::Discard:
        then();
        return;
    case UserPrompts::UnsavedChanges::Cancel:
        return;
    }
}

void MainWindow::passRecommendationOn()
{
    const std::optional<HardwareReport> &report = m_hardwarePage->report();
    if (report)
        m_projectPage->setRecommendation(Advisor::recommend(*report, TargetPlatform::host(report->machine)));
}

void MainWindow::useRecommendation(const Recommendation &recommendation)
{
    m_chosenRecommendation = recommendation;
    m_projectPage->useRecommendation(recommendation);
    showPage(PageId::Project);
    m_chosenBanner = currentPageWidget()->banner();
    m_chosenBannerText = chosenBannerText();
    m_chosenBanner->showMessage(MessageBanner::Kind::Information, m_chosenBannerText);
    emit recommendationChosen(recommendation);
}

QString MainWindow::chosenBannerText() const
{
    if (!m_chosenRecommendation)
        return {};
    const QString name = RecommendationCard::backendName(m_chosenRecommendation->primary);
    return m_projectDirectory.isEmpty()
               ? tr("“%1” was chosen on the Hardware page. Open a project: Akari fills it in there.").arg(name)
               : tr("“%1” was chosen on the Hardware page and filled in below. Check the change, then save.").arg(name);
}

void MainWindow::chooseProject(ChooseBy by)
{
    const bool byFile = by == ChooseBy::File;
    auto *dialog = new QFileDialog(this, byFile ? tr("Open pyproject.toml") : tr("Open Project"));
    dialog->setObjectName(byFile ? u"openProjectFileDialog"_s : u"openProjectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (byFile) {
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilter(tr("Python project files (pyproject.toml)"));
    } else {
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    }
    dialog->setDirectory(m_projectDirectory.isEmpty() ? QDir::homePath() : m_projectDirectory);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openProject(path); });
    dialog->open();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_state->geometry(WindowKey)))
        resize(1000, 680);
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        splitter->restoreState(m_state->layout(WindowKey));
    showPage(pageFromName(m_state->currentPage()).value_or(PageId::Project));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editor->isModified() && !m_discardOnClose) {
        // Asked now; the window closes at once, after a successful save, or not at all.
        event->ignore();
        whenChangesAreSettled([this] {
            m_discardOnClose = true;
            QTimer::singleShot(0, this, [this] {
                close();
                m_discardOnClose = false; // when closing was refused after all
            });
        });
        return;
    }
    m_jobs->cancelAll();
    m_state->setGeometry(WindowKey, saveGeometry());
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        m_state->setLayout(WindowKey, splitter->saveState());
    m_state->setCurrentPage(pageName(currentPage()));
    for (const Result<void> &saved : {m_state->sync(), m_settings->sync()}) {
        if (!saved)
            qCWarning(lcUi).noquote() << saved.error().toString();
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    // After the drop has finished: opening may ask about unsaved changes in a dialog.
    const QString path = urls.first().toLocalFile();
    QTimer::singleShot(0, this, [this, path] { openProject(path); });
}

} // namespace Akari
