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

#include "aboutdialog.h"
#include "core/jobs/job.h"
#include "core/jobs/jobtracker.h"
#include "core/project/pyprojectreader.h"
#include "core/project/pyprojectsummary.h"
#include "core/settings/settings.h"
#include "core/settings/windowstate.h"
#include "pages/environmentpage.h"
#include "pages/hardwarepage.h"
#include "pages/logpage.h"
#include "pages/projectpage.h"
#include "pages/welcomepage.h"
#include "settingsdialog.h"
#include "uilogging.h"
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
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_welcomePage(new WelcomePage(settings, this))
    , m_hardwarePage(new HardwarePage(m_jobs, this))
    , m_projectPage(new ProjectPage(this))
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
    connect(m_welcomePage, &WelcomePage::openProjectRequested, this, &MainWindow::chooseProject);
    connect(m_welcomePage, &WelcomePage::recentProjectRequested, this,
            [this](const QString &path) { openProject(path); });
    connect(m_projectPage, &ProjectPage::reloadRequested, this, [this] { openProject(m_projectDirectory); });
    connect(m_hardwarePage, &HardwarePage::recommendationChosen, this, &MainWindow::useRecommendation);
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

MainWindow::~MainWindow() = default;

QString MainWindow::pageName(PageId page)
{
    switch (page) {
    case PageId::Hardware:
        return u"hardware"_s;
    case PageId::Project:
        return u"project"_s;
    case PageId::Environment:
        return u"environment"_s;
    case PageId::Log:
        return u"log"_s;
    }
    return u"project"_s;
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
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseProject);

    m_reloadAction = new QAction(this);
    m_reloadAction->setObjectName(u"reloadProjectAction"_s);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setEnabled(false);
    connect(m_reloadAction, &QAction::triggered, this, [this] { openProject(m_projectDirectory); });

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
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(u"recentProjectsMenu"_s);
    m_fileMenu->addAction(m_reloadAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

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
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open Project…"));
    m_openAction->setStatusTip(tr("Open a folder that holds a pyproject.toml"));
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
    updateWindowTitle();
    showStatus();
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
    const auto summary = m_projectPage->summary();
    if (summary && !summary->name.isEmpty())
        setWindowTitle(tr("%1 — Akari", "project name — application").arg(summary->name));
    else
        setWindowTitle(tr("Akari"));
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
    setStatus(Status::Opening, path);
    // Only the newest load counts: an older one still running is cancelled, and a result
    // that arrives anyway from a load that is no longer current is ignored.
    if (m_projectLoad)
        m_projectLoad->cancel();
    Job *job = m_jobs->run(PyProjectReader::loadJob(path));
    m_projectLoad = job;
    connect(job, &Job::succeeded, this, [this, after, job](const QVariant &result) {
        if (job != m_projectLoad)
            return;
        const auto summary = result.value<PyProjectSummary>();
        const bool sameProject = summary.directory == m_projectDirectory;
        m_projectDirectory = summary.directory;
        m_projectPage->setSummary(summary);
        m_projectPage->banner()->hide();
        m_welcomePage->banner()->hide();
        m_environmentPage->setProjectDirectory(summary.directory);
        m_settings->addRecentProject(summary.directory);
        m_reloadAction->setEnabled(true);
        // The welcome view stands in for the Project page until a project is open: replace it
        // even when asked to stay, since staying means staying on the Project page.
        if ((!sameProject && after == AfterOpening::ShowProjectPage) || currentPage() == PageId::Project)
            showPage(PageId::Project);
        updateWindowTitle();
        setStatus(Status::ProjectOpen, summary.directory);
        qCInfo(lcUi).noquote() << tr("Opened the project %1.").arg(QDir::toNativeSeparators(summary.directory));
        emit projectOpened(summary.directory);
    });
    connect(job, &Job::failed, this, [this, after, job](const Error &error) {
        if (job != m_projectLoad)
            return;
        Page *page = m_projectDirectory.isEmpty() ? static_cast<Page *>(m_welcomePage) : m_projectPage;
        page->banner()->showError(error);
        if (after == AfterOpening::ShowProjectPage)
            showPage(PageId::Project);
        setStatus(Status::OpenFailed);
        emit projectOpenFailed(error);
    });
}

void MainWindow::useRecommendation(const Recommendation &recommendation)
{
    m_chosenRecommendation = recommendation;
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
               ? tr("“%1” was chosen on the Hardware page. Open a project: the project editor will apply it there.")
                     .arg(name)
               : tr("“%1” was chosen on the Hardware page. The project editor will apply it to this project.")
                     .arg(name);
}

void MainWindow::chooseProject()
{
    auto *dialog = new QFileDialog(this, tr("Open Project"));
    dialog->setObjectName(u"openProjectDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
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
    openProject(urls.first().toLocalFile());
}

} // namespace Akari
