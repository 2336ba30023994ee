// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include <cstdio>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTemporaryDir>
#include <QTimer>

#include "akariversion.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/jobtracker.h"
#include "core/logging/debugmessages.h"
#include "core/logging/logbuffer.h"
#include "core/settings/settings.h"
#include "core/settings/windowstate.h"
#include "core/system/processclock.h"
#include "core/system/processmemory.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "uilogging.h"

using namespace Qt::Literals::StringLiterals;

namespace Akari
{

namespace
{
// A screenshot waits this long at most for start-up jobs (detection, loading) to finish.
constexpr int ScreenshotJobTimeoutMs = 5000;

void printError(const QString &message)
{
    std::fprintf(stderr, "akari: %s\n", qUtf8Printable(message));
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(u"akari"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AKARI_VERSION_STRING));
}
} // namespace

int GuiApplication::run(int &argc, char **argv)
{
    (void)millisecondsSinceProcessStart(); // anchors the fallback clock as early as possible
    GuiOptions options;
    {
        // A plain core application for parsing: --help and bad usage need no display.
        QCoreApplication parsing(argc, argv);
        setApplicationNames();
        LanguageManager languages;
        languages.apply(Settings(Settings::defaultFilePath()).language());
        if (const std::optional<int> exitCode = GuiCommandLine::parse(QCoreApplication::arguments(), options))
            return *exitCode;
    }
    GuiApplication application(argc, argv, std::move(options));
    return application.exec();
}

GuiApplication::GuiApplication(int &argc, char **argv, GuiOptions options)
    : m_options(std::move(options))
{
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral(AKARI_APP_ID));
    m_app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setApplicationDisplayName(u"Akari"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/akari.svg"_s));

    m_log = std::make_unique<LogBuffer>();
    m_log->install();
    QString settingsFile = Settings::defaultFilePath();
    QString stateFile = WindowState::defaultFilePath();
    if (!m_options.screenshot.isEmpty()) {
        m_throwawayProfile = std::make_unique<QTemporaryDir>();
        settingsFile = m_throwawayProfile->filePath(u"akari.ini"_s);
        stateFile = m_throwawayProfile->filePath(u"state.ini"_s);
    }
    m_settings = std::make_unique<Settings>(settingsFile);
    m_state = std::make_unique<WindowState>(stateFile);
    m_languages = std::make_unique<LanguageManager>();
}

GuiApplication::~GuiApplication()
{
    m_window.reset(); // before the log and settings it observes
}

void GuiApplication::applyLanguage()
{
    m_languages->apply(m_options.language.value_or(m_settings->language()));
}

int GuiApplication::exec()
{
    applyLanguage();
    setDebugMessagesEnabled(m_settings->showDebugMessages());
    QObject::connect(m_settings.get(), &Settings::changed, m_languages.get(), [this](Settings::Key key) {
        if (key == Settings::Key::Language) {
            m_options.language.reset(); // a choice made in Settings replaces --lang
            applyLanguage();
        } else if (key == Settings::Key::ShowDebugMessages) {
            setDebugMessagesEnabled(m_settings->showDebugMessages());
        }
    });

    m_window = std::make_unique<MainWindow>(m_settings.get(), m_state.get(), m_log.get());
    QString project = m_options.project;
    if (project.isEmpty() && QFileInfo::exists(QDir::current().filePath(u"pyproject.toml"_s)))
        project = QDir::currentPath();
    if (!project.isEmpty())
        m_window->openProject(project, m_options.page ? MainWindow::AfterOpening::StayOnCurrentPage
                                                      : MainWindow::AfterOpening::ShowProjectPage);
    if (m_options.page)
        m_window->showPage(*m_options.page);
    new FirstPaintWatcher(m_window.get(), [](qint64 milliseconds) {
        qCInfo(lcUi).noquote() << tr("The window was first painted %1 ms after start.").arg(milliseconds);
    });
    if (!m_options.screenshot.isEmpty())
        startScreenshot(m_options.screenshot);
    m_window->show();
    return m_app->exec();
}

void GuiApplication::startScreenshot(const QString &filePath)
{
    MainWindow *window = m_window.get();
    window->resize(1000, 680);
    const auto save = [window, filePath, done = std::make_shared<bool>(false)] {
        if (std::exchange(*done, true))
            return; // both the idle signal and the time-out may arrive
        // Everything started at start-up has finished (the project loaded and previewed).
        std::printf("ready_ms=%lld\n", static_cast<long long>(millisecondsSinceProcessStart()));
        const bool saved = window->grab().save(filePath, "PNG");
        std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakResidentBytes() / 1024));
        if (!window->projectDirectory().isEmpty())
            std::printf("project=%s\n", qUtf8Printable(window->projectDirectory()));
        std::fflush(stdout);
        if (!saved)
            printError(tr("Could not write the screenshot to “%1”.").arg(QDir::toNativeSeparators(filePath)));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    new FirstPaintWatcher(window, [window, save](qint64 milliseconds) {
        std::printf("startup_ms=%lld\n", static_cast<long long>(milliseconds));
        std::fflush(stdout);
        JobTracker *jobs = window->jobs();
        if (!jobs->isBusy()) {
            QTimer::singleShot(0, window, save);
            return;
        }
        // Wait for start-up jobs so the picture shows their results, but never forever.
        QObject::connect(jobs, &JobTracker::busyChanged, window, [window, save](bool busy) {
            if (!busy)
                QTimer::singleShot(0, window, save);
        });
        QTimer::singleShot(ScreenshotJobTimeoutMs, window, save);
    });
}

} // namespace Akari
