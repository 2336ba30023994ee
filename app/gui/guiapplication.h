// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

class QApplication;

namespace Akari
{

class LanguageManager;
class LogBuffer;
class MainWindow;
class Settings;
class WindowState;

/**
 * \brief The GUI process: parses the command line, owns settings, translators, the log and
 * the main window, and implements --screenshot.
 */
class GuiApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Akari::GuiApplication)
    Q_DISABLE_COPY_MOVE(GuiApplication)

public:
    GuiApplication(int &argc, char **argv);
    ~GuiApplication();

    /// Runs the event loop; returns the process exit code.
    int exec();

private:
    struct Options;
    [[nodiscard]] int parseCommandLine(Options &options);
    void startScreenshot(const QString &filePath);

    std::unique_ptr<QApplication> m_app;
    std::unique_ptr<LogBuffer> m_log;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<WindowState> m_state;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Akari
