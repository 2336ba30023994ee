// SPDX-License-Identifier: GPL-3.0-or-later
// The two-column list of facts: rows found by id, labels as buddies, a dash for an empty value.
#include <QLabel>
#include <QTest>

#include "widgets/factsview.h"

using namespace Qt::Literals::StringLiterals;
using Akari::FactsView;

namespace
{
const QString Dash = u"—"_s;
const QStringList Ids{u"hostName"_s, u"architecture"_s, u"memory"_s};
} // namespace

class TestFactsView : public QObject
{
    Q_OBJECT

private slots:
    void shouldLayOutOneRowPerFactInOrder()
    {
        FactsView view;
        for (const QString &id : Ids) {
            view.addRow(id);
            view.setLabel(id, id + u":"_s);
        }
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int previousBottom = -1;
        for (const QString &id : Ids) {
            auto *label = view.findChild<QLabel *>(id + u"Label"_s);
            auto *value = view.findChild<QLabel *>(id);
            QVERIFY(label);
            QVERIFY(value);
            // The label on the left, its value on the right, level with it; rows top to bottom.
            QCOMPARE(value->y(), label->y());
            QVERIFY2(label->geometry().right() < value->x(), qPrintable(id));
            QVERIFY2(label->y() > previousBottom, qPrintable(id));
            previousBottom = std::max(label->geometry().bottom(), value->geometry().bottom());
            QCOMPARE(value->text(), Dash); // a new row never looks broken
            QVERIFY(value->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        }
    }

    // A long value wraps and gets the height that takes, whatever sizes the layout was asked
    // about in between (QFormLayout reused the heights it had worked out for its size hint's
    // width, and cut the value off).
    void shouldGiveAWrappedValueItsWholeHeight()
    {
        FactsView view;
        for (const QString &id : Ids) {
            view.addRow(id);
            view.setLabel(id, id + u":"_s);
        }
        auto *value = view.findChild<QLabel *>(u"architecture"_s);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        int extra = 0;
        for (const QString &text : {u"a value long enough to wrap onto several lines of a narrow view"_s,
                                    u"another value, long enough to wrap onto several lines as well"_s}) {
            view.setValue(u"architecture"_s, text);
            const int narrow = view.minimumSizeHint().width() + 20;
            QVERIFY(narrow < view.sizeHint().width());
            view.resize(narrow, view.heightForWidth(narrow));
            QCoreApplication::processEvents(); // the layout takes the new text in
            // What a parent layout asks while it weighs its options, then the height it gives.
            (void)view.heightForWidth(view.sizeHint().width());
            view.resize(narrow, view.heightForWidth(narrow) + (extra += 10));
            QCoreApplication::processEvents();
            const int needs = value->heightForWidth(value->width());
            QVERIFY2(value->height() >= needs,
                     qPrintable(u"%1 px for %2 px of text"_s.arg(value->height()).arg(needs)));
            QVERIFY(needs > 2 * view.findChild<QLabel *>(u"hostName"_s)->height()); // it did wrap
        }
    }

    void shouldHideARowWithoutLeavingAGap()
    {
        FactsView view;
        for (const QString &id : Ids)
            view.addRow(id);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int gap = view.findChild<QLabel *>(u"architectureLabel"_s)->y() -
                        view.findChild<QLabel *>(u"hostNameLabel"_s)->geometry().bottom();
        view.setRowVisible(u"architecture"_s, false);
        QVERIFY(view.findChild<QLabel *>(u"architectureLabel"_s)->isHidden());
        QVERIFY(view.findChild<QLabel *>(u"architecture"_s)->isHidden());
        QTRY_COMPARE(view.findChild<QLabel *>(u"memoryLabel"_s)->y() -
                         view.findChild<QLabel *>(u"hostNameLabel"_s)->geometry().bottom(),
                     gap);
        view.setRowVisible(u"architecture"_s, true);
        QVERIFY(view.findChild<QLabel *>(u"architecture"_s)->isVisible());
    }

    void shouldMakeEachLabelTheBuddyOfItsValue()
    {
        FactsView view;
        for (const QString &id : Ids)
            view.addRow(id);
        view.setLabel(u"architecture"_s, u"&Architecture:"_s);
        for (const QString &id : Ids)
            QCOMPARE(view.findChild<QLabel *>(id + u"Label"_s)->buddy(), view.findChild<QLabel *>(id));
        QCOMPARE(view.findChild<QLabel *>(u"architectureLabel"_s)->text(), u"&Architecture:"_s);
        // Screen readers announce the value by its label.
        QCOMPARE(view.findChild<QLabel *>(u"architecture"_s)->accessibleName(), u"&Architecture:"_s);
    }

    void shouldShowValuesAndADashForEmptyOnes_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("text") << u"x86_64"_s << u"x86_64"_s;
        QTest::newRow("empty") << QString() << Dash;
        QTest::newRow("empty but not null") << u""_s << Dash;
        QTest::newRow("spaces are a value") << u" "_s << u" "_s;
    }

    void shouldShowValuesAndADashForEmptyOnes()
    {
        QFETCH(QString, value);
        QFETCH(QString, shown);
        FactsView view;
        for (const QString &id : Ids)
            view.addRow(id);
        view.setValue(u"architecture"_s, u"before"_s);
        view.setValue(u"architecture"_s, value);
        QCOMPARE(view.value(u"architecture"_s), shown);
        QCOMPARE(view.findChild<QLabel *>(u"architecture"_s)->text(), shown);
        QCOMPARE(view.value(u"hostName"_s), Dash); // other rows untouched
    }

    void shouldClearEveryValueButKeepTheLabels()
    {
        FactsView view;
        for (const QString &id : Ids) {
            view.addRow(id);
            view.setLabel(id, id + u":"_s);
            view.setValue(id, u"value of "_s + id);
        }
        view.clearValues();
        for (const QString &id : Ids) {
            QCOMPARE(view.value(id), Dash);
            QCOMPARE(view.findChild<QLabel *>(id + u"Label"_s)->text(), id + u":"_s);
        }
    }

    void shouldAnswerNothingForAnUnknownRow()
    {
        FactsView view;
        view.addRow(u"hostName"_s);
        QCOMPARE(view.value(u"noSuchRow"_s), QString());
    }
};

QTEST_MAIN(TestFactsView)
#include "tst_factsview.moc"
