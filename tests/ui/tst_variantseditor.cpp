// SPDX-License-Identifier: GPL-3.0-or-later
// The variants editor: extras per backend, their platforms, the command that selects each,
// and the conflicts that keep them apart, edited as a user would.
#include <QAbstractItemView>
#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>
#include <QTest>

#include "core/i18n/languagemanager.h"
#include "markingtranslator.h"
#include "platformrow.h"
#include "widgets/backendpicker.h"
#include "widgets/variantseditor.h"

using namespace Qt::Literals::StringLiterals;
using Akari::BackendPicker;
using Akari::TorchVariant;
using Akari::VariantsEditor;
using Akari::Test::row;

namespace
{
constexpr int BackendColumn = 0;
constexpr int NameColumn = 1;
constexpr int LinuxColumn = 2;
constexpr int WindowsColumn = 3;
constexpr int MacColumn = 4;
constexpr int CommandColumn = 5;

// The guide's example: CPU everywhere, CUDA 12.8 on Linux and Windows.
QList<TorchVariant> guideVariants()
{
    return {TorchVariant{.name = u"cpu"_s, .backends = row(u"cpu"_s, u"cpu"_s, u"cpu"_s)},
            TorchVariant{.name = u"cu128"_s, .backends = row(u"cu128"_s, u"cu128"_s, u"pypi"_s)}};
}

/// Shows \a editor with \a variants as a user meets it; false when its window never gets active.
bool showWith(VariantsEditor &editor, const QList<TorchVariant> &variants = guideVariants())
{
    editor.setVariants(variants);
    editor.show();
    return QTest::qWaitForWindowActive(&editor);
}

BackendPicker *rowPicker(const VariantsEditor &editor, int row)
{
    return qobject_cast<BackendPicker *>(editor.table()->cellWidget(row, BackendColumn));
}

QString text(const VariantsEditor &editor, int row, int column)
{
    return editor.table()->item(row, column)->text();
}

Qt::CheckState checkState(const VariantsEditor &editor, int row, int column)
{
    return editor.table()->item(row, column)->checkState();
}

QList<TorchVariant> lastChosen(const QSignalSpy &spy)
{
    return spy.last().at(0).value<QList<TorchVariant>>();
}

QLabel *status(const VariantsEditor &editor)
{
    return editor.findChild<QLabel *>(u"variantsStatus"_s);
}

QStringList allTexts(const VariantsEditor &editor)
{
    QStringList texts;
    for (const QLabel *label : editor.findChildren<QLabel *>())
        texts.append(label->text());
    for (const QPushButton *button : editor.findChildren<QPushButton *>())
        texts << button->text() << button->toolTip();
    QTableWidget *table = editor.table();
    for (int column = 0; column < table->columnCount(); ++column)
        texts.append(table->horizontalHeaderItem(column)->text());
    for (int row = 0; row < table->rowCount(); ++row) {
        texts.append(rowPicker(editor, row)->accessibleName());
        for (int column = NameColumn; column < table->columnCount(); ++column)
            texts << table->item(row, column)->text() << table->item(row, column)->toolTip();
    }
    return texts;
}

/// Chooses \a id in \a picker's open list with the keyboard: one choice, however far it is.
bool chooseWithKeys(BackendPicker *picker, const QString &id)
{
    picker->setFocus();
    picker->showPopup();
    QAbstractItemView *view = picker->view();
    if (!QTest::qWaitFor([view] { return view->isVisible(); }))
        return false;
    QTest::keyClick(view, Qt::Key_Home);
    for (int step = 0; step < picker->count() && view->currentIndex().data(Qt::UserRole).toString() != id; ++step)
        QTest::keyClick(view, Qt::Key_Down);
    if (view->currentIndex().data(Qt::UserRole).toString() != id)
        return false;
    QTest::keyClick(view, Qt::Key_Return);
    return !view->isVisible();
}

/// Clicks the check box of a table cell.
void clickCheckBox(QTableWidget *table, int row, int column)
{
    QStyleOptionViewItem option;
    option.initFrom(table);
    option.rect = table->visualItemRect(table->item(row, column));
    option.features = QStyleOptionViewItem::HasCheckIndicator;
    const QRect box = table->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, table);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, box.center());
}
} // namespace

class TestVariantsEditor : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void init() { QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); }

    void shouldShowOneRowPerVariant()
    {
        VariantsEditor editor;
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QList<TorchVariant> variants = guideVariants();
        variants.append(TorchVariant{
            .name = u"amd"_s, .kind = TorchVariant::Kind::Group, .backends = row(u"rocm6.3"_s, u"pypi"_s, u"pypi"_s)});
        editor.setVariants(variants);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(editor.variants(), variants);
        QTableWidget *table = editor.table();
        QCOMPARE(table->rowCount(), 3);
        QStringList headers;
        for (int column = 0; column < table->columnCount(); ++column)
            headers.append(table->horizontalHeaderItem(column)->text());
        QCOMPARE(headers, (QStringList{u"Backend"_s, u"Extra"_s, u"Linux"_s, u"Windows"_s, u"macOS"_s, u"Command"_s}));

        QCOMPARE(rowPicker(editor, 0)->backendId(), u"cpu"_s);
        QCOMPARE(rowPicker(editor, 1)->backendId(), u"cu128"_s);
        QCOMPARE(rowPicker(editor, 2)->backendId(), u"rocm6.3"_s);
        QCOMPARE(text(editor, 1, NameColumn), u"cu128"_s);
        QCOMPARE(text(editor, 1, CommandColumn), u"uv sync --extra cu128"_s);
        QCOMPARE(text(editor, 2, CommandColumn), u"uv sync --group amd"_s);
        QCOMPARE(checkState(editor, 0, MacColumn), Qt::Checked);
        QCOMPARE(checkState(editor, 1, WindowsColumn), Qt::Checked);
        QCOMPARE(checkState(editor, 1, MacColumn), Qt::Unchecked);
        // No CUDA builds for macOS, no ROCm builds for Windows: nothing to switch on there.
        QVERIFY(!table->item(1, MacColumn)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(!table->item(2, WindowsColumn)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(table->item(1, WindowsColumn)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(table->item(1, MacColumn)->toolTip().contains(u"macOS"_s));
        QVERIFY(!table->item(1, CommandColumn)->flags().testFlag(Qt::ItemIsEditable));
        QVERIFY(table->item(1, NameColumn)->flags().testFlag(Qt::ItemIsEditable));
    }

    void shouldAddAVariantWherePyTorchBuildsIt()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QVERIFY(!editor.addButton()->isEnabled()); // nothing chosen yet
        QVERIFY(chooseWithKeys(editor.addPicker(), u"rocm6.3"_s));
        QVERIFY(editor.addButton()->isEnabled());
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        const QList<TorchVariant> expected = guideVariants()
                                             << TorchVariant{.name = u"rocm6.3"_s,
                                                             .kind = TorchVariant::Kind::Extra,
                                                             .backends = row(u"rocm6.3"_s, u"pypi"_s, u"pypi"_s)};
        QCOMPARE(lastChosen(chosen), expected);
        QCOMPARE(editor.variants(), expected);
        QCOMPARE(editor.table()->rowCount(), 3);
        QCOMPARE(text(editor, 2, CommandColumn), u"uv sync --extra rocm6.3"_s);

        QVERIFY(chooseWithKeys(editor.addPicker(), u"xpu"_s));
        QTest::keyClick(editor.addButton(), Qt::Key_Space);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(lastChosen(chosen).last().backends, row(u"xpu"_s, u"xpu"_s, u"pypi"_s));
        QVERIFY(!status(editor)->isVisible());
    }

    void shouldRefuseABackendAlreadyOffered()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QVERIFY(chooseWithKeys(editor.addPicker(), u"cu128"_s));
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(editor.variants(), guideVariants());
        QVERIFY(status(editor)->isVisible());
        QCOMPARE(status(editor)->text(), u"CUDA 12.8 is already offered."_s);

        // Changing a row to another row's backend is refused the same way, and the row stays.
        QVERIFY(chooseWithKeys(rowPicker(editor, 1), u"cpu"_s));
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(status(editor)->text(), u"CPU is already offered."_s);
        QCOMPARE(rowPicker(editor, 1)->backendId(), u"cu128"_s);
        QCOMPARE(editor.variants(), guideVariants());

        // The next accepted edit clears the message.
        QVERIFY(chooseWithKeys(editor.addPicker(), u"xpu"_s));
        QTest::mouseClick(editor.addButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QVERIFY(!status(editor)->isVisible());
    }

    void shouldRemoveTheSelectedVariant()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QTableWidget *table = editor.table();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(1, CommandColumn)).center());
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QVERIFY(editor.removeButton()->isEnabled());
        QTest::mouseClick(editor.removeButton(), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(lastChosen(chosen), QList<TorchVariant>{guideVariants().at(0)});
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(rowPicker(editor, 0)->backendId(), u"cpu"_s);
        QCOMPARE(text(editor, 0, NameColumn), u"cpu"_s);

        // Nothing selected, nothing to remove.
        editor.setVariants({});
        QVERIFY(!editor.removeButton()->isEnabled());
    }

    void shouldRenameAVariant()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QTableWidget *table = editor.table();
        auto rename = [&](int row, const QString &name) {
            table->setFocus();
            table->setCurrentCell(row, NameColumn);
            QTest::keyClick(table, Qt::Key_F2);
            const QPointer<QLineEdit> line = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(line);
            line->selectAll();
            QTest::keyClicks(line, name);
            QTest::keyClick(line, Qt::Key_Return);
            // The delegate commits once the event loop runs, as it does between a user's keys.
            QTRY_VERIFY(!line);
        };
        rename(1, u"cuda"_s);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(lastChosen(chosen).at(1).name, u"cuda"_s);
        QCOMPARE(lastChosen(chosen).at(1).backends, guideVariants().at(1).backends);
        QCOMPARE(text(editor, 1, CommandColumn), u"uv sync --extra cuda"_s);

        rename(1, u"cpu"_s);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(status(editor)->text(), u"Another variant is already called “cpu”."_s);
        QCOMPARE(text(editor, 1, NameColumn), u"cuda"_s);
        rename(1, u"not a name"_s);
        QCOMPARE(chosen.count(), 1);
        QVERIFY2(status(editor)->text().contains(u"“not a name”"_s), qPrintable(status(editor)->text()));
        QCOMPARE(text(editor, 1, NameColumn), u"cuda"_s);
    }

    void shouldRenameWithTheBackendUnlessTheNameIsCustom()
    {
        VariantsEditor editor;
        QList<TorchVariant> variants = guideVariants();
        variants[0].name = u"portable"_s;
        QVERIFY(showWith(editor, variants));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);

        QVERIFY(chooseWithKeys(rowPicker(editor, 1), u"cu126"_s));
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(lastChosen(chosen).at(1),
                 (TorchVariant{.name = u"cu126"_s, .backends = row(u"cu126"_s, u"cu126"_s, u"pypi"_s)}));
        QCOMPARE(text(editor, 1, CommandColumn), u"uv sync --extra cu126"_s);

        // A custom name stays; CPU → XPU leaves macOS, which has no XPU builds.
        QVERIFY(chooseWithKeys(rowPicker(editor, 0), u"xpu"_s));
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(lastChosen(chosen).at(0),
                 (TorchVariant{.name = u"portable"_s, .backends = row(u"xpu"_s, u"xpu"_s, u"pypi"_s)}));
        QVERIFY(!editor.table()->item(0, MacColumn)->flags().testFlag(Qt::ItemIsEnabled));
    }

    void shouldTogglePlatforms()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QSignalSpy chosen(&editor, &VariantsEditor::variantsChosen);
        QTableWidget *table = editor.table();
        table->setFocus();
        table->setCurrentCell(1, WindowsColumn);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(lastChosen(chosen).at(1).backends, row(u"cu128"_s, u"pypi"_s, u"pypi"_s));
        QCOMPARE(checkState(editor, 1, WindowsColumn), Qt::Unchecked);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(chosen.count(), 2);
        QCOMPARE(lastChosen(chosen), guideVariants());

        // With the mouse too; macOS has no CUDA builds: that box does not move.
        clickCheckBox(table, 0, LinuxColumn);
        QCOMPARE(chosen.count(), 3);
        QCOMPARE(lastChosen(chosen).at(0).backends, row(u"pypi"_s, u"cpu"_s, u"cpu"_s));
        clickCheckBox(table, 1, MacColumn);
        QCOMPARE(chosen.count(), 3);
        QCOMPARE(checkState(editor, 1, MacColumn), Qt::Unchecked);

        // A platform turned off stays off when the backend changes.
        clickCheckBox(table, 1, WindowsColumn);
        QCOMPARE(chosen.count(), 4);
        QVERIFY(chooseWithKeys(rowPicker(editor, 1), u"cu126"_s));
        QCOMPARE(lastChosen(chosen).at(1).backends, row(u"cu126"_s, u"pypi"_s, u"pypi"_s));
    }

    void shouldExplainTheConflicts()
    {
        VariantsEditor editor;
        editor.setVariants(guideVariants());
        QCOMPARE(editor.conflictsLabel()->text(),
                 u"Akari keeps these extras apart with [tool.uv] conflicts: cpu and cu128. uv resolves each on its "
                 u"own, and only one can be installed at a time."_s);
        editor.setVariants({guideVariants().at(1)});
        const QString one = editor.conflictsLabel()->text();
        QVERIFY2(one.contains(u"“cu128”"_s), qPrintable(one));
        QVERIFY(!one.contains(u"[tool.uv] conflicts:"_s));
        editor.setVariants({});
        const QString none = editor.conflictsLabel()->text();
        QVERIFY(!none.isEmpty() && none != one);
        QCOMPARE(editor.table()->rowCount(), 0);
    }

    void shouldNameItsControlsAndNotClip()
    {
        VariantsEditor editor;
        editor.setVariants(guideVariants());
        for (QWidget *widget : {static_cast<QWidget *>(editor.table()), static_cast<QWidget *>(editor.addPicker()),
                                static_cast<QWidget *>(rowPicker(editor, 0))})
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QCOMPARE(rowPicker(editor, 1)->accessibleName(), u"Backend of “cu128”"_s);
        QVERIFY(!editor.table()->item(0, LinuxColumn)->data(Qt::AccessibleTextRole).toString().isEmpty());

        QFont font = editor.font();
        font.setPointSizeF(font.pointSizeF() * 1.5);
        editor.setFont(font);
        editor.resize(editor.sizeHint());
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        for (const QLabel *label : editor.findChildren<QLabel *>()) {
            if (!label->isVisible())
                continue;
            if (label->wordWrap())
                QVERIFY2(label->heightForWidth(label->width()) <= label->height(), qPrintable(label->text()));
            else
                QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
        }
        for (const QPushButton *button : editor.findChildren<QPushButton *>())
            QVERIFY2(button->sizeHint().width() <= button->width(), qPrintable(button->text()));
    }

    void shouldFollowTheLanguageAndKeepTheVariants()
    {
        VariantsEditor editor;
        QVERIFY(showWith(editor));
        QVERIFY(chooseWithKeys(editor.addPicker(), u"cu128"_s));
        QTest::mouseClick(editor.addButton(), Qt::LeftButton); // refused: a status to retranslate
        const QStringList english = allTexts(editor);

        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        QCoreApplication::processEvents();
        QCOMPARE(editor.variants(), guideVariants());
        QCOMPARE(rowPicker(editor, 1)->backendId(), u"cu128"_s);
        QCOMPARE(editor.addPicker()->backendId(), u"cu128"_s);

        Akari::Test::MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_VERIFY(Akari::Test::MarkingTranslator::isMarked(editor.conflictsLabel()->text()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(status(editor)->text()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(editor.table()->horizontalHeaderItem(NameColumn)->text()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(editor.table()->item(1, MacColumn)->toolTip()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(rowPicker(editor, 1)->accessibleName()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(editor.addButton()->text()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(editor.removeButton()->text()));
        QCOMPARE(text(editor, 1, CommandColumn), u"uv sync --extra cu128"_s); // a command, not prose
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QTRY_COMPARE(allTexts(editor), english);
        QCOMPARE(editor.variants(), guideVariants());
    }
};

QTEST_MAIN(TestVariantsEditor)
#include "tst_variantseditor.moc"
