// SPDX-License-Identifier: GPL-3.0-or-later
// The backend picker: every PyTorch backend, grouped and newest first, with headings nobody
// can pick, entries disabled where PyTorch builds nothing, and signals only for the user.
#include <QAbstractItemView>
#include <QCoreApplication>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QVersionNumber>

#include "core/backend/torchbackend.h"
#include "core/i18n/languagemanager.h"
#include "markingtranslator.h"
#include "widgets/backendpicker.h"

using namespace Qt::Literals::StringLiterals;
using Akari::BackendPicker;
using Akari::TargetPlatform;
using Akari::TorchBackend;

namespace
{
QString idAt(const BackendPicker &picker, int row)
{
    return picker.itemData(row, Qt::UserRole).toString();
}

bool isHeading(const BackendPicker &picker, int row)
{
    return idAt(picker, row).isEmpty();
}

Qt::ItemFlags flagsAt(const BackendPicker &picker, int row)
{
    return picker.model()->flags(picker.model()->index(row, 0));
}

QString toolTipAt(const BackendPicker &picker, int row)
{
    return picker.itemData(row, Qt::ToolTipRole).toString();
}

/// What a user reads, row by row, with the backend each row stands for.
QStringList snapshot(const BackendPicker &picker)
{
    QStringList rows;
    for (int row = 0; row < picker.count(); ++row)
        rows.append(idAt(picker, row) + u'|' + picker.itemText(row) + u'|' + toolTipAt(picker, row));
    return rows;
}

/// The width the longest entry needs in \a picker's current font.
int widestEntry(const BackendPicker &picker)
{
    int widest = 0;
    for (int row = 0; row < picker.count(); ++row)
        widest = std::max(widest, picker.fontMetrics().horizontalAdvance(picker.itemText(row)));
    return widest;
}

// A style whose combo boxes need much more room around their text than the usual one.
class RoomyComboStyle final : public QProxyStyle
{
public:
    static constexpr int Extra = 200;

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
        if (type == CT_ComboBox)
            result.rwidth() += Extra;
        return result;
    }
};

// Which family a backend id belongs to, judged from uv's spelling alone.
QString family(const QString &id)
{
    if (id.startsWith(u"cu"_s))
        return u"cuda"_s;
    if (id.startsWith(u"rocm"_s))
        return u"rocm"_s;
    return id;
}
} // namespace

class TestBackendPicker : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void init() { QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); }

    void shouldListPyPiCpuThenEachGroupUnderItsHeading()
    {
        BackendPicker picker;
        QCOMPARE(idAt(picker, 0), u"pypi"_s);
        QCOMPARE(picker.itemText(0), u"PyPI (default)"_s);
        QCOMPARE(idAt(picker, 1), u"cpu"_s);
        QCOMPARE(picker.itemText(1), u"CPU"_s);

        // Families in the order CUDA, ROCm, XPU, each right after its heading.
        QStringList headings;
        QStringList families;
        QString current;
        for (int row = 2; row < picker.count(); ++row) {
            if (isHeading(picker, row)) {
                headings.append(picker.itemText(row));
                QVERIFY2(row + 1 < picker.count() && !isHeading(picker, row + 1), "a heading without entries");
                current = family(idAt(picker, row + 1));
                families.append(current);
                continue;
            }
            QCOMPARE(family(idAt(picker, row)), current);
        }
        QCOMPARE(headings, (QStringList{u"CUDA"_s, u"ROCm"_s, u"Intel XPU"_s}));
        QCOMPARE(families, (QStringList{u"cuda"_s, u"rocm"_s, u"xpu"_s}));
        QVERIFY(isHeading(picker, 2));

        // Every backend of the catalogue once, plus PyPI and three headings.
        QStringList ids;
        for (int row = 0; row < picker.count(); ++row) {
            if (!isHeading(picker, row))
                ids.append(idAt(picker, row));
        }
        QStringList catalogue{u"pypi"_s};
        for (const TorchBackend &backend : TorchBackend::all())
            catalogue.append(backend.id());
        QCOMPARE(ids, catalogue);
        QCOMPARE(picker.count(), catalogue.size() + 3);
        QVERIFY(ids.contains(u"cu128"_s) && ids.contains(u"rocm6.3"_s) && ids.contains(u"xpu"_s));
    }

    void shouldListNewestFirstWithinAGroup()
    {
        BackendPicker picker;
        for (const QString &prefix : {u"cu"_s, u"rocm"_s}) {
            QList<QVersionNumber> versions;
            for (int row = 0; row < picker.count(); ++row) {
                const QString id = idAt(picker, row);
                if (id.startsWith(prefix)) {
                    // "cu128" is CUDA 12.8, "cu92" 9.2: the last digit is the minor version.
                    const QString digits = id.mid(prefix.size());
                    versions.append(prefix == u"cu"_s
                                        ? QVersionNumber(digits.chopped(1).toInt(), digits.right(1).toInt())
                                        : QVersionNumber::fromString(digits));
                }
            }
            QVERIFY2(versions.size() > 5, qPrintable(prefix));
            for (qsizetype i = 1; i < versions.size(); ++i)
                QVERIFY2(versions.at(i - 1) > versions.at(i),
                         qPrintable(u"%1 before %2"_s.arg(versions.at(i - 1).toString(), versions.at(i).toString())));
        }
    }

    void shouldMakeHeadingsUnselectableAndBold()
    {
        BackendPicker picker;
        int headings = 0;
        for (int row = 0; row < picker.count(); ++row) {
            if (!isHeading(picker, row)) {
                QVERIFY(flagsAt(picker, row).testFlag(Qt::ItemIsSelectable));
                continue;
            }
            ++headings;
            QVERIFY(!flagsAt(picker, row).testFlag(Qt::ItemIsSelectable));
            QVERIFY(!flagsAt(picker, row).testFlag(Qt::ItemIsEnabled));
            QVERIFY(picker.itemData(row, Qt::FontRole).value<QFont>().bold());
        }
        QCOMPARE(headings, 3);
    }

    void shouldExplainEachBackendInItsToolTip()
    {
        BackendPicker picker;
        QVERIFY(!toolTipAt(picker, 0).isEmpty());
        QVERIFY2(toolTipAt(picker, 0).contains(u"macOS"_s), qPrintable(toolTipAt(picker, 0)));
        for (int row = 1; row < picker.count(); ++row) {
            if (isHeading(picker, row))
                continue;
            const auto backend = TorchBackend::fromId(idAt(picker, row));
            QVERIFY2(backend, qPrintable(idAt(picker, row)));
            QCOMPARE(toolTipAt(picker, row), backend->description());
            QCOMPARE(picker.itemText(row), backend->displayName());
        }
        QCOMPARE(picker.itemText(picker.findData(u"cu128"_s)), u"CUDA 12.8"_s);
        QVERIFY(!picker.accessibleDescription().isEmpty());
    }

    void shouldKnowWherePyTorchBuildsEachBackend_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("onLinux");
        QTest::addColumn<bool>("onWindows");
        QTest::addColumn<bool>("onMacOs");
        // The guide: CUDA and XPU on Linux and Windows, ROCm on Linux, CPU and PyPI everywhere.
        QTest::newRow("pypi") << u"pypi"_s << true << true << true;
        QTest::newRow("cpu") << u"cpu"_s << true << true << true;
        QTest::newRow("cu128") << u"cu128"_s << true << true << false;
        QTest::newRow("cu118") << u"cu118"_s << true << true << false;
        QTest::newRow("rocm6.3") << u"rocm6.3"_s << true << false << false;
        QTest::newRow("xpu") << u"xpu"_s << true << true << false;
        QTest::newRow("unknown") << u"cu999"_s << false << false << false;
    }

    void shouldKnowWherePyTorchBuildsEachBackend()
    {
        QFETCH(QString, id);
        QFETCH(bool, onLinux);
        QFETCH(bool, onWindows);
        QFETCH(bool, onMacOs);
        QCOMPARE(BackendPicker::isBuiltFor(id, TargetPlatform::Os::Linux), onLinux);
        QCOMPARE(BackendPicker::isBuiltFor(id, TargetPlatform::Os::Windows), onWindows);
        QCOMPARE(BackendPicker::isBuiltFor(id, TargetPlatform::Os::MacOs), onMacOs);
    }

    void shouldDisableWhatAPlatformLacksButKeepIt_data()
    {
        QTest::addColumn<TargetPlatform::Os>("os");
        QTest::addColumn<QStringList>("disabledFamilies");
        QTest::addColumn<QString>("cudaReason");
        QTest::newRow("linux") << TargetPlatform::Os::Linux << QStringList{} << QString();
        QTest::newRow("windows") << TargetPlatform::Os::Windows << QStringList{u"rocm"_s} << QString();
        QTest::newRow("macos") << TargetPlatform::Os::MacOs << QStringList{u"cuda"_s, u"rocm"_s, u"xpu"_s}
                               << u"PyTorch publishes no CUDA builds for macOS."_s;
    }

    void shouldDisableWhatAPlatformLacksButKeepIt()
    {
        QFETCH(TargetPlatform::Os, os);
        QFETCH(QStringList, disabledFamilies);
        QFETCH(QString, cudaReason);
        BackendPicker everywhere;
        BackendPicker picker;
        picker.setPlatform(os);
        QCOMPARE(picker.platform(), std::optional(os));
        QCOMPARE(picker.count(), everywhere.count());
        for (int row = 0; row < picker.count(); ++row) {
            QCOMPARE(picker.itemText(row), everywhere.itemText(row));
            if (isHeading(picker, row))
                continue;
            const QString id = idAt(picker, row);
            const bool disabled = disabledFamilies.contains(family(id));
            QVERIFY2(flagsAt(picker, row).testFlag(Qt::ItemIsEnabled) != disabled, qPrintable(id));
            if (disabled) {
                QVERIFY2(toolTipAt(picker, row).startsWith(u"PyTorch publishes no "_s), qPrintable(id));
                QVERIFY(toolTipAt(picker, row).endsWith(u"macOS."_s) || toolTipAt(picker, row).endsWith(u"Windows."_s));
            } else {
                QCOMPARE(toolTipAt(picker, row), toolTipAt(everywhere, row));
            }
        }
        if (!cudaReason.isEmpty())
            QCOMPARE(toolTipAt(picker, picker.findData(u"cu126"_s)), cudaReason);
        if (os == TargetPlatform::Os::Windows)
            QCOMPARE(toolTipAt(picker, picker.findData(u"rocm6.3"_s)),
                     u"PyTorch publishes no ROCm builds for Windows."_s);

        // Back to every platform: everything enabled again.
        picker.setPlatform(std::nullopt);
        QCOMPARE(snapshot(picker), snapshot(everywhere));
    }

    void shouldShowTheIdWithoutSignalAndThePlaceholderWhenEmpty()
    {
        BackendPicker picker;
        picker.setPlaceholder(u"Mixed"_s);
        QSignalSpy chosen(&picker, &BackendPicker::backendChosen);
        picker.setBackendId(u"rocm6.3"_s);
        QCOMPARE(picker.backendId(), u"rocm6.3"_s);
        QCOMPARE(picker.currentText(), u"ROCm 6.3"_s);
        picker.setBackendId(QString());
        QCOMPARE(picker.currentIndex(), -1);
        QCOMPARE(picker.backendId(), QString());
        QCOMPARE(picker.placeholderText(), u"Mixed"_s);
        picker.setBackendId(u"pypi"_s);
        QCOMPARE(picker.backendId(), u"pypi"_s);
        picker.setBackendId(u"not-a-backend"_s);
        QCOMPARE(picker.currentIndex(), -1);
        QCOMPARE(picker.backendId(), QString());
        QCOMPARE(chosen.count(), 0);
    }

    void shouldReportKeyboardChoicesAndSkipHeadings()
    {
        BackendPicker picker;
        picker.setPlaceholder(u"Mixed"_s);
        picker.show();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        picker.setFocus();
        QSignalSpy chosen(&picker, &BackendPicker::backendChosen);

        QTest::keyClick(&picker, Qt::Key_Down); // placeholder → PyPI
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), u"pypi"_s);
        QTest::keyClick(&picker, Qt::Key_Down); // → CPU
        QTest::keyClick(&picker, Qt::Key_Down); // over the CUDA heading → the newest CUDA
        QCOMPARE(chosen.count(), 3);
        const QString newestCuda = TorchBackend::all().at(1).id(); // after cpu, newest first
        QVERIFY(newestCuda.startsWith(u"cu"_s));
        QCOMPARE(chosen.at(2).at(0).toString(), newestCuda);
        QCOMPARE(picker.backendId(), newestCuda);
        QTest::keyClick(&picker, Qt::Key_Up); // over the heading back to CPU
        QCOMPARE(chosen.last().at(0).toString(), u"cpu"_s);

        // On macOS nothing after CPU can be reached.
        picker.setPlatform(TargetPlatform::Os::MacOs);
        QCOMPARE(picker.backendId(), u"cpu"_s);
        chosen.clear();
        QTest::keyClick(&picker, Qt::Key_Down);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(picker.backendId(), u"cpu"_s);
        QTest::keyClick(&picker, Qt::Key_End);
        QCOMPARE(picker.backendId(), u"cpu"_s);
        QTest::keyClick(&picker, Qt::Key_Up);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), u"pypi"_s);
    }

    void shouldReportMouseChoicesButNotHeadings()
    {
        BackendPicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        picker.setBackendId(u"cpu"_s);
        QSignalSpy chosen(&picker, &BackendPicker::backendChosen);
        picker.showPopup();
        QAbstractItemView *view = picker.view();
        QTRY_VERIFY(view->isVisible());

        const QModelIndex heading = view->model()->index(picker.findText(u"ROCm"_s), 0);
        QVERIFY(heading.row() > 0);
        view->scrollTo(heading);
        QVERIFY(view->viewport()->rect().contains(view->visualRect(heading).center()));
        // The pointer passes over the heading on its way to the click, as a hand's would.
        QTest::mouseMove(view->viewport(), view->visualRect(heading).center());
        QCOMPARE(view->currentIndex().row(), picker.findData(u"cpu"_s)); // the heading cannot become current
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(heading).center());
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(picker.backendId(), u"cpu"_s);

        const QModelIndex xpu = view->model()->index(picker.findData(u"xpu"_s), 0);
        // Qt closes the list on any click inside it; open it again for the real choice.
        picker.showPopup();
        QTRY_VERIFY(view->isVisible());
        // The list scrolls to the current entry once it is laid out; then to the one wanted.
        QTRY_VERIFY((view->scrollTo(xpu), view->viewport()->rect().contains(view->visualRect(xpu).center())));
        QTest::mouseMove(view->viewport(), view->visualRect(xpu).center());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(xpu).center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toString(), u"xpu"_s);
        QCOMPARE(picker.backendId(), u"xpu"_s);
        QTRY_VERIFY(!view->isVisible());
    }

    void shouldStayWideEnoughForItsFontAndStyle()
    {
        BackendPicker picker;
        const int normal = picker.minimumWidth();
        QVERIFY(normal > widestEntry(picker));

        QFont font = picker.font();
        font.setPointSizeF(font.pointSizeF() * 1.5); // 150% text
        picker.setFont(font);
        QVERIFY2(picker.minimumWidth() > widestEntry(picker),
                 qPrintable(u"%1 <= %2"_s.arg(picker.minimumWidth()).arg(widestEntry(picker))));
        QVERIFY(picker.minimumWidth() >= picker.sizeHint().width());
        picker.setFont(QFont());
        QCOMPARE(picker.minimumWidth(), normal);

        RoomyComboStyle roomy;
        picker.setStyle(&roomy);
        QVERIFY2(picker.minimumWidth() >= normal + RoomyComboStyle::Extra,
                 qPrintable(u"%1 < %2"_s.arg(picker.minimumWidth()).arg(normal + RoomyComboStyle::Extra)));
        picker.setStyle(nullptr);
        QCOMPARE(picker.minimumWidth(), normal);
    }

    void shouldFollowTheLanguageAndKeepTheChoice()
    {
        BackendPicker picker;
        picker.setPlatform(TargetPlatform::Os::MacOs);
        picker.setBackendId(u"cu126"_s); // shown even where it is not built: the file says so
        picker.show();
        const QString english = toolTipAt(picker, picker.findData(u"cpu"_s));
        const int count = picker.count();
        QSignalSpy chosen(&picker, &BackendPicker::backendChosen);

        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        const QString japanese = TorchBackend::fromId(u"cpu"_s)->description();
        QVERIFY(japanese != english); // the catalogue has it
        QTRY_COMPARE(toolTipAt(picker, picker.findData(u"cpu"_s)), japanese);
        QCOMPARE(picker.count(), count);
        QCOMPARE(picker.backendId(), u"cu126"_s);
        QVERIFY(!flagsAt(picker, picker.findData(u"cu126"_s)).testFlag(Qt::ItemIsEnabled));

        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QTRY_COMPARE(toolTipAt(picker, picker.findData(u"cpu"_s)), english);
        QCOMPARE(picker.backendId(), u"cu126"_s);
        QCOMPARE(chosen.count(), 0);
    }

    void shouldRetranslateItsOwnTexts()
    {
        BackendPicker picker;
        picker.setPlatform(TargetPlatform::Os::MacOs);
        picker.setBackendId(u"xpu"_s);
        const QStringList english = snapshot(picker);
        const QString description = picker.accessibleDescription();
        Akari::Test::MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_VERIFY(Akari::Test::MarkingTranslator::isMarked(picker.itemText(0)));
        for (int row = 0; row < picker.count(); ++row) {
            QVERIFY2(Akari::Test::MarkingTranslator::isMarked(picker.itemText(row)), qPrintable(picker.itemText(row)));
            QVERIFY2(Akari::Test::MarkingTranslator::isMarked(toolTipAt(picker, row)) || isHeading(picker, row),
                     qPrintable(toolTipAt(picker, row)));
        }
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(picker.accessibleDescription()));
        QCOMPARE(picker.backendId(), u"xpu"_s);
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QTRY_COMPARE(snapshot(picker), english);
        QCOMPARE(picker.accessibleDescription(), description);
    }
};

QTEST_MAIN(TestBackendPicker)
#include "tst_backendpicker.moc"
