// SPDX-License-Identifier: GPL-3.0-or-later
// Switching language at run time: every visible string of every window follows (labels, fact
// values that are interface text, tooltips, status tips, accessible names, log headers and levels,
// banners, the job status), and no English is left in the Japanese UI.
#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "aboutdialog.h"
#include "core/i18n/languagemanager.h"
#include "core/jobs/job.h"
#include "core/jobs/jobcontext.h"
#include "core/jobs/jobtracker.h"
#include "core/logging/logbuffer.h"
#include "heldfile.h"
#include "logmodel.h"
#include "mainwindow.h"
#include "pages/page.h"
#include "pages/projectpage.h"
#include "projectfixture.h"
#include "settingsdialog.h"
#include "testenvironment.h"
#include "widgets/factsview.h"
#include "widgets/jobstatuswidget.h"
#include "widgets/messagebanner.h"

using namespace Qt::Literals::StringLiterals;
using Akari::MainWindow;

namespace
{
// Names that stay as they are in Japanese (the glossary keeps code, product and file names).
const QStringList KeptWords{
    // commands are code (before "uv", which they contain)
    u"uv sync --extra NAME"_s, u"uv sync --extra"_s, u"uv sync"_s, u"Akari"_s, u"PyTorch"_s, u"pyproject.toml"_s,
    u"toml"_s, u"uv"_s, u"Python"_s, u"Qt"_s, u"GPU"_s, u"CPU"_s, u"GNU"_s, u"venv"_s, u"English"_s, u"https"_s,
    u"github.com"_s, u"akari_project"_s, u"akari"_s, u"Linux"_s, u"Windows"_s, u"macOS"_s, u"cpu"_s, u"PCI"_s,
    u"NVIDIA"_s, u"AMD"_s, u"Intel"_s, u"Apple"_s, u"CUDA"_s, u"ROCm"_s, u"WSL"_s, u"XPU"_s, u"MPS"_s, u"PyPI"_s,
    u"glibc"_s, u"musl"_s, u"CUDA_VISIBLE_DEVICES"_s, u"torch-backend=auto"_s,
    // package names are code names
    u"torch"_s, u"torchvision"_s, u"torchaudio"_s, u"conflicts"_s, // the key of [tool.uv] conflicts
    u"requires-python"_s};                                         // the key of [project]
// Fact rows whose values are data (names, versions, paths, sizes): the same in every language.
const QStringList DataFacts{u"hostName"_s,       u"osName"_s,          u"kernel"_s,        u"architecture"_s,
                            u"cpuModel"_s,       u"memory"_s,          u"libc"_s,          u"projectName"_s,
                            u"projectVersion"_s, u"requiresPython"_s,  u"extras"_s,        u"indexes"_s,
                            u"sources"_s,        u"environmentPath"_s, u"pythonVersion"_s, u"interpreter"_s,
                            u"createdBy"_s,      u"nvidiaDriver"_s,    u"rocmVersion"_s,   u"cudaVisibleDevices"_s,
                            u"projectFile"_s}; // a path (with a note in the UI's language for a new project)
// Fact rows whose values are interface text ("Ready", "2 packages", "pyproject.toml (4 lines)").
const QStringList InterfaceFacts{u"environmentStatus"_s, u"packageCount"_s, u"logicalCores"_s, u"uvDetection"_s};
// Lists of data (dependencies, packages): only their notes (inert placeholder rows) are interface text.
const QStringList DataLists{u"dependencyList"_s, u"packageList"_s};
const QByteArray ProjectToml = "[project]\nname = \"akari_project\"\ndependencies = [\"torch>=2.7\", \"numpy\"]\n";

// The job status rewrites all its strings (text, tooltips, accessible names) for each job before
// it shows again, so while hidden it holds nothing a user can see or hear.
bool inIdleJobStatus(const QWidget *widget)
{
    for (; widget; widget = widget->parentWidget()) {
        if (qobject_cast<const Akari::JobStatusWidget *>(widget))
            return widget->isHidden();
    }
    return false;
}

QStringList visibleTexts(const QWidget *root)
{
    QStringList texts;
    const auto add = [&texts](const QString &text) {
        if (!text.trimmed().isEmpty())
            texts.append(text);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(const_cast<QWidget *>(root));
    for (const QWidget *widget : std::as_const(widgets)) {
        if (inIdleJobStatus(widget))
            continue;
        add(widget->windowTitle());
        add(widget->toolTip());
        add(widget->statusTip());
        add(widget->whatsThis());
        add(widget->accessibleName());
        add(widget->accessibleDescription());
        if (const auto *label = qobject_cast<const QLabel *>(widget)) {
            const bool factValue =
                qobject_cast<Akari::FactsView *>(label->parentWidget()) && !label->objectName().endsWith(u"Label"_s);
            if (!factValue || !DataFacts.contains(label->objectName()))
                add(label->text());
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
            add(button->text());
        } else if (const auto *list = qobject_cast<const QListWidget *>(widget)) {
            for (int row = 0; row < list->count(); ++row) {
                if (!DataLists.contains(list->objectName()) || list->item(row)->flags() == Qt::NoItemFlags) {
                    add(list->item(row)->text());
                    add(list->item(row)->toolTip());
                }
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(widget)) {
            for (int index = 0; index < combo->count(); ++index)
                add(combo->itemText(index));
        } else if (const auto *table = qobject_cast<const QTableView *>(widget)) {
            const QAbstractItemModel *model = table->model();
            for (int column = 0; column < model->columnCount(); ++column)
                add(model->headerData(column, Qt::Horizontal).toString());
            if (qobject_cast<const Akari::LogModel *>(model)) { // the level is interface text, the rest data
                for (int row = 0; row < model->rowCount(); ++row)
                    add(model->index(row, Akari::LogModel::TypeColumn).data().toString());
            }
        }
    }
    for (const QAction *action : root->findChildren<QAction *>()) {
        if (action->menu())
            add(action->menu()->title());
        add(action->text());
        add(action->toolTip());
        add(action->statusTip());
    }
    return texts;
}

// What is left of a text once data (paths), kept words, markup, entities and numbers are removed.
QString englishLeftIn(QString text, const QStringList &data)
{
    for (const QString &value : data)
        text.remove(value);
    text.replace(QRegularExpression(u"<[^>]*>"_s), u" "_s);
    text.remove(QRegularExpression(u"&[a-z]+;"_s));
    text.remove(QRegularExpression(u"https?://\\S+"_s));
    for (const QString &word : KeptWords)
        text.remove(QRegularExpression(u"\\b%1\\b"_s.arg(QRegularExpression::escape(word))));
    const QRegularExpressionMatch match = QRegularExpression(u"[A-Za-z]{3,}"_s).match(text);
    return match.hasMatch() ? match.captured() : QString();
}

bool isJapanese(const QString &text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff) || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
    });
}

// Fails the calling test for every text with English left; returns false when it did.
[[nodiscard]] bool checkNoEnglish(const QStringList &texts, const QStringList &data, const QString &where)
{
    for (const QString &text : texts) {
        const QString left = englishLeftIn(text, data);
        if (!QTest::qVerify(left.isEmpty(), "englishLeftIn(text).isEmpty()",
                            qPrintable(u"English “%1” left in “%2” (%3)"_s.arg(left, text, where)), __FILE__, __LINE__))
            return false;
    }
    return true;
}

QString fact(const QWidget &window, const QString &id)
{
    const auto *label = window.findChild<QLabel *>(id);
    return label ? label->text() : u"<no row %1>"_s.arg(id);
}

Akari::Job *waitingJob(const QString &title)
{
    return Akari::Job::create<int>(title, [](Akari::JobContext &context) -> Akari::Result<int> {
        while (!context.isCancelled())
            QThread::msleep(5);
        return Akari::fail(Akari::Error::cancelled());
    });
}

// English at first, the main window shown with both dialogs as its children.
struct Application
{
    QTemporaryDir dir;
    Akari::Test::IsolatedProfile profile;
    Akari::LogBuffer log;
    Akari::LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    QStringList data;

    Application()
    {
        (void)languages.apply(Akari::Language::English, {});
        window = std::make_unique<MainWindow>(&profile.settings(), &profile.state(), &log);
        new Akari::SettingsDialog(&profile.settings(), window.get());
        new Akari::AboutDialog(window.get());
        window->show();
        data = QStringList{QDir::toNativeSeparators(dir.path()), dir.path()};
    }

    [[nodiscard]] bool switchTo(Akari::Language language)
    {
        if (!languages.apply(language, {}))
            return false;
        const QString pages = QCoreApplication::translate("Akari::MainWindow", "Hardware");
        // LanguageChange arrives through the event loop.
        return QTest::qWaitFor(
            [&] { return window->findChild<QListWidget *>(u"sidebar"_s)->item(0)->text() == pages; });
    }
};
} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private slots:
    void shouldLeaveNoEnglishInTheJapaneseUi_data()
    {
        QTest::addColumn<bool>("openProject");
        QTest::addColumn<bool>("withEnvironment");
        QTest::addColumn<QString>("status");
        QTest::newRow("no project") << false << false << u"No project is open."_s;
        QTest::newRow("project without .venv") << true << false << u"Not created yet"_s;
        QTest::newRow("project with a real .venv") << true << true << u"Ready"_s;
    }

    void shouldLeaveNoEnglishInTheJapaneseUi()
    {
        QFETCH(bool, openProject);
        QFETCH(bool, withEnvironment);
        QFETCH(QString, status);
        Application app;
        MainWindow &window = *app.window;
        QTRY_VERIFY(!window.jobs()->isBusy());
        if (openProject) {
            const QString project = Akari::Test::writeProject(app.dir.path(), u"akari_project"_s, ProjectToml);
            QVERIFY(!project.isEmpty());
            if (withEnvironment) {
                const QString made = Akari::Test::createVirtualEnvironment(project);
                QVERIFY2(made.isEmpty(), qPrintable(made));
            }
            QSignalSpy opened(&window, &MainWindow::projectOpened);
            window.openProject(project);
            QVERIFY(opened.wait(10000));
        }
        window.showPage(MainWindow::PageId::Environment);
        QTRY_COMPARE(fact(window, u"environmentStatus"_s), status);
        QTRY_VERIFY(!window.jobs()->isBusy());
        app.log.append(QtWarningMsg, u"akari.test"_s, u"a message is data"_s);
        QTRY_COMPARE(window.findChild<QTableView *>(u"logView"_s)->model()->rowCount(), 1);
        QMap<QString, QString> englishFacts;
        for (const QString &id : InterfaceFacts)
            englishFacts.insert(id, fact(window, id));
        const QStringList english = visibleTexts(&window);
        // What the Japanese UI must translate is really on screen in English.
        for (const QString &expected : {status, u"Warning"_s, u"Level"_s, u"Pages"_s, u"Dismiss message"_s})
            QVERIFY2(english.contains(expected), qPrintable(expected));
        QCOMPARE(fact(window, u"projectFile"_s) != u"—"_s, openProject);
        QCOMPARE(englishFacts.value(u"packageCount"_s) == u"0 packages"_s, withEnvironment);
        if (withEnvironment)
            QVERIFY(english.contains(u"No packages are installed in this environment."_s));

        QVERIFY(app.switchTo(Akari::Language::Japanese));
        QVERIFY(app.languages.hasQtCatalog());
        QTRY_VERIFY(isJapanese(fact(window, u"environmentStatus"_s)));
        QTRY_VERIFY(!window.jobs()->isBusy()); // the Hardware page detects again to reword its notes
        const QStringList japanese = visibleTexts(&window);
        QCOMPARE(japanese.size(), english.size());
        QVERIFY(checkNoEnglish(japanese, app.data, window.objectName()));
        for (const QString &id : InterfaceFacts) {
            if (englishFacts.value(id) != u"—"_s) // shown: then in Japanese
                QVERIFY2(isJapanese(fact(window, id)), qPrintable(id + u": "_s + fact(window, id)));
        }
        const QAbstractItemModel *logModel = window.findChild<QTableView *>(u"logView"_s)->model();
        QVERIFY(isJapanese(logModel->index(0, Akari::LogModel::TypeColumn).data().toString()));
        for (int column = 0; column < logModel->columnCount(); ++column)
            QVERIFY(isJapanese(logModel->headerData(column, Qt::Horizontal).toString()));
        // Qt's own buttons follow through qtbase_ja.
        auto *buttons = window.findChild<Akari::SettingsDialog *>()->findChild<QDialogButtonBox *>();
        QVERIFY(buttons->button(QDialogButtonBox::Cancel)->text() != u"&Cancel"_s);

        QVERIFY(app.switchTo(Akari::Language::English));
        QTRY_COMPARE(visibleTexts(&window), english);
    }

    void shouldExplainAFailedOpenInJapanese_data()
    {
        QTest::addColumn<bool>("projectOpen");
        QTest::addColumn<bool>("folderExists");
        // A folder without pyproject.toml is a new project; a malformed file cannot be opened.
        QTest::newRow("nothing open, no such folder") << false << false;
        QTest::newRow("nothing open, malformed pyproject.toml") << false << true;
        QTest::newRow("a project open, malformed pyproject.toml") << true << true;
    }

    void shouldExplainAFailedOpenInJapanese()
    {
        QFETCH(bool, projectOpen);
        QFETCH(bool, folderExists);
        Application app;
        MainWindow &window = *app.window;
        if (projectOpen) {
            QSignalSpy opened(&window, &MainWindow::projectOpened);
            window.openProject(Akari::Test::writeProject(app.dir.path(), u"akari_project"_s, ProjectToml));
            QVERIFY(opened.wait(10000));
        }
        QTRY_VERIFY(!window.jobs()->isBusy());
        QVERIFY(app.switchTo(Akari::Language::Japanese));

        const QString target = QDir(app.dir.path()).filePath(u"akari_broken"_s);
        if (folderExists)
            QVERIFY(Akari::Test::writeFile(QDir(target).filePath(u"pyproject.toml"_s),
                                           "[project]\ndependencies = \"torch\"\n")); // TOML, wrong type
        app.data.prepend(QDir::toNativeSeparators(target));                           // the path the user chose is data
        app.data.append(u"project.dependencies"_s); // and so is the key the message names
        QSignalSpy failed(&window, &MainWindow::projectOpenFailed);
        window.openProject(target);
        QVERIFY(failed.wait(10000));
        Akari::MessageBanner *banner = window.currentPageWidget()->banner();
        QTRY_VERIFY(banner->isVisible());
        QCOMPARE(window.currentPageWidget()->objectName(), projectOpen ? u"projectPage"_s : u"welcomePage"_s);
        QVERIFY2(isJapanese(banner->text()), qPrintable(banner->text()));
        QVERIFY(checkNoEnglish({banner->text()}, app.data, u"banner"_s));
        QVERIFY(isJapanese(window.findChild<QLabel *>(u"statusText"_s)->text()));
        QTRY_VERIFY(!window.jobs()->isBusy());
        QVERIFY(checkNoEnglish(visibleTexts(&window), app.data, window.objectName()));
    }

    void shouldAnnounceTheChosenBuildInEitherLanguage()
    {
        Application app;
        MainWindow &window = *app.window;
        QTRY_VERIFY(!window.jobs()->isBusy()); // start-up detection done
        window.showPage(MainWindow::PageId::Hardware);
        QTest::mouseClick(window.findChild<QPushButton *>(u"useRecommendationButton"_s), Qt::LeftButton);
        Akari::MessageBanner *banner = window.currentPageWidget()->banner();
        QVERIFY(banner->isVisible());
        const QString english = banner->text();
        QVERIFY2(english.contains(u"was chosen"_s), qPrintable(english));

        // The announcement is still on screen, so it follows the language both ways.
        QVERIFY(app.switchTo(Akari::Language::Japanese));
        QTRY_VERIFY2(isJapanese(banner->text()), qPrintable(banner->text()));
        QVERIFY(banner->isVisible());
        QVERIFY(checkNoEnglish({banner->text()}, app.data, u"banner"_s));
        QVERIFY(app.switchTo(Akari::Language::English));
        QTRY_COMPARE(banner->text(), english);
    }

    void shouldNameUndoStepsInTheNewLanguage()
    {
        Application app;
        MainWindow &window = *app.window;
        QTRY_VERIFY(!window.jobs()->isBusy());
        QSignalSpy opened(&window, &MainWindow::projectOpened);
        window.openProject(Akari::Test::writeProject(app.dir.path(), u"akari_project"_s, ProjectToml));
        QVERIFY(opened.wait(10000));
        window.projectPage()->applyPreset(Akari::PlanPresets::Preset::CpuEverywhere);
        auto *undo = window.findChild<QAction *>(u"undoAction"_s);
        const QString english = undo->text();
        QVERIFY2(english.contains(u"CPU everywhere"_s), qPrintable(english)); // the step, named
        QVERIFY(app.switchTo(Akari::Language::Japanese));
        QTRY_VERIFY2(isJapanese(undo->text()), qPrintable(undo->text()));
        QVERIFY(checkNoEnglish({undo->text()}, app.data, u"undo"_s));
        QVERIFY(app.switchTo(Akari::Language::English));
        QTRY_COMPARE(undo->text(), english);
    }

    void shouldShowTheJobStatusInJapanese()
    {
        Application app;
        MainWindow &window = *app.window;
        QTRY_VERIFY(!window.jobs()->isBusy());
        QVERIFY(Akari::Test::allowParallelJobs(window.jobs()));
        auto *status = window.findChild<Akari::JobStatusWidget *>();
        auto *text = status->findChild<QLabel *>(u"jobStatusText"_s);
        // Jobs named with kept words, running across the switch: the words around them must follow.
        window.jobs()->run(waitingJob(u"PyTorch"_s));
        window.jobs()->run(waitingJob(u"uv"_s));
        QTRY_COMPARE(text->text(), u"uv (+1 more)"_s);
        QVERIFY(status->isVisible());
        const QStringList english = visibleTexts(status);
        QVERIFY(english.contains(u"Cancel “uv”"_s));

        QVERIFY(app.switchTo(Akari::Language::Japanese));
        QTRY_VERIFY(isJapanese(text->text()));
        QCOMPARE(visibleTexts(status).size(), english.size());
        QVERIFY(checkNoEnglish(visibleTexts(status), app.data, u"job status"_s));
        // The status bar's own message must follow the switch too, busy or not.
        const QLabel *statusText = window.findChild<QLabel *>(u"statusText"_s);
        QVERIFY2(isJapanese(statusText->text()), qPrintable(statusText->text()));
        QStringList others = visibleTexts(&window);
        others.removeOne(statusText->text());
        QVERIFY(checkNoEnglish(others, app.data, window.objectName()));

        // Akari's own jobs started in Japanese: the environment inspection waits on a held pyvenv.cfg.
        const QString project = Akari::Test::writeProject(app.dir.path(), u"akari_project"_s, ProjectToml);
        Akari::Test::HeldFile held(QDir(project).filePath(u".venv/pyvenv.cfg"_s));
        QVERIFY(held.isValid());
        window.openProject(project);
        QTRY_COMPARE(window.jobs()->runningJobs().size(), 3);
        QTRY_VERIFY(!window.jobs()->runningJobs().last()->progress().phase.isEmpty());
        QTRY_VERIFY(isJapanese(text->text()) && text->text() != visibleTexts(status).first());
        for (const QString &shown : visibleTexts(status))
            QVERIFY2(isJapanese(shown) || englishLeftIn(shown, app.data).isEmpty(), qPrintable(shown));
        QVERIFY(checkNoEnglish(visibleTexts(&window), app.data, window.objectName()));

        QVERIFY(held.release("version = 3.12.1\n"));
        window.jobs()->cancelAll();
        QTRY_VERIFY(!window.jobs()->isBusy());
        QTRY_VERIFY(!status->isVisible());
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
