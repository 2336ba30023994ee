// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "guioptions.h"

class QApplication;
class QTemporaryDir;

namespace Akari
{

class LanguageManager;
class LogBuffer;
class MainWindow;
class Settings;
class WindowState;

/**
 * \brief The GUI process: owns settings, translators, the log and the main window, and
 * implements --screenshot. The command line was parsed before (GuiCommandLine).
 */
class GuiApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::GuiApplication)
    Q_DISABLE_COPY_MOVE(GuiApplication)

public:
    GuiApplication(int &argc, char **argv, GuiOptions options);
    ~GuiApplication();

    /// Parses the command line without a window system, then runs the application.
    /// Returns the process exit code.
    [[nodiscard]] static int run(int &argc, char **argv);

    /// Runs the event loop; returns the process exit code.
    int exec();

private:
    void startScreenshot(const QString &filePath);
    void applyLanguage();

    GuiOptions m_options;
    std::unique_ptr<QApplication> m_app;
    std::unique_ptr<QTemporaryDir> m_throwawayProfile; ///< --screenshot never touches real settings
    std::unique_ptr<LogBuffer> m_log;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WindowState> m_state;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Akari
