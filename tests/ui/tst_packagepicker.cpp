// SPDX-License-Identifier: GPL-3.0-or-later
// The package picker: a button whose pop-up list checks the PyTorch packages a plan covers.
#include <functional>

#include <QApplication>
#include <QCoreApplication>
#include <QListWidget>
#include <QMenu>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QTimer>

#include "core/backend/torchpackages.h"
#include "core/i18n/languagemanager.h"
#include "markingtranslator.h"
#include "widgets/packagepicker.h"

using namespace Qt::Literals::StringLiterals;
using Akari::PackagePicker;

namespace
{
QStringList listed(const PackagePicker &picker)
{
    QStringList names;
    for (int row = 0; row < picker.list()->count(); ++row)
        names.append(picker.list()->item(row)->text());
    return names;
}

QListWidgetItem *itemOf(const PackagePicker &picker, const QString &name)
{
    const auto items = picker.list()->findItems(name, Qt::MatchExactly);
    return items.size() == 1 ? items.first() : nullptr;
}

QStringList checked(const PackagePicker &picker)
{
    QStringList names;
    for (int row = 0; row < picker.list()->count(); ++row) {
        if (picker.list()->item(row)->checkState() == Qt::Checked)
            names.append(picker.list()->item(row)->text());
    }
    return names;
}

QStringList toolTips(const PackagePicker &picker)
{
    QStringList tips{picker.text(), picker.toolTip()};
    for (int row = 0; row < picker.list()->count(); ++row)
        tips.append(picker.list()->item(row)->toolTip());
    return tips;
}

/// The width the longest name in the list needs in the list's current font.
int widestName(const PackagePicker &picker)
{
    int widest = 0;
    for (const QString &name : listed(picker))
        widest = std::max(widest, picker.list()->fontMetrics().horizontalAdvance(name));
    return widest;
}

// A style with much wider scroll bars than the usual one.
class WideScrollBarStyle final : public QProxyStyle
{
public:
    static constexpr int Extra = 200;

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int value = QProxyStyle::pixelMetric(metric, option, widget);
        return metric == PM_ScrollBarExtent ? value + Extra : value;
    }
};

// Runs \a inside while the pop-up's own event loop runs (QMenu::exec blocks the caller).
void whileOpen(PackagePicker &picker, Qt::Key key, const std::function<void(QMenu *)> &inside)
{
    bool ran = false;
    QTimer::singleShot(0, &picker, [&] {
        QMenu *menu = picker.menu();
        if (QTest::qWaitFor([menu] { return menu->isVisible(); }))
            inside(menu);
        ran = true;
        menu->close();
    });
    picker.setFocus();
    QTest::keyClick(&picker, key);
    QTRY_VERIFY(ran);
}
} // namespace

class TestPackagePicker : public QObject
{
    Q_OBJECT

private:
    Akari::LanguageManager m_languages;

private slots:
    void init() { QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value()); }

    void shouldListPyTorchsPackagesButNotTheTritonCompanions()
    {
        PackagePicker picker;
        const QStringList names = listed(picker);
        // The writer adds the ROCm and XPU tritons itself; CUDA's pytorch-triton is a normal package.
        for (const QString &companion :
             {u"pytorch-triton-rocm"_s, u"pytorch-triton-xpu"_s, u"triton-rocm"_s, u"triton-xpu"_s})
            QVERIFY2(!names.contains(companion), qPrintable(companion));
        for (const QString &name : {u"torch"_s, u"torchvision"_s, u"torchaudio"_s, u"pytorch-triton"_s, u"xformers"_s})
            QVERIFY2(names.contains(name), qPrintable(name));
        QCOMPARE(names.size(), Akari::TorchPackages::pytorchIndex().size() - 4);
        QVERIFY(checked(picker).isEmpty());
        QCOMPARE(picker.text(), u"Packages: none"_s);
        QVERIFY(!picker.accessibleName().isEmpty());
        QVERIFY(!picker.list()->accessibleName().isEmpty());
    }

    void shouldShowTheChosenAndKeptPackages()
    {
        PackagePicker picker;
        QSignalSpy chosen(&picker, &PackagePicker::packagesChosen);
        picker.setPackages({u"torchvision"_s, u"torch"_s, u"my-torch-fork"_s}, {u"torchaudio"_s});
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(picker.packages(), (QStringList{u"torchvision"_s, u"torch"_s, u"my-torch-fork"_s}));
        QCOMPARE(picker.text(), u"Packages: torchvision, torch, and my-torch-fork"_s);
        // A chosen package outside PyTorch's list is listed after it.
        QCOMPARE(listed(picker).last(), u"my-torch-fork"_s);
        QCOMPARE(checked(picker), (QStringList{u"torch"_s, u"torchaudio"_s, u"torchvision"_s, u"my-torch-fork"_s}));

        QListWidgetItem *kept = itemOf(picker, u"torchaudio"_s);
        QVERIFY(!kept->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY2(kept->toolTip().contains(u"kept as written"_s), qPrintable(kept->toolTip()));
        QVERIFY(itemOf(picker, u"torch"_s)->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(itemOf(picker, u"torch"_s)->flags().testFlag(Qt::ItemIsUserCheckable));

        // Every package explains itself; the three main ones each in their own words.
        const QString generic = itemOf(picker, u"torchao"_s)->toolTip();
        QVERIFY(!generic.isEmpty());
        QCOMPARE(itemOf(picker, u"torchrec"_s)->toolTip(), generic);
        QSet<QString> own;
        for (const QString &name : {u"torch"_s, u"torchvision"_s})
            own.insert(itemOf(picker, name)->toolTip());
        picker.setPackages({u"torchaudio"_s});
        own.insert(itemOf(picker, u"torchaudio"_s)->toolTip());
        QCOMPARE(own.size(), 3);
        QVERIFY(!own.contains(generic));
        QVERIFY(!own.contains(QString()));

        picker.setPackages({u"torch"_s, u"torchvision"_s});
        QCOMPARE(picker.text(), u"Packages: torch and torchvision"_s);
        QVERIFY(!itemOf(picker, u"my-torch-fork"_s));
        QVERIFY(itemOf(picker, u"torchaudio"_s)->flags().testFlag(Qt::ItemIsEnabled));
        QCOMPARE(chosen.count(), 0);
    }

    void shouldToggleWithTheKeyboardAndStayOpen()
    {
        PackagePicker picker;
        picker.setPackages({u"torchvision"_s, u"torch"_s});
        picker.show();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        QSignalSpy chosen(&picker, &PackagePicker::packagesChosen);

        whileOpen(picker, Qt::Key_Space, [&](QMenu *menu) {
            QCOMPARE(QApplication::focusWidget(), picker.list());
            // Down the list to torchaudio, then Space.
            for (int step = 0; step < picker.list()->count() && picker.list()->currentItem()->text() != u"torchaudio"_s;
                 ++step)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
            QCOMPARE(picker.list()->currentItem()->text(), u"torchaudio"_s);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QCOMPARE(chosen.count(), 1);
            QVERIFY(menu->isVisible());
            // Up to torch (checked): Space unchecks it.
            while (picker.list()->currentItem()->text() != u"torch"_s)
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
            QCOMPARE(chosen.count(), 2);
            QVERIFY(menu->isVisible());
        });
        QCOMPARE(chosen.at(0).at(0).toStringList(), (QStringList{u"torchvision"_s, u"torch"_s, u"torchaudio"_s}));
        QCOMPARE(chosen.at(1).at(0).toStringList(), (QStringList{u"torchvision"_s, u"torchaudio"_s}));
        QCOMPARE(picker.packages(), (QStringList{u"torchvision"_s, u"torchaudio"_s}));
        QCOMPARE(picker.text(), u"Packages: torchvision and torchaudio"_s);
    }

    void shouldOpenWithEnterAndDownToo_data()
    {
        QTest::addColumn<Qt::Key>("key");
        QTest::newRow("Return") << Qt::Key_Return;
        QTest::newRow("Enter") << Qt::Key_Enter;
        QTest::newRow("Down") << Qt::Key_Down;
    }

    void shouldOpenWithEnterAndDownToo()
    {
        QFETCH(Qt::Key, key);
        PackagePicker picker;
        picker.show();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        bool opened = false;
        whileOpen(picker, key, [&](QMenu *) { opened = true; });
        QVERIFY(opened);
    }

    void shouldToggleWithTheMouse()
    {
        PackagePicker picker;
        picker.setPackages({u"torch"_s}, {u"torchaudio"_s});
        picker.show();
        QVERIFY(QTest::qWaitForWindowActive(&picker));
        QSignalSpy chosen(&picker, &PackagePicker::packagesChosen);
        auto clickBox = [&](const QString &name) {
            QListWidget *list = picker.list();
            QListWidgetItem *item = itemOf(picker, name);
            list->scrollToItem(item);
            QStyleOptionViewItem option;
            option.initFrom(list);
            option.rect = list->visualItemRect(item);
            option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
            const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, box.center());
        };
        whileOpen(picker, Qt::Key_Space, [&](QMenu *menu) {
            clickBox(u"torchvision"_s);
            QCOMPARE(chosen.count(), 1);
            clickBox(u"torchaudio"_s); // kept: nothing happens
            QCOMPARE(chosen.count(), 1);
            QVERIFY(menu->isVisible());
        });
        QCOMPARE(chosen.at(0).at(0).toStringList(), (QStringList{u"torch"_s, u"torchvision"_s}));
        QCOMPARE(itemOf(picker, u"torchaudio"_s)->checkState(), Qt::Checked);
    }

    void shouldKeepTheListWideEnoughForItsFontAndStyle()
    {
        WideScrollBarStyle wide;
        PackagePicker picker;
        picker.setPackages({u"torch"_s, u"a-package-with-a-rather-long-name"_s});
        QListWidget *list = picker.list();
        const int normal = list->minimumWidth();
        QVERIFY(normal > widestName(picker));

        // The pop-up is a window of its own: fonts and styles reach the list, not the button.
        QFont font = list->font();
        font.setPointSizeF(font.pointSizeF() * 1.5); // 150% text
        list->setFont(font);
        QTRY_VERIFY2(list->minimumWidth() > widestName(picker),
                     qPrintable(u"%1 <= %2"_s.arg(list->minimumWidth()).arg(widestName(picker))));
        list->setFont(QFont());
        QTRY_COMPARE(list->minimumWidth(), normal);

        list->setStyle(&wide);
        QTRY_VERIFY(list->minimumWidth() >= normal + WideScrollBarStyle::Extra);
        list->setStyle(nullptr);
        QTRY_COMPARE(list->minimumWidth(), normal);
    }

    void shouldFollowTheLanguage()
    {
        PackagePicker picker;
        picker.setPackages({u"torch"_s, u"torchvision"_s}, {u"torchaudio"_s});
        const QStringList english = toolTips(picker);
        const QStringList names = listed(picker);
        QVERIFY(m_languages.apply(Akari::Language::Japanese, {}).has_value());
        QCoreApplication::processEvents();
        QCOMPARE(listed(picker), names);
        QCOMPARE(picker.packages(), (QStringList{u"torch"_s, u"torchvision"_s}));

        Akari::Test::MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QTRY_VERIFY(Akari::Test::MarkingTranslator::isMarked(picker.text()));
        for (const QString &tip : toolTips(picker))
            QVERIFY2(Akari::Test::MarkingTranslator::isMarked(tip), qPrintable(tip));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(picker.accessibleName()));
        QVERIFY(Akari::Test::MarkingTranslator::isMarked(picker.list()->accessibleName()));
        QVERIFY(QCoreApplication::removeTranslator(&marking));
        QVERIFY(m_languages.apply(Akari::Language::English, {}).has_value());
        QTRY_COMPARE(toolTips(picker), english);
        QCOMPARE(checked(picker), (QStringList{u"torch"_s, u"torchaudio"_s, u"torchvision"_s}));
    }
};

QTEST_MAIN(TestPackagePicker)
#include "tst_packagepicker.moc"
