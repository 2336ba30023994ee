// SPDX-License-Identifier: GPL-3.0-or-later
// The plan matrix: a picker per package and platform, whole-row and whole-column pickers
// that show the common backend or "Mixed", kept packages without pickers, row-wise tabbing.
#include <QApplication>
#include <QCoreApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include "core/backend/torchbackend.h"
#include "core/i18n/languagemanager.h"
#include "markingtranslator.h"
#include "platformrow.h"
#include "widgets/backendpicker.h"
#include "widgets/planmatrixwidget.h"

using namespace Qt::Literals::StringLiterals;
using Akari::BackendPicker;
using Akari::PlanMatrixWidget;
using Akari::TargetPlatform;
using Akari::TorchPlan;
using Akari::Test::row;
using Os = Akari::TargetPlatform::Os;

namespace
{
// torch and torchvision on CUDA 12.8 where it exists (PyPI on macOS); torchaudio on the CPU
// builds but CUDA 12.8 on Windows, so the Linux and macOS columns are mixed.
TorchPlan mixedPlan()
{
    TorchPlan plan;
    plan.setPackages({u"torch"_s, u"torchvision"_s, u"torchaudio"_s});
    plan.setBackends(u"torch"_s, row(u"cu128"_s, u"cu128"_s, u"pypi"_s));
    plan.setBackends(u"torchvision"_s, row(u"cu128"_s, u"cu128"_s, u"pypi"_s));
    plan.setBackends(u"torchaudio"_s, row(u"cpu"_s, u"cu128"_s, u"cpu"_s));
    return plan;
}

const QList<Os> platforms{Os::Linux, Os::Windows, Os::MacOs};
const QStringList keys{u"linux"_s, u"windows"_s, u"macos"_s};

QStringList allTexts(const QWidget &widget)
{
    QStringList texts;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        texts.append(label->text());
    for (const BackendPicker *picker : widget.findChildren<BackendPicker *>())
        texts << picker->accessibleName() << picker->placeholderText() << picker->toolTip();
    return texts;
}

void choose(BackendPicker *picker, Qt::Key key)
{
    picker->setFocus();
    QTest::keyClick(picker, key);
}
} // namespace

class TestPlanMatrixWidget : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void init() { QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); }

    void shouldShowEveryCellOfThePlan()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan());
        const TorchPlan plan = mixedPlan();
        for (const QString &package : plan.packages()) {
            QVERIFY(matrix.rowPicker(package));
            QCOMPARE(matrix.rowPicker(package)->objectName(), u"rowPicker-"_s + package);
            QVERIFY(!matrix.rowPicker(package)->platform().has_value());
            for (qsizetype i = 0; i < platforms.size(); ++i) {
                BackendPicker *cell = matrix.picker(package, platforms.at(i));
                QVERIFY(cell);
                QCOMPARE(cell->objectName(), u"picker-%1-%2"_s.arg(package, keys.at(i)));
                QCOMPARE(cell->platform(), std::optional(platforms.at(i)));
                QCOMPARE(cell->backendId(), plan.backends(package).at(platforms.at(i)));
            }
        }
        QCOMPARE(matrix.picker(u"torch"_s, Os::Windows)->currentText(), u"CUDA 12.8"_s);
        QCOMPARE(matrix.picker(u"torch"_s, Os::MacOs)->currentText(), u"PyPI (default)"_s);
        QVERIFY(!matrix.picker(u"numpy"_s, Os::Linux));
        QVERIFY(!matrix.rowPicker(u"numpy"_s));

        // The header row and the "All packages" row.
        QStringList headers;
        for (const QString &name : {u"platformHeader-linux"_s, u"platformHeader-windows"_s, u"platformHeader-macos"_s,
                                    u"allPlatformsHeader"_s})
            headers.append(matrix.findChild<QLabel *>(name)->text());
        QCOMPARE(headers, (QStringList{u"Linux"_s, u"Windows"_s, u"macOS"_s, u"All platforms"_s}));
        QCOMPARE(matrix.findChild<QLabel *>(u"allPackagesLabel"_s)->text(), u"All packages"_s);
        for (qsizetype i = 0; i < platforms.size(); ++i) {
            QCOMPARE(matrix.columnPicker(platforms.at(i))->objectName(), u"columnPicker-"_s + keys.at(i));
            QCOMPARE(matrix.columnPicker(platforms.at(i))->platform(), std::optional(platforms.at(i)));
        }
        QCOMPARE(matrix.findChild<QLabel *>(u"packageLabel-torchaudio"_s)->text(), u"torchaudio"_s);
    }

    void shouldShowTheCommonBackendOrMixed()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan());
        // Linux: cu128, cu128, cpu. Windows: cu128 throughout. macOS: pypi, pypi, cpu.
        QCOMPARE(matrix.columnPicker(Os::Linux)->backendId(), QString());
        QCOMPARE(matrix.columnPicker(Os::Linux)->placeholderText(), u"Mixed"_s);
        QCOMPARE(matrix.columnPicker(Os::Windows)->backendId(), u"cu128"_s);
        QCOMPARE(matrix.columnPicker(Os::MacOs)->backendId(), QString());
        QCOMPARE(matrix.columnPicker(Os::MacOs)->placeholderText(), u"Mixed"_s);
        // Rows: what choosing "CUDA 12.8" for the whole row gives shows as CUDA 12.8.
        QCOMPARE(matrix.rowPicker(u"torch"_s)->backendId(), u"cu128"_s);
        QCOMPARE(matrix.rowPicker(u"torchaudio"_s)->backendId(), QString());
        QCOMPARE(matrix.rowPicker(u"torchaudio"_s)->placeholderText(), u"Mixed"_s);

        TorchPlan plan = mixedPlan();
        plan.setBackends(u"torchaudio"_s, row(u"cpu"_s, u"cpu"_s, u"cpu"_s));
        plan.setBackends(u"torch"_s, row(u"rocm6.3"_s, u"pypi"_s, u"pypi"_s));
        plan.setBackends(u"torchvision"_s, row(u"pypi"_s, u"pypi"_s, u"pypi"_s));
        matrix.setPlan(plan);
        QCOMPARE(matrix.rowPicker(u"torchaudio"_s)->backendId(), u"cpu"_s);
        QCOMPARE(matrix.rowPicker(u"torch"_s)->backendId(), u"rocm6.3"_s);
        QCOMPARE(matrix.rowPicker(u"torchvision"_s)->backendId(), u"pypi"_s);
        QCOMPARE(matrix.columnPicker(Os::Windows)->backendId(), QString());

        // The same rows again: the same pickers, only new values.
        BackendPicker *cell = matrix.picker(u"torch"_s, Os::Linux);
        plan.setBackends(u"torch"_s, row(u"xpu"_s, u"xpu"_s, u"pypi"_s));
        matrix.setPlan(plan);
        QCOMPARE(matrix.picker(u"torch"_s, Os::Linux), cell);
        QCOMPARE(cell->backendId(), u"xpu"_s);
        QCOMPARE(matrix.rowPicker(u"torch"_s)->backendId(), u"xpu"_s);
    }

    void shouldShowAVariantsPlanOnPyPi()
    {
        TorchPlan plan = mixedPlan();
        plan.setMode(TorchPlan::Mode::Variants);
        plan.setVariants({Akari::TorchVariant{.name = u"cu128"_s, .backends = row(u"cu128"_s, u"cu128"_s, u"pypi"_s)}});
        PlanMatrixWidget matrix;
        matrix.setPlan(plan);
        for (const QString &package : plan.packages()) {
            for (const Os os : platforms)
                QCOMPARE(matrix.picker(package, os)->backendId(), u"pypi"_s);
        }
    }

    void shouldReportTheUsersChoices()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan());
        matrix.show();
        QVERIFY(QTest::qWaitForWindowActive(&matrix));
        QSignalSpy cells(&matrix, &PlanMatrixWidget::backendChosen);
        QSignalSpy rows(&matrix, &PlanMatrixWidget::rowChosen);
        QSignalSpy columns(&matrix, &PlanMatrixWidget::columnChosen);

        // torchvision on Windows: CUDA 12.8 → Up → the next newer CUDA build.
        const QString newerCuda =
            Akari::TorchBackend::all()
                .at(Akari::TorchBackend::all().indexOf(*Akari::TorchBackend::fromId(u"cu128"_s)) - 1)
                .id();
        QVERIFY(newerCuda.startsWith(u"cu"_s));
        choose(matrix.picker(u"torchvision"_s, Os::Windows), Qt::Key_Up);
        QCOMPARE(cells.count(), 1);
        QCOMPARE(cells.at(0).at(0).toString(), u"torchvision"_s);
        QCOMPARE(cells.at(0).at(1).value<Os>(), Os::Windows);
        QCOMPARE(cells.at(0).at(2).toString(), newerCuda);

        // The whole torchaudio row, shown as Mixed: Down picks the first entry, PyPI.
        choose(matrix.rowPicker(u"torchaudio"_s), Qt::Key_Down);
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.at(0).at(0).toString(), u"torchaudio"_s);
        QCOMPARE(rows.at(0).at(1).toString(), u"pypi"_s);

        // The macOS column, Mixed: Down → PyPI, Down → CPU, Down → nothing more on macOS.
        BackendPicker *macos = matrix.columnPicker(Os::MacOs);
        choose(macos, Qt::Key_Down);
        QTest::keyClick(macos, Qt::Key_Down);
        QTest::keyClick(macos, Qt::Key_Down);
        QCOMPARE(columns.count(), 2);
        QCOMPARE(columns.at(1).at(0).value<Os>(), Os::MacOs);
        QCOMPARE(columns.at(1).at(1).toString(), u"cpu"_s);
        QCOMPARE(cells.count(), 1);
        QCOMPARE(rows.count(), 1);

        // Showing a new plan reports nothing.
        matrix.setPlan(TorchPlan::defaultPlan());
        QCOMPARE(cells.count() + rows.count() + columns.count(), 4);
    }

    void shouldShowKeptPackagesWithoutPickers()
    {
        PlanMatrixWidget matrix;
        const QString reason = u"torchaudio comes from a git URL; Akari keeps its source as written."_s;
        TorchPlan plan;
        plan.setPackages({u"torch"_s});
        matrix.setPlan(plan, {{u"torchaudio"_s, reason}});
        QVERIFY(!matrix.picker(u"torchaudio"_s, Os::Linux));
        QVERIFY(!matrix.rowPicker(u"torchaudio"_s));
        QCOMPARE(matrix.findChild<QLabel *>(u"packageLabel-torchaudio"_s)->text(), u"torchaudio"_s);
        const auto kept = matrix.findChildren<QLabel *>(u"keptLabel"_s);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first()->text(), u"Kept as written"_s);
        QCOMPARE(kept.first()->toolTip(), reason);
        QCOMPARE(kept.first()->accessibleDescription(), reason);
        // It spans the platform cells and the "All platforms" column.
        QCOMPARE(kept.first()->x(), matrix.picker(u"torch"_s, Os::Linux)->x());

        // A new reason for the same rows.
        matrix.setPlan(plan, {{u"torchaudio"_s, u"Another reason."_s}});
        QCOMPARE(matrix.findChildren<QLabel *>(u"keptLabel"_s).first()->toolTip(), u"Another reason."_s);
        // No longer kept: the row goes.
        matrix.setPlan(plan);
        QTRY_VERIFY(matrix.findChildren<QLabel *>(u"keptLabel"_s).isEmpty());
    }

    void shouldTabRowByRow()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan(), {{u"torchtext"_s, u"kept"_s}});
        matrix.show();
        QVERIFY(QTest::qWaitForWindowActive(&matrix));
        matrix.columnPicker(Os::Linux)->setFocus();
        QStringList order{QApplication::focusWidget()->objectName()};
        for (int step = 0; step < 2 + 3 * 4; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order.append(QApplication::focusWidget()->objectName());
        }
        QStringList expected{u"columnPicker-linux"_s, u"columnPicker-windows"_s, u"columnPicker-macos"_s};
        for (const QString &package : {u"torch"_s, u"torchvision"_s, u"torchaudio"_s}) {
            for (const QString &key : keys)
                expected.append(u"picker-%1-%2"_s.arg(package, key));
            expected.append(u"rowPicker-"_s + package);
        }
        QCOMPARE(order, expected);
    }

    void shouldNameEveryPicker()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan());
        QCOMPARE(matrix.picker(u"torch"_s, Os::Linux)->accessibleName(), u"torch on Linux"_s);
        QCOMPARE(matrix.picker(u"torchaudio"_s, Os::MacOs)->accessibleName(), u"torchaudio on macOS"_s);
        const auto pickers = matrix.findChildren<BackendPicker *>();
        QCOMPARE(pickers.size(), 3 + 3 * 4);
        QSet<QString> names;
        for (const BackendPicker *picker : pickers) {
            QVERIFY2(!picker->accessibleName().isEmpty(), qPrintable(picker->objectName()));
            names.insert(picker->accessibleName());
        }
        QCOMPARE(names.size(), pickers.size()); // a screen reader tells them apart
    }

    void shouldNotClipItsLabels()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan(), {{u"torchtext"_s, u"kept"_s}});
        QFont font = matrix.font();
        font.setPointSizeF(font.pointSizeF() * 1.5); // 150% text
        matrix.setFont(font);
        matrix.resize(matrix.sizeHint());
        matrix.show();
        QVERIFY(QTest::qWaitForWindowExposed(&matrix));
        for (const QLabel *label : matrix.findChildren<QLabel *>()) {
            QVERIFY2(
                label->sizeHint().width() <= label->width(),
                qPrintable(u"%1: %2 > %3"_s.arg(label->text()).arg(label->sizeHint().width()).arg(label->width())));
        }
        for (const BackendPicker *picker : matrix.findChildren<BackendPicker *>())
            QVERIFY2(picker->sizeHint().width() <= picker->width(), qPrintable(picker->objectName()));
    }

    void shouldFollowTheLanguageAndKeepThePlan()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan(), {{u"torchtext"_s, u"kept"_s}});
        matrix.show();
        BackendPicker *cell = matrix.picker(u"torch"_s, Os::Linux);
        const QString cuda = cell->itemData(cell->findData(u"cu128"_s), Qt::ToolTipRole).toString();
        const QStringList english = allTexts(matrix);

        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        const QString japanese = Akari::TorchBackend::fromId(u"cu128"_s)->description();
        QVERIFY(japanese != cuda);
        QTRY_COMPARE(cell->itemData(cell->findData(u"cu128"_s), Qt::ToolTipRole).toString(), japanese);
        QCOMPARE(matrix.picker(u"torch"_s, Os::Linux), cell);
        const TorchPlan plan = mixedPlan();
        for (const QString &package : plan.packages()) {
            for (const Os os : platforms)
                QCOMPARE(matrix.picker(package, os)->backendId(), plan.backends(package).at(os));
        }
        QCOMPARE(matrix.columnPicker(Os::Windows)->backendId(), u"cu128"_s);

        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QTRY_COMPARE(allTexts(matrix), english);
    }

    void shouldRetranslateItsOwnTexts()
    {
        PlanMatrixWidget matrix;
        matrix.setPlan(mixedPlan(), {{u"torchtext"_s, u"kept"_s}});
        const QStringList english = allTexts(matrix);
        Akari::Test::MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        auto *allPackages = matrix.findChild<QLabel *>(u"allPackagesLabel"_s);
        QTRY_VERIFY(Akari::Test::MarkingTranslator::isMarked(allPackages->text()));
        for (const QLabel *label : matrix.findChildren<QLabel *>()) {
            // Package names and the systems' product names stay as they are.
            if (!label->objectName().startsWith(u"packageLabel-"_s) &&
                !label->objectName().startsWith(u"platformHeader-"_s))
                QVERIFY2(Akari::Test::MarkingTranslator::isMarked(label->text()), qPrintable(label->text()));
        }
        QCOMPARE(matrix.findChild<QLabel *>(u"platformHeader-macos"_s)->text(), u"macOS"_s);
        for (const BackendPicker *picker : matrix.findChildren<BackendPicker *>()) {
            QVERIFY2(Akari::Test::MarkingTranslator::isMarked(picker->accessibleName()),
                     qPrintable(picker->accessibleName()));
            QVERIFY(Akari::Test::MarkingTranslator::isMarked(picker->placeholderText()));
        }
        QCOMPARE(matrix.rowPicker(u"torch"_s)->backendId(), u"cu128"_s);
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QTRY_COMPARE(allTexts(matrix), english);
    }
};

QTEST_MAIN(TestPlanMatrixWidget)
#include "tst_planmatrixwidget.moc"
