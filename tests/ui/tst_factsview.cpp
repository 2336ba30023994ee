// SPDX-License-Identifier: GPL-3.0-or-later
// The two-column list of facts: rows found by id, labels as buddies, a dash for an empty value.
#include <QFormLayout>
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
        for (const QString &id : Ids)
            view.addRow(id);
        auto *layout = qobject_cast<QFormLayout *>(view.layout());
        QVERIFY(layout);
        QCOMPARE(layout->rowCount(), Ids.size());
        for (int row = 0; row < layout->rowCount(); ++row) {
            const QString &id = Ids.at(row);
            auto *label = view.findChild<QLabel *>(id + u"Label"_s);
            auto *value = view.findChild<QLabel *>(id);
            QVERIFY(label);
            QVERIFY(value);
            QCOMPARE(layout->itemAt(row, QFormLayout::LabelRole)->widget(), label);
            QCOMPARE(layout->itemAt(row, QFormLayout::FieldRole)->widget(), value);
            QCOMPARE(value->text(), Dash); // a new row never looks broken
            QVERIFY(value->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        }
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
