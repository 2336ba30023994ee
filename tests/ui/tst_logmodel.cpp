// SPDX-License-Identifier: GPL-3.0-or-later
// The Log page's model: live rows, debug filtering, bounded like its buffer.
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/logging/logbuffer.h"
#include "logmodel.h"

using namespace Qt::Literals::StringLiterals;
using Akari::LogBuffer;
using Akari::LogModel;

class TestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldAppendRowsLive()
    {
        LogBuffer buffer;
        LogModel model(&buffer);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        buffer.append(QtWarningMsg, u"akari.core"_s, u"first"_s);
        buffer.append(QtInfoMsg, u"akari.jobs"_s, u"second"_s);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 1); // one notification for the burst
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"first"_s);
        QCOMPARE(model.index(1, LogModel::CategoryColumn).data().toString(), u"akari.jobs"_s);
        QCOMPARE(model.index(0, LogModel::TypeColumn).data().toString(), LogBuffer::typeName(QtWarningMsg));
        QCOMPARE(model.toPlainText().count(u'\n'), 1);
    }

    void shouldHideDebugUnlessAsked()
    {
        LogBuffer buffer;
        buffer.append(QtDebugMsg, u"akari.core"_s, u"noise"_s);
        buffer.append(QtInfoMsg, u"akari.core"_s, u"signal"_s);
        LogModel model(&buffer);
        QCOMPARE(model.rowCount(), 1);
        model.setShowDebug(true);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"noise"_s);
    }

    void shouldStayWithinTheBufferCapacity()
    {
        LogBuffer buffer(10);
        LogModel model(&buffer);
        for (int index = 0; index < 25; ++index)
            buffer.append(QtInfoMsg, u"akari.core"_s, QString::number(index));
        QTRY_COMPARE(model.index(model.rowCount() - 1, LogModel::MessageColumn).data().toString(), u"24"_s);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, LogModel::MessageColumn).data().toString(), u"15"_s);
    }

    void shouldTakeMessagesFromWorkerThreads()
    {
        LogBuffer buffer(100000);
        LogModel model(&buffer);
        QList<QThread *> threads;
        for (int thread = 0; thread < 4; ++thread) {
            threads.append(QThread::create([&buffer, thread] {
                for (int index = 0; index < 1000; ++index)
                    buffer.append(QtInfoMsg, u"akari.test"_s, u"%1:%2"_s.arg(thread).arg(index));
            }));
            threads.last()->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(10000));
            delete thread;
        }
        QTRY_COMPARE(model.rowCount(), 4000);
    }

    void shouldEmptyWhenTheBufferIsCleared()
    {
        LogBuffer buffer;
        buffer.append(QtInfoMsg, u"akari.core"_s, u"x"_s);
        LogModel model(&buffer);
        QCOMPARE(model.rowCount(), 1);
        buffer.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
