// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>

#include "core/backend/recommendation.h"

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Akari
{

class EnvironmentPage;
class Error;
class HardwarePage;
class Job;
class JobTracker;
class LogBuffer;
class LogPage;
class MessageBanner;
class Page;
class ProjectEditor;
class ProjectPage;
class Settings;
class UserPrompts;
class WelcomePage;
class WindowState;

/**
 * \brief The main window: a sidebar of pages, the menus, and the status bar.
 *
 * Observes the core and commands it through jobs; it holds no business logic. All
 * strings are assigned in retranslateUi(), which runs again on every language change.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class PageId
    {
        Hardware,
        Project,
        Environment,
        Log,
    };
    Q_ENUM(PageId)

    MainWindow(Settings *settings, WindowState *state, LogBuffer *log, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// "hardware", "project", "environment", "log" (the --page spelling).
    [[nodiscard]] static QString pageName(PageId page);
    [[nodiscard]] static std::optional<PageId> pageFromName(const QString &name);

    void showPage(PageId page);
    [[nodiscard]] PageId currentPage() const;
    /// The page widget on screen (the welcome view stands in for Project while no project is open).
    [[nodiscard]] Page *currentPageWidget() const;
    enum class AfterOpening
    {
        ShowProjectPage,
        StayOnCurrentPage,
    };
    /// Loads the project at \a path (folder or pyproject.toml) as a job; by default the
    /// Project page comes to the front once a different project is open.
    void openProject(const QString &path, AfterOpening after = AfterOpening::ShowProjectPage);
    [[nodiscard]] QString projectDirectory() const { return m_projectDirectory; }
    [[nodiscard]] JobTracker *jobs() const { return m_jobs; }
    /// The recommendation last taken with "Use This" on the Hardware page, for the project editor.
    [[nodiscard]] std::optional<Recommendation> chosenRecommendation() const { return m_chosenRecommendation; }
    [[nodiscard]] ProjectEditor *projectEditor() const { return m_editor; }
    [[nodiscard]] ProjectPage *projectPage() const { return m_projectPage; }
    /// Replaces the modal questions (unsaved changes), e.g. with fixed answers in tests.
    void setPrompts(std::unique_ptr<UserPrompts> prompts);

signals:
    void projectOpened(const QString &directory);
    void projectOpenFailed(const Akari::Error &error);
    /// "Use This" on the Hardware page: the project editor applies \a recommendation.
    void recommendationChosen(const Akari::Recommendation &recommendation);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void rebuildRecentMenu();
    enum class ChooseBy
    {
        Folder,
        File, ///< its pyproject.toml
    };
    void chooseProject(ChooseBy by);
    /// Asks about unsaved changes before \a then (opening, reloading, closing) drops them:
    /// runs \a then at once, after a successful save, or not at all.
    void whenChangesAreSettled(const std::function<void()> &then);
    void projectLoaded();
    void updateUndoActions();
    void showSettings();
    void showAbout();
    enum class Status
    {
        Ready,
        Opening,
        ProjectOpen,
        OpenFailed,
    };
    /// The status bar's message, kept as a kind so it can be shown again in another language.
    void setStatus(Status status, const QString &path = {});
    void showStatus();
    void updateWindowTitle();
    void restoreLayout();
    void useRecommendation(const Recommendation &recommendation);
    /// This machine's recommendation from the Hardware page's report, for the presets.
    void passRecommendationOn();
    /// The banner that says which build was chosen, in the current language.
    [[nodiscard]] QString chosenBannerText() const;

    Settings *m_settings;
    WindowState *m_state;
    JobTracker *m_jobs;
    ProjectEditor *m_editor;
    std::unique_ptr<UserPrompts> m_prompts;
    QString m_projectDirectory;
    AfterOpening m_afterOpening = AfterOpening::ShowProjectPage;
    std::function<void()> m_afterSave; ///< what waits for the save the user asked for in a prompt
    bool m_discardOnClose = false;     ///< the user settled the unsaved changes: close without asking
    std::optional<Recommendation> m_chosenRecommendation;
    QPointer<MessageBanner> m_chosenBanner; ///< where the choice was announced, to retranslate it
    QString m_chosenBannerText;

    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    WelcomePage *m_welcomePage;
    HardwarePage *m_hardwarePage;
    ProjectPage *m_projectPage;
    EnvironmentPage *m_environmentPage;
    LogPage *m_logPage;
    QLabel *m_statusText;
    Status m_status = Status::Ready;
    QString m_statusPath;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_pageActions;
};

} // namespace Akari
