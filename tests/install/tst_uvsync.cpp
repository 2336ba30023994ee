// SPDX-License-Identifier: GPL-3.0-or-later
// UvSync: finding `uv` on PATH and running `uv sync` as a job, with a stand-in `uv` shell script
// that echoes its arguments, fails or waits, so that no real uv (or network) is needed.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/install/uvsync.h"
#include "core/jobs/job.h"
#include "jobrun.h"

using namespace Qt::Literals::StringLiterals;
using Akari::Job;
using Akari::UvSync;

namespace
{
/// Lines a job's output callback received, from its worker thread.
class Collected
{
public:
    std::function<void(const QString &)> sink()
    {
        return [this](const QString &line) {
            const QMutexLocker locker(&m_mutex);
            m_lines.append(line);
        };
    }
    QStringList lines() const
    {
        const QMutexLocker locker(&m_mutex);
        return m_lines;
    }

private:
    mutable QMutex m_mutex;
    QStringList m_lines;
};

/// Writes an executable `uv` shell script with \a body into \a directory.
bool writeStandIn(const QString &directory, const QByteArray &body)
{
    QFile file(QDir(directory).filePath(u"uv"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body) < 0)
        return false;
    file.close();
    return file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
}

const QByteArray EchoingBody = "echo \"uv stand-in: $*\"\n"
                               "echo \"in: $(pwd)\"\n"
                               "echo 'Resolved 3 packages in 5ms' >&2\n"
                               "printf 'no newline at the end'\n"
                               "exit 0\n";
} // namespace

class TestUvSync : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindUvOnlyWhereItIs()
    {
        QTemporaryDir withUv;
        QTemporaryDir withoutUv;
        QVERIFY(writeStandIn(withUv.path(), EchoingBody));
        QCOMPARE(UvSync::findUv({withoutUv.path()}), QString());
        QCOMPARE(QFileInfo(UvSync::findUv({withoutUv.path(), withUv.path()})).canonicalFilePath(),
                 QFileInfo(QDir(withUv.path()).filePath(u"uv"_s)).canonicalFilePath());
        // A file named uv that cannot be run is no uv.
        QVERIFY(QFile::setPermissions(QDir(withUv.path()).filePath(u"uv"_s), QFileDevice::ReadOwner));
        QCOMPARE(UvSync::findUv({withUv.path()}), QString());
    }

    void shouldFindUvFirstOnThisProcessPath()
    {
        QTemporaryDir dir;
        QVERIFY(writeStandIn(dir.path(), EchoingBody));
        const QByteArray saved = qgetenv("PATH");
        const auto restore = qScopeGuard([&] { qputenv("PATH", saved); });
        qputenv("PATH", QFile::encodeName(dir.path()) + ':' + saved);
        QCOMPARE(QFileInfo(UvSync::findUv()).canonicalFilePath(),
                 QFileInfo(QDir(dir.path()).filePath(u"uv"_s)).canonicalFilePath());
    }

    void shouldRunUvSyncAndStreamItsOutput_data()
    {
        QTest::addColumn<QStringList>("extras");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("arguments");
        QTest::newRow("plain") << QStringList() << QString() << u"sync"_s;
        QTest::newRow("one extra") << QStringList{u"cu128"_s} << QString() << u"sync --extra cu128"_s;
        QTest::newRow("extras and python")
            << QStringList{u"cpu"_s, u"dev"_s} << u"3.12"_s << u"sync --extra cpu --extra dev --python 3.12"_s;
    }

    void shouldRunUvSyncAndStreamItsOutput()
    {
        QFETCH(QStringList, extras);
        QFETCH(QString, python);
        QFETCH(QString, arguments);
        QTemporaryDir bin;
        QTemporaryDir project;
        QVERIFY(writeStandIn(bin.path(), EchoingBody));
        Collected output;
        std::unique_ptr<Job> job(
            UvSync::syncJob(QDir(bin.path()).filePath(u"uv"_s), project.path(), extras, python, output.sink()));
        const Akari::Test::JobOutcome outcome = Akari::Test::runToEnd(job.get());
        QVERIFY2(!outcome.error, qPrintable(outcome.error ? outcome.error->message() : QString()));
        QCOMPARE(outcome.value.toInt(), 0);
        QCOMPARE(output.lines(),
                 (QStringList{u"uv stand-in: "_s + arguments, u"in: "_s + QFileInfo(project.path()).canonicalFilePath(),
                              u"Resolved 3 packages in 5ms"_s, u"no newline at the end"_s}));
    }

    void shouldFailWithTheLastLinesWhenUvFails()
    {
        QTemporaryDir bin;
        QTemporaryDir project;
        QByteArray body;
        for (int line = 1; line <= 30; ++line)
            body += "echo 'line " + QByteArray::number(line) + "'\n";
        body += "echo 'error: No solution found' >&2\nexit 2\n";
        QVERIFY(writeStandIn(bin.path(), body));
        Collected output;
        std::unique_ptr<Job> job(
            UvSync::syncJob(QDir(bin.path()).filePath(u"uv"_s), project.path(), {}, {}, output.sink()));
        const Akari::Test::JobOutcome outcome = Akari::Test::runToEnd(job.get());
        QVERIFY(outcome.error);
        QCOMPARE(job->state(), Job::State::Failed);
        const QString message = outcome.error->message();
        QVERIFY2(message.contains(u"exit code 2"_s), qPrintable(message));
        QVERIFY2(message.contains(u"error: No solution found"_s), qPrintable(message));
        QVERIFY2(message.contains(u"line 30"_s), qPrintable(message));
        // Only the end is quoted, not all of uv's output.
        QVERIFY2(!message.contains(u"line 1\n"_s), qPrintable(message));
        QCOMPARE(output.lines().size(), 31); // every line still reached the log
    }

    void shouldSayWhenUvCannotBeRun()
    {
        QTemporaryDir project;
        std::unique_ptr<Job> job(
            UvSync::syncJob(QDir(project.path()).filePath(u"no-such-uv"_s), project.path(), {}, {}, {}));
        const Akari::Test::JobOutcome outcome = Akari::Test::runToEnd(job.get());
        QVERIFY(outcome.error);
        QCOMPARE(outcome.error->code(), Akari::Error::Code::Io);
        QVERIFY2(outcome.error->message().contains(u"no-such-uv"_s), qPrintable(outcome.error->message()));
    }

    void shouldStopUvWhenCancelled()
    {
        QTemporaryDir bin;
        QTemporaryDir project;
        const QString marker = QDir(project.path()).filePath(u"finished"_s);
        // Waits long; writes the marker only if it was not stopped.
        QVERIFY(writeStandIn(bin.path(),
                             "echo 'Downloading torch'\nsleep 30\ntouch '" + QFile::encodeName(marker) + "'\n"));
        Collected output;
        auto *job = UvSync::syncJob(QDir(bin.path()).filePath(u"uv"_s), project.path(), {}, {}, output.sink());
        const std::unique_ptr<Job> owner(job);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        QTRY_COMPARE(output.lines(), QStringList{u"Downloading torch"_s});
        QElapsedTimer timer;
        timer.start();
        job->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job->state(), Job::State::Cancelled);
        QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(marker));
    }
};

QTEST_MAIN(TestUvSync)
#include "tst_uvsync.moc"
