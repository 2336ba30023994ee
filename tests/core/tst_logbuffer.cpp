// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>
#include <vector>

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include "core/logging/logbuffer.h"

using namespace Qt::Literals::StringLiterals;
using Akari::LogBuffer;
using Akari::LogEntry;

Q_LOGGING_CATEGORY(lcLogBufferTest, "akari.test.logbuffer", QtDebugMsg)

namespace
{
// A message handler the test installs below the buffer, to see what the buffer forwards.
QStringList s_forwarded;
void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_forwarded.append(message);
}

QStringList messagesOf(const QList<LogEntry> &entries)
{
    QStringList messages;
    for (const LogEntry &entry : entries)
        messages.append(entry.message);
    return messages;
}
} // namespace

class TestLogBuffer final : public QObject
{
    Q_OBJECT

private slots:
    void shouldDropOldestBeyondCapacity_data();
    void shouldDropOldestBeyondCapacity();
    void shouldReturnEntriesAfterId();
    void shouldEmitClearedAndKeepCountingIds();
    void shouldNotifyInOwnThreadWhenAppendedConcurrently_data();
    void shouldNotifyInOwnThreadWhenAppendedConcurrently();
    void shouldCaptureAndForwardMessagesWhileInstalled();
    void shouldLetOnlyOneBufferOwnTheHandler();
    void shouldUninstallWhenDestroyed();
    void shouldNameEveryMessageType_data();
    void shouldNameEveryMessageType();
};

void TestLogBuffer::shouldDropOldestBeyondCapacity_data()
{
    QTest::addColumn<qsizetype>("capacity");
    QTest::addColumn<int>("appends");
    QTest::addColumn<qsizetype>("expectedCapacity");

    QTest::newRow("under capacity") << qsizetype(10) << 4 << qsizetype(10);
    QTest::newRow("exactly full") << qsizetype(5) << 5 << qsizetype(5);
    QTest::newRow("overflowing") << qsizetype(3) << 10 << qsizetype(3);
    QTest::newRow("zero capacity means one") << qsizetype(0) << 3 << qsizetype(1);
    QTest::newRow("negative capacity means one") << qsizetype(-7) << 3 << qsizetype(1);
}

void TestLogBuffer::shouldDropOldestBeyondCapacity()
{
    QFETCH(qsizetype, capacity);
    QFETCH(int, appends);
    QFETCH(qsizetype, expectedCapacity);

    LogBuffer buffer(capacity);
    QCOMPARE(buffer.capacity(), expectedCapacity);
    for (int i = 1; i <= appends; ++i)
        buffer.append(QtInfoMsg, u"akari.test"_s, u"message %1"_s.arg(i));

    const QList<LogEntry> entries = buffer.entries();
    const qsizetype kept = std::min<qsizetype>(appends, expectedCapacity);
    QCOMPARE(entries.size(), kept);
    // The newest survive, in order, and their ids count the messages ever appended.
    for (qsizetype i = 0; i < kept; ++i) {
        const qint64 number = appends - kept + 1 + i;
        QCOMPARE(entries.at(i).message, u"message %1"_s.arg(number));
        QCOMPARE(entries.at(i).id, number);
        QCOMPARE(entries.at(i).category, u"akari.test"_s);
        QCOMPARE(entries.at(i).type, QtInfoMsg);
        QVERIFY(entries.at(i).time.isValid());
    }
}

void TestLogBuffer::shouldReturnEntriesAfterId()
{
    LogBuffer buffer(100);
    for (int i = 1; i <= 5; ++i)
        buffer.append(QtWarningMsg, u"c"_s, QString::number(i));

    QCOMPARE(messagesOf(buffer.entriesAfter(0)), (QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}));
    QCOMPARE(messagesOf(buffer.entriesAfter(3)), (QStringList{u"4"_s, u"5"_s}));
    QVERIFY(buffer.entriesAfter(5).isEmpty());
    QVERIFY(buffer.entriesAfter(1000).isEmpty());
    QCOMPARE(buffer.entriesAfter(-1).size(), 5);
}

void TestLogBuffer::shouldEmitClearedAndKeepCountingIds()
{
    LogBuffer buffer(100);
    buffer.append(QtInfoMsg, u"c"_s, u"one"_s);
    buffer.append(QtInfoMsg, u"c"_s, u"two"_s);
    QSignalSpy cleared(&buffer, &LogBuffer::cleared);

    buffer.clear();
    QCOMPARE(cleared.count(), 1);
    QVERIFY(buffer.entries().isEmpty());

    buffer.append(QtInfoMsg, u"c"_s, u"three"_s);
    QCOMPARE(buffer.entries().size(), 1);
    QCOMPARE(buffer.entries().first().id, 3); // ids are never reused
}

void TestLogBuffer::shouldNotifyInOwnThreadWhenAppendedConcurrently_data()
{
    QTest::addColumn<qsizetype>("capacity");
    QTest::addRow("room for all") << qsizetype(100'000);
    QTest::addRow("overflowing") << qsizetype(1'000);
}

void TestLogBuffer::shouldNotifyInOwnThreadWhenAppendedConcurrently()
{
    QFETCH(qsizetype, capacity);
    constexpr int Threads = 8;
    constexpr int PerThread = 5'000;
    constexpr qint64 Total = qint64(Threads) * PerThread;

    LogBuffer buffer(capacity);
    int notifications = 0;
    bool notifiedElsewhere = false;
    connect(&buffer, &LogBuffer::messagesAdded, this, [&] {
        ++notifications;
        notifiedElsewhere = notifiedElsewhere || QThread::currentThread() != thread();
    });

    std::vector<std::unique_ptr<QThread>> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back(QThread::create([&buffer, t] {
            for (int i = 0; i < PerThread; ++i)
                buffer.append(QtDebugMsg, u"worker.%1"_s.arg(t), u"%1:%2"_s.arg(t).arg(i));
        }));
        threads.back()->start();
    }
    for (const auto &worker : threads)
        QVERIFY(worker->wait(30'000));

    QTRY_VERIFY(notifications > 0);
    QTest::qWait(20); // a last queued notification, if any, arrives now
    QVERIFY(!notifiedElsewhere);

    const QList<LogEntry> entries = buffer.entries();
    QCOMPARE(entries.size(), std::min<qsizetype>(capacity, Total));
    QCOMPARE(entries.last().id, Total);
    QHash<int, int> lastPerThread; // each thread's own messages keep their order
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            QCOMPARE(entries.at(i).id, entries.at(i - 1).id + 1);
        const QStringList parts = entries.at(i).message.split(u':');
        QCOMPARE(parts.size(), 2);
        const int t = parts.at(0).toInt();
        const int n = parts.at(1).toInt();
        QCOMPARE(entries.at(i).category, u"worker.%1"_s.arg(t));
        QVERIFY(n > lastPerThread.value(t, -1));
        lastPerThread.insert(t, n);
    }
}

void TestLogBuffer::shouldCaptureAndForwardMessagesWhileInstalled()
{
    s_forwarded.clear();
    const QtMessageHandler original = qInstallMessageHandler(recordingHandler);
    {
        LogBuffer buffer(100);
        buffer.install();
        qCWarning(lcLogBufferTest) << "disk almost full";
        // Not qCDebug: release builds define QT_NO_DEBUG_OUTPUT, which compiles that macro away.
        QMessageLogger(__FILE__, __LINE__, Q_FUNC_INFO, lcLogBufferTest().categoryName()).debug() << "details";
        QThread *worker = QThread::create([] { qCCritical(lcLogBufferTest) << "from a worker"; });
        worker->start();
        worker->wait();
        delete worker;

        buffer.uninstall();
        qCWarning(lcLogBufferTest) << "after uninstall";

        const QList<LogEntry> entries = buffer.entries();
        QCOMPARE(messagesOf(entries), (QStringList{u"disk almost full"_s, u"details"_s, u"from a worker"_s}));
        QCOMPARE(entries.at(0).category, u"akari.test.logbuffer"_s);
        QCOMPARE(entries.at(0).type, QtWarningMsg);
        QCOMPARE(entries.at(1).type, QtDebugMsg);
        QCOMPARE(entries.at(2).type, QtCriticalMsg);
    }
    // The handler below the buffer saw everything, and is the one active again.
    qCWarning(lcLogBufferTest) << "restored";
    qInstallMessageHandler(original);
    QCOMPARE(s_forwarded, (QStringList{u"disk almost full"_s, u"details"_s, u"from a worker"_s, u"after uninstall"_s,
                                       u"restored"_s}));
}

void TestLogBuffer::shouldLetOnlyOneBufferOwnTheHandler()
{
    s_forwarded.clear();
    const QtMessageHandler original = qInstallMessageHandler(recordingHandler);
    {
        LogBuffer first(10);
        LogBuffer second(10);
        first.install();
        second.install();
        qCWarning(lcLogBufferTest) << "once";
        second.uninstall(); // never installed: must not unhook the first
        qCWarning(lcLogBufferTest) << "twice";
        QCOMPARE(messagesOf(first.entries()), (QStringList{u"once"_s, u"twice"_s}));
        QVERIFY(second.entries().isEmpty());
        first.uninstall();
    }
    qInstallMessageHandler(original);
    QCOMPARE(s_forwarded, (QStringList{u"once"_s, u"twice"_s}));
}

void TestLogBuffer::shouldUninstallWhenDestroyed()
{
    s_forwarded.clear();
    const QtMessageHandler original = qInstallMessageHandler(recordingHandler);
    {
        auto buffer = std::make_unique<LogBuffer>(10);
        buffer->install();
        qCWarning(lcLogBufferTest) << "while alive";
        QCOMPARE(buffer->entries().size(), 1);
    }
    qCWarning(lcLogBufferTest) << "after destruction"; // must not touch the dead buffer
    LogBuffer next(10);
    next.install(); // the slot is free again
    qCWarning(lcLogBufferTest) << "next";
    next.uninstall();
    qInstallMessageHandler(original);
    QCOMPARE(messagesOf(next.entries()), QStringList{u"next"_s});
    QCOMPARE(s_forwarded, (QStringList{u"while alive"_s, u"after destruction"_s, u"next"_s}));
}

void TestLogBuffer::shouldNameEveryMessageType_data()
{
    QTest::addColumn<QtMsgType>("type");
    QTest::newRow("debug") << QtDebugMsg;
    QTest::newRow("info") << QtInfoMsg;
    QTest::newRow("warning") << QtWarningMsg;
    QTest::newRow("critical") << QtCriticalMsg;
    QTest::newRow("fatal") << QtFatalMsg;
}

void TestLogBuffer::shouldNameEveryMessageType()
{
    QFETCH(QtMsgType, type);
    const QString name = LogBuffer::typeName(type);
    QVERIFY(!name.trimmed().isEmpty());
    for (const QtMsgType other : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
        if (other != type)
            QVERIFY2(LogBuffer::typeName(other) != name, qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestLogBuffer)
#include "tst_logbuffer.moc"
