// SPDX-License-Identifier: GPL-3.0-or-later
// The Project page driven as a user drives it: pickers, presets, modes, packages, Save,
// undo, the language, and files that change on disk. Saved files are compared by meaning
// with uv's guide (../shared/seed) through an oracle that does not use core/project.
#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>

#include "core/i18n/languagemanager.h"
#include "core/jobs/jobtracker.h"
#include "guideconfigurations.h"
#include "pages/projectpage.h"
#include "projecteditor.h"
#include "projectfixture.h"
#include "pyprojectmeaning.h"
#include "testenvironment.h"
#include "widgets/backendpicker.h"
#include "widgets/diffhighlighter.h"
#include "widgets/messagebanner.h"
#include "widgets/packagepicker.h"
#include "widgets/planissuelist.h"
#include "widgets/planmatrixwidget.h"
#include "widgets/planpreviewpane.h"
#include "widgets/variantseditor.h"

using namespace Qt::Literals::StringLiterals;
using namespace Akari::Test; // GuideConfiguration
using Akari::BackendPicker;
using Akari::PlanPresets;
using Akari::ProjectEditor;
using Akari::ProjectPage;
using Akari::TargetPlatform;
using Os = Akari::TargetPlatform::Os;

namespace
{
QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Chooses \a id in \a picker with the keyboard, as a user would: Home, then Down until it is
/// current (a combo box skips headings and disabled entries by itself).
bool choose(BackendPicker *picker, const QString &id)
{
    if (!picker)
        return false;
    const int target = picker->findData(id);
    if (target < 0)
        return false;
    QTest::keyClick(picker, Qt::Key_Home);
    for (int step = 0; picker->currentIndex() != target && step < picker->count(); ++step)
        QTest::keyClick(picker, Qt::Key_Down);
    return picker->currentIndex() == target;
}

/// The accelerator a guide file's index URLs name (download.pytorch.org/whl/<id>, not cpu), read from the text itself.
QString backendInGuide(const QByteArray &toml)
{
    static const QRegularExpression url(u"download\\.pytorch\\.org/whl/([a-z0-9.]+)"_s);
    for (const QRegularExpressionMatch &match : url.globalMatch(QString::fromUtf8(toml))) {
        if (match.captured(1) != u"cpu"_s)
            return match.captured(1);
    }
    return {};
}
} // namespace

class TestProjectPage : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;
    QTemporaryDir m_data; // backups go here, not into the user's data folder
    QList<QByteArray> m_guide;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Akari::JobTracker> m_jobs;
    std::unique_ptr<ProjectEditor> m_editor;
    std::unique_ptr<ProjectPage> m_page;

    /// Writes \a toml as a project and opens it; true once its first preview is there.
    bool open(const QByteArray &toml)
    {
        const QString folder = Akari::Test::writeProject(m_dir->path(), u"demo"_s, toml);
        if (folder.isEmpty())
            return false;
        return openFolder(folder);
    }

    bool openFolder(const QString &folder)
    {
        QSignalSpy opened(m_editor.get(), &ProjectEditor::opened);
        m_editor->open(folder);
        if (!opened.wait(10000))
            return false;
        return QTest::qWaitFor([this] { return settled(); }, 10000);
    }

    /// No job running and the preview is of the plan on screen.
    [[nodiscard]] bool settled() const
    {
        return !m_jobs->isBusy() && m_editor->preview() && m_editor->preview()->plan == m_editor->plan();
    }

    bool save()
    {
        QSignalSpy saved(m_editor.get(), &ProjectEditor::saved);
        QSignalSpy failed(m_editor.get(), &ProjectEditor::saveFailed);
        QAbstractButton *button = m_page->findChild<QAbstractButton *>(u"saveButton"_s);
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 10000) && failed.isEmpty() &&
               QTest::qWaitFor([this] { return settled(); }, 10000);
    }

    [[nodiscard]] QByteArray onDisk() const { return readFile(m_editor->filePath()); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        m_guide = Akari::Test::guideConfigurations();
        QCOMPARE(m_guide.size(), 6);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_jobs = std::make_unique<Akari::JobTracker>();
        m_editor = std::make_unique<ProjectEditor>(m_jobs.get());
        m_page = std::make_unique<ProjectPage>(m_editor.get());
        m_page->resize(900, 640);
        m_page->show();
    }

    void cleanup()
    {
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        m_page.reset();
        m_editor.reset();
        QTRY_VERIFY(!m_jobs->isBusy());
        m_jobs.reset();
        m_dir.reset();
    }

    void shouldReachEveryGuideConfigurationByClicking_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("target");
        for (int target = GuideDefault; target <= GuideVariants; ++target) {
            // From PyPI's default to each, and back from each other one.
            const int start = target == GuideDefault ? GuideCudaOnLinux : GuideDefault;
            QTest::addRow("%d from %d", target, start) << start << target;
        }
        QTest::addRow("variants to ROCm") << int(GuideVariants) << int(GuideRocm);
        QTest::addRow("XPU to variants") << int(GuideXpu) << int(GuideVariants);
    }

    void shouldReachEveryGuideConfigurationByClicking()
    {
        QFETCH(int, start);
        QFETCH(int, target);
        QVERIFY(open(m_guide.at(start)));
        Akari::PlanMatrixWidget *matrix = m_page->matrix();
        const QString id = backendInGuide(m_guide.at(target));
        if (m_editor->plan().mode() == Akari::TorchPlan::Mode::Variants)
            QTest::mouseClick(m_page->findChild<QRadioButton *>(u"perPlatformMode"_s), Qt::LeftButton);
        switch (GuideConfiguration(target)) {
        case GuideDefault:
            for (const Os os : {Os::Linux, Os::Windows, Os::MacOs})
                QVERIFY(choose(matrix->columnPicker(os), u"pypi"_s));
            break;
        case GuideCpuEverywhere:
            m_page->presetAction(PlanPresets::Preset::CpuEverywhere)->trigger();
            break;
        case GuideCudaOnLinux:
            QVERIFY(choose(matrix->columnPicker(Os::Linux), id));
            QVERIFY(choose(matrix->columnPicker(Os::Windows), u"cpu"_s));
            QVERIFY(choose(matrix->columnPicker(Os::MacOs), u"cpu"_s));
            break;
        case GuideRocm:
            // Row by row this time: torch and torchvision each on Linux.
            for (const QString &package : {u"torch"_s, u"torchvision"_s}) {
                QVERIFY(choose(matrix->picker(package, Os::Linux), id));
                QVERIFY(choose(matrix->picker(package, Os::Windows), u"pypi"_s));
                QVERIFY(choose(matrix->picker(package, Os::MacOs), u"pypi"_s));
            }
            break;
        case GuideXpu:
            // "All platforms" puts XPU where PyTorch builds it: Linux and Windows.
            for (const QString &package : {u"torch"_s, u"torchvision"_s})
                QVERIFY(choose(matrix->rowPicker(package), id));
            break;
        case GuideVariants:
            m_page->presetAction(PlanPresets::Preset::VariantsCpuCuda)->trigger();
            break;
        case GuideCount:
            QFAIL("no such configuration");
        }
        QTRY_VERIFY(settled());
        QVERIFY(save());
        const Akari::Test::PyProjectMeaning saved = Akari::Test::meaningOf(onDisk());
        const Akari::Test::PyProjectMeaning wanted = Akari::Test::meaningOf(m_guide.at(target));
        QVERIFY2(saved == wanted, qPrintable(saved.differences(wanted) + u"\n"_s + QString::fromUtf8(onDisk())));
    }

    void shouldBuildVariantsInTheVariantsEditor()
    {
        QVERIFY(open(m_guide.at(GuideDefault)));
        QTest::mouseClick(m_page->findChild<QRadioButton *>(u"variantsMode"_s), Qt::LeftButton);
        QCOMPARE(m_editor->plan().mode(), Akari::TorchPlan::Mode::Variants);
        Akari::VariantsEditor *variants = m_page->variantsEditor();
        QVERIFY(variants->isVisible());
        // Whatever the switch offered, make it exactly cpu + cu128 by hand.
        while (!m_editor->plan().variants().isEmpty()) {
            variants->table()->selectRow(0);
            QTest::mouseClick(variants->removeButton(), Qt::LeftButton);
        }
        for (const QString &id : {u"cpu"_s, u"cu128"_s}) {
            QVERIFY(choose(variants->addPicker(), id));
            QTest::mouseClick(variants->addButton(), Qt::LeftButton);
        }
        QCOMPARE(m_editor->plan().variants().size(), 2);
        QVERIFY(variants->conflictsLabel()->text().contains(u"cu128"_s));
        QTRY_VERIFY(settled());
        QVERIFY(save());
        const Akari::Test::PyProjectMeaning saved = Akari::Test::meaningOf(onDisk());
        Akari::Test::PyProjectMeaning wanted = Akari::Test::meaningOf(m_guide.at(GuideVariants));
        // The guide's own note: cu128 has no macOS wheels. A variant added here leaves macOS on
        // PyPI's builds; otherwise it is the guide's configuration.
        for (auto route = wanted.routes.begin(); route != wanted.routes.end();)
            route = route.key().endsWith(u"|darwin|extra:cu128"_s) ? wanted.routes.erase(route) : std::next(route);
        QVERIFY2(saved == wanted, qPrintable(saved.differences(wanted)));
    }

    void shouldGiveBackTheOriginalBytesWhenEverythingIsUndone()
    {
        // A real project with comments, odd layout and other tables.
        const QString corpus = Akari::Test::sharedPath(u"corpus/pyprojects"_s);
        const QStringList files = QDir(corpus).entryList({u"*.toml"_s}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        const QByteArray original = readFile(QDir(corpus).filePath(files.first()));
        QVERIFY(open(original));
        QCOMPARE(m_editor->preview()->text, original);
        QVERIFY(m_editor->preview()->diff.isEmpty());

        m_page->presetAction(PlanPresets::Preset::CudaLinuxWindowsPyPiMac)->trigger();
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::MacOs), u"cpu"_s));
        QTRY_VERIFY(settled());
        QVERIFY(m_editor->preview()->text != original);
        QVERIFY(!m_editor->preview()->diff.isEmpty());
        QVERIFY(save()); // saving in the middle must not break the way back
        QVERIFY(onDisk() != original);
        m_page->presetAction(PlanPresets::Preset::VariantsCpuCuda)->trigger();
        QTRY_VERIFY(settled());

        QUndoStack *undo = m_editor->undoStack();
        QCOMPARE(undo->count(), 3);
        while (undo->canUndo())
            undo->undo();
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->preview()->text, original);
        QCOMPARE(m_page->previewPane()->textView()->toPlainText(), QString::fromUtf8(original));
        QVERIFY(save());
        QCOMPARE(onDisk(), original);
        // And forward again to the same file as before.
        while (undo->canRedo())
            undo->redo();
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->plan().mode(), Akari::TorchPlan::Mode::Variants);
    }

    void shouldRevertToTheSavedFile()
    {
        QVERIFY(open(m_guide.at(GuideCpuEverywhere)));
        const Akari::TorchPlan saved = m_editor->plan();
        QVERIFY(!m_page->revertAction()->isEnabled());
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Linux), u"cu126"_s));
        QVERIFY(m_editor->isModified());
        QVERIFY(m_page->revertAction()->isEnabled());
        QTest::mouseClick(m_page->findChild<QAbstractButton *>(u"revertButton"_s), Qt::LeftButton);
        QCOMPARE(m_editor->plan(), saved);
        QVERIFY(!m_editor->isModified());
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->preview()->text, m_guide.at(GuideCpuEverywhere));
        m_editor->undoStack()->undo(); // the revert itself can be undone
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Linux), u"cu126"_s);
    }

    void shouldShowTheDiffAgainstTheDiskAndHighlightIt()
    {
        QVERIFY(open(m_guide.at(GuideDefault)));
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Linux), u"cu128"_s));
        QTRY_VERIFY(settled());
        const QString diff = m_page->previewPane()->diffView()->toPlainText();
        QVERIFY(diff.startsWith(u"--- a/pyproject.toml"_s));
        QVERIFY(diff.contains(u"+url = \"https://download.pytorch.org/whl/cu128\""_s));
        QCOMPARE(m_page->previewPane()->textView()->toPlainText(), QString::fromUtf8(m_editor->preview()->text));
        // Coloured: every added line (not the "+++" header) carries the Added format.
        const QTextDocument *document = m_page->previewPane()->diffView()->document();
        const QColor added = Akari::DiffHighlighter(nullptr, m_page->previewPane()->diffView()->palette())
                                 .format(Akari::DiffHighlighter::Category::Added)
                                 .background()
                                 .color();
        int addedLines = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (!block.text().startsWith(u'+') || block.text().startsWith(u"+++"_s))
                continue;
            ++addedLines;
            const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
            QVERIFY2(!formats.isEmpty() && formats.first().format.background().color() == added,
                     qPrintable(block.text()));
        }
        QVERIFY(addedLines > 3);
    }

    void shouldWarnAboutAPythonRequirementWithoutWheels()
    {
        QVERIFY(open("[project]\nname = \"old-python\"\nrequires-python = \">=3.7\"\n"
                     "dependencies = [\"torch>=2.9\"]\n"));
        auto *warning = m_page->findChild<Akari::MessageBanner *>(u"pythonWarning"_s);
        QVERIFY(warning->isVisible());
        // torch 2.9 has no wheels for 3.8 and 3.9, which >=3.7 admits (3.7 predates the check).
        QVERIFY2(warning->text().contains(u"3.8, 3.9"_s), qPrintable(warning->text()));
        // Shown once, in the banner, not again in the list of messages.
        for (int row = 0; row < m_page->issueList()->count(); ++row)
            QVERIFY(!m_page->issueList()->item(row)->text().contains(u"requires-python"_s));
        QCOMPARE(m_page->findChild<QLabel *>(u"requiresPython"_s)->text(), u">=3.7"_s);

        // The core's messages follow the language while the page is open.
        const QString english = warning->text();
        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        QTRY_VERIFY(warning->text() != english && settled());
        static const QRegularExpression japanese(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s);
        QVERIFY2(warning->text().contains(japanese), qPrintable(warning->text()));
        QVERIFY(m_page->findChild<QAbstractButton *>(u"saveButton"_s)->text().contains(japanese));
        QVERIFY(m_page->title().contains(japanese));
        QVERIFY(m_page->presetAction(PlanPresets::Preset::CpuEverywhere)->text().contains(japanese));
    }

    void shouldListUvRuleProblemsAndJumpToTheirLine()
    {
        // A source naming an index nobody defines: uv refuses such a file.
        QVERIFY(open("[project]\nname = \"broken\"\ndependencies = [\"torch\", \"numpy\"]\n\n"
                     "[tool.uv.sources]\nnumpy = { index = \"nowhere\" }\n"));
        QListWidget *issues = m_page->issueList();
        QTRY_VERIFY(issues->isVisible() && issues->count() > 0);
        QListWidgetItem *item = issues->item(0);
        QVERIFY2(item->text().contains(u"nowhere"_s), qPrintable(item->text()));
        const int line = item->data(Qt::UserRole).toInt();
        QCOMPARE(line, 6);
        emit issues->itemActivated(item);
        QCOMPARE(m_page->previewPane()->textView()->textCursor().blockNumber(), line - 1);
    }

    void shouldChoosePackagesAndKeepWhatItCannotExpress()
    {
        QVERIFY(open(m_guide.at(GuideCudaOnLinux)));
        QListWidget *list = m_page->packagePicker()->list();
        QList<QListWidgetItem *> audio = list->findItems(u"torchaudio"_s, Qt::MatchExactly);
        QCOMPARE(audio.size(), 1);
        audio.first()->setCheckState(Qt::Checked);
        QCOMPARE(m_editor->plan().packages(), (QStringList{u"torch"_s, u"torchvision"_s, u"torchaudio"_s}));
        QVERIFY(m_page->matrix()->picker(u"torchaudio"_s, Os::Linux));
        QTRY_VERIFY(settled());
        QVERIFY(!m_editor->preview()->text.contains("torchaudio")); // PyPI's builds need no source
        QVERIFY(choose(m_page->matrix()->rowPicker(u"torchaudio"_s), u"cu128"_s));
        QTRY_VERIFY(settled());
        QVERIFY(m_editor->preview()->text.contains("torchaudio"));
        m_editor->undoStack()->undo();
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->plan().packages(), (QStringList{u"torch"_s, u"torchvision"_s}));
        QTRY_VERIFY(!m_page->matrix()->picker(u"torchaudio"_s, Os::Linux));
    }

    void shouldOfferANewProjectForAFolderWithoutOne()
    {
        const QString folder = QDir(m_dir->path()).filePath(u"Fresh_Start"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(openFolder(folder));
        QVERIFY(m_editor->snapshot().isNew);
        QVERIFY(!QFile::exists(m_editor->filePath()));
        QVERIFY(m_page->findChild<QLabel *>(u"projectFile"_s)->text().contains(u"new"_s));
        QVERIFY(m_page->saveAction()->isEnabled()); // saving creates it
        m_page->presetAction(PlanPresets::Preset::CpuEverywhere)->trigger();
        QVERIFY(save());
        const QByteArray written = onDisk();
        QVERIFY(written.contains("name = \"fresh-start\""));
        const Akari::Test::PyProjectMeaning meaning = Akari::Test::meaningOf(written);
        QVERIFY(meaning.error.isEmpty());
        QCOMPARE(meaning.routes.value(u"torch|linux|"_s), u"https://download.pytorch.org/whl/cpu"_s);
    }

    void shouldReloadAnUntouchedFileChangedOnDisk()
    {
        QVERIFY(open(m_guide.at(GuideDefault)));
        QSignalSpy reloaded(m_editor.get(), &ProjectEditor::reloadedAfterChange);
        QVERIFY(Akari::Test::writeFile(m_editor->filePath(), m_guide.at(GuideCpuEverywhere)));
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Windows), u"cpu"_s);
        QVERIFY(m_page->diskBanner()->isVisible());
        QCOMPARE(m_page->diskBanner()->kind(), Akari::MessageBanner::Kind::Information);
    }

    void shouldAskBeforeReloadingOverUnsavedChanges_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("reload") << u"reloadFromDiskActionButton"_s;
        QTest::newRow("keep mine") << u"keepMineActionButton"_s;
    }

    void shouldAskBeforeReloadingOverUnsavedChanges()
    {
        QFETCH(QString, answer);
        QVERIFY(open(m_guide.at(GuideDefault)));
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Linux), u"rocm6.3"_s));
        QTRY_VERIFY(settled());
        QSignalSpy changed(m_editor.get(), &ProjectEditor::changedOnDisk);
        const QByteArray theirs = m_guide.at(GuideCpuEverywhere);
        QVERIFY(Akari::Test::writeFile(m_editor->filePath(), theirs));
        QVERIFY(changed.wait(10000));
        Akari::MessageBanner *prompt = m_page->diskBanner();
        QVERIFY(prompt->isVisible());
        QCOMPARE(prompt->kind(), Akari::MessageBanner::Kind::Warning);
        QVERIFY(m_editor->isModified()); // nothing was thrown away before the user chose
        auto *button = prompt->findChild<QAbstractButton *>(answer);
        QVERIFY(button && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(!prompt->isVisible());
        QTRY_VERIFY(settled());
        if (answer.startsWith(u"reload"_s)) {
            QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Linux), u"cpu"_s);
            QVERIFY(!m_editor->isModified());
            return;
        }
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Linux), u"rocm6.3"_s);
        QVERIFY(save()); // replaces their file, which is kept as a backup
        QCOMPARE(Akari::Test::meaningOf(onDisk()).routes.value(u"torch|linux|"_s),
                 u"https://download.pytorch.org/whl/rocm6.3"_s);
    }

    void shouldBeUsableFromTheKeyboard()
    {
        QVERIFY(open(m_guide.at(GuideCudaOnLinux)));
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::MacOs), u"pypi"_s)); // Save and Revert enabled
        QTRY_VERIFY(settled());
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        auto *presets = m_page->findChild<QWidget *>(u"presetButton"_s);
        presets->setFocus(Qt::TabFocusReason);
        QStringList visited;
        for (int step = 0; step < 60; ++step) {
            QWidget *focus = QApplication::focusWidget();
            QVERIFY(focus);
            visited.append(focus->objectName());
            // Every stop can be named by a screen reader.
            const auto *button = qobject_cast<QAbstractButton *>(focus);
            const auto *tabs = qobject_cast<QTabBar *>(focus); // read out by its tabs' texts
            const bool named = !focus->accessibleName().isEmpty() || (button && !button->text().isEmpty()) ||
                               (tabs && !tabs->tabText(tabs->currentIndex()).isEmpty());
            QVERIFY2(named, qPrintable(focus->objectName() + u" has no accessible name"_s));
            QTest::keyClick(focus, Qt::Key_Tab);
            if (QApplication::focusWidget() == presets)
                break;
        }
        // The order a reader expects: presets, mode, packages, the matrix row by row, the preview, the buttons.
        const QStringList wanted{u"presetButton"_s,
                                 u"perPlatformMode"_s,
                                 u"packagePicker"_s,
                                 u"columnPicker-linux"_s,
                                 u"columnPicker-windows"_s,
                                 u"columnPicker-macos"_s,
                                 u"picker-torch-linux"_s,
                                 u"picker-torch-windows"_s,
                                 u"picker-torch-macos"_s,
                                 u"rowPicker-torch"_s,
                                 u"picker-torchvision-linux"_s,
                                 u"previewText"_s,
                                 u"revertButton"_s,
                                 u"saveButton"_s};
        qsizetype at = -1;
        for (const QString &name : wanted) {
            const qsizetype found = visited.indexOf(name, at + 1);
            QVERIFY2(found > at, qPrintable(name + u" out of order in: "_s + visited.join(u", "_s)));
            at = found;
        }
    }

    void shouldNotTakeItsOwnSaveForSomeoneElses()
    {
        QVERIFY(open(m_guide.at(GuideDefault)));
        QSignalSpy changed(m_editor.get(), &ProjectEditor::changedOnDisk);
        QSignalSpy reloaded(m_editor.get(), &ProjectEditor::reloadedAfterChange);
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Linux), u"cu126"_s));
        QVERIFY(save());
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Windows), u"cpu"_s)); // modified again
        QTest::qWait(600); // the watcher's events and the disk check have come and gone
        QVERIFY(changed.isEmpty());
        QVERIFY(reloaded.isEmpty());
        QVERIFY(!m_page->diskBanner()->isVisible());
        // A change after the save is a new undo step, not merged into the saved one.
        QCOMPARE(m_editor->undoStack()->count(), 2);
    }

    void shouldFollowFilesReplacedCreatedAndDeletedByOthers()
    {
        // Replaced atomically (a new file renamed over it, as editors and uv do).
        QVERIFY(open(m_guide.at(GuideDefault)));
        QSignalSpy reloaded(m_editor.get(), &ProjectEditor::reloadedAfterChange);
        const QString path = m_editor->filePath();
        const QString temporary = path + u".tmp"_s;
        QVERIFY(Akari::Test::writeFile(temporary, m_guide.at(GuideXpu)));
        QVERIFY(QFile::remove(path) && QFile::rename(temporary, path));
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Windows), u"xpu"_s);
        // And again: the watcher still follows the new file.
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(GuideCpuEverywhere)));
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(settled());
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Windows), u"cpu"_s);
        // Deleted: the folder is a new project again, nothing lost that was not already gone.
        QVERIFY(QFile::remove(path));
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(settled());
        QVERIFY(m_editor->snapshot().isNew);
        // Created by someone else while the new project is open.
        QVERIFY(Akari::Test::writeFile(path, m_guide.at(GuideRocm)));
        QVERIFY(reloaded.wait(10000));
        QTRY_VERIFY(settled());
        QVERIFY(!m_editor->snapshot().isNew);
        QCOMPARE(m_editor->plan().backends(u"torch"_s).at(Os::Linux), u"rocm6.3"_s);
    }

    void shouldRefuseToSaveOverAFileChangedMeanwhile()
    {
        QVERIFY(open(m_guide.at(GuideDefault)));
        QVERIFY(choose(m_page->matrix()->columnPicker(Os::Linux), u"cu128"_s));
        QTRY_VERIFY(settled());
        // Changed and saved at once, before the watcher's check could answer.
        QVERIFY(Akari::Test::writeFile(m_editor->filePath(), m_guide.at(GuideXpu)));
        QSignalSpy failed(m_editor.get(), &ProjectEditor::saveFailed);
        m_editor->save();
        QVERIFY(failed.wait(10000));
        QCOMPARE(onDisk(), m_guide.at(GuideXpu)); // nothing lost
        QVERIFY(m_page->banner()->isVisible());
        QCOMPARE(m_page->banner()->kind(), Akari::MessageBanner::Kind::Error);
        QVERIFY(m_editor->isModified());
    }
};

QTEST_MAIN(TestProjectPage)
#include "tst_projectpage.moc"
