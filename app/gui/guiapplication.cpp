// SPDX-License-Identifier: GPL-3.0-or-later
#include "guiapplication.h"

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include "akariversion.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/jobtracker.h"
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

struct GuiApplication::Options
{
    QString project;
    QString screenshot;
    std::optional<MainWindow::PageId> page;
    std::optional<Language> language;
};

namespace
{
constexpr int ExitBadUsage = 2;
// A screenshot waits this long at most for start-up jobs (detection, loading) to finish.
constexpr int ScreenshotJobTimeoutMs = 5000;

void printError(const QString &message)
{
    std::fprintf(stderr, "akari: %s\n", qUtf8Printable(message));
}
} // namespace

GuiApplication::GuiApplication(int &argc, char **argv)
{
    (void)millisecondsSinceProcessStart(); // anchors the fallback clock as early as possible
    QCoreApplication::setApplicationName(u"akari"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AKARI_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral(AKARI_APP_ID));
    m_app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setApplicationDisplayName(u"Akari"_s);
    QGuiApplication::setWindowIcon(QIcon(u":/icons/akari.svg"_s));

    m_log = std::make_unique<LogBuffer>();
    m_log->install();
    m_settings = std::make_unique<Settings>(Settings::defaultFilePath());
    m_state = std::make_unique<WindowState>(WindowState::defaultFilePath());
    m_languages = std::make_unique<LanguageManager>();
}

GuiApplication::~GuiApplication()
{
    m_window.reset(); // before the log and settings it observes
}

int GuiApplication::parseCommandLine(Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Akari: the right PyTorch build for every machine, in your uv project."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"project"_s, tr("Project folder (or its pyproject.toml) to open."),
                                 u"[PROJECT_DIR]"_s);
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, tr("Render the window to a PNG file, print startup_ms=N and peak_rss_kb=N, and exit."),
        u"FILE"_s);
    const QCommandLineOption pageOption(u"page"_s, tr("Page to show: hardware, project, environment or log."),
                                        u"PAGE"_s);
    const QCommandLineOption langOption(u"lang"_s, tr("Language for this run: en or ja."), u"LANG"_s);
    parser.addOptions({screenshotOption, pageOption, langOption});
    parser.process(*m_app);

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        printError(tr("Only one project can be opened at a time."));
        return ExitBadUsage;
    }
    options.project = positional.value(0);
    options.screenshot = parser.value(screenshotOption);
    if (parser.isSet(pageOption)) {
        options.page = MainWindow::pageFromName(parser.value(pageOption));
        if (!options.page) {
            printError(
                tr("Unknown page “%1”: use hardware, project, environment or log.").arg(parser.value(pageOption)));
            return ExitBadUsage;
        }
    }
    if (parser.isSet(langOption)) {
        options.language = languageFromCode(parser.value(langOption));
        if (!options.language || *options.language == Language::System) {
            printError(tr("Unknown language “%1”: use en or ja.").arg(parser.value(langOption)));
            return ExitBadUsage;
        }
    }
    return 0;
}

int GuiApplication::exec()
{
    // Translate --help too: the language comes from the settings until --lang is read.
    m_languages->apply(m_settings->language());
    Options options;
    if (const int code = parseCommandLine(options); code != 0)
        return code;
    if (options.language)
        m_languages->apply(*options.language);
    else
        QObject::connect(m_settings.get(), &Settings::changed, m_languages.get(), [this](Settings::Key key) {
            if (key == Settings::Key::Language)
                m_languages->apply(m_settings->language());
        });

    m_window = std::make_unique<MainWindow>(m_settings.get(), m_state.get(), m_log.get());
    QString project = options.project;
    if (project.isEmpty() && QFileInfo::exists(QDir::current().filePath(u"pyproject.toml"_s)))
        project = QDir::currentPath();
    if (!project.isEmpty())
        m_window->openProject(project, options.page ? MainWindow::AfterOpening::StayOnCurrentPage
                                                    : MainWindow::AfterOpening::ShowProjectPage);
    if (options.page)
        m_window->showPage(*options.page);
    new FirstPaintWatcher(m_window.get(), [](qint64 milliseconds) {
        qCInfo(lcUi).noquote() << tr("The window was first painted %1 ms after start.").arg(milliseconds);
    });
    if (!options.screenshot.isEmpty())
        startScreenshot(options.screenshot);
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
        const bool saved = window->grab().save(filePath, "PNG");
        std::printf("peak_rss_kb=%lld\n", static_cast<long long>(peakResidentBytes() / 1024));
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
