// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: replaced by its owner.
#include <QTest>
class TestPlaceholder : public QObject
{
    Q_OBJECT
};
QTEST_MAIN(TestPlaceholder)
#include "tst_backendpicker.moc"
