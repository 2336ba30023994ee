// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI quality bar's checker: it must report texts squeezed below what they need and
// overlapping siblings, and stay quiet about widgets that got the room they asked for.
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include "textfitcheck.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Test::clippedTexts;
using Akari::Test::overlappingWidgets;

namespace
{
const QString LongText = u"A rather long text that needs plenty of room"_s;

// A window without a layout, so each test places its widgets by hand.
class Window
{
public:
    Window() { m_window.resize(800, 600); }
    QWidget *get() { return &m_window; }
    bool show()
    {
        m_window.show();
        return QTest::qWaitForWindowExposed(&m_window);
    }

private:
    QWidget m_window;
};

bool mentions(const QStringList &reports, const QString &name)
{
    return std::ranges::any_of(reports, [&](const QString &report) { return report.contains(name); });
}
} // namespace

class TestTextFitCheck : public QObject
{
    Q_OBJECT

private slots:
    void narrowLabel();
    void elidedLabelIsLeftOut();
    void wrappedLabel();
    void narrowButton();
    void comboBox();
    void tabBar();
    void groupBoxTitle();
    void overlappingSiblings();
    void laidOutFormIsClean();
};

void TestTextFitCheck::narrowLabel()
{
    Window window;
    auto *narrow = new QLabel(LongText, window.get());
    narrow->setObjectName(u"narrowLabel"_s);
    narrow->setGeometry(0, 0, narrow->sizeHint().width() / 2, narrow->sizeHint().height());
    auto *roomy = new QLabel(LongText, window.get());
    roomy->setObjectName(u"roomyLabel"_s);
    roomy->setGeometry(QRect(QPoint(0, 100), roomy->sizeHint()));
    QVERIFY(window.show());

    const QStringList reports = clippedTexts(window.get());
    QCOMPARE(reports.size(), 1);
    const QSize hint = narrow->sizeHint();
    QCOMPARE(reports.first(), u"QLabel narrowLabel: needs %1×%2, has %3×%4"_s.arg(hint.width())
                                  .arg(hint.height())
                                  .arg(narrow->width())
                                  .arg(narrow->height()));

    // Without an objectName the text names the label.
    narrow->setObjectName(QString());
    QVERIFY(clippedTexts(window.get()).first().startsWith(u"QLabel %1: needs"_s.arg(LongText)));
    // A label too low for its text is clipped as well.
    narrow->setGeometry(0, 0, hint.width(), hint.height() / 3);
    QVERIFY(mentions(clippedTexts(window.get()), LongText));
    // Hidden ones are not on screen.
    narrow->hide();
    QVERIFY(clippedTexts(window.get()).isEmpty());
}

void TestTextFitCheck::elidedLabelIsLeftOut()
{
    Window window;
    auto *label = new QLabel(LongText, window.get());
    label->setObjectName(u"pathElided"_s);
    label->setGeometry(0, 0, 20, label->sizeHint().height());
    QVERIFY(window.show());
    QVERIFY(clippedTexts(window.get()).isEmpty());

    label->setObjectName(u"path"_s);
    QVERIFY(mentions(clippedTexts(window.get()), u"path"_s));
}

void TestTextFitCheck::wrappedLabel()
{
    Window window;
    auto *label = new QLabel(LongText + u' ' + LongText, window.get());
    label->setObjectName(u"wrapped"_s);
    label->setWordWrap(true);
    const int width = label->fontMetrics().horizontalAdvance(LongText) / 2;
    const int needed = label->heightForWidth(width);
    QVERIFY(needed > 3 * label->fontMetrics().height()); // it does wrap onto several lines
    label->setGeometry(0, 0, width, label->fontMetrics().height());
    QVERIFY(window.show());
    QVERIFY(mentions(clippedTexts(window.get()), u"QLabel wrapped: needs %1×%2"_s.arg(width).arg(needed)));

    label->setGeometry(0, 0, width, needed);
    QVERIFY(clippedTexts(window.get()).isEmpty());
}

void TestTextFitCheck::narrowButton()
{
    Window window;
    auto *narrow = new QPushButton(LongText, window.get());
    narrow->setObjectName(u"narrowButton"_s);
    narrow->setGeometry(0, 0, narrow->sizeHint().width() / 2, narrow->sizeHint().height());
    auto *check = new QCheckBox(LongText, window.get());
    check->setGeometry(0, 50, check->sizeHint().width() - 20, check->sizeHint().height());
    auto *roomy = new QPushButton(LongText, window.get());
    roomy->setObjectName(u"roomyButton"_s);
    roomy->setGeometry(QRect(QPoint(0, 100), roomy->sizeHint()));
    QVERIFY(window.show());

    const QStringList reports = clippedTexts(window.get());
    QCOMPARE(reports.size(), 2);
    QVERIFY(mentions(reports, u"QPushButton narrowButton: needs"_s));
    QVERIFY(mentions(reports, u"QCheckBox %1: needs"_s.arg(LongText)));
    QVERIFY(!mentions(reports, u"roomyButton"_s));
}

void TestTextFitCheck::comboBox()
{
    Window window;
    auto *combo = new QComboBox(window.get());
    combo->setObjectName(u"backendCombo"_s);
    combo->addItems({u"cpu"_s, LongText});
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setGeometry(QRect(QPoint(0, 0), combo->sizeHint()));
    QVERIFY(window.show());
    // Sized for its longest item, every item fits.
    QVERIFY(clippedTexts(window.get()).isEmpty());
    combo->setCurrentIndex(1);
    QVERIFY(clippedTexts(window.get()).isEmpty());

    combo->resize(combo->width() / 2, combo->height());
    QVERIFY(mentions(clippedTexts(window.get()), u"QComboBox backendCombo: needs"_s));
    // The short item still fits the narrow box.
    combo->setCurrentIndex(0);
    QVERIFY(clippedTexts(window.get()).isEmpty());
}

void TestTextFitCheck::tabBar()
{
    Window window;
    auto *bar = new QTabBar(window.get());
    bar->setObjectName(u"tabs"_s);
    bar->setElideMode(Qt::ElideNone);
    bar->setExpanding(false);
    bar->setUsesScrollButtons(false);
    bar->addTab(u"Short"_s);
    bar->addTab(LongText);
    bar->setGeometry(QRect(QPoint(0, 0), bar->sizeHint()));
    QVERIFY(window.show());
    QVERIFY(clippedTexts(window.get()).isEmpty());

    // Without scroll buttons the second tab runs past the bar's end.
    bar->resize(bar->width() / 2, bar->height());
    QVERIFY(mentions(clippedTexts(window.get()), u"QTabBar tabs: needs"_s));
    // Scroll buttons reach it, and an elide mode shortens it on purpose.
    bar->setUsesScrollButtons(true);
    QVERIFY(clippedTexts(window.get()).isEmpty());
    bar->setUsesScrollButtons(false);
    bar->setElideMode(Qt::ElideRight);
    QVERIFY(clippedTexts(window.get()).isEmpty());
}

void TestTextFitCheck::groupBoxTitle()
{
    Window window;
    auto *box = new QGroupBox(LongText, window.get());
    box->setObjectName(u"options"_s);
    box->setCheckable(true);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(new QLabel(u"x"_s));
    // A group box's size hint leaves its title out; layouts make room for the minimum size hint.
    box->setGeometry(QRect(QPoint(0, 0), box->sizeHint().expandedTo(box->minimumSizeHint())));
    QVERIFY(window.show());
    QCOMPARE(clippedTexts(window.get()), QStringList());

    box->setFixedWidth(box->width() / 3);
    QVERIFY(mentions(clippedTexts(window.get()), u"QGroupBox options: needs"_s));
}

void TestTextFitCheck::overlappingSiblings()
{
    Window window;
    auto *first = new QLabel(u"first"_s, window.get());
    first->setObjectName(u"first"_s);
    first->setGeometry(10, 10, 100, 30);
    auto *second = new QPushButton(u"second"_s, window.get());
    second->setGeometry(60, 20, 100, 30);
    // Touching or one pixel into a neighbour is no overlap.
    auto *touching = new QLabel(u"touching"_s, window.get());
    touching->setGeometry(110, 10 - 30, 100, 30);
    auto *seam = new QLabel(u"seam"_s, window.get());
    seam->setGeometry(200, 49, 100, 30);
    // Pages of a stack share its area; a child of another parent is no sibling.
    auto *stack = new QStackedWidget(window.get());
    stack->setGeometry(0, 300, 200, 100);
    stack->addWidget(new QLabel(u"page one"_s));
    stack->addWidget(new QLabel(u"page two"_s));
    auto *nested = new QWidget(window.get());
    nested->setGeometry(400, 300, 200, 100);
    (new QLabel(u"inside"_s, nested))->setGeometry(0, 0, 50, 50);
    QVERIFY(window.show());

    QCOMPARE(overlappingWidgets(window.get()), QStringList{u"QLabel first overlaps QPushButton second by 50×20"_s});

    // Siblings inside a child overlap as well; a hidden one does not count.
    (new QLabel(u"over"_s, nested))->setGeometry(40, 40, 50, 50);
    nested->findChild<QLabel *>()->show();
    nested->findChildren<QLabel *>().last()->show();
    QCOMPARE(overlappingWidgets(window.get()).size(), 2);
    QVERIFY(mentions(overlappingWidgets(window.get()), u"QLabel inside overlaps QLabel over by 10×10"_s));
    second->hide();
    QCOMPARE(overlappingWidgets(window.get()).size(), 1);
}

// A form as the pages build them, at its natural size: nothing to report.
void TestTextFitCheck::laidOutFormIsClean()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *tabs = new QTabWidget;
    layout->addWidget(tabs);
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *combo = new QComboBox;
    combo->addItems({u"CUDA 12.8"_s, u"ROCm 6.3"_s, u"CPU only"_s});
    form->addRow(u"Backend:"_s, combo);
    form->addRow(u"Label:"_s, new QLabel(LongText));
    auto *wrapped = new QLabel(LongText + u' ' + LongText);
    wrapped->setWordWrap(true);
    form->addRow(wrapped);
    auto *box = new QGroupBox(u"Options"_s);
    box->setCheckable(true);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(new QCheckBox(u"Explicit index"_s));
    boxLayout->addWidget(new QPushButton(u"Apply"_s));
    form->addRow(box);
    tabs->addTab(page, u"Plan"_s);
    tabs->addTab(new QLabel(u"second page"_s), u"Variants"_s);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(new QLabel(LongText));
    layout->addWidget(scroll);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(clippedTexts(&window), QStringList());
    QCOMPARE(overlappingWidgets(&window), QStringList());
}

QTEST_MAIN(TestTextFitCheck)
#include "tst_textfitcheck.moc"
