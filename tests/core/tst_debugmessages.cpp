// SPDX-License-Identifier: GPL-3.0-or-later
// The Log page's "Show debug messages" switch: every akari.* category follows it.
#include <QTest>

#include "core/logging/debugmessages.h"
#include "core/logging/logcategories.h"

class TestDebugMessages final : public QObject
{
    Q_OBJECT

private slots:
    void shouldStartWithDebugMessagesOff()
    {
        QVERIFY(!lcCore().isDebugEnabled());
        QVERIFY(lcCore().isInfoEnabled());
    }

    void shouldTurnEveryAkariCategoryOnAndOff()
    {
        Akari::setDebugMessagesEnabled(true);
        for (const QLoggingCategory *category :
             {&lcCore(), &lcJobs(), &lcSettings(), &lcI18n(), &lcProject(), &lcNet()})
            QVERIFY2(category->isDebugEnabled(), category->categoryName());
        Akari::setDebugMessagesEnabled(false);
        for (const QLoggingCategory *category :
             {&lcCore(), &lcJobs(), &lcSettings(), &lcI18n(), &lcProject(), &lcNet()})
            QVERIFY2(!category->isDebugEnabled(), category->categoryName());
        QVERIFY(lcJobs().isWarningEnabled()); // only debug follows the switch
    }
};

QTEST_GUILESS_MAIN(TestDebugMessages)
#include "tst_debugmessages.moc"
